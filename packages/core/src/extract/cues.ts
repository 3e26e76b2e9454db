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

const CUE_TRIES = new Map<CueName, TokenTrie<true>>();
for (const name of Object.keys(cueData) as Array<keyof typeof cueData>) {
  if (name === '_doc') continue;
  const trie = new TokenTrie<true>();
  for (const phrase of cueData[name]) trie.add(phraseNorms(phrase), true);
  CUE_TRIES.set(name, trie);
}

/** Whether `name` is a list of data/cues.json (for pattern files that refer to one). */
export function isCueName(name: unknown): name is CueName {
  return typeof name === 'string' && name !== '_doc' && Object.hasOwn(cueData, name);
}

/** For each token, whether it lies inside a phrase of each cue list. Computed once per sentence. */
export class CueMarks {
  readonly #marks = new Map<CueName, Uint8Array>();
  readonly #tokens: readonly Token[];

  constructor(tokens: readonly Token[]) {
    this.#tokens = tokens;
  }

  /** Whether token `index` is part of a phrase of the cue list `name`. */
  has(name: CueName, index: number): boolean {
    if (index < 0 || index >= this.#tokens.length) return false;
    return this.#marksFor(name)[index] === 1;
  }

  /** Whether any token in [from, to) belongs to the cue list. */
  any(name: CueName, from: number, to: number): boolean {
    for (let i = Math.max(0, from); i < Math.min(to, this.#tokens.length); i++)
      if (this.has(name, i)) return true;
    return false;
  }

  #marksFor(name: CueName): Uint8Array {
    let marks = this.#marks.get(name);
    if (!marks) {
      marks = new Uint8Array(this.#tokens.length);
      const trie = CUE_TRIES.get(name);
      for (const match of trie?.findAll(this.#tokens) ?? []) marks.fill(1, match.start, match.end);
      this.#marks.set(name, marks);
    }
    return marks;
  }
}

/** The single-word cues of a list, folded, for quick membership tests. */
export function cueWords(name: CueName): Set<string> {
  return new Set(cueData[name].map(foldWord));
}
