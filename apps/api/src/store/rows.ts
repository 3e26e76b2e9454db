import type { ExtractedRelation } from '@entente/core';
import type { DocumentRecord, DocumentSummary, GraphRecord } from './types.js';

/** Row shapes of the documents and extractions tables, and how both stores turn rows into records. */

/** The documents table's columns as both stores name them (snake case), `text` aside. */
export const SUMMARY_COLUMNS = 'seq, id, content_id, title, source, url, published_at, ingested_at';

export interface DocumentRow {
  /** node-postgres returns a BIGINT as a string. */
  seq: number | string;
  id: string;
  content_id: string;
  title: string | null;
  source: string | null;
  url: string | null;
  published_at: string | null;
  ingested_at: string;
  text?: string;
}

export interface RecordRow extends DocumentRow {
  text: string;
  relations: string;
  actors: string;
  mentions: string;
  sentences: string;
}

/** A row of `all()`: the summary columns and what the graph is built from, without text and sentences. */
export interface GraphRecordRow extends DocumentRow {
  relations: string;
  actors: string;
  mentions: string;
}

export function toGraphRecord(row: GraphRecordRow): GraphRecord {
  const { seq: _seq, ...document } = toSummary(row);
  return {
    document,
    extraction: {
      relations: JSON.parse(row.relations),
      actors: JSON.parse(row.actors),
      mentions: JSON.parse(row.mentions),
    },
  };
}

export function toRecord(row: RecordRow): DocumentRecord {
  const { seq: _seq, ...summary } = toSummary(row);
  return {
    document: { ...summary, text: row.text },
    extraction: {
      relations: JSON.parse(row.relations),
      actors: JSON.parse(row.actors),
      mentions: JSON.parse(row.mentions),
      sentences: JSON.parse(row.sentences),
    },
  };
}

/** A row of the extractions table with only its relations, as `relations(ids)` reads it. */
export interface RelationsRow {
  document_id: string;
  relations: string;
}

export function toRelations(rows: readonly RelationsRow[]): Map<string, ExtractedRelation[]> {
  return new Map(rows.map((row) => [row.document_id, JSON.parse(row.relations) as ExtractedRelation[]]));
}

export function toSummary(row: DocumentRow): DocumentSummary {
  const summary: DocumentSummary = {
    seq: Number(row.seq),
    id: row.id,
    contentId: row.content_id,
    ingestedAt: row.ingested_at,
  };
  if (row.title !== null) summary.title = row.title;
  if (row.source !== null) summary.source = row.source;
  if (row.url !== null) summary.url = row.url;
  if (row.published_at !== null) summary.publishedAt = row.published_at;
  return summary;
}
