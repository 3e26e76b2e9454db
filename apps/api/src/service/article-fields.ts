import { type ArticleInput, ArticleInputError } from '@entente/core';

/**
 * Longest metadata fields accepted, in characters. Headlines and outlet names are far shorter; URLs stay
 * under the 2,048 characters browsers and crawlers reliably handle. The text's own limit is the
 * extractor's (MAX_ARTICLE_CHARS).
 */
export const FIELD_LIMITS = { id: 200, title: 500, source: 200, url: 2048 } as const;

/** URL schemes a document link may use: anything else (javascript:, data:, file:) is not a web page. */
const URL_SCHEMES = new Set(['http:', 'https:']);

/** C0 and C1 control characters and DEL: never part of a title, outlet name or URL. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * The server's limits on the metadata it stores and shows: length, no control characters, http(s) URLs.
 * The text and the date are the extractor's to check (`validateArticle`, on the extraction worker).
 * @throws ArticleInputError naming the field (TOO_LARGE for a length, INVALID_FIELD otherwise).
 */
export function checkArticleFields(article: ArticleInput): void {
  for (const field of ['id', 'title', 'source', 'url'] as const) {
    const value = article[field];
    if (typeof value !== 'string') continue;
    const limit = FIELD_LIMITS[field];
    if (value.length > limit) {
      throw new ArticleInputError(
        'TOO_LARGE',
        `The article "${field}" is too long: ${value.length.toLocaleString('en-US')} characters, the limit is ${limit.toLocaleString('en-US')}.`,
        { field, limit, actual: value.length },
      );
    }
    if (CONTROL_CHARACTER.test(value)) {
      throw new ArticleInputError(
        'INVALID_FIELD',
        `The article "${field}" contains a control character (line break, tab or other); remove it.`,
        { field },
      );
    }
  }
  if (typeof article.url === 'string' && !isWebUrl(article.url)) {
    throw new ArticleInputError(
      'INVALID_FIELD',
      'The article "url" must be an absolute http:// or https:// address.',
      { field: 'url' },
    );
  }
}

function isWebUrl(value: string): boolean {
  try {
    return URL_SCHEMES.has(new URL(value).protocol);
  } catch {
    return false;
  }
}
