import { isDirected, type RelationType } from './relations.js';

/**
 * Key of the edge that holds every piece of evidence for `(source, type, target)`.
 *
 * Symmetric relation types (meets, cooperates) sort the two ids, so "A meets B" and "B meets A"
 * read in two articles land on the same edge.
 */
export function relationKey(source: string, type: RelationType, target: string): string {
  const [from, to] = orientRelation(source, type, target);
  return `${from}|${type}|${to}`;
}

/** The `[source, target]` an edge of this type is stored with: as read for directed types, sorted otherwise. */
export function orientRelation(source: string, type: RelationType, target: string): [string, string] {
  if (isDirected(type) || source <= target) return [source, target];
  return [target, source];
}
