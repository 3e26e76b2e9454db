import abbreviationData from './data/abbreviations.json' with { type: 'json' };
import { isFurnitureLine } from './furniture.js';
import type { Sentence } from './types.js';

const ABBREVIATIONS = new Set(abbreviationData.abbreviations);
const OPENERS = new Set(abbreviationData.openers);
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»']);

export interface SplitOptions {
  /** Skip page furniture lines (default true). */
  skipFurniture?: boolean;
}

/**
 * Splits a document into sentences with exact offsets: `text.slice(s.start, s.end) === s.text`.
 *
 * Every line is a hard boundary (headlines and captions carry no final period); inside a line a
 * sentence ends at . ! ? (plus closing quotes or brackets) followed by a space and a capital, a
 * digit or an opening quote — unless the period belongs to an abbreviation (Dr., Gen., No.), an
 * initial (J.) or an initialism (U.S.) that is not followed by a typical sentence opener.
 * Furniture lines (data/furniture.json) are dropped, so indices count article sentences only.
 */
export function splitSentences(text: string, options: SplitOptions = {}): Sentence[] {
  const skipFurniture = options.skipFurniture ?? true;
  const sentences: Sentence[] = [];
  const lines = [...text.matchAll(/[^\r\n]+/g)];
  const captions = skipFurniture ? captionLines(lines.map((line) => line[0])) : new Set<number>();
  for (const [index, line] of lines.entries()) {
    const lineText = line[0];
    if (captions.has(index)) continue;
    const lineStart = line.index ?? 0;
    for (const [start, end] of splitLine(lineText)) {
      const trimmed = trimSpan(lineText, start, end);
      if (!trimmed) continue;
      const [s, e] = trimmed;
      sentences.push({
        index: sentences.length,
        start: lineStart + s,
        end: lineStart + e,
        text: lineText.slice(s, e),
      });
    }
  }
  return sentences;
}

/**
 * The furniture lines of a page, and the lines that repeat the start of a caption: pages print a
 * photo's caption twice, once bare (the image's text) and once with its credit.
 */
function captionLines(lines: string[]): Set<number> {
  const furniture = new Set<number>();
  const captions: string[] = [];
  lines.forEach((line, index) => {
    if (!isFurnitureLine(line)) return;
    furniture.add(index);
    captions.push(line.trim());
  });
  if (captions.length === 0) return furniture;
  lines.forEach((line, index) => {
    const trimmed = line.trim();
    if (
      trimmed.length >= 20 &&
      captions.some((caption) => caption !== trimmed && caption.startsWith(trimmed))
    )
      furniture.add(index);
  });
  return furniture;
}

/** Sentence spans [start, end) inside one line. */
function splitLine(line: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let sentenceStart = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    let end = i + 1;
    while (end < line.length && (line[end] === '.' || CLOSERS.has(line[end] as string))) end++;
    if (end >= line.length) break;
    if (!/\s/.test(line[end] as string)) continue;
    let next = end;
    while (next < line.length && /\s/.test(line[next] as string)) next++;
    const following = line.slice(next);
    if (!/^["'“‘([«]?[\p{Lu}\p{N}]/u.test(following)) continue;
    if (ch === '.' && !endsSentence(line.slice(sentenceStart, i), following)) continue;
    spans.push([sentenceStart, end]);
    sentenceStart = next;
    i = next - 1;
  }
  spans.push([sentenceStart, line.length]);
  return spans;
}

/** Whether the period after `before` ends the sentence, given the text that follows. */
function endsSentence(before: string, following: string): boolean {
  const lastWord = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
  if (lastWord === '') return true;
  const nextWord = /^["'“‘(]?([\p{L}]+)/u.exec(following)?.[1] ?? '';
  // Initialisms with inner periods (U.S., U.N.) and single initials (J.) rarely end sentences.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(lastWord) || /^\p{Lu}$/u.test(lastWord)) return OPENERS.has(nextWord);
  return !ABBREVIATIONS.has(lastWord.toLowerCase());
}

function trimSpan(line: string, start: number, end: number): [number, number] | undefined {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(line[s] as string)) s++;
  while (e > s && /\s/.test(line[e - 1] as string)) e--;
  return s < e ? [s, e] : undefined;
}
