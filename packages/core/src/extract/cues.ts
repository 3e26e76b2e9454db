import cueData from './data/cues.json' with { type: 'json' };
import { foldWord } from './normalize.js';
import { type Token, tokenize } from './tokenize.js';
import { TokenTrie } from './trie.js';

/** Names of the cue lists in data/cues.json. */
export type CueName = Exclude<keyof typeof cueData, '_doc'>;

/** Tokenizes a phrase from a data file into the folded forms the tries store. */
export function phraseNorms(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.norm);
}

const CUE_NAMES = (Object.keys(cueData) as Array<keyof typeof cueData>).filter(
  (name): name is CueName => name !== '_doc',
);
/** A map rather than an object: callers ask with many different names, which a keyed property load handles slowly. */
const CUE_INDEX = new Map<CueName, number>(CUE_NAMES.map((name, index) => [name, index]));
/**
 * A token's marks are bits of small integers, BITS lists per word, WORDS words per token: plain arrays of
 * small integers cost far less to allocate per sentence than typed arrays, whose buffers live off the heap.
 */
const BITS = 30;
const WORDS = Math.ceil(CUE_NAMES.length / BITS);
const WORD_OF = CUE_NAMES.map((_, list) => Math.floor(list / BITS));
const BIT_OF = CUE_NAMES.map((_, list) => 1 << (list % BITS));
/** Scratch space of the marking walk, reused: it runs to completion, one sentence at a time. */
const FREE = new Int32Array(CUE_NAMES.length);
const LONGEST = new Int32Array(CUE_NAMES.length);
/** One trie for every list: a phrase stores the indices of the lists it belongs to. */
const CUE_TRIE = new TokenTrie<number>();
for (const [index, name] of CUE_NAMES.entries()) {
  for (const phrase of cueData[name]) CUE_TRIE.add(phraseNorms(phrase), index);
}

/** Whether `name` is a list of data/cues.json (for pattern files that refer to one). */
export function isCueName(name: unknown): name is CueName {
  return typeof name === 'string' && name !== '_doc' && Object.hasOwn(cueData, name);
}

/**
 * For each token, whether it lies inside a phrase of each cue list. Computed once per sentence, in
 * one walk over the combined trie: per list, the longest phrase at each position, scanning left to
 * right without overlap (as `TokenTrie.findAll` reads one list).
 */
export class CueMarks {
  #marks: number[] | undefined;
  readonly #tokens: readonly Token[];

  constructor(tokens: readonly Token[]) {
    this.#tokens = tokens;
  }

  /** Whether token `index` is part of a phrase of the cue list `name`. */
  has(name: CueName, index: number): boolean {
    return this.any(name, index, index + 1);
  }

  /** Whether any token in [from, to) belongs to the cue list. */
  any(name: CueName, from: number, to: number): boolean {
    const first = Math.max(0, from);
    const last = Math.min(to, this.#tokens.length);
    if (first >= last) return false;
    const marks = this.#marked();
    const list = CUE_INDEX.get(name) as number;
    const word = WORD_OF[list] as number;
    const bit = BIT_OF[list] as number;
    for (let i = first; i < last; i++) if (((marks[i * WORDS + word] as number) & bit) !== 0) return true;
    return false;
  }

  #marked(): number[] {
    if (this.#marks) return this.#marks;
    const tokens = this.#tokens;
    const n = tokens.length;
    const marks = new Array<number>(n * WORDS).fill(0);
    const free = FREE.fill(0);
    // Per list, the end of its longest phrase at the current start (0: none); `touched` lists those set.
    // Every entry is back to 0 when a walk ends.
    const longest = LONGEST;
    const touched: number[] = [];
    const visit = (end: number, lists: readonly number[]) => {
      for (let k = 0; k < lists.length; k++) {
        const list = lists[k] as number;
        if (longest[list] === 0) touched.push(list);
        longest[list] = end;
      }
    };
    for (let start = 0; start < n; start++) {
      CUE_TRIE.walk(tokens, start, visit);
      for (let k = 0; k < touched.length; k++) {
        const list = touched[k] as number;
        const end = longest[list] as number;
        longest[list] = 0;
        if (start < (free[list] as number)) continue;
        const word = WORD_OF[list] as number;
        const bit = BIT_OF[list] as number;
        for (let i = start; i < end; i++) marks[i * WORDS + word] = (marks[i * WORDS + word] as number) | bit;
        free[list] = end;
      }
      touched.length = 0;
    }
    this.#marks = marks;
    return marks;
  }
}

/**
 * A case-insensitive expression that finds any phrase of a list as whole words in raw text, for code
 * that reads a sentence before it is tokenized (dates.ts).
 */
export function cuePattern(name: CueName): RegExp {
  const phrases = cueData[name].map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`\\b(?:${phrases.join('|')})\\b`, 'i');
}

/** The single-word cues of a list, folded, for quick membership tests. */
export function cueWords(name: CueName): Set<string> {
  return new Set(cueData[name].map(foldWord));
}
