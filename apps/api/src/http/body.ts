import type { IncomingMessage } from 'node:http';

/** The request body was larger than the server accepts. */
export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`The request body is larger than the ${limit}-byte limit.`);
    this.name = 'BodyTooLargeError';
  }
}

/**
 * Reads a request body into memory, refusing it (BodyTooLargeError) as soon as it is known to exceed
 * `limit` bytes: from Content-Length before reading anything, else while it streams in. The refused rest
 * is discarded as it arrives, without being kept, so the client can still read the error response.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      req.resume();
      reject(new BodyTooLargeError(limit));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        req.off('end', onEnd);
        chunks.length = 0;
        req.resume();
        reject(new BodyTooLargeError(limit));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => resolve(Buffer.concat(chunks));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', reject);
  });
}
