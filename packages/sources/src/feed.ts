import { parseFeed } from 'feedsmith';
import { htmlToText } from './article.js';
import { SourceError } from './errors.js';
import { isoDate } from './metadata.js';

/** One entry of a feed, the same shape whether it came from RSS 2.0, RSS 1.0 (RDF) or Atom. */
export interface FeedItem {
  /** The item's stable id: its guid or Atom id, else its link. */
  id: string;
  /** The article's page. */
  url?: string;
  title?: string;
  author?: string;
  publishedAt?: string;
  /** When the entry says it was last changed (Atom `updated`). */
  updatedAt?: string;
  summary?: string;
  /** The full article as plain text, when the feed carries it (`content:encoded`, Atom `content`). */
  content?: string;
}

export interface ParsedFeed {
  format: 'rss' | 'atom' | 'rdf' | 'json';
  title?: string;
  /** The site the feed belongs to. */
  link?: string;
  items: FeedItem[];
}

/**
 * A feed item's content counts as the full article from this many characters on: shorter ones are
 * teasers, and the linked page is read instead.
 */
export const FULL_CONTENT_MIN_CHARS = 500;

/** Parses an RSS 2.0, RSS 1.0 or Atom document (feedsmith); throws `NOT_A_FEED` for anything else. */
export function parseFeedDocument(xml: string, feedUrl: string): ParsedFeed {
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(xml);
  } catch (error) {
    throw new SourceError(
      'NOT_A_FEED',
      feedUrl,
      `${feedUrl} is not an RSS or Atom feed (${(error as Error).message}).`,
      {
        cause: error,
      },
    );
  }
  const items: FeedItem[] = [];
  // feedsmith's result is a union per format; the fields read here are named alike across them.
  const feed = parsed.feed as unknown as RawFeed;
  for (const raw of feed.items ?? feed.entries ?? []) {
    const item = normalizeItem(raw, feedUrl);
    if (item) items.push(item);
  }
  const result: ParsedFeed = { format: parsed.format as ParsedFeed['format'], items };
  const title = textOf(feed.title);
  if (title) result.title = title;
  const link = typeof feed.link === 'string' ? feed.link : alternate(feed.links);
  if (link) result.link = resolve(link, feedUrl);
  return result;
}

type Text = string | { value?: string } | undefined;

interface RawFeed {
  title?: Text;
  link?: string;
  links?: RawLink[];
  items?: RawItem[];
  entries?: RawItem[];
}

interface RawLink {
  href?: string;
  rel?: string;
  type?: string;
}

interface RawItem {
  id?: string;
  guid?: string | { value?: string };
  title?: Text;
  link?: string;
  links?: RawLink[];
  url?: string;
  description?: string;
  summary?: Text;
  content?: { encoded?: string; value?: string; type?: string } | string;
  content_html?: string;
  content_text?: string;
  pubDate?: string;
  published?: string;
  updated?: string;
  date_published?: string;
  authors?: ({ name?: string } | string)[];
  author?: string;
  dc?: { creators?: string[]; creator?: string; date?: string; dates?: string[] };
}

function normalizeItem(raw: RawItem, feedUrl: string): FeedItem | undefined {
  const link = raw.link ?? raw.url ?? alternate(raw.links);
  const url = link ? resolve(link, feedUrl) : undefined;
  const guid = typeof raw.guid === 'string' ? raw.guid : raw.guid?.value;
  const id = (guid ?? raw.id ?? url)?.trim();
  if (!id) return undefined; // Nothing to recognise it by next time: it cannot be ingested once.
  const item: FeedItem = { id };
  if (url) item.url = url;
  const title = textOf(raw.title);
  if (title) item.title = htmlToText(title);
  const author = raw.author ?? raw.dc?.creators?.[0] ?? raw.dc?.creator ?? authorName(raw.authors?.[0]);
  if (author) item.author = author.trim();
  const published = isoDate(
    raw.pubDate ?? raw.published ?? raw.date_published ?? raw.dc?.date ?? raw.dc?.dates?.[0] ?? raw.updated,
  );
  if (published) item.publishedAt = published;
  const updated = isoDate(raw.updated);
  if (updated) item.updatedAt = updated;
  const summaryHtml = raw.description ?? textOf(raw.summary);
  if (summaryHtml) {
    const summary = htmlToText(summaryHtml);
    if (summary) item.summary = summary;
  }
  const contentHtml =
    typeof raw.content === 'string'
      ? raw.content
      : (raw.content?.encoded ?? raw.content?.value ?? raw.content_html);
  const content = contentHtml ? htmlToText(contentHtml) : raw.content_text;
  if (content && content.length >= FULL_CONTENT_MIN_CHARS) item.content = content;
  return item;
}

function textOf(value: Text): string | undefined {
  const text = typeof value === 'string' ? value : value?.value;
  return text?.trim() || undefined;
}

function authorName(author: { name?: string } | string | undefined): string | undefined {
  return typeof author === 'string' ? author : author?.name;
}

function alternate(links: RawLink[] | undefined): string | undefined {
  return (links?.find((link) => !link.rel || link.rel === 'alternate') ?? links?.[0])?.href;
}

function resolve(href: string, base: string): string | undefined {
  try {
    return new URL(href.trim(), base).href;
  } catch {
    return undefined;
  }
}
