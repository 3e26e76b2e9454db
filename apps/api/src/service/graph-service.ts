import {
  type Article,
  type ArticleInput,
  type EntenteGraph,
  type Evidence,
  type EvidenceRef,
  evidenceRef,
  type Gazetteer,
  GraphPipeline,
  type QuotedGraph,
} from '@entente/core';
import type { ChangeLog, DocumentRecord, DocumentStore, GraphRecord } from '../store/types.js';
import { AnalyticsCache } from './analytics-cache.js';
import { checkArticleFields } from './article-fields.js';
import { EvidenceTexts } from './evidence-texts.js';
import type { PreparedArticle } from './extraction-pool.js';
import {
  type ActorModel,
  actorFromGazetteer,
  actorFromNode,
  type DocumentModel,
  type RelationModel,
  relationFromEdge,
} from './models.js';
import { SerialQueue } from './serial-queue.js';
import { storedRecord } from './stored-record.js';

/** Reads articles into what the store keeps; `ExtractionPool` does it on worker threads. */
export interface ArticleExtractor {
  /** The gazetteer extractions resolve actors with; it also answers lookups of actors no document names. */
  readonly gazetteer: Gazetteer;
  /** Validates the article, derives its ids and extracts it. @throws ArticleInputError */
  extract(article: ArticleInput): Promise<PreparedArticle>;
}

export interface GraphServiceOptions {
  store: DocumentStore;
  /**
   * The change log of a store other processes write too: `follow()` keeps the graph in step with it.
   * Without one, this service is the store's only writer.
   */
  changeLog?: ChangeLog;
  extractor: ArticleExtractor;
  /** Clock for `ingestedAt`; injectable so tests can pin it. */
  now?: () => Date;
  /** Told of every committed change (live subscriptions listen here). */
  onChange?: (change: GraphChange) => void;
  /** Pieces of evidence whose texts stay cached between requests (default `DEFAULT_EVIDENCE_CACHE_PIECES`). */
  evidenceCachePieces?: number;
}

/** A document that entered or left the graph, and the relations it touched. */
export interface GraphChange {
  kind: 'documentAdded' | 'documentRemoved';
  documentId: string;
  /** Keys of the relations the document reports (added, strengthened, weakened or gone). */
  relations: string[];
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
 * before the graph, so the graph never holds what a restart would not rebuild. The graph keeps evidence
 * references (document, sentence, date, confidence, about actors); quotes, offsets and about phrases are
 * read from the store when asked for (`evidence`, `quotedGraph`), so memory grows with relations and
 * documents, not with the text of every sentence that reported one.
 */
export class GraphService {
  readonly analytics: AnalyticsCache;
  readonly #store: DocumentStore;
  readonly #changeLog: ChangeLog | undefined;
  /** The last change of the log the graph reflects. */
  #appliedChange = 0;
  /** A catch-up is queued and has not started: another notification need not queue one more. */
  #catchUpQueued = false;
  readonly #extractor: ArticleExtractor;
  readonly #now: () => Date;
  readonly #onChange: ((change: GraphChange) => void) | undefined;
  readonly #pipeline = new GraphPipeline({ evidence: evidenceRef });
  readonly #evidenceTexts: EvidenceTexts;
  readonly #writes = new SerialQueue();
  /** Document metadata by id, so that evidence can name its document without reading texts. */
  readonly #documents = new Map<string, DocumentModel>();
  /** Content id → document id: the same text under another id (a seeded file, say) is still a duplicate. */
  readonly #byContent = new Map<string, string>();
  /** Ingests waiting for their write turn; they are stored together, in one transaction. */
  #openBatch: PendingIngest[] | undefined;
  #version = 0;

