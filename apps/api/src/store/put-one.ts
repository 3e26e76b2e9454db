import type { DocumentStore, StoredDocument, StoredExtraction } from './types.js';

/** `put` as a batch of one: stores share one write path, so a single put keeps every batch guarantee. */
export async function putOne(
  store: Pick<DocumentStore, 'putAll'>,
  document: StoredDocument,
  extraction: StoredExtraction,
): Promise<boolean> {
  const [outcome] = await store.putAll([{ document, extraction }]);
  if (outcome instanceof Error) throw outcome;
  return outcome ?? false;
}
