/**
 * What the analyst is told once an article is stored: what it changed on the map, or why it changed
 * nothing. An article naming no actor at all (a recipe) is the one to warn about; one naming actors with
 * no relation read between them is stored as it should be, with a milder note.
 */
import type { IngestResultData } from '../../api/types';
import { plural } from '../../components/format';
import { describeReported } from '../live';

export type IngestSuccessData = Extract<IngestResultData, { __typename: 'IngestSuccess' }>;

export interface IngestNotice {
  kind: 'success' | 'note' | 'warning';
  message: string;
}

/** Names shown before "and N more". */
const NAMED_ACTORS = 3;

/** "Peru and Bolivia", "Peru, Chile and Bolivia", "Peru, Chile, Bolivia and 2 more". */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  if (names.length <= NAMED_ACTORS) return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return `${names.slice(0, NAMED_ACTORS).join(', ')} and ${names.length - NAMED_ACTORS} more`;
}

/** `alreadyStored` says what a repeat did (a text changes nothing; a page adds a source). */
export function describeIngest(result: IngestSuccessData, alreadyStored = 'nothing changed'): IngestNotice {
  const title = result.document.title ?? 'the article';
  if (!result.created)
    return { kind: 'success', message: `“${title}” was already in the graph; ${alreadyStored}.` };
  if (result.actors.length === 0) {
    return {
      kind: 'warning',
      message: `Stored “${title}”, but Entente found no actor in this article — is it about diplomacy? (Documents can remove it.)`,
    };
  }
  if (result.relations.length === 0) {
    const names = listNames(result.actors.map((actor) => actor.name));
    return {
      kind: 'note',
      message: `Stored “${title}”: ${plural(result.actors.length, 'actor')} found (${names}), but no relation between them, so the map’s ties are unchanged.`,
    };
  }
  return {
    kind: 'success',
    message: `Added “${title}”: ${describeReported(result.added.length, result.strengthened.length)}, highlighted on the map.`,
  };
}
