import {
  type Article,
  type ArticleInput,
  documentId,
  type EntenteGraph,
  type ExtractionResult,
  type Extractor,
  GraphBuilder,
  relationKey,
  validateArticle,
} from '@entente/core';
import type { DocumentStore, StoredDocument, StoredExtraction } from '../store/types.js';
import { AnalyticsCache } from './analytics-cache.js';
import {
  type ActorModel,
  actorFromGazetteer,
  actorFromNode,
  type DocumentModel,
  type RelationModel,
  relationFromEdge,
} from './models.js';
import { SerialQueue } from './serial-queue.js';

export interface GraphServiceOptions {
  store: DocumentStore;
  extractor: Extractor;
  /** Clock for `ingestedAt`; injectable so tests can pin it. */
  now?: () => Date;
}

export interface IngestOutcome {
  document: DocumentModel;
  /** Keys of the relations the document reports (added or strengthened). */
  relations: string[];
  /** False when a document with the same text was already stored: nothing changed. */
  created: boolean;
}

export interface RemoveOutcome {
  /** Relations that disappeared because only this document reported them. */
  removedRelations: number;
}

/**
 * Owns the knowledge graph of the API: the document store, the in-memory graph rebuilt from it, and the
 * analytics computed on it. Every write goes through one queue and reaches the store (one transaction)
 * before the graph, so the graph never holds what a restart would not rebuild.
 */
export class GraphService {
  readonly analytics: AnalyticsCache;
  readonly #store: DocumentStore;
  readonly #extractor: Extractor;
  readonly #now: () => Date;
  readonly #builder = new GraphBuilder();
  readonly #writes = new SerialQueue();
  /** Document metadata by id, so that evidence can name its document without reading texts. */
  readonly #documents = new Map<string, DocumentModel>();
  /** Content id → document id: the same text under another id (a seeded file, say) is still a duplicate. */
  readonly #byContent = new Map<string, string>();
  /** Document id → keys of the relations it reports. */
  readonly #relationKeys = new Map<string, string[]>();
  #version = 0;

  constructor(options: GraphServiceOptions) {
    this.#store = options.store;
    this.#extractor = options.extractor;
    this.#now = options.now ?? (() => new Date());
    this.analytics = new AnalyticsCache(this);
  }

  /** Rebuilds the graph from every stored extraction, without running the extractor again. */
  load(): void {
    for (const { document, extraction } of this.#store.all()) this.#addToGraph(document, extraction);
    this.#version += 1;
  }

  get graph(): EntenteGraph {
    return this.#builder.graph;
  }

  /** Changes whenever the graph does; caches key on it. */
  get version(): number {
    return this.#version;
  }

  get documentCount(): number {
    return this.#documents.size;
  }

  /**
   * Validates, extracts, persists and adds an article, all or nothing. Throws `ArticleInputError` for
   * input the extractor refuses. Ingesting a text already stored returns the stored document, unchanged.
   */
  ingest(input: ArticleInput): Promise<IngestOutcome> {
    return this.#writes.run(() => this.#ingestNow(input));
  }

  /** Ingests articles one by one (the demo corpus at first start). Returns how many were new. */
  async seed(articles: readonly Article[]): Promise<number> {
    let created = 0;
    for (const article of articles) if ((await this.ingest(article)).created) created += 1;
    return created;
  }

  /** Removes a document and what only it reported. Returns undefined for an unknown id. */
  removeDocument(id: string): Promise<RemoveOutcome | undefined> {
    return this.#writes.run(() => {
      if (!this.#documents.has(id)) return undefined;
      this.#store.remove(id);
      const keys = this.#relationKeys.get(id) ?? [];
      this.#builder.removeDocument(id);
      const document = this.#documents.get(id);
      if (document) this.#byContent.delete(document.contentId);
      this.#documents.delete(id);
      this.#relationKeys.delete(id);
      this.#version += 1;
      return { removedRelations: keys.filter((key) => !this.graph.hasEdge(key)).length };
    });
  }

