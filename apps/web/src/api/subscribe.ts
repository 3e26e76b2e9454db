/**
 * GraphQL subscriptions over Server-Sent Events (graphql-yoga's protocol): one POST whose answer is an
 * event stream, read with fetch so the API token header can go with it. Reconnects after a dropped
 * connection, waiting longer each time, until the caller aborts.
 */
import { GRAPHQL_PATH, readToken } from './client';

export interface SubscriptionHandlers<T> {
  onData(data: T): void;
  /** Whether the stream is open: the UI says "live" or "reconnecting". */
  onStatus?(connected: boolean): void;
}

export function subscribe<T>(
  query: string,
  variables: Record<string, unknown>,
  handlers: SubscriptionHandlers<T>,
  signal: AbortSignal,
): void {
  let delay = 500;
  const connect = async () => {
    while (!signal.aborted) {
      try {
        await stream(query, variables, handlers, signal, () => {
          delay = 500;
        });
      } catch (error) {
        if (signal.aborted) return;
        console.warn('entente: live updates interrupted', error);
      }
      handlers.onStatus?.(false);
      if (signal.aborted) return;
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 30_000);
    }
  };
  void connect();
}

async function stream<T>(
  query: string,
  variables: Record<string, unknown>,
  handlers: SubscriptionHandlers<T>,
  signal: AbortSignal,
  onOpen: () => void,
): Promise<void> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'text/event-stream' };
  const token = readToken();
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(GRAPHQL_PATH, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
    signal,
  });
  if (!response.ok || !response.body)
    throw new Error(`The live stream was refused (HTTP ${response.status}).`);
  onOpen();
  handlers.onStatus?.(true);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    buffer += value;
    let boundary = buffer.indexOf('\n\n');
    while (boundary >= 0) {
      const block = buffer.slice(0, boundary);
      buffer = buffer.slice(boundary + 2);
      boundary = buffer.indexOf('\n\n');
      if (/^event:\s*complete/m.test(block)) return;
      const data = block
        .split('\n')
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice(5).trim())
        .join('\n');
      if (!data) continue;
      const payload = JSON.parse(data) as { data?: T; errors?: { message: string }[] };
      if (payload.data) handlers.onData(payload.data);
      else if (payload.errors?.[0]) throw new Error(payload.errors[0].message);
    }
  }
}
