import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { InputFile } from '../cli/inputs.js';
import { ArticleInputError, type ArticleInputErrorCode } from '../extract/input.js';
import { defaultGazetteer, type Gazetteer, type GazetteerSource } from '../gazetteer/index.js';
import type { ArticleInput } from '../ontology/documents.js';
import type { CompactExtraction } from './compact.js';
import { type FileOutcome, type PostedFileOutcome, receivedOutcome } from './file-outcome.js';

/** Next to this module in dist/, where the CLI, @entente/core/node and the API run from. */
const WORKER_SCRIPT = new URL('./extraction-worker.js', import.meta.url);

/** An article read on a worker: its ids and its compact extraction, what a server stores of it. */
export interface PreparedArticle {
  /** The article's id, or the id derived from its text when it had none. */
  articleId: string;
  /** `documentId(text)`: equal texts have equal content ids, whatever id they come under. */
  contentId: string;
  extraction: CompactExtraction;
}

/** The extractor gave up on an article: over its time budget, or over what the caller keeps for one. */
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
  /** Actors extending the built-in gazetteer (a user's gazetteer file, parsed). */
  gazetteer?: GazetteerSource | undefined;
  /** Worker threads. Default: 2, or 1 on a single core. */
  workers?: number;
  /**
   * Time budget of one article in milliseconds, counted from the moment a worker takes it: past it the
   * article fails with ExtractionLimitError and its worker is replaced. Default: no budget.
   */
  timeoutMs?: number;
  /** Largest compact extraction of one article, as JSON bytes; past it the article fails. Default: no limit. */
  maxExtractionBytes?: number;
  /** Actors with a longer id or name are dropped (see `compactExtraction`). Default: no limit. */
  maxActorNameChars?: number;
  /** Heap of one worker: an article that needs more fails alone. Default: Node's. */
  workerMemoryMb?: number;
  /**
   * Run the workers below the calling thread's CPU priority (Linux), so that on a busy machine a long
   * extraction waits for the CPU rather than the requests of a server do. Default: false.
   */
  lowPriority?: boolean;
}

/** Settings every worker starts with. Plain data. */
export interface WorkerSettings {
  gazetteer: GazetteerSource | undefined;
  maxExtractionBytes: number | undefined;
  maxActorNameChars: number | undefined;
  lowPriority: boolean;
}

/** One article to validate and extract, or one file to read and extract. */
export type ExtractionJob = { article: ArticleInput } | { file: InputFile };

export interface ExtractionRequest {
  id: number;
  job: ExtractionJob;
}

export interface InputErrorDetails {
  code: ArticleInputErrorCode;
  message: string;
  field?: string;
  limit?: number;
  actual?: number;
}

export type ExtractionReply =
  | { id: number; kind: 'article'; prepared: PreparedArticle }
  | { id: number; kind: 'file'; outcome: PostedFileOutcome }
  | { id: number; kind: 'too-large'; bytes: number }
  | { id: number; kind: 'invalid-input'; error: InputErrorDetails }
  | { id: number; kind: 'failed'; message: string };

interface Job {
  id: number;
  job: ExtractionJob;
  resolve: (reply: ExtractionReply) => void;
  reject: (error: unknown) => void;
}

interface Slot {
  /** Absent once a worker is stopped: the next job starts a fresh one. */
  worker?: Worker | undefined;
  /** Posted to the worker, oldest first: the first is the one it works on. */
  jobs: Job[];
  timer?: NodeJS.Timeout | undefined;
}

/**
 * Jobs a worker holds at once when articles have no time budget (`entente build`): the next one waits in
 * its port while it extracts, instead of the worker idling through a round trip to this thread (about a
 * sixth of a worker's time on the bench corpus). With a budget, a worker holds one: the budget counts from
 * the moment it takes the article.
 */
const JOBS_PER_WORKER_WITHOUT_BUDGET = 2;

/**
 * Extracts articles on worker threads, so the calling thread stays free (a server keeps answering, a
 * build reads several articles at once). Each worker holds one job at a time (two without a time
 * budget), and is given the next when it answers, so a worker on slow articles takes fewer of them. An
 * article past its time budget (or a worker that runs out of memory) fails alone with an
 * ExtractionLimitError and its worker is stopped; a fresh one starts with the next job (not at once, so a
 * worker that cannot start fails jobs instead of respawning in a loop). Workers hold the process open
 * only while they have work.
 */
