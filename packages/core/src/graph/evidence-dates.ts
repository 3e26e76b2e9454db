import type { EvidenceRef } from '../ontology/documents.js';

/** Earliest and latest evidence dates (ISO strings compare chronologically), each absent when no evidence is dated. */
export function evidenceSpan(evidence: readonly EvidenceRef[]): { firstSeen?: string; lastSeen?: string } {
  let firstSeen: string | undefined;
  let lastSeen: string | undefined;
  for (const { date } of evidence) {
    if (!date) continue;
    if (firstSeen === undefined || date < firstSeen) firstSeen = date;
    if (lastSeen === undefined || date > lastSeen) lastSeen = date;
  }
  const span: { firstSeen?: string; lastSeen?: string } = {};
  if (firstSeen !== undefined) span.firstSeen = firstSeen;
  if (lastSeen !== undefined) span.lastSeen = lastSeen;
  return span;
}

/** Number of distinct documents among the evidence: the weight of an edge. */
export function distinctDocuments(evidence: readonly EvidenceRef[]): number {
  return new Set(evidence.map((piece) => piece.document)).size;
}

/**
 * Whether an ISO date falls within `[since, until]`, both inclusive at the bound's own precision:
 * `until: "2025-10"` keeps every day of October, `until: "2025-10-13"` keeps any time that day.
 */
export function dateInRange(date: string | undefined, since?: string, until?: string): boolean {
  if (since === undefined && until === undefined) return true;
  // An undated piece cannot be shown to fall in the window, so a date filter leaves it out.
  if (!date) return false;
  if (since !== undefined && date.slice(0, since.length) < since) return false;
  if (until !== undefined && date.slice(0, until.length) > until) return false;
  return true;
}
