/** Why a page or feed could not be read; every code is something the user can act on. */
export type SourceErrorCode =
  | 'INVALID_URL'
  | 'UNSUPPORTED_SCHEME'
  | 'BLOCKED_ADDRESS'
  | 'DNS_FAILURE'
  | 'TIMEOUT'
  | 'TOO_LARGE'
  | 'HTTP_STATUS'
  | 'TOO_MANY_REDIRECTS'
  | 'NETWORK'
  | 'UNSUPPORTED_CONTENT'
  | 'NO_ARTICLE'
  | 'NOT_A_FEED';

/** A page or feed that could not be fetched or read, with the URL it was about. */
export class SourceError extends Error {
  override readonly name = 'SourceError';
  readonly code: SourceErrorCode;
  readonly url: string;
  /** The HTTP status, for `HTTP_STATUS`. */
  readonly status: number | undefined;
  /** Seconds the server asked us to wait (Retry-After), when it said. */
  readonly retryAfter: number | undefined;

  constructor(
    code: SourceErrorCode,
    url: string,
    message: string,
    extra: { status?: number; retryAfter?: number; cause?: unknown } = {},
  ) {
    super(message, extra.cause === undefined ? undefined : { cause: extra.cause });
    this.code = code;
    this.url = url;
    this.status = extra.status;
    this.retryAfter = extra.retryAfter;
  }
}
