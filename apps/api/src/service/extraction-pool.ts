import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  type ArticleInput,
  ArticleInputError,
  defaultGazetteer,
  type Gazetteer,
  type GazetteerSource,
} from '@entente/core';
import type {
  ExtractionReply,
  ExtractionRequest,
  PreparedArticle,
  WorkerSettings,
} from './extraction-worker.mjs';

export type { PreparedArticle };

/** Default time budget of one article's extraction, in milliseconds. */
export const DEFAULT_EXTRACTION_TIMEOUT_MS = 5000;

/**
 * Largest extraction kept for one article, as JSON: real prose yields well under 2 bytes per character
 * of text, so this leaves room for the longest accepted article while keeping what the server thread
 * copies, stores and adds to the graph for one article bounded.
 */
export const DEFAULT_MAX_EXTRACTION_BYTES = 4 * 1024 * 1024;

/** Heap of one extraction worker: an article that needs more is refused rather than taking the server down. */
export const DEFAULT_WORKER_MEMORY_MB = 512;

/** The extractor gave up on an article: over its time budget, or over what the server keeps for one. */
export class ExtractionLimitError extends Error {
  constructor(
    readonly code: 'EXTRACTION_TIMEOUT' | 'EXTRACTION_TOO_LARGE',
    message: string,
    /** Milliseconds for EXTRACTION_TIMEOUT, bytes for EXTRACTION_TOO_LARGE. */
    readonly limit: number,
  ) {
    super(message);
    this.name = 'ExtractionLimitError';
  }
}

export interface ExtractionPoolOptions {
  /** A user gazetteer extending the built-in one (the ENTENTE_GAZETTEER file, parsed). */
  gazetteer?: GazetteerSource | undefined;
  /** Worker threads. Default: 2, or 1 on a single core. */
  workers?: number;
  /** Per-article time budget in milliseconds, counted from the moment a worker takes the article. */
  timeoutMs?: number;
  maxExtractionBytes?: number;
  workerMemoryMb?: number;
}

interface Job {
  id: number;
  article: ArticleInput;
  resolve: (prepared: PreparedArticle) => void;
  reject: (error: unknown) => void;
}

interface Slot {
  /** Absent once a worker is stopped: the next article starts a fresh one. */
  worker?: Worker | undefined;
  job?: Job;
  timer?: NodeJS.Timeout;
}

/**
 * Validates and extracts articles on worker threads, so the event loop keeps answering while an
 * article is read.
 * Each worker takes one article at a time; an article past its time budget (or a worker that runs out
 * of memory) fails alone with an ExtractionLimitError, and its worker is stopped; a fresh one starts
 * for the next article (not at once, so a worker that cannot start fails articles instead of looping).
 */
export class ExtractionPool {
  /** The gazetteer the workers extract with, for the server's own actor lookups. */
  readonly gazetteer: Gazetteer;
  readonly timeoutMs: number;
  readonly #settings: WorkerSettings;
  readonly #workerMemoryMb: number;
  readonly #slots: Slot[] = [];
  readonly #queue: Job[] = [];
  #nextId = 0;
  #closed = false;

