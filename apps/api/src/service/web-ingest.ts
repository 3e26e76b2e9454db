import { contentHash, type ExtractedArticle, type FetchOptions, readArticle } from '@entente/sources';
import type { FeedStore } from '../store/types.js';
import type { GraphService, IngestOutcome } from './graph-service.js';

/** How an article read from the web entered the graph. */
export type WebIngestStatus =
  /** A new document. */
  | 'new'
  /** The same story (same normalised text) was already stored, from this or another outlet: one more source. */
  | 'duplicate';

export interface WebIngestOutcome extends IngestOutcome {
  status: WebIngestStatus;
  article: ExtractedArticle;
}

/**
 * Puts articles read from pages and feeds into the graph, once: a story whose normalised text is
 * already stored (the same wire story from two outlets, a page seen again) is one document with one
 * more source, so its relations are not counted twice.
 */
export class WebIngester {
  readonly #service: GraphService;
  readonly #feeds: FeedStore;
  readonly #fetchOptions: FetchOptions;
  readonly #now: () => Date;

  constructor(
    service: GraphService,
    feeds: FeedStore,
    fetchOptions: FetchOptions = {},
    now = () => new Date(),
  ) {
    this.#service = service;
    this.#feeds = feeds;
    this.#fetchOptions = fetchOptions;
    this.#now = now;
  }

  /** Fetches and reads a page without storing anything (the preview before adding). Throws `SourceError`. */
  preview(url: string): Promise<ExtractedArticle> {
    return readArticle(url, this.#fetchOptions);
  }

  /** Fetches, reads and ingests a page. Throws `SourceError`, or what `GraphService.ingest` throws. */
  async ingestUrl(url: string): Promise<WebIngestOutcome> {
    return this.ingestArticle(await readArticle(url, this.#fetchOptions));
  }

  /** Ingests an article read from the web, recording where it was published. */
  async ingestArticle(article: ExtractedArticle, feedId?: string): Promise<WebIngestOutcome> {
    const hash = contentHash(article.text);
    const known = await this.#feeds.documentByContentHash(hash);
    if (known && this.#service.document(known)) {
      await this.#record(known, article, hash, feedId);
      return { ...this.#service.unchanged(known), status: 'duplicate', article };
    }
    const outcome = await this.#service.ingest({
      text: article.text,
      ...(article.title ? { title: article.title } : {}),
      ...(article.outlet ? { source: article.outlet } : {}),
      url: article.canonicalUrl ?? article.url,
      ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}),
    });
    await this.#record(outcome.document.id, article, hash, feedId);
    return { ...outcome, status: outcome.created ? 'new' : 'duplicate', article };
  }

  #record(
    documentId: string,
    article: ExtractedArticle,
    hash: string,
    feedId: string | undefined,
  ): Promise<void> {
    return this.#feeds.addSource({
      documentId,
      url: article.canonicalUrl ?? article.url,
      contentHash: hash,
      seenAt: this.#now().toISOString(),
      ...(article.outlet ? { outlet: article.outlet } : {}),
      ...(article.title ? { title: article.title } : {}),
      ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}),
      ...(feedId ? { feedId } : {}),
    });
  }
}
