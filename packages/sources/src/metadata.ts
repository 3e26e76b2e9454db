/**
 * An article's metadata as publishers state it: Open Graph and `article:*` meta tags, JSON-LD
 * (schema.org NewsArticle and kin), `<link rel=canonical>`, `<time datetime>`, Dublin Core. Where
 * they disagree, JSON-LD and `article:published_time` (written for machines) win over page text.
 */
export interface PageMetadata {
  title?: string;
  outlet?: string;
  author?: string;
  /** ISO date-time or date. */
  publishedAt?: string;
  canonicalUrl?: string;
  lang?: string;
  description?: string;
}

/** The few DOM calls read here, as linkedom and browsers both provide them. */
interface ElementLike {
  getAttribute(name: string): string | null;
  textContent: string | null;
}
export interface DocumentLike {
  querySelector(selector: string): ElementLike | null;
  querySelectorAll(selector: string): Iterable<ElementLike> & { length: number };
  documentElement: ElementLike | null;
}

const ARTICLE_TYPES =
  /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|WebPage|OpinionNewsArticle|BackgroundNewsArticle|LiveBlogPosting)$/;

export function readMetadata(document: DocumentLike, pageUrl: string): PageMetadata {
  const meta = (...names: string[]): string | undefined => {
    for (const name of names) {
      const element =
        document.querySelector(`meta[property="${name}"]`) ?? document.querySelector(`meta[name="${name}"]`);
      const content = element?.getAttribute('content')?.trim();
      if (content) return content;
    }
    return undefined;
  };
  const ld = jsonLdArticle(document);
  const canonical =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta('og:url') ?? ld?.url;
  const time = document.querySelector('article time[datetime]') ?? document.querySelector('time[datetime]');
  const result: PageMetadata = {};
  const set = <K extends keyof PageMetadata>(key: K, value: string | undefined) => {
    const clean = value?.replace(/\s+/g, ' ').trim();
    if (clean) result[key] = clean;
  };
  set(
    'title',
    ld?.headline ??
      meta('og:title', 'twitter:title') ??
      document.querySelector('title')?.textContent ??
      undefined,
  );
  set('outlet', ld?.publisher ?? meta('og:site_name', 'application-name'));
  set('author', ld?.author ?? meta('author', 'article:author', 'dc.creator', 'DC.creator', 'parsely-author'));
  set(
    'publishedAt',
    isoDate(
      ld?.datePublished ??
        meta(
          'article:published_time',
          'og:article:published_time',
          'parsely-pub-date',
          'dc.date',
          'DC.date.issued',
          'date',
          'pubdate',
        ) ??
        time?.getAttribute('datetime') ??
        undefined,
    ),
  );
  set('canonicalUrl', canonical ? absolute(canonical, pageUrl) : undefined);
  set('lang', document.documentElement?.getAttribute('lang') ?? undefined);
  set('description', meta('og:description', 'description'));
  return result;
}

interface LdArticle {
  headline?: string;
  datePublished?: string;
  author?: string;
  publisher?: string;
  url?: string;
}

/** The first schema.org article object of the page's JSON-LD blocks (inside `@graph` or arrays too). */
function jsonLdArticle(document: DocumentLike): LdArticle | undefined {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // Publishers ship broken JSON-LD now and then; the other sources still work.
    }
    const found = findArticle(data);
    if (found) return found;
  }
  return undefined;
}

function findArticle(data: unknown): LdArticle | undefined {
  if (Array.isArray(data)) {
    for (const entry of data) {
      const found = findArticle(entry);
      if (found) return found;
    }
    return undefined;
  }
  if (!data || typeof data !== 'object') return undefined;
  const record = data as Record<string, unknown>;
  if (record['@graph']) return findArticle(record['@graph']);
  const types = [record['@type']].flat().map(String);
  if (!types.some((type) => ARTICLE_TYPES.test(type))) return undefined;
  const main = record.mainEntityOfPage;
  return {
    headline: text(record.headline) ?? text(record.name),
    datePublished: text(record.datePublished) ?? text(record.dateCreated),
    author: names(record.author),
    publisher: names(record.publisher),
    url:
      text(record.url) ??
      (typeof main === 'string' ? main : text((main as Record<string, unknown> | undefined)?.['@id'])),
  };
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** A person or organisation (or several) as a comma-separated list of names. */
function names(value: unknown): string | undefined {
  const list = [value]
    .flat()
    .map((entry) =>
      typeof entry === 'string' ? entry : text((entry as Record<string, unknown> | null)?.name),
    )
    .filter((name): name is string => Boolean(name));
  return list.length > 0 ? list.join(', ') : undefined;
}

/** Normalises a stated date to ISO 8601, keeping a plain date as a date; undefined when unreadable. */
export function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return trimmed;
  const time = Date.parse(trimmed);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function absolute(href: string, base: string): string | undefined {
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