export class ExtractionPool {
  /** The gazetteer the workers extract with, for the caller's own actor lookups. */
  readonly gazetteer: Gazetteer;
  readonly timeoutMs: number | undefined;
  readonly #settings: WorkerSettings;
  readonly #workerMemoryMb: number | undefined;
  readonly #slots: Slot[] = [];
  readonly #jobsPerWorker: number;
  /** Jobs waiting for a worker, from `#queueHead` on: a build queues every file of a corpus at once. */
  #queue: (Job | undefined)[] = [];
  #queueHead = 0;
  #nextId = 0;
  #closed = false;

  constructor(options: ExtractionPoolOptions = {}) {
    this.gazetteer = options.gazetteer ? defaultGazetteer().extend(options.gazetteer) : defaultGazetteer();
    this.timeoutMs = options.timeoutMs;
    this.#workerMemoryMb = options.workerMemoryMb;
    this.#settings = {
      gazetteer: options.gazetteer,
      maxExtractionBytes: options.maxExtractionBytes,
      maxActorNameChars: options.maxActorNameChars,
      lowPriority: options.lowPriority ?? false,
    };
    const workers = options.workers ?? Math.min(2, availableParallelism());
    this.#jobsPerWorker = this.timeoutMs === undefined ? JOBS_PER_WORKER_WITHOUT_BUDGET : 1;
    for (let index = 0; index < Math.max(1, workers); index += 1)
      this.#slots.push({ worker: this.#spawn(), jobs: [] });
  }

  /**
   * Validates an article, derives its ids and extracts it. Rejects with ArticleInputError or
   * ExtractionLimitError.
   */
  async extract(article: ArticleInput): Promise<PreparedArticle> {
    const reply = await this.#run({ article });
    if (reply.kind !== 'article') throw new Error(`unexpected reply to an article: ${reply.kind}`);
    return reply.prepared;
  }

  /**
   * Reads and extracts one file, as `entente build` does (the text is read on the worker, not copied
   * to it). An input error is an outcome, not a rejection, so that the caller can choose which to report.
   */
  async extractFile(file: InputFile): Promise<FileOutcome> {
    const reply = await this.#run({ file });
    if (reply.kind !== 'file') throw new Error(`unexpected reply to a file: ${reply.kind}`);
    return receivedOutcome(reply.outcome);
  }

  /** Stops every worker; jobs still waiting are refused. */
  async close(): Promise<void> {
    this.#closed = true;
    const closed = new Error('The extraction pool is closed.');
    for (let job = this.#nextJob(); job; job = this.#nextJob()) job.reject(closed);
    await Promise.all(
      this.#slots.map((slot) => {
        clearTimeout(slot.timer);
        for (const job of slot.jobs) job.reject(closed);
        slot.jobs = [];
        const worker = slot.worker;
        slot.worker = undefined;
        worker?.removeAllListeners();
        return worker?.terminate();
      }),
    );
  }

  /** Runs a job and settles with its reply, refusing the ones that failed. */
  #run(job: ExtractionJob): Promise<ExtractionReply> {
    if (this.#closed) return Promise.reject(new Error('The extraction pool is closed.'));
    return new Promise<ExtractionReply>((resolve, reject) => {
      this.#queue.push({ id: this.#nextId++, job, resolve, reject });
      this.#dispatch();
    }).then((reply) => {
      if (reply.kind === 'too-large') throw this.#tooLarge(reply.bytes);
      if (reply.kind === 'invalid-input') {
        const { code, message, ...details } = reply.error;
        throw new ArticleInputError(code, message, details);
      }
      if (reply.kind === 'failed') throw new Error(`The extractor failed: ${reply.message}`);
      return reply;
    });
  }

  #spawn(): Worker {
    const worker = new Worker(WORKER_SCRIPT, {
      workerData: this.#settings,
      ...(this.#workerMemoryMb !== undefined
        ? { resourceLimits: { maxOldGenerationSizeMb: this.#workerMemoryMb } }
        : {}),
    });
    // An idle pool must not keep the process alive; a busy worker does (see #dispatch).
    worker.unref();
    worker.on('message', (reply: ExtractionReply) => this.#settle(worker, reply));
    worker.on('error', (error) => this.#crashed(worker, error));
    worker.on('exit', (code) =>
      this.#crashed(worker, new Error(`an extraction worker stopped early (exit code ${code})`)),
    );
    return worker;
  }

  #dispatch(): void {
    // Round after round, so that every worker has work before any holds two jobs.
    for (let held = 0; held < this.#jobsPerWorker; held++) {
      for (const slot of this.#slots) {
        if (slot.jobs.length > held) continue;
        const job = this.#nextJob();
        if (!job) return;
        slot.jobs.push(job);
        slot.worker ??= this.#spawn();
        slot.worker.ref();
        if (this.timeoutMs !== undefined) slot.timer = setTimeout(() => this.#timedOut(slot), this.timeoutMs);
        const request: ExtractionRequest = { id: job.id, job: job.job };
        slot.worker.postMessage(request);
      }
    }
  }

  /** Puts jobs back at the head of the queue, in their order. */
  #requeueFirst(jobs: Job[]): void {
    if (jobs.length === 0) return;
    this.#queue = [...jobs, ...this.#queue.slice(this.#queueHead)];
    this.#queueHead = 0;
  }

  /** Takes the oldest waiting job, in constant time however long the queue. */
  #nextJob(): Job | undefined {
    if (this.#queueHead >= this.#queue.length) return undefined;
    const job = this.#queue[this.#queueHead];
    this.#queue[this.#queueHead++] = undefined;
    if (this.#queueHead >= 1024 && this.#queueHead * 2 >= this.#queue.length) {
      this.#queue = this.#queue.slice(this.#queueHead);
      this.#queueHead = 0;
    }
    return job;
  }

  #settle(worker: Worker, reply: ExtractionReply): void {
    const slot = this.#slots.find((candidate) => candidate.worker === worker);
    const job = slot?.jobs[0];
    if (!slot || !job || job.id !== reply.id) return;
    slot.jobs.shift();
    if (slot.jobs.length === 0) this.#release(slot);
    job.resolve(reply);
    this.#dispatch();
  }

  #timedOut(slot: Slot): void {
    // With a budget a worker holds one job: this one.
    const job = slot.jobs[0];
    if (!job || this.timeoutMs === undefined) return;
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
    const [job, ...waiting] = slot.jobs;
    this.#stop(slot);
    // Jobs posted behind the one that broke the worker never started: they go first to the next worker.
    this.#requeueFirst(waiting);
    const outOfMemory = (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
    job?.reject(
      outOfMemory
        ? new ExtractionLimitError(
            'EXTRACTION_TOO_LARGE',
            `Reading the article needed more than the ${this.#workerMemoryMb} MB an extraction may use; it was not stored.`,
            (this.#workerMemoryMb ?? 0) * 1024 * 1024,
          )
        : new Error(`The extractor failed: ${error.message}`),
    );
    this.#dispatch();
  }

  #tooLarge(bytes: number): ExtractionLimitError {
    const limit = this.#settings.maxExtractionBytes ?? 0;
    return new ExtractionLimitError(
      'EXTRACTION_TOO_LARGE',
      `The article yields ${bytes.toLocaleString('en-US')} bytes of extraction, over the ${limit.toLocaleString('en-US')}-byte limit for one article; it was not stored.`,
      limit,
    );
  }

  #release(slot: Slot): void {
    clearTimeout(slot.timer);
    slot.timer = undefined;
    slot.jobs = [];
    slot.worker?.unref();
  }

  /** Stops a worker that is stuck or broken; the slot gets a fresh one with its next job. */
  #stop(slot: Slot): void {
    this.#release(slot);
    const stuck = slot.worker;
    slot.worker = undefined;
    if (!stuck) return;
    stuck.removeAllListeners();
    // terminate() stops even a tight loop; an 'error' it may still emit is for a job already answered.
    stuck.on('error', () => {});
    void stuck.terminate();
  }
}
