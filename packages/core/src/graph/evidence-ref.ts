import type { Evidence, EvidenceRef } from '../ontology/documents.js';

/**
 * What a server's graph keeps of a piece of evidence (`GraphBuilder`'s `evidence` option): document,
 * sentence, date, confidence and the actors its about phrase names. The quote, the offsets and the about
 * phrase stay in the store: with the relation's key, the document and the sentence find them again
 * (`edgesOf` over the stored relations).
 */
export function evidenceRef(piece: Evidence): EvidenceRef {
  const ref: EvidenceRef = {
    document: piece.document,
    sentence: piece.sentence,
    confidence: piece.confidence,
  };
  if (piece.date !== undefined) ref.date = piece.date;
  // Only actors matter to the graph (`concernedBy`); a phrase that names none is not kept at all.
  if (piece.about && piece.about.actors.length > 0) ref.about = { actors: piece.about.actors };
  return ref;
}
