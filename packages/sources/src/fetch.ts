import type { IncomingMessage } from 'node:http';
import http from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import {
  type AddressPolicy,
  addressPolicy,
  allowPrivateFromEnv,
  checkLiteralHost,
  guardedLookup,
} from './address-guard.js';
import { charsetOf, decodeBody } from './charset.js';
import { SourceError } from './errors.js';
import { parseHttpUrl } from './url.js';

export interface FetchOptions {
  /** Largest body accepted, after decompression. Default 10 MB: no news page comes near it. */
  maxBytes?: number;
  /** Budget for the whole fetch, redirects included. Default 15 s. */
  timeoutMs?: number;
  /** Redirects followed before giving up. Default 5. */
  maxRedirects?: number;
  /** Let the fetch reach private, loopback and link-local addresses. Default: `ENTENTE_FETCH_ALLOW_PRIVATE`. */
  allowPrivate?: boolean;
  /** Decides which addresses may be connected to; overrides `allowPrivate` (tests narrow it). */
  allowAddress?: AddressPolicy;
  /** What to ask for. */
  accept?: string;
  /** Conditional request validators from the previous fetch. */
  etag?: string;
  lastModified?: string;
  userAgent?: string;
  signal?: AbortSignal;
}

export interface FetchedResource {
  /** The URL asked for. */
  requestedUrl: string;
  /** Where the body came from, after redirects. */
  url: string;
  status: number;
  /** True for 304 Not Modified: there is no body, the previous one still holds. */
  notModified: boolean;
  contentType: string | undefined;
  etag: string | undefined;
  lastModified: string | undefined;
  /** The body decoded to text, and the charset used. */
  text: string;
  charset: string;
  bytes: number;
}

export const DEFAULT_USER_AGENT =
  'Entente/0.1 (+https://github.com/entente; news reader for diplomacy research)';
const REDIRECT = new Set([301, 302, 303, 307, 308]);

/**
 * Fetches a page or feed over http(s) for a server that must not be turned against its own network:
 * every hop's address is checked after DNS resolution, only http and https are followed, the body is
 * capped in bytes (decompressed) and the whole exchange in time, and no cookie is ever sent or kept.
 * Throws `SourceError` with a code saying what went wrong.
 */
export async function fetchResource(input: string, options: FetchOptions = {}): Promise<FetchedResource> {
  const maxBytes = options.maxBytes ?? 10 * 1024 * 1024;
  const timeoutMs = options.timeoutMs ?? 15_000;
  const maxRedirects = options.maxRedirects ?? 5;
  const allowed = options.allowAddress ?? addressPolicy(options.allowPrivate ?? allowPrivateFromEnv());
  const deadline = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;

  let url = parseHttpUrl(input);
  for (let hop = 0; ; hop += 1) {
    checkLiteralHost(url, allowed);
    const response = await request(url, options, allowed, signal, timeoutMs);
    const status = response.statusCode ?? 0;
    if (REDIRECT.has(status) && response.headers.location) {
      response.resume();
      if (hop >= maxRedirects)
        throw new SourceError(
          'TOO_MANY_REDIRECTS',
          input,
          `${input} redirected more than ${maxRedirects} times.`,
        );
      let next: URL;
      try {
        next = new URL(response.headers.location, url);
      } catch {
        throw new SourceError('INVALID_URL', url.href, `${url.href} redirected to an invalid URL.`);
      }
      if (next.protocol !== 'http:' && next.protocol !== 'https:')
        throw new SourceError(
          'UNSUPPORTED_SCHEME',
          next.href,
          `${url.href} redirected to ${next.protocol}, which is not fetched.`,
        );
      // The fragment never reaches the server; the page is the same without it.
      next.hash = '';
      url = next;
      continue;
    }
    const headers = response.headers;
    const etag = header(headers.etag);
    const lastModified = header(headers['last-modified']);
    const contentType = header(headers['content-type']);
    const base = { requestedUrl: input, url: url.href, status, contentType, etag, lastModified };
    if (status === 304) {
      response.resume();
      return { ...base, notModified: true, text: '', charset: 'utf-8', bytes: 0 };
    }
    if (status < 200 || status >= 300) {
      response.resume();
      const retryAfter = retryAfterSeconds(header(headers['retry-after']));
      throw new SourceError(
        'HTTP_STATUS',
        url.href,
        `${url.href} answered ${status} ${response.statusMessage ?? ''}`.trim(),
        {
          status,
          ...(retryAfter === undefined ? {} : { retryAfter }),
        },
      );
    }
    const declared = Number(headers['content-length']);
    if (!headers['content-encoding'] && Number.isFinite(declared) && declared > maxBytes) {
      response.destroy();
      throw tooLarge(url.href, maxBytes);
    }
    const body = await readBody(response, url.href, maxBytes, signal, timeoutMs);
    const { text, charset } = decodeBody(body, charsetOf(contentType));
    return { ...base, notModified: false, text, charset, bytes: body.byteLength };
  }
}

