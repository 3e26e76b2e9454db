/**
 * How well a name matches a search, best first. A listing sorts matches by rank before anything else,
 * so that typing "tur" offers Turkey before an organization that merely has "Turkish" in an alias.
 */
export const MatchRank = {
  /** The query is the whole name or a whole alias. */
  exact: 0,
  /** The name starts with the query. */
  namePrefix: 1,
  /** A later word of the name starts with the query ("fid" in "Hakan Fidan"). */
  nameWordPrefix: 2,
  /** An alias starts with the query, or one of its words does. */
  aliasWordPrefix: 3,
  /** The query occurs anywhere else in the name or an alias. */
  substring: 4,
} as const;
export type MatchRank = (typeof MatchRank)[keyof typeof MatchRank];

/**
 * The rank of the best match of `foldedQuery` (already folded, non-empty) in a folded name and its
 * folded aliases, or undefined when it occurs in none of them.
 */
export function matchRank(
  foldedQuery: string,
  foldedName: string,
  foldedAliases: readonly string[],
): MatchRank | undefined {
  if (foldedName === foldedQuery || foldedAliases.includes(foldedQuery)) return MatchRank.exact;
  if (foldedName.startsWith(foldedQuery)) return MatchRank.namePrefix;
  if (startsAWord(foldedName, foldedQuery)) return MatchRank.nameWordPrefix;
  if (foldedAliases.some((alias) => startsAWord(alias, foldedQuery))) return MatchRank.aliasWordPrefix;
  if (foldedName.includes(foldedQuery) || foldedAliases.some((alias) => alias.includes(foldedQuery)))
    return MatchRank.substring;
  return undefined;
}

/** Whether `query` occurs in `text` at the start of a word (the text's start or after a non-letter). */
function startsAWord(text: string, query: string): boolean {
  for (let at = text.indexOf(query); at !== -1; at = text.indexOf(query, at + 1)) {
    if (at === 0 || !WORD_CHARACTER.test(text.charAt(at - 1))) return true;
  }
  return false;
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;