  constructor(options: GraphServiceOptions) {
    this.#store = options.store;
    this.#changeLog = options.changeLog;
    this.#extractor = options.extractor;
    this.#now = options.now ?? (() => new Date());
    this.#onChange = options.onChange;
    this.analytics = new AnalyticsCache(this);
    this.#evidenceTexts = new EvidenceTexts({
      store: this.#store,
      ...(options.evidenceCachePieces !== undefined ? { maxPieces: options.evidenceCachePieces } : {}),
    });
  }

  /**
   * Rebuilds the graph from every stored extraction, without running the extractor again. `progress`
   * hears how many documents are loaded so far, of how many stored when loading began, every 10,000.
   */
  async load(progress?: (documents: number, total: number) => void): Promise<void> {
    // Read before the documents: a change committed meanwhile is then applied again, which is harmless
    // (applying is idempotent), rather than missed.
    this.#appliedChange = (await this.#changeLog?.latestChange()) ?? 0;
    const total = progress ? await this.#store.count() : 0;
    let loaded = 0;
    for await (const { document, extraction } of this.#store.all()) {
      this.#addToGraph(document, extraction);
      loaded += 1;
      if (loaded % LOAD_PROGRESS_EVERY === 0) progress?.(loaded, Math.max(total, loaded));
    }
    this.#version += 1;
  }

  /**
   * Follows the store's change log: what other processes store or remove reaches this graph as soon as
   * the store announces it, and a lost connection is followed by a catch-up from the last change applied.
   * Returns the function that stops following. Without a change log there is nothing to follow.
   */
  async follow(onError: (error: Error) => void = () => {}): Promise<() => Promise<void>> {
    const log = this.#changeLog;
    if (!log) return async () => {};
    return log.follow(() => {
      this.catchUp().catch(onError);
    }, onError);
  }

  /** Applies the changes other processes made since the last catch-up; resolves once the graph has them. */
  catchUp(): Promise<void> {
    if (this.#catchUpQueued) return this.#writes.idle();
    this.#catchUpQueued = true;
    return this.#writes.run(() => {
      this.#catchUpQueued = false;
      return this.#applyChanges();
    });
  }

  get graph(): EntenteGraph {
    return this.#pipeline.graph;
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
   * input the server refuses, `ExtractionLimitError` for an article the extractor gave up on, and
   * `StorageError` when the database cannot take it. Ingesting a text already stored returns the stored
   * document, unchanged. Validation and extraction start at once, on the extractor's threads; the write
   * waits for its turn, in call order, and resolves only once the document is committed to disk (ingests
   * arriving together share that commit).
   */
  ingest(input: ArticleInput): Promise<IngestOutcome> {
    return new Promise((resolve, reject) => {
      checkArticleFields(input);
      const prepared = this.#extractor.extract(input);
      // Its batch handles a failure; this only keeps an early one from counting as unhandled meanwhile.
      prepared.catch(() => undefined);
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
      this.#openBatch.push({ input, prepared, resolve, reject });
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
    return this.#writes.run(async () => {
      if (!this.#documents.has(id)) return undefined;
      await this.#store.remove(id);
      const keys = this.#pipeline.relationKeys(id);
      this.#removeFromGraph(id);
      this.#version += 1;
      this.#onChange?.({ kind: 'documentRemoved', documentId: id, relations: keys });
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

  /**
   * The whole evidence (quotes, offsets, about phrases) behind these pieces of relation `key`, read from
   * the store (batched with what other resolvers ask for at the same time, cached with a bound).
   * @throws StorageError when the database cannot be read
   */
  evidence(key: string, refs: readonly EvidenceRef[]): Promise<Evidence[]> {
    return this.#evidenceTexts.read(key, refs);
  }

  /**
   * A copy of `graph` (this service's graph or one filtered from it) with every piece of evidence whole,
   * for exports: the texts are read from the store a batch of documents at a time.
   */
  async quotedGraph(graph: EntenteGraph): Promise<QuotedGraph> {
    const quoted = graph.copy() as unknown as QuotedGraph;
    // The references as they are now: the live graph may change while the texts are read.
    const refs = graph.mapEdges((key, attributes) => [key, [...attributes.evidence]] as const);
    for (let from = 0; from < refs.length; from += QUOTED_EDGES_PER_STEP) {
      const step = refs.slice(from, from + QUOTED_EDGES_PER_STEP);
      const evidence = await Promise.all(step.map(([key, pieces]) => this.#evidenceTexts.read(key, pieces)));
      step.forEach(([key], index) => {
        quoted.setEdgeAttribute(key, 'evidence', evidence[index]!);
      });
    }
    return quoted;
  }

  async documentText(id: string): Promise<string | undefined> {
    return (await this.#store.get(id))?.text;
  }

  /** The relations a document reports that are in the graph, by key. */
  documentRelations(id: string): string[] {
    return this.#pipeline.relationKeys(id).filter((key) => this.graph.hasEdge(key));
  }

  /** The actors a document names, related or not, by id. */
  documentActors(id: string): string[] {
    return this.#pipeline.actorIds(id);
  }

  /** A page of documents in ingestion order, after the document with sequence number `after`. */
  listDocuments(first: number, after?: number) {
    return this.#store.list(after === undefined ? { first } : { first, after });
  }

  /**
   * Ingests the articles that queued up while the previous write ran. Duplicates of stored or batch-mate
   * texts are answered without a write; the new ones are stored in one transaction, so they share one
   * disk sync, each in its own savepoint so that one that fails (extraction or storage) fails alone.
   * None is acknowledged before that transaction has committed.
   */
  async #ingestBatch(batch: PendingIngest[]): Promise<void> {
    if (this.#openBatch === batch) this.#openBatch = undefined;
    // Extractions run on the pool side by side; this write turn waits only for its own batch's.
    const outcomes = await Promise.allSettled(batch.map(({ prepared }) => prepared));
    const planned: PlannedIngest[] = [];
    const plannedById = new Map<string, PlannedIngest>();
    const plannedByContent = new Map<string, PlannedIngest>();
    batch.forEach((pending, index) => {
      const outcome = outcomes[index]!;
      if (outcome.status === 'rejected') {
        pending.reject(outcome.reason);
        return;
      }
      const { articleId, contentId, extraction } = outcome.value;
      const existing =
        this.#documents.get(articleId) ?? this.#documents.get(this.#byContent.get(contentId) ?? '');
      if (existing) {
        pending.resolve(this.unchanged(existing.id));
        return;
      }
      const twin = plannedById.get(articleId) ?? plannedByContent.get(contentId);
      if (twin) {
        twin.duplicates.push(pending);
        return;
      }
      const article: Article = { ...pending.input, id: articleId };
      const plan = {
        pending,
        duplicates: [],
        record: storedRecord(article, contentId, extraction, this.#now()),
      };
      planned.push(plan);
      plannedById.set(articleId, plan);
      plannedByContent.set(contentId, plan);
    });
    if (planned.length === 0) return;

    let stored: (boolean | Error)[];
    try {
      stored = await this.#store.putAll(planned.map(({ record }) => record));
    } catch (error) {
      for (const plan of planned) failAll(plan, error);
      return;
    }
    planned.forEach((plan, index) => {
      if (stored[index] === true) this.#addToGraph(plan.record.document, plan.record.extraction);
    });
    this.#version += 1;
    // Another process stored one of these ids first: its change, not yet applied here, brings it in.
    if (stored.includes(false)) await this.#applyChanges();
    planned.forEach((plan, index) => {
      const outcome = stored[index];
      const { id } = plan.record.document;
      if (outcome instanceof Error) failAll(plan, outcome);
      else if (!outcome) {
        if (this.#documents.has(id))
          for (const pending of [plan.pending, ...plan.duplicates]) pending.resolve(this.unchanged(id));
        else failAll(plan, new Error(`Document ${id} is already stored but was not loaded.`));
      } else {
        this.#onChange?.({ kind: 'documentAdded', documentId: id, relations: this.documentRelations(id) });
        plan.pending.resolve({ ...this.unchanged(id), created: true });
        for (const pending of plan.duplicates) pending.resolve(this.unchanged(id));
      }
    });
  }

  /** Reads the change log from the last change applied, and applies it; runs in a write turn. */
  async #applyChanges(): Promise<void> {
    const log = this.#changeLog;
    if (!log) return;
    for (;;) {
      const changes = await log.changesAfter(this.#appliedChange, CATCH_UP_PAGE);
      if (changes.length === 0) return;
      const wanted = changes.filter((change) => change.kind === 'put').map((change) => change.documentId);
      const records = wanted.length > 0 ? await log.records([...new Set(wanted)]) : new Map();
      const applied: GraphChange[] = [];
      // Applying is idempotent: this process's own writes come back through the log already applied.
      for (const { seq, kind, documentId } of changes) {
        if (kind === 'remove' && this.#documents.has(documentId)) {
          const relations = this.#pipeline.relationKeys(documentId);
          this.#removeFromGraph(documentId);
          applied.push({ kind: 'documentRemoved', documentId, relations });
        } else if (kind === 'put' && !this.#documents.has(documentId)) {
          // Absent when a later change removed it again: that change is applied next, to nothing.
          const record = records.get(documentId);
          if (record) {
            this.#addToGraph(record.document, record.extraction);
            applied.push({
              kind: 'documentAdded',
              documentId,
              relations: this.documentRelations(documentId),
            });
          }
        }
        this.#appliedChange = seq;
      }
      if (applied.length === 0) continue;
      this.#version += 1;
      for (const change of applied) this.#onChange?.(change);
    }
  }

  /** The outcome of ingesting a document that is already in the graph. */
  unchanged(id: string): IngestOutcome {
    return { document: this.#documents.get(id)!, relations: this.documentRelations(id), created: false };
  }

  #removeFromGraph(id: string): void {
    const relations = this.#pipeline.relationKeys(id);
    this.#pipeline.removeDocument(id);
    this.#evidenceTexts.forget(relations);
    const document = this.#documents.get(id);
    if (document) this.#byContent.delete(document.contentId);
    this.#documents.delete(id);
  }

  /** Adds a stored document (its text, when a full record is passed, is not kept: it stays in the store). */
  #addToGraph(document: DocumentModel & { text?: string }, extraction: GraphRecord['extraction']): void {
    this.#pipeline.addCompact(document, extraction);
    // The relations it reports have a piece more (and an id removed and stored again may hold another
    // text: what was read of the old one is stale).
    this.#evidenceTexts.forget(this.#pipeline.relationKeys(document.id));
    const { text: _text, ...metadata } = document;
    this.#documents.set(document.id, metadata);
    this.#byContent.set(document.contentId, document.id);
  }
}

/** Documents between two progress reports of a cold start. */
const LOAD_PROGRESS_EVERY = 10_000;

/** Edges whose evidence an export reads at a time (their documents are read in batches). */
const QUOTED_EDGES_PER_STEP = 200;

/** Changes read from the log per query when catching up. */
const CATCH_UP_PAGE = 1_000;

/** An ingest waiting for its batch and its extraction, and how to answer it. */
interface PendingIngest {
  input: ArticleInput;
  prepared: Promise<PreparedArticle>;
  resolve: (outcome: IngestOutcome) => void;
  reject: (error: unknown) => void;
}

/** A new article of a batch, ready to store, with the ingests of the same text after it. */
interface PlannedIngest {
  pending: PendingIngest;
  duplicates: PendingIngest[];
  record: DocumentRecord;
}

/** Fails an ingest and the ingests of the same text that wait on it. */
function failAll(plan: PlannedIngest, error: unknown): void {
  for (const pending of [plan.pending, ...plan.duplicates]) pending.reject(error);
}
