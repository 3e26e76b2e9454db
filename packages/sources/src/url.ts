import { SourceError } from './errors.js';

/** Query parameters that track the reader, not name the page: two URLs differing only in them are one page. */
const TRACKING_PARAMETER =
  /^(utm_[a-z]+|fbclid|gclid|dclid|mc_cid|mc_eid|ocid|cmpid|at_medium|at_campaign|ito|xtor)$/i;

/** Parses a URL a user or a feed gave, accepting only http and https. */
export function parseHttpUrl(input: string): URL {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new SourceError('INVALID_URL', input, `Not a valid URL: ${JSON.stringify(input)}.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new SourceError(
      'UNSUPPORTED_SCHEME',
      input,
      `Only http and https URLs can be fetched, not ${url.protocol}`,
    );
  return url;
}

/**
 * The form of a URL two mentions of the same article share: no fragment, no tracking parameters, no
 * default port, lower-case host (WHATWG parsing already does the last two). Dedupe compares these.
 */
export function normalizeUrl(input: string): string {
  const url = parseHttpUrl(input);
  url.hash = '';
  for (const name of [...url.searchParams.keys()])
    if (TRACKING_PARAMETER.test(name)) url.searchParams.delete(name);
  if ([...url.searchParams.keys()].length === 0) url.search = '';
  url.username = '';
  url.password = '';
  return url.href;
}
