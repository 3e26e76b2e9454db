import { type Evidence, type EvidenceRef, edgesOf } from '@entente/core';
import type { DocumentStore } from '../store/types.js';

/** A document's evidence as its stored extraction gives it, whole, by relation key. */
type DocumentEvidence = ReadonlyMap<string, readonly Evidence[]>;

export interface EvidenceTextsOptions {
  store: Pick<DocumentStore, 'relations'>;
  /** Documents whose evidence stays in memory between requests, least recently used dropped first. */
  maxDocuments?: number;
  /** Documents read per query. */
  batchSize?: number;
}

/** Default bound of the cache: 5,000 documents' evidence is some 5 to 25 MB (short wires to long features). */
export const DEFAULT_EVIDENCE_CACHE_DOCUMENTS = 5_000;
const DEFAULT_BATCH_SIZE = 500;

/**
 * The quotes, offsets and about phrases of the graph's evidence, read from the store when asked for (the
 * graph keeps only `EvidenceRef`s). What resolvers ask for in one turn of the event loop is read together,
 * one query per `batchSize` documents, whichever relations asked; the documents read last are kept, up to
 * `maxDocuments`, for the requests that follow (the same relation panel is opened again and again).
 */
export class EvidenceTexts {
  readonly #store: Pick<DocumentStore, 'relations'>;
  readonly #maxDocuments: number;
  readonly #batchSize: number;
  /** Least recently used first: a Map iterates in insertion order, and a hit is moved to the end. */
  readonly #cache = new Map<string, DocumentEvidence>();
  /** Reads asked for and not answered yet, by document: a second ask joins the first. */
  readonly #inFlight = new Map<string, Promise<DocumentEvidence>>();
  /** Documents waiting for the next batch, with how to answer each ask. */
  #queued = new Map<string, Settle[]>();

  constructor(options: EvidenceTextsOptions) {
    this.#store = options.store;
    this.#maxDocuments = Math.max(0, options.maxDocuments ?? DEFAULT_EVIDENCE_CACHE_DOCUMENTS);
    this.#batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  }

  /** How many documents' evidence is cached now (never more than `maxDocuments`). */
  get cachedDocuments(): number {
    return this.#cache.size;
  }

  /**
   * The whole evidence behind these references of relation `key`, in their order. A piece whose document
   * was removed meanwhile (the graph the request read has moved on) is left out.
   * @throws what the store throws (`StorageError` when the database cannot be read)
   */
  async read(key: string, refs: readonly EvidenceRef[]): Promise<Evidence[]> {
    const documents = [...new Set(refs.map((ref) => ref.document))];
    const evidence = new Map(
      await Promise.all(documents.map(async (id) => [id, await this.#documentEvidence(id)] as const)),
    );
    return refs.flatMap(
      (ref) =>
        evidence
          .get(ref.document)
          ?.get(key)
          ?.find((piece) => piece.sentence === ref.sentence) ?? [],
    );
  }

  /** Drops what is known of a document: it was removed, or stored anew under the same id. */
  forget(id: string): void {
    this.#cache.delete(id);
    this.#inFlight.delete(id);
  }

  #documentEvidence(id: string): Promise<DocumentEvidence> {
    const cached = this.#cache.get(id);
    if (cached) {
      this.#cache.delete(id);
      this.#cache.set(id, cached);
      return Promise.resolve(cached);
    }
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
    for (let from = 0; from < ids.length; from += this.#batchSize) {
      const batch = ids.slice(from, from + this.#batchSize);
      const requests = batch.map((id) => [id, this.#inFlight.get(id)] as const);
      try {
        const stored = await this.#store.relations(batch);
        for (const [id, request] of requests) {
          const relations = stored.get(id);
          const evidence: DocumentEvidence = relations
            ? new Map([...edgesOf(id, relations)].map(([key, edge]) => [key, edge.evidence]))
            : new Map();
          // Forgotten while it was read: answer this request, but do not keep what may be stale.
          if (request && this.#inFlight.get(id) === request) {
            this.#inFlight.delete(id);
            if (relations) this.#remember(id, evidence);
          }
          for (const { resolve } of queued.get(id)!) resolve(evidence);
        }
      } catch (error) {
        for (const [id, request] of requests) {
          if (request && this.#inFlight.get(id) === request) this.#inFlight.delete(id);
          for (const { reject } of queued.get(id)!) reject(error);
        }
      }
    }
  }

  #remember(id: string, evidence: DocumentEvidence): void {
    if (this.#maxDocuments === 0) return;
    this.#cache.set(id, evidence);
    for (const oldest of this.#cache.keys()) {
      if (this.#cache.size <= this.#maxDocuments) break;
      this.#cache.delete(oldest);
    }
  }
}

interface Settle {
  resolve: (evidence: DocumentEvidence) => void;
  reject: (error: unknown) => void;
}
