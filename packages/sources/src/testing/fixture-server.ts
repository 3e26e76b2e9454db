import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Route {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Answers 304 when the request carries this ETag in If-None-Match. */
  etag?: string;
  /** Writes the response itself (streams, slow bodies). */
  handle?: (response: ServerResponse, headers: IncomingHttpHeaders) => void;
}

/** A real HTTP server on loopback serving the routes the test sets, and recording every request. */
export class FixtureServer {
  readonly routes = new Map<string, Route>();
  readonly requests: { path: string; headers: IncomingHttpHeaders }[] = [];
  #server: Server | undefined;
  origin = '';

  async start(): Promise<this> {
    this.#server = createServer((request, response) => {
      const path = request.url ?? '/';
      this.requests.push({ path, headers: request.headers });
      const route = this.routes.get(path) ?? this.routes.get(path.split('?')[0]!);
      if (!route) {
        response.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
        return;
      }
      if (route.handle) return route.handle(response, request.headers);
      if (route.etag && request.headers['if-none-match'] === route.etag) {
        response.writeHead(304, { etag: route.etag }).end();
        return;
      }
      response.writeHead(route.status ?? 200, {
        'content-type': 'text/html; charset=utf-8',
        ...(route.etag ? { etag: route.etag } : {}),
        ...route.headers,
      });
      response.end(route.body ?? '');
    });
    await new Promise<void>((resolve) => this.#server!.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
    return this;
  }

  requestsTo(path: string) {
    return this.requests.filter((request) => request.path === path);
  }

  async stop(): Promise<void> {
    this.#server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.#server ? this.#server.close(() => resolve()) : resolve()));
  }
}