function request(
  url: URL,
  options: FetchOptions,
  allowed: AddressPolicy,
  signal: AbortSignal,
  timeoutMs: number,
): Promise<IncomingMessage> {
  const headers: Record<string, string> = {
    'user-agent': options.userAgent ?? DEFAULT_USER_AGENT,
    accept: options.accept ?? 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
    'accept-encoding': 'gzip, deflate, br',
  };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;
  const transport = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = transport.request(url, {
      method: 'GET',
      headers,
      // A fresh connection per request: no pooled socket resolved under another policy, no shared state.
      agent: false,
      lookup: guardedLookup(url.href, allowed),
      signal,
    });
    req.on('response', resolve);
    req.on('error', (error) => reject(networkError(error, url.href, signal, timeoutMs)));
    req.end();
  });
}

async function readBody(
  response: IncomingMessage,
  url: string,
  maxBytes: number,
  signal: AbortSignal,
  timeoutMs: number,
): Promise<Buffer> {
  const stream = decoded(response);
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      total += (chunk as Buffer).byteLength;
      if (total > maxBytes) throw tooLarge(url, maxBytes);
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    throw networkError(error, url, signal, timeoutMs);
  } finally {
    if (total > maxBytes || signal.aborted) {
      response.destroy();
      stream.destroy();
    }
  }
  return Buffer.concat(chunks, total);
}

function decoded(response: IncomingMessage): Readable {
  const encoding = header(response.headers['content-encoding'])?.trim().toLowerCase();
  const decompressor =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? zlib.createGunzip()
      : encoding === 'deflate'
        ? zlib.createInflate()
        : encoding === 'br'
          ? zlib.createBrotliDecompress()
          : undefined;
  if (!decompressor) return response;
  response.on('error', (error) => decompressor.destroy(error));
  decompressor.on('error', () => response.destroy());
  return response.pipe(decompressor);
}

function networkError(error: unknown, url: string, signal: AbortSignal, timeoutMs: number): SourceError {
  if (error instanceof SourceError) return error;
  if (signal.aborted) {
    const reason = signal.reason as { name?: string } | undefined;
    if (reason?.name === 'TimeoutError')
      return new SourceError('TIMEOUT', url, `${url} did not answer within ${timeoutMs / 1000} s.`, {
        cause: error,
      });
    return new SourceError('NETWORK', url, `Fetching ${url} was cancelled.`, { cause: error });
  }
  const cause = error as NodeJS.ErrnoException & { cause?: unknown };
  if (cause.cause instanceof SourceError) return cause.cause;
  if (cause.code === 'Z_DATA_ERROR' || cause.code === 'ERR__ERROR_FORMAT_PADDING_1')
    return new SourceError('NETWORK', url, `${url} sent a body that does not decompress.`, { cause: error });
  return new SourceError('NETWORK', url, `Could not fetch ${url}: ${cause.code ?? cause.message}`, {
    cause: error,
  });
}

function tooLarge(url: string, maxBytes: number): SourceError {
  return new SourceError(
    'TOO_LARGE',
    url,
    `${url} is larger than the ${Math.round(maxBytes / 1024 / 1024)} MB limit.`,
  );
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Retry-After as seconds, from either of its forms (a number, or an HTTP date). */
export function retryAfterSeconds(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.round((date - now) / 1000));
}
