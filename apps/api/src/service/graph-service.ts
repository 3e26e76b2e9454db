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
import type { DocumentRecord, DocumentStore, StoredDocument, StoredExtraction } from '../store/types.js';
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
  /** Ingests waiting for their write turn; they are stored together, in one transaction. */
  #openBatch: PendingIngest[] | undefined;
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
   * Resolves only once the document is committed to disk; ingests arriving together share that commit.
   */
  ingest(input: ArticleInput): Promise<IngestOutcome> {
    return new Promise((resolve, reject) => {
      if (!this.#openBatch) {
        const batch: PendingIngest[] = [];
        this.#openBatch = batch;
        // Waiting for the event loop to turn lets the requests already received join the batch.
        this.#writes
          .run(() => new Promise<void>((done) => setImmediate(done)).then(() => this.#ingestBatch(batch)))
          // Settling twice is a no-op: this only answers the ingests an unexpected failure left waiting.
          .catch((error: unknown) => {
            for (const pending of batch) pending.reject(error);
          });
      }
      this.#openBatch.push({ input, resolve, reject });
    });
  }

  /** Ingests articles one by one (the demo corpus at first start). Returns how many were new. */
  async seed(articles: readonly Article[]): Promise<number> {
    let created = 0;
    for (const article of articles) if ((await this.ingest(article)).created) created += 1;
    return created;
  }

  /** Removes a document and what only it reported. Returns undefined for an unknown id. */
  removeDocument(id: string): Promise<RemoveOutcome | undefined> {
    // Ingests queued after this removal must run after it, not join a batch queued before it.
    this.#openBatch = undefined;
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

  /**
   * Keys of the relations with a piece of evidence about the actor (named in its `about` phrase),
   * sorted. A scan of the edges: asked for one actor at a time, from its panel.
   */
  relationsAbout(actorId: string): string[] {
    const keys: string[] = [];
    this.graph.forEachEdge((key, attributes) => {
      if (attributes.evidence.some((evidence) => evidence.about?.actors.includes(actorId))) keys.push(key);
    });
    return keys.sort();
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

  /**
   * Ingests the articles that queued up while the previous write ran. Each is validated and extracted on
   * its own (a bad one fails alone); the new ones are stored in one transaction, so they share one disk
   * sync, and none is acknowledged before that transaction has committed.
   */
  #ingestBatch(batch: PendingIngest[]): void {
    if (this.#openBatch === batch) this.#openBatch = undefined;
    const planned: PlannedIngest[] = [];
    const plannedById = new Map<string, PlannedIngest>();
    const plannedByContent = new Map<string, PlannedIngest>();
    for (const pending of batch) {
      try {
        const article = validateArticle(pending.input);
        const contentId = documentId(article.text);
        const existing =
          this.#documents.get(article.id) ?? this.#documents.get(this.#byContent.get(contentId) ?? '');
        if (existing) {
          pending.resolve(this.#unchanged(existing.id));
          continue;
        }
        const twin = plannedById.get(article.id) ?? plannedByContent.get(contentId);
        if (twin) {
          twin.duplicates.push(pending);
          continue;
        }
        const plan = { pending, duplicates: [], ...this.#extract(article, contentId) };
        planned.push(plan);
        plannedById.set(article.id, plan);
        plannedByContent.set(contentId, plan);
      } catch (error) {
        pending.reject(error);
      }
    }
    if (planned.length === 0) return;

    let stored: boolean[];
    try {
      stored = this.#store.putAll(planned.map(({ record }) => record));
    } catch (error) {
      for (const plan of planned)
        for (const pending of [plan.pending, ...plan.duplicates]) pending.reject(error);
      return;
    }
    planned.forEach((plan, index) => {
      if (stored[index]) this.#addToGraph(plan.record.document, plan.record.extraction, plan.result);
    });
    this.#version += 1;
    planned.forEach((plan, index) => {
      const { id } = plan.record.document;
      if (!stored[index]) {
        // Only another process writing the same database gets here; the graph is rebuilt on restart.
        const error = new Error(`Document ${id} is already stored but was not loaded.`);
        for (const pending of [plan.pending, ...plan.duplicates]) pending.reject(error);
        return;
      }
      plan.pending.resolve({ ...this.#unchanged(id), created: true });
      for (const pending of plan.duplicates) pending.resolve(this.#unchanged(id));
    });
  }

  /** Extracts an article and shapes what the store keeps of it. */
  #extract(article: Article, contentId: string): { record: DocumentRecord; result: ExtractionResult } {
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
    return { record: { document, extraction }, result };
  }

  /** The outcome of ingesting a document that is already in the graph. */
  #unchanged(id: string): IngestOutcome {
    return { document: this.#documents.get(id)!, relations: this.documentRelations(id), created: false };
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

/** An ingest waiting for its batch, and how to answer it. */
interface PendingIngest {
  input: ArticleInput;
  resolve: (outcome: IngestOutcome) => void;
  reject: (error: unknown) => void;
}

/** A new article of a batch, extracted and ready to store, with the ingests of the same text after it. */
interface PlannedIngest {
  pending: PendingIngest;
  duplicates: PendingIngest[];
  record: DocumentRecord;
  result: ExtractionResult;
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
