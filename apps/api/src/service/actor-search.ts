import type { ActorKind } from '@entente/core';
import type { GraphService } from './graph-service.js';
import type { ActorModel } from './models.js';
import { foldText, matchesSearch } from './search.js';

/** Sort key of an actor in listings: the folded name, then the id to break ties between homonyms. */
export function actorSortKey(actor: ActorModel): string {
  return `${foldText(actor.name)}\u0000${actor.id}`;
}

/**
 * The graph's actors matching `search` (in the name or any alias, ignoring case and accents) and `kind`,
 * sorted by `actorSortKey`.
 */
export function searchActors(
  service: GraphService,
  search?: string | null,
  kind?: ActorKind | null,
): ActorModel[] {
  const sorted = service.analytics.memoize('actors-sorted', () =>
    service
      .actors()
      .map((actor) => ({ actor, key: actorSortKey(actor) }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .map(({ actor }) => actor),
  );
  const query = search ? foldText(search.trim()) : '';
  return sorted.filter(
    (actor) =>
      (!kind || actor.kind === kind) && (!query || matchesSearch(query, [actor.name, ...actor.aliases])),
  );
}
