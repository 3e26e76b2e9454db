import { createHash } from 'node:crypto';
import { type ExtractedArticle, extractArticle } from './article.js';
import { SourceError } from './errors.js';
import type { FeedItem, ParsedFeed } from './feed.js';
import { parseFeedDocument } from './feed.js';
import { type FetchOptions, fetchResource } from './fetch.js';
import { normalizeUrl } from './url.js';

const HTML = /^(text\/html|application\/xhtml\+xml)\b/i;

/** Fetches a page and reads its article. Throws `SourceError`. */
export async function readArticle(url: string, options: FetchOptions = {}): Promise<ExtractedArticle> {
  const page = await fetchResource(url, options);
  const type = page.contentType?.split(';')[0]?.trim();
  if (type && !HTML.test(type))
    throw new SourceError('UNSUPPORTED_CONTENT', page.url, `${page.url} is ${type}, not an HTML page.`);
  const article = extractArticle(page.text, page.url);
  article.canonicalUrl = normalizeUrl(article.canonicalUrl ?? page.url);
  return article;
}

/**
 * The article a feed item stands for: the item's own content when the feed carries the full text (no
 * request to the outlet), else the page it links to. Feed fields fill what the page leaves out.
 */
export async function readFeedItem(
  item: FeedItem,
  feed: ParsedFeed,
  options: FetchOptions = {},
): Promise<ExtractedArticle> {
  let article: ExtractedArticle;
  if (item.content || !item.url) {
    const text = item.content ?? item.summary;
    if (!text)
      throw new SourceError(
        'NO_ARTICLE',
        item.url ?? item.id,
        `Feed item ${item.id} has neither text nor link.`,
      );
    article = { url: item.url ?? item.id, text };
    if (item.url) article.canonicalUrl = normalizeUrl(item.url);
  } else {
    article = await readArticle(item.url, options);
  }
  if (item.title) article.title ??= item.title;
  if (item.author) article.author ??= item.author;
  if (item.publishedAt) article.publishedAt ??= item.publishedAt;
  if (feed.title) article.outlet ??= feed.title;
  return article;
}

/**
 * Fingerprint of an article's text that survives what outlets change when they republish a wire story
 * (white space, quotes and dashes, case): equal hashes mean the same story.
 */
export function contentHash(text: string): string {
  const normalized = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
  return createHash('sha256').update(normalized).digest('hex');
}

export interface FeedFetchState {
  url: string;
  etag?: string;
  lastModified?: string;
}

export type FeedFetchOutcome =
  | { notModified: true; etag?: string; lastModified?: string }
  | { notModified: false; feed: ParsedFeed; etag?: string; lastModified?: string; url: string };

/** Fetches a feed conditionally (If-None-Match / If-Modified-Since) and parses it. Throws `SourceError`. */
export async function fetchFeed(
  state: FeedFetchState,
  options: FetchOptions = {},
): Promise<FeedFetchOutcome> {
  const response = await fetchResource(state.url, {
    accept:
      'application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5',
    ...options,
    ...(state.etag ? { etag: state.etag } : {}),
    ...(state.lastModified ? { lastModified: state.lastModified } : {}),
  });
  const validators = {
    ...(response.etag ? { etag: response.etag } : state.etag ? { etag: state.etag } : {}),
    ...(response.lastModified
      ? { lastModified: response.lastModified }
      : state.lastModified
        ? { lastModified: state.lastModified }
        : {}),
  };
  if (response.notModified) return { notModified: true, ...validators };
  return {
    notModified: false,
    feed: parseFeedDocument(response.text, response.url),
    url: response.url,
    ...validators,
  };
}
