import type { Article } from '@entente/core';
import type { DocumentRecord, StoredDocument, StoredExtraction } from '../store/types.js';

/** What the store keeps of an article extracted and ingested at `ingestedAt`. */
export function storedRecord(
  article: Article,
  contentId: string,
  extraction: StoredExtraction,
  ingestedAt: Date,
): DocumentRecord {
  const document: StoredDocument = {
    ...withoutUndefined(article),
    contentId,
    ingestedAt: ingestedAt.toISOString(),
  };
  return { document, extraction };
}

function withoutUndefined(article: Article): Article {
  const copy: Article = { id: article.id, text: article.text };
  if (article.title != null) copy.title = article.title;
  if (article.source != null) copy.source = article.source;
  if (article.url != null) copy.url = article.url;
  if (article.publishedAt != null) copy.publishedAt = article.publishedAt;
  return copy;
}
