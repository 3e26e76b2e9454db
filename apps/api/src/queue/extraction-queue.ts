import type { ArticleInput } from '@entente/core';
import PgBoss from 'pg-boss';

/** The pg-boss queue of articles waiting for extraction. */
export const EXTRACTION_QUEUE = 'entente-extract';

export interface ExtractionQueueOptions {
  /**
   * How often this process looks for jobs whose worker died (their time ran out) to put them back in the
   * queue, in seconds. Default 10.
   */
  maintenanceSeconds?: number;
}

export interface EnqueueOptions {
  /** Time a worker has for a job before it is presumed dead and the job retried, in seconds. Default 300. */
  jobTimeoutSeconds?: number;
  /** Retries of a job that failed or timed out. Default 5. */
  retries?: number;
}

export interface ExtractionJob {
  id: string;
  article: ArticleInput;
}

/**
 * Extraction jobs in PostgreSQL, through pg-boss (its own `pgboss` schema in the same database): `entente
 * ingest --queue` enqueues articles and `entente worker` processes, on any number of machines, take them
 * in batches. A job is done once its article is stored; a worker that dies (kill -9, a lost machine)
 * leaves its jobs active until their timeout, when they return to the queue and another worker takes them.
 * The store's put is idempotent by id, so a job run twice stores its article once.
 */
export class ExtractionQueue {
  readonly #boss: PgBoss;

  private constructor(boss: PgBoss) {
    this.#boss = boss;
  }

  static async open(url: string, options: ExtractionQueueOptions = {}): Promise<ExtractionQueue> {
    const boss = new PgBoss({
      connectionString: url,
      application_name: 'entente-queue',
      max: 4,
      maintenanceIntervalSeconds: options.maintenanceSeconds ?? 10,
    });
    // Connection errors are retried by pg-boss; without a listener an 'error' event would end the process.
    boss.on('error', (error) => console.warn(`entente: queue: ${error.message}`));
    await boss.start();
    await boss.createQueue(EXTRACTION_QUEUE);
    return new ExtractionQueue(boss);
  }

  /** Enqueues one job per article. Returns how many were enqueued. */
  async enqueue(articles: readonly ArticleInput[], options: EnqueueOptions = {}): Promise<number> {
    const expireInSeconds = options.jobTimeoutSeconds ?? 300;
    const retryLimit = options.retries ?? 5;
    await this.#boss.insert(
      articles.map((article) => ({
        name: EXTRACTION_QUEUE,
        data: { article },
        expireInSeconds,
        retryLimit,
        retryDelay: 1,
      })),
    );
    return articles.length;
  }

  /**
   * Takes jobs in batches of up to `batchSize` and hands each batch to `handle`; the batch's jobs complete
   * when it resolves (and fail, to be retried, when it throws). Resolves once working.
   */
  async work(batchSize: number, handle: (jobs: ExtractionJob[]) => Promise<void>): Promise<void> {
    await this.#boss.work<{ article: ArticleInput }>(
      EXTRACTION_QUEUE,
      { batchSize, pollingIntervalSeconds: 0.5 },
      async (jobs) => handle(jobs.map((job) => ({ id: job.id, article: job.data.article }))),
    );
  }

  /** Jobs not yet done: waiting, retrying or being worked on. */
  async pending(): Promise<number> {
    return this.#boss.getQueueSize(EXTRACTION_QUEUE, { before: 'completed' });
  }

  /** Stops taking jobs, lets the batch in hand finish (up to `graceSeconds`), and disconnects. */
  async close(graceSeconds = 30): Promise<void> {
    await this.#boss.stop({ graceful: true, wait: true, timeout: graceSeconds * 1000 });
  }
}
