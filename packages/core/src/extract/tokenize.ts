import type { PosTag } from './nlp.js';
import { foldWord, isAllCaps, isCapitalized } from './normalize.js';

export type TokenKind = 'word' | 'initialism' | 'possessive' | 'number' | 'punct';

/** A token with its offsets (UTF-16 units) into the original text. */
export interface Token {
  text: string;
  /** Folded form used for matching: lower case, no accents; initialisms lose their dots ("U.S." → "us"). */
  norm: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Starts with a capital letter. */
  capitalized: boolean;
  /** Every letter is a capital. */
  allCaps: boolean;
  /** Universal part-of-speech tag from the NLP layer (nlp.ts), when the document was tagged. */
  pos?: PosTag;
  /** Lemma from the NLP layer ("brokered" → "broker"), when the document was tagged. */
  lemma?: string;
}

// Initialisms (U.S., U.A.E.), words (letters, marks, digits), the possessive clitic, any other symbol.
const TOKEN_PATTERN = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+|['’]s(?![\p{L}\p{N}])|\S/gu;

/**
 * Splits `text` into tokens. Hyphens, apostrophes and periods are separate tokens, so "Israel-Hamas"
 * yields "Israel", "-", "Hamas" and "Turkey’s" yields "Turkey", "’s". Aliases go through the same
 * function, so "al-Hayya" in the gazetteer matches "al-Hayya" in text token by token.
 * @param offset - added to every token's start/end (the position of `text` in its document).
 */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const raw = match[0];
    const start = offset + (match.index ?? 0);
    const form = formOf(raw);
    tokens.push({
      text: raw,
      norm: form.norm,
      start,
      end: start + raw.length,
      kind: form.kind,
      capitalized: form.capitalized,
      allCaps: form.allCaps,
    });
  }
  return tokens;
}

/** What a token's text alone decides. */
interface WordForm {
  norm: string;
  kind: TokenKind;
  capitalized: boolean;
  allCaps: boolean;
}

const FORMS = new Map<string, WordForm>();
/** Distinct words seen in news are few; past this many the cache starts again rather than growing. */
const FORMS_LIMIT = 50_000;

/** The form of a token's text, computed once per distinct text: the same words recur in every article. */
function formOf(raw: string): WordForm {
  let form = FORMS.get(raw);
  if (form === undefined) {
    if (FORMS.size >= FORMS_LIMIT) FORMS.clear();
    const kind = kindOf(raw);
    form = { norm: normOf(raw, kind), kind, capitalized: isCapitalized(raw), allCaps: isAllCaps(raw) };
    FORMS.set(raw, form);
  }
  return form;
}

function kindOf(raw: string): TokenKind {
  // The pattern's alternatives decide the kind: only initialisms hold a period, only the clitic an apostrophe.
  if (raw.length > 2 && raw.charCodeAt(1) === 46) return 'initialism';
  if (raw.length === 2 && (raw[0] === "'" || raw[0] === '’')) return 'possessive';
  if (/^\p{N}+$/u.test(raw)) return 'number';
  if (/^[\p{L}\p{M}\p{N}]/u.test(raw)) return 'word';
  return 'punct';
}

function normOf(raw: string, kind: TokenKind): string {
  const folded = foldWord(raw);
  return kind === 'initialism' ? folded.replace(/\./g, '') : folded;
}

/** The text of tokens [start, end), one space wherever the original had any whitespace. */
export function spanText(tokens: readonly Token[], start: number, end: number): string {
  let text = '';
  for (let i = start; i < end; i++) {
    const token = tokens[i] as Token;
    const previous = tokens[i - 1];
    if (i > start && previous && previous.end < token.start) text += ' ';
    text += token.text;
  }
  return text;
}
