import { CSRF_HEADER } from '../src/http/yoga.js';

/** An open GraphQL subscription over Server-Sent Events, read one event at a time. */
export interface Subscription {
  /** The next event's payload; rejects after `timeoutMs` without one. */
  next(timeoutMs: number): Promise<unknown>;
  close(): void;
}

export async function subscribe(
  baseUrl: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<Subscription> {
  const controller = new AbortController();
  const response = await fetch(new URL('/graphql', baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', [CSRF_HEADER]: '1' },
    body: JSON.stringify({ query, variables }),
    signal: controller.signal,
  });
  if (!response.ok || !response.body)
    throw new Error(`subscription refused: ${response.status} ${await response.text()}`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  const queued: unknown[] = [];
  const pump = async (): Promise<void> => {
    for (;;) {
      const boundary = buffer.indexOf('\n\n');
      if (boundary >= 0) {
        const block = buffer.slice(0, boundary);
        buffer = buffer.slice(boundary + 2);
        const data = block
          .split('\n')
          .filter((line) => line.startsWith('data:'))
          .map((line) => line.slice(5).trim())
          .join('\n');
        if (data) {
          queued.push(JSON.parse(data));
          return;
        }
        continue;
      }
      const { done, value } = await reader.read();
      if (done) throw new Error('the event stream ended');
      buffer += value;
    }
  };
  return {
    async next(timeoutMs) {
      if (queued.length === 0) {
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([
          pump(),
          new Promise((_, reject) => {
            timer = setTimeout(() => reject(new Error(`no event within ${timeoutMs} ms`)), timeoutMs);
          }),
        ]).finally(() => clearTimeout(timer));
      }
      return queued.shift();
    },
    close: () => controller.abort(),
  };
}
