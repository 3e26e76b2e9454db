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
 * Every line is a hard boundary (headlines and captions carry no final period), except inside a
 * hard-wrapped paragraph (see `paragraphs`); inside a line a
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
  for (const block of paragraphs(text, lines, captions)) {
    const lineText = text.slice(block.start, block.end);
    const lineStart = block.start;
    for (const [start, end] of splitLine(lineText).flatMap(([s, e]) => capLength(lineText, s, e))) {
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

interface Span {
  start: number;
  end: number;
}

/** Lines shorter than this share of the wrap width end their paragraph (a last line, a headline). */
const SHORT_LINE = 0.6;
const MIN_WRAPPED_LINES = 4;

/**
 * The blocks of text that can hold a sentence: each line, or — in hard-wrapped copy (wire text
 * broken at ~70 characters, e-mail) — the run of lines of one paragraph. A line continues the
 * previous one when the previous line ends mid-sentence and either this one starts in lower case
 * or the text is wrapped (most of its long lines end near one width) and the previous line reaches
 * that width. Furniture lines are left out and end a paragraph.
 */
function paragraphs(text: string, lines: RegExpMatchArray[], skipped: Set<number>): Span[] {
  const width = wrapWidth(lines);
  const blocks: Span[] = [];
  let previous: { line: string; block: Span; index: number } | undefined;
  lines.forEach((match, index) => {
    if (skipped.has(index)) {
      previous = undefined;
      return;
    }
    const line = match[0];
    const start = match.index ?? 0;
    const end = start + line.length;
    if (
      previous &&
      previous.index === index - 1 &&
      continuesLine(previous.line, line, width, text, previous.block.end, start)
    ) {
      previous.block.end = end;
      previous = { line, block: previous.block, index };
      return;
    }
    const block = { start, end };
    blocks.push(block);
    previous = { line, block, index };
  });
  return blocks;
}

function continuesLine(
  before: string,
  line: string,
  width: number | undefined,
  text: string,
  gapStart: number,
  gapEnd: number,
): boolean {
  // Only a single line break joins: a blank line ends the paragraph.
  if (/\n.*\n/s.test(text.slice(gapStart, gapEnd))) return false;
  const last = before.trimEnd();
  if (last === '' || /[.!?:;"”’)\]]$/.test(last)) return false;
  const first = line.trimStart();
  if (/^\p{Ll}/u.test(first)) return true;
  return width !== undefined && last.length >= width * SHORT_LINE && !/^(?:[-–—•*]|\d+[.)])\s/.test(first);
}

/** The width a text is wrapped at, when most of its long lines end within a few characters of one width. */
function wrapWidth(lines: RegExpMatchArray[]): number | undefined {
  const lengths = lines.map((line) => line[0].trimEnd().length).filter((length) => length >= 40);
  if (lengths.length < MIN_WRAPPED_LINES) return undefined;
  const sorted = [...lengths].sort((a, b) => a - b);
  const top = sorted[Math.floor(sorted.length * 0.75)] as number;
  if (top > 100) return undefined;
  const near = lengths.filter((length) => length >= top - 12 && length <= top + 2).length;
  return near / lengths.length >= 0.6 ? top : undefined;
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

/**
 * Longest sentence read as one: real sentences stay far below it, and every step after splitting
 * costs at most this much per sentence, so text without periods (a list, a pasted table, an
 * attack) is read in time linear in its length.
 */
export const MAX_SENTENCE_CHARS = 1_000;

/** Cuts a span longer than MAX_SENTENCE_CHARS at the last space before each limit. */
function capLength(line: string, start: number, end: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let from = start;
  while (end - from > MAX_SENTENCE_CHARS) {
    const space = line.lastIndexOf(' ', from + MAX_SENTENCE_CHARS);
    const cut = space > from ? space : from + MAX_SENTENCE_CHARS;
    spans.push([from, cut]);
    from = cut;
  }
  spans.push([from, end]);
  return spans;
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
  const lastWord = before.slice(lastWordStart(before));
  if (lastWord === '') return true;
  const nextWord = /^["'“‘(]?([\p{L}]+)/u.exec(following)?.[1] ?? '';
  // Initialisms with inner periods (U.S., U.N.) and single initials (J.) rarely end sentences.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(lastWord) || /^\p{Lu}$/u.test(lastWord)) return OPENERS.has(nextWord);
  return !ABBREVIATIONS.has(lastWord.toLowerCase());
}

const WORD_CHAR = /^[\p{L}.]$/u;

/**
 * Where the run of letters and periods that ends `text` starts (as /[\p{L}.]+$/ would find it), read
 * backwards: a regular expression anchored at the end would try every position of the sentence.
 */
function lastWordStart(text: string): number {
  let k = text.length;
  while (k > 0) {
    const low = text.charCodeAt(k - 1);
    // A letter outside the basic plane is two UTF-16 units.
    const width = low >= 0xdc00 && low <= 0xdfff && k >= 2 && isHighSurrogate(text.charCodeAt(k - 2)) ? 2 : 1;
    if (!WORD_CHAR.test(text.slice(k - width, k))) break;
    k -= width;
  }
  return k;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function trimSpan(line: string, start: number, end: number): [number, number] | undefined {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(line[s] as string)) s++;
  while (e > s && /\s/.test(line[e - 1] as string)) e--;
  return s < e ? [s, e] : undefined;
}
