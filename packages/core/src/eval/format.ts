import type { ExtractedRelation } from '../extract/types.js';
import type { EvalReport, GoldRelation, Score } from './types.js';

/** Quotes longer than this are cut in the listings; the full sentence is in the document. */
const MAX_QUOTE_CHARS = 220;

const COLUMNS = ['type', 'gold', 'predicted', 'tp', 'fp', 'fn', 'precision', 'recall', 'f1'] as const;

/**
 * Renders a report for a terminal: a table of precision, recall and F1 (overall and per relation type),
 * then every false positive and false negative with its quote, then forbidden triples that were
 * extracted. Plain text, so it reads the same in CI logs.
 */
export function formatEvalReport(report: EvalReport): string {
  const lines: string[] = [];
  lines.push(...scoreTable(report));
  lines.push('');
  lines.push(`False positives (${report.falsePositives.length}): extracted, not in the gold`);
  for (const relation of sortPredictions(report.falsePositives)) lines.push(...describePrediction(relation));
  lines.push('');
  lines.push(`False negatives (${report.falseNegatives.length}): in the gold, not extracted`);
  for (const row of sortGold(report.falseNegatives)) lines.push(...describeGold(row));
  if (report.negativeHits) {
    lines.push('');
    lines.push(
      `Forbidden triples extracted (${report.negativeHits.length}): negated or refused events read as positive`,
    );
    for (const hit of report.negativeHits) lines.push(...describePrediction(hit.relation));
  }
  return `${lines.join('\n')}\n`;
}

function scoreTable(report: EvalReport): string[] {
  const rows: string[][] = Object.entries(report.byType).map(([type, score]) => scoreRow(type, score));
  rows.push(scoreRow('overall', report.overall));
  const table = [[...COLUMNS], ...rows];
  const widths = COLUMNS.map((_, column) => Math.max(...table.map((row) => (row[column] ?? '').length)));
  const render = (row: string[]) =>
    row
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  const rendered = table.map(render);
  // The overall line is set apart from the per-type lines it sums up.
  return [rendered[0]!, rule, ...rendered.slice(1, -1), rule, rendered[rendered.length - 1]!];
}

function scoreRow(label: string, score: Score): string[] {
  return [
    label,
    String(score.tp + score.fn),
    String(score.tp + score.fp),
    String(score.tp),
    String(score.fp),
    String(score.fn),
    score.precision.toFixed(3),
    score.recall.toFixed(3),
    score.f1.toFixed(3),
  ];
}

function describePrediction(relation: ExtractedRelation): string[] {
  const { document, sentence, quote } = relation.evidence;
  const pattern = relation.pattern ? `  [pattern ${relation.pattern}]` : '';
  return [
    `  ${document}#${sentence}  ${relation.source} ${relation.type} ${relation.target}${pattern}`,
    `      "${shorten(quote)}"`,
  ];
}

function describeGold(row: GoldRelation): string[] {
  const lines = [`  ${row.doc}  ${row.source} ${row.type} ${row.target}`, `      "${shorten(row.quote)}"`];
  if (row.note) lines.push(`      note: ${row.note}`);
  return lines;
}

function shorten(quote: string): string {
  const flat = quote.replace(/\s+/g, ' ').trim();
  return flat.length <= MAX_QUOTE_CHARS ? flat : `${flat.slice(0, MAX_QUOTE_CHARS - 1)}…`;
}

function sortPredictions(relations: ExtractedRelation[]): ExtractedRelation[] {
  return [...relations].sort(
    (a, b) =>
      a.evidence.document.localeCompare(b.evidence.document) ||
      a.evidence.sentence - b.evidence.sentence ||
      a.type.localeCompare(b.type),
  );
}

function sortGold(rows: GoldRelation[]): GoldRelation[] {
  // Stable sort: rows of one document keep the gold file's reading order.
  return [...rows].sort((a, b) => a.doc.localeCompare(b.doc));
}
