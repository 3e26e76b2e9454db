/**
 * Text normalisation shared by the gazetteer index and the tokenizer, so that "Türkiye",
 * "Turkiye" and "TÜRKIYE", or "Erdoğan" and "Erdogan", compare equal.
 */
import { foldText } from '../common/fold.js';

const FOLDED = new Map<string, string>();
/** Distinct words seen in news are few; past this many the cache starts again rather than growing. */
const FOLDED_LIMIT = 50_000;

/** `foldText` of a word, cached: the tokenizer folds the same few thousand words over and over. */
export function foldWord(word: string): string {
  let folded = FOLDED.get(word);
  if (folded === undefined) {
    if (FOLDED.size >= FOLDED_LIMIT) FOLDED.clear();
    folded = foldText(word);
    FOLDED.set(word, folded);
  }
  return folded;
}

/** A URL-friendly id from a name: "Ahmet Cemil Miroğlu" → "ahmet-cemil-miroglu". */
export function slugify(name: string): string {
  return foldWord(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** True when the word's letters are all capitals ("US", "U.S.", "OIC"). */
export function isAllCaps(word: string): boolean {
  // Fast path for plain ASCII words, which most are.
  if (/^[A-Za-z]+$/.test(word)) return !/[a-z]/.test(word);
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** True when the word starts with a capital letter. */
export function isCapitalized(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}
