/**
 * Folds text for matching and sorting: lower case, accents removed ("Türkiye" → "turkiye"), so that a
 * search typed on any keyboard finds the name as written.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** Whether the folded query occurs in any of the names. */
export function matchesSearch(foldedQuery: string, names: readonly string[]): boolean {
  return names.some((name) => foldText(name).includes(foldedQuery));
}
