import type { Token } from './tokenize.js';

interface TrieNode<T> {
  children: Map<string, TrieNode<T>>;
  values: T[];
}

/** A match of a phrase in a token sequence: tokens [start, end) and what was stored for the phrase. */
export interface TrieMatch<T> {
  start: number;
  end: number;
  values: T[];
}

/**
 * Whether a stored value fits the tokens its phrase matched, from `tokens[start]` on (e.g. their
 * capitalisation); the phrase's own length says how many tokens that is.
 */
export type Acceptance<T> = (value: T, tokens: readonly Token[], start: number) => boolean;

/**
 * A trie over folded token forms. Looking up every position of a sentence costs one walk per
 * position, however many phrases are stored: the benchmark matches thousands of aliases against
 * thousands of articles, which one regular expression per alias could not do.
 */
export class TokenTrie<T> {
  readonly #root: TrieNode<T> = { children: new Map(), values: [] };

  /** Stores `value` under the phrase given as folded token forms. */
  add(norms: readonly string[], value: T): void {
    if (norms.length === 0) return;
    let node = this.#root;
    for (const norm of norms) {
      let next = node.children.get(norm);
      if (!next) {
        next = { children: new Map(), values: [] };
        node.children.set(norm, next);
      }
      node = next;
    }
    node.values.push(value);
  }

  /**
   * The longest phrase starting at token `start` whose stored values pass `accepted`.
   */
  longestAt(tokens: readonly Token[], start: number, accepted?: Acceptance<T>): TrieMatch<T> | undefined {
    let node: TrieNode<T> | undefined = this.#root;
    let best: TrieMatch<T> | undefined;
    for (let i = start; i < tokens.length && node; i++) {
      node = node.children.get((tokens[i] as Token).norm);
      if (!node) break;
      if (node.values.length > 0) {
        if (accepted === undefined) best = { start, end: i + 1, values: node.values };
        else {
          const values = node.values.filter((v) => accepted(v, tokens, start));
          if (values.length > 0) best = { start, end: i + 1, values };
        }
      }
    }
    return best;
  }

  /** Calls `visit` with the end and the stored values of every phrase that starts at token `start`, shortest first. */
  walk(tokens: readonly Token[], start: number, visit: (end: number, values: readonly T[]) => void): void {
    let node: TrieNode<T> | undefined = this.#root;
    for (let i = start; i < tokens.length; i++) {
      node = node.children.get((tokens[i] as Token).norm);
      if (!node) return;
      if (node.values.length > 0) visit(i + 1, node.values);
    }
  }

  /** Non-overlapping longest matches, scanning left to right. */
  findAll(tokens: readonly Token[], accept?: Acceptance<T>): TrieMatch<T>[] {
    const matches: TrieMatch<T>[] = [];
    for (let i = 0; i < tokens.length; ) {
      const match = this.longestAt(tokens, i, accept);
      if (match) {
        matches.push(match);
        i = match.end;
      } else i++;
    }
    return matches;
  }
}