  constructor(options: ExtractionPoolOptions = {}) {
    this.gazetteer = options.gazetteer ? defaultGazetteer().extend(options.gazetteer) : defaultGazetteer();
    this.timeoutMs = options.timeoutMs ?? DEFAULT_EXTRACTION_TIMEOUT_MS;
    this.#workerMemoryMb = options.workerMemoryMb ?? DEFAULT_WORKER_MEMORY_MB;
    this.#settings = {
      gazetteer: options.gazetteer,
      maxExtractionBytes: options.maxExtractionBytes ?? DEFAULT_MAX_EXTRACTION_BYTES,
    };
    const workers = options.workers ?? Math.min(2, availableParallelism());
    for (let index = 0; index < Math.max(1, workers); index += 1) this.#slots.push({ worker: this.#spawn() });
  }

  /**
   * Validates an article, derives its ids and extracts it: what the server stores of it. Rejects with
   * ArticleInputError or ExtractionLimitError.
   */
  extract(article: ArticleInput): Promise<PreparedArticle> {
    if (this.#closed) return Promise.reject(new Error('The extraction pool is closed.'));
    return new Promise((resolve, reject) => {
      this.#queue.push({ id: this.#nextId++, article, resolve, reject });
      this.#dispatch();
    });
  }

  /** Stops every worker; articles still waiting are refused. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const job of this.#queue.splice(0)) job.reject(new Error('The server is shutting down.'));
    await Promise.all(
      this.#slots.map((slot) => {
        clearTimeout(slot.timer);
        slot.job?.reject(new Error('The server is shutting down.'));
        return slot.worker?.terminate();
      }),
    );
  }

  #spawn(): Worker {
    const worker = new Worker(new URL('./extraction-worker.mjs', import.meta.url), {
      workerData: this.#settings,
      resourceLimits: { maxOldGenerationSizeMb: this.#workerMemoryMb },
    });
    // An idle pool must not keep the process alive: the HTTP server does that.
    worker.unref();
    worker.on('message', (reply: ExtractionReply) => this.#settle(worker, reply));
    worker.on('error', (error) => this.#crashed(worker, error));
    return worker;
  }

  #dispatch(): void {
    for (const slot of this.#slots) {
      if (slot.job) continue;
      const job = this.#queue.shift();
      if (!job) return;
      slot.job = job;
      slot.worker ??= this.#spawn();
      slot.timer = setTimeout(() => this.#timedOut(slot), this.timeoutMs);
      const request: ExtractionRequest = { id: job.id, article: job.article };
      slot.worker.postMessage(request);
    }
  }

  #settle(worker: Worker, reply: ExtractionReply): void {
    const slot = this.#slots.find((candidate) => candidate.worker === worker);
    const job = slot?.job;
    if (!slot || !job || job.id !== reply.id) return;
    this.#release(slot);
    if (reply.kind === 'done') job.resolve(reply.prepared);
    else if (reply.kind === 'too-large') job.reject(this.#tooLarge(reply.bytes));
    else if (reply.kind === 'invalid-input') {
      const { code, message, ...details } = reply.error;
      job.reject(new ArticleInputError(code, message, details));
    } else job.reject(new Error(`The extractor failed: ${reply.message}`));
    this.#dispatch();
  }

  #timedOut(slot: Slot): void {
    const job = slot.job;
    if (!job) return;
    const seconds = (this.timeoutMs / 1000).toLocaleString('en-US');
    this.#stop(slot);
    job.reject(
      new ExtractionLimitError(
        'EXTRACTION_TIMEOUT',
        `The article took longer than the ${seconds}-second extraction budget and was not stored.`,
        this.timeoutMs,
      ),
    );
    this.#dispatch();
  }

  #crashed(worker: Worker, error: Error): void {
    const slot = this.#slots.find((candidate) => candidate.worker === worker);
    if (!slot || this.#closed) return;
    const job = slot.job;
    this.#stop(slot);
    const outOfMemory = (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
    job?.reject(
      outOfMemory
        ? new ExtractionLimitError(
            'EXTRACTION_TOO_LARGE',
            `Reading the article needed more than the ${this.#workerMemoryMb} MB an extraction may use; it was not stored.`,
            this.#workerMemoryMb * 1024 * 1024,
          )
        : new Error(`The extractor failed: ${error.message}`),
    );
    this.#dispatch();
  }

  #tooLarge(bytes: number): ExtractionLimitError {
    const limit = this.#settings.maxExtractionBytes;
    return new ExtractionLimitError(
      'EXTRACTION_TOO_LARGE',
      `The article yields ${bytes.toLocaleString('en-US')} bytes of extraction, over the ${limit.toLocaleString('en-US')}-byte limit for one article; it was not stored.`,
      limit,
    );
  }

  #release(slot: Slot): void {
    clearTimeout(slot.timer);
    slot.timer = undefined;
    slot.job = undefined;
  }

  /** Stops a worker that is stuck or broken; the slot gets a fresh one with its next article. */
  #stop(slot: Slot): void {
    this.#release(slot);
    const stuck = slot.worker;
    slot.worker = undefined;
    if (!stuck) return;
    stuck.removeAllListeners('message');
    stuck.removeAllListeners('error');
    // terminate() stops even a tight loop; an 'error' it may still emit is for a job already answered.
    stuck.on('error', () => {});
    void stuck.terminate();
  }
}
