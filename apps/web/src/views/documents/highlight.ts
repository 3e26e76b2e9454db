/**
 * The passages of an article that gave relations, as non-overlapping marks over its text: each mark
 * names the relations its sentence reported. Evidence from other articles is left out.
 */
import type { DocumentRelation } from '../../api/documents';

export interface TextMark {
  start: number;
  end: number;
  relations: DocumentRelation[];
}

export type TextPiece = { text: string; mark: TextMark | null };

export function marksOf(
  documentId: string,
  relations: readonly DocumentRelation[],
  length: number,
): TextMark[] {
  const bySpan = new Map<string, TextMark>();
  for (const relation of relations) {
    for (const piece of relation.evidence) {
      if (piece.document.id !== documentId) continue;
      const start = Math.max(0, piece.start);
      const end = Math.min(length, piece.end);
      if (end <= start) continue;
      const key = `${start}:${end}`;
      const mark = bySpan.get(key) ?? { start, end, relations: [] };
      if (!mark.relations.includes(relation)) mark.relations.push(relation);
      bySpan.set(key, mark);
    }
  }
  // Earliest first, longest first at one start; a mark overlapping an earlier one joins it.
  const sorted = [...bySpan.values()].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: TextMark[] = [];
  for (const mark of sorted) {
    const last = merged.at(-1);
    if (last && mark.start < last.end) {
      last.end = Math.max(last.end, mark.end);
      for (const relation of mark.relations)
        if (!last.relations.includes(relation)) last.relations.push(relation);
    } else merged.push({ ...mark, relations: [...mark.relations] });
  }
  return merged;
}

/** The text cut into plain and marked pieces, in order. */
export function piecesOf(text: string, marks: readonly TextMark[]): TextPiece[] {
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const mark of marks) {
    if (mark.start > at) pieces.push({ text: text.slice(at, mark.start), mark: null });
    pieces.push({ text: text.slice(mark.start, mark.end), mark });
    at = mark.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), mark: null });
  return pieces;
}
