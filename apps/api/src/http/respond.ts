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
