import type { ArticleInput } from '@entente/core';
import type { DocumentRecord, DocumentStore } from '../store/types.js';
import type { ArticleExtractor } from './graph-service.js';
import { storedRecord } from './stored-record.js';

/** What became of one article of a bulk ingest. */
export type BulkOutcome =
  | { id: string; status: 'new'; relations: number }
  | { id: string; status: 'duplicate' }
  | { id: string | undefined; status: 'failed'; error: Error };

/**
 * Ingests many articles without a graph in memory (the command line, queue workers): extracts them side
 * by side on the extractor's worker threads, then stores those that extracted in one transaction, a
 * savepoint each. An id already stored (an earlier run, another worker, a retried job) is a duplicate and
 * changes nothing, so running the same batch twice stores each article once. API processes on the same
 * PostgreSQL database see the new documents through its change log. Throws, storing none, only when the
 * transaction as a whole fails (the database is down or full).
 */
export async function ingestMany(
  store: DocumentStore,
  extractor: Pick<ArticleExtractor, 'extract'>,
  articles: readonly ArticleInput[],
  now: Date = new Date(),
): Promise<BulkOutcome[]> {
  const prepared = await Promise.allSettled(articles.map((article) => extractor.extract(article)));
  const outcomes: BulkOutcome[] = [];
  const records: DocumentRecord[] = [];
  const recordAt: number[] = [];
  prepared.forEach((result, index) => {
    const article = articles[index]!;
    if (result.status === 'rejected') {
      const error = result.reason instanceof Error ? result.reason : new Error(String(result.reason));
      outcomes.push({ id: article.id ?? undefined, status: 'failed', error });
      return;
    }
    const { articleId, contentId, extraction } = result.value;
    recordAt.push(index);
    records.push(storedRecord({ ...article, id: articleId }, contentId, extraction, now));
    outcomes.push({ id: articleId, status: 'new', relations: extraction.relations.length });
  });
  if (records.length === 0) return outcomes;
  const stored = await store.putAll(records);
  stored.forEach((result, position) => {
    const index = recordAt[position]!;
    const id = records[position]!.document.id;
    if (result instanceof Error) outcomes[index] = { id, status: 'failed', error: result };
    else if (!result) outcomes[index] = { id, status: 'duplicate' };
  });
  return outcomes;
}
