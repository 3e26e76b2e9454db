import { type Evidence, type EvidenceRef, edgesOf } from '@entente/core';
import type { DocumentStore } from '../store/types.js';

/** A document's evidence as its stored extraction gives it, whole, by relation key. */
type DocumentEvidence = ReadonlyMap<string, readonly Evidence[]>;

/** The pieces of one relation's evidence read so far, by `pieceKey(document, sentence)`. */
type RelationEvidence = Map<string, Evidence>;

export interface EvidenceTextsOptions {
  store: Pick<DocumentStore, 'relations'>;
  /**
   * Pieces of evidence kept in memory between requests, by relation, the relations read least recently
   * dropped first (a relation with more pieces than this is read each time).
   */
  maxPieces?: number;
  /** Documents read per query. */
  batchSize?: number;
}

/**
 * Default bound of the cache: 200,000 pieces (the busiest relation of a million wire articles holds about
 * 100,000) are some 60 MB of short wire sentences, 100 MB of long ones.
 */
export const DEFAULT_EVIDENCE_CACHE_PIECES = 200_000;
const DEFAULT_BATCH_SIZE = 500;
/** Batches read at once: a PostgreSQL pool runs them side by side (SQLite answers one after the other). */
const CONCURRENT_BATCHES = 4;

/**
 * The quotes, offsets and about phrases of the graph's evidence, read from the store when asked for (the
 * graph keeps only `EvidenceRef`s). What resolvers ask for in one turn of the event loop is read together,
 * one query per `batchSize` documents, whichever relations asked. What was read is kept by relation, up to
 * `maxPieces` pieces, because analysts open the same relations and pairs again and again (and several of
 * them look at the same crisis); the owner forgets a relation when a document adds to it or leaves it.
 */
export class EvidenceTexts {
  readonly #store: Pick<DocumentStore, 'relations'>;
  readonly #maxPieces: number;
  readonly #batchSize: number;
  /** Least recently used first: a Map iterates in insertion order, and a hit is moved to the end. */
  readonly #relations = new Map<string, RelationEvidence>();
  #cachedPieces = 0;
  /** Counts `forget` calls: a read that saw one happen while it waited for the store keeps nothing. */
  #generation = 0;
  /** Documents being read, by id: a second ask joins the first. */
  readonly #inFlight = new Map<string, Promise<DocumentEvidence>>();
  /** Documents waiting for the next batch, with how to answer each ask. */
  #queued = new Map<string, Settle[]>();

  constructor(options: EvidenceTextsOptions) {
    this.#store = options.store;
    this.#maxPieces = Math.max(0, options.maxPieces ?? DEFAULT_EVIDENCE_CACHE_PIECES);
    this.#batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  }

  /** How many pieces of evidence are cached now (never more than `maxPieces`). */
  get cachedPieces(): number {
    return this.#cachedPieces;
  }

  /**
   * The whole evidence behind these references of relation `key`, in their order. A piece whose document
   * was removed meanwhile (the graph the request read has moved on) is left out.
   * @throws what the store throws (`StorageError` when the database cannot be read)
   */
  async read(key: string, refs: readonly EvidenceRef[]): Promise<Evidence[]> {
    const cached = this.#relations.get(key);
    const missing = cached ? refs.filter((ref) => !cached.has(pieceKey(ref.document, ref.sentence))) : refs;
    if (cached && missing.length === 0) {
      this.#relations.delete(key);
      this.#relations.set(key, cached);
      return refs.map((ref) => cached.get(pieceKey(ref.document, ref.sentence))!);
    }
    const generation = this.#generation;
    const documents = [...new Set(missing.map((ref) => ref.document))];
    const read = await Promise.all(documents.map((id) => this.#documentEvidence(id)));
    // A document changed some relation meanwhile: answer from what was read, keep none of it (it may be
    // older than the change).
    const unchanged = generation === this.#generation && this.#relations.get(key) === cached;
    const pieces: RelationEvidence = new Map(unchanged && cached ? cached : []);
    for (const evidence of read)
      for (const piece of evidence.get(key) ?? [])
        pieces.set(pieceKey(piece.document, piece.sentence), piece);
    if (unchanged) this.#remember(key, pieces);
    return refs.flatMap((ref) => pieces.get(pieceKey(ref.document, ref.sentence)) ?? []);
  }

  /** Drops what is known of these relations: a document was added to them, removed, or stored anew. */
  forget(keys: readonly string[]): void {
    this.#generation += 1;
    for (const key of keys) {
      const pieces = this.#relations.get(key);
      if (!pieces) continue;
      this.#relations.delete(key);
      this.#cachedPieces -= pieces.size;
    }
  }

  /** Keeps a relation's pieces as the most recently used, then drops the least recently used past the bound. */
  #remember(key: string, pieces: RelationEvidence): void {
    const previous = this.#relations.get(key);
    if (previous) {
      this.#relations.delete(key);
      this.#cachedPieces -= previous.size;
    }
    if (pieces.size > this.#maxPieces) return;
    this.#relations.set(key, pieces);
    this.#cachedPieces += pieces.size;
    for (const [oldest, dropped] of this.#relations) {
      if (this.#cachedPieces <= this.#maxPieces) break;
      this.#relations.delete(oldest);
      this.#cachedPieces -= dropped.size;
    }
  }

  #documentEvidence(id: string): Promise<DocumentEvidence> {
    const pending = this.#inFlight.get(id);
    if (pending) return pending;
    const read = new Promise<DocumentEvidence>((resolve, reject) => {
      if (this.#queued.size === 0) {
        // After the promises already resolved have run their callbacks (the other fields of the same
        // request ask in them), then at once: as DataLoader schedules its batches.
        Promise.resolve().then(() => process.nextTick(() => void this.#flush()));
      }
      const waiting = this.#queued.get(id);
      if (waiting) waiting.push({ resolve, reject });
      else this.#queued.set(id, [{ resolve, reject }]);
    });
    this.#inFlight.set(id, read);
    return read;
  }

  async #flush(): Promise<void> {
    const queued = this.#queued;
    this.#queued = new Map();
    const ids = [...queued.keys()];
    const batches: string[][] = [];
    for (let from = 0; from < ids.length; from += this.#batchSize)
      batches.push(ids.slice(from, from + this.#batchSize));
    const next = async (): Promise<void> => {
      for (let batch = batches.shift(); batch; batch = batches.shift()) await this.#readBatch(batch, queued);
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENT_BATCHES, batches.length) }, next));
  }

  /** Reads one batch of documents and answers the asks waiting for them. */
  async #readBatch(batch: string[], queued: Map<string, Settle[]>): Promise<void> {
    try {
      const stored = await this.#store.relations(batch);
      for (const id of batch) {
        const relations = stored.get(id);
        // A document removed meanwhile has no evidence any more: its pieces are left out.
        const evidence: DocumentEvidence = relations
          ? new Map([...edgesOf(id, relations)].map(([key, edge]) => [key, edge.evidence]))
          : new Map();
        this.#inFlight.delete(id);
        for (const { resolve } of queued.get(id)!) resolve(evidence);
      }
    } catch (error) {
      for (const id of batch) {
        this.#inFlight.delete(id);
        for (const { reject } of queued.get(id)!) reject(error);
      }
    }
  }
}

/** One piece of a relation's evidence: a relation has at most one per sentence of a document. */
function pieceKey(document: string, sentence: number): string {
  return `${sentence}\u0000${document}`;
}

interface Settle {
  resolve: (evidence: DocumentEvidence) => void;
  reject: (error: unknown) => void;
}