  /** Resolves once every write queued so far is done (used on shutdown). */
  idle(): Promise<void> {
    return this.#writes.idle();
  }

  actor(id: string): ActorModel | undefined {
    if (this.graph.hasNode(id)) return actorFromNode(this.graph, id);
    // Affiliations can name actors no document mentions; the gazetteer still knows them.
    const entry = this.#extractor.gazetteer.get(id);
    return entry ? actorFromGazetteer(entry) : undefined;
  }

  /** Every actor of the graph. */
  actors(): ActorModel[] {
    return this.graph.mapNodes((id) => actorFromNode(this.graph, id));
  }

  relation(id: string): RelationModel | undefined {
    return this.graph.hasEdge(id) ? relationFromEdge(this.graph, id) : undefined;
  }

  document(id: string): DocumentModel | undefined {
    return this.#documents.get(id);
  }

  documentText(id: string): string | undefined {
    return this.#store.get(id)?.text;
  }

  /** The relations a document reports that are in the graph, by key. */
  documentRelations(id: string): string[] {
    return (this.#relationKeys.get(id) ?? []).filter((key) => this.graph.hasEdge(key));
  }

  /** A page of documents in ingestion order, after the document with sequence number `after`. */
  listDocuments(first: number, after?: number) {
    return this.#store.list(after === undefined ? { first } : { first, after });
  }

  #ingestNow(input: ArticleInput): IngestOutcome {
    const article = validateArticle(input);
    const contentId = documentId(article.text);
    const existing =
      this.#documents.get(article.id) ?? this.#documents.get(this.#byContent.get(contentId) ?? '');
    if (existing)
      return { document: existing, relations: this.documentRelations(existing.id), created: false };

    const result = this.#extractor.extract(article);
    const document: StoredDocument = {
      ...withoutUndefined(article),
      contentId,
      ingestedAt: this.#now().toISOString(),
    };
    const extraction: StoredExtraction = {
      relations: result.relations,
      actors: result.actors,
      mentions: result.mentions,
      sentences: result.sentences.map(({ index, start, end }) => ({ index, start, end })),
    };
    if (!this.#store.put(document, extraction)) {
      // Only another process writing the same database gets here; the graph is rebuilt on restart.
      throw new Error(`Document ${document.id} is already stored but was not loaded.`);
    }
    this.#addToGraph(document, extraction, result);
    this.#version += 1;
    return {
      document: this.#documents.get(document.id)!,
      relations: this.documentRelations(document.id),
      created: true,
    };
  }

  #addToGraph(document: StoredDocument, extraction: StoredExtraction, result?: ExtractionResult): void {
    this.#builder.add(result ?? toExtractionResult(document, extraction));
    const { text: _text, ...metadata } = document;
    this.#documents.set(document.id, metadata);
    this.#byContent.set(document.contentId, document.id);
    const keys = new Set<string>();
    for (const relation of extraction.relations) {
      if (relation.source !== relation.target)
        keys.add(relationKey(relation.source, relation.type, relation.target));
    }
    this.#relationKeys.set(document.id, [...keys]);
  }
}

/** The extraction result a stored document and extraction stand for (sentence texts are re-sliced). */
function toExtractionResult(document: StoredDocument, extraction: StoredExtraction): ExtractionResult {
  const { contentId: _contentId, ingestedAt: _ingestedAt, ...article } = document;
  return {
    article,
    sentences: extraction.sentences.map((sentence) => ({
      ...sentence,
      text: document.text.slice(sentence.start, sentence.end),
    })),
    mentions: extraction.mentions,
    relations: extraction.relations,
    actors: extraction.actors,
  };
}

function withoutUndefined(article: Article): Article {
  const copy: Article = { id: article.id, text: article.text };
  if (article.title != null) copy.title = article.title;
  if (article.source != null) copy.source = article.source;
  if (article.url != null) copy.url = article.url;
  if (article.publishedAt != null) copy.publishedAt = article.publishedAt;
  return copy;
}
