import type { ServerResponse } from 'node:http';

/** Sends a JSON body. */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const payload = Buffer.from(JSON.stringify(body));
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(payload.length),
    ...headers,
  });
  res.end(payload);
}

/** A GraphQL-shaped error response (`{ errors: [...] }`), for failures before GraphQL runs. */
export function sendGraphQLError(
  res: ServerResponse,
  status: number,
  message: string,
  code: string,
  headers: Record<string, string> = {},
): void {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] }, headers);
}

/** Copies a fetch `Response` (what graphql-yoga produces) onto a Node response. */
export async function sendFetchResponse(
  res: ServerResponse,
  response: Response,
  headOnly = false,
): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  if (response.body && response.headers.get('content-type')?.startsWith('text/event-stream')) {
    await streamEvents(res, response.status, headers, response.body);
    return;
  }
  const body = Buffer.from(await response.arrayBuffer());
  // 204 and 304 carry no body, and HTTP clients reject a Content-Length on them.
  if (response.status === 204 || response.status === 304) {
    delete headers['content-length'];
    res.writeHead(response.status, headers);
    res.end();
    return;
  }
  res.writeHead(response.status, { ...headers, 'content-length': String(body.length) });
  res.end(headOnly ? undefined : body);
}

/**
 * Relays a subscription's Server-Sent Events as they come, until either side closes: the client going
 * away cancels the stream, which ends the subscription on the server.
 */
async function streamEvents(
  res: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: ReadableStream<Uint8Array>,
): Promise<void> {
  res.writeHead(status, { ...headers, 'cache-control': 'no-cache', 'x-accel-buffering': 'no' });
  res.flushHeaders();
  const reader = body.getReader();
  const cancel = () => void reader.cancel().catch(() => undefined);
  res.on('close', cancel);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done || res.destroyed) break;
      res.write(value);
    }
  } catch {
    // The client went away or the stream failed: either way there is no one left to tell.
  } finally {
    res.off('close', cancel);
    res.end();
  }
}
