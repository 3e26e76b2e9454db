import type { ServerResponse } from 'node:http';

/**
 * The Content-Security-Policy of the web app: its own scripts, styles, workers and API only. Inline
 * styles stay allowed because React and sigma set element styles; images may be data: and blob: URLs
 * (the favicon, PNG exports). No framing, so no clickjacking of the ingest form.
 */
export const APP_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * GraphiQL (a development tool, off in production) is an inline page that loads its scripts from a
 * CDN: it keeps only the framing ban.
 */
export const GRAPHIQL_CONTENT_SECURITY_POLICY = "frame-ancestors 'none'";

/** Headers every response carries, whatever route answers it. */
export function setSecurityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', APP_CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'no-referrer');
}
