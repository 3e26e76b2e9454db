import { type ActorKind, foldText } from '@entente/core';
import type { GraphService } from './graph-service.js';
import { compareKeys } from './key-order.js';
import type { ActorModel } from './models.js';
import { matchRank } from './search.js';

/** An actor in a listing, with the key that orders the listing (and that its cursors encode). */
export interface ActorListing {
  actor: ActorModel;
  /** Unique within a listing; listings are sorted by it in code-unit order. */
  key: string;
}

/** An actor with its folded names, computed once per graph version rather than once per search. */
interface FoldedActor {
  actor: ActorModel;
  name: string;
  aliases: string[];
  /** The folded name, then the id to break ties between homonyms. */
  alphabeticalKey: string;
}

/**
 * The graph's actors of `kind` (any kind when absent) matching `search` in the name or an alias,
 * ignoring case and accents.
 *
 * Without a search the listing is alphabetical by name (then id). With one it is ranked (see
 * `MatchRank`: exact name or alias, name prefix, word of the name, alias, anywhere), alphabetical
 * within a rank. The rank leads the key, so a cursor names a position in that ranked order and a page
 * walk over one search returns every match once.
 */
export function searchActors(
  service: GraphService,
  search?: string | null,
  kind?: ActorKind | null,
): ActorListing[] {
  const actors = foldedActors(service).filter(({ actor }) => !kind || actor.kind === kind);
  const query = search ? foldText(search.trim()) : '';
  if (!query) return actors.map(({ actor, alphabeticalKey }) => ({ actor, key: alphabeticalKey }));
  const matches: ActorListing[] = [];
  for (const { actor, name, aliases, alphabeticalKey } of actors) {
    const rank = matchRank(query, name, aliases);
    // One digit, so that the code-unit order of keys is the order of ranks.
    if (rank !== undefined) matches.push({ actor, key: `${rank}\u0000${alphabeticalKey}` });
  }
  return matches.sort((a, b) => compareKeys(a.key, b.key));
}

/** Every actor of the graph with its folded names, alphabetical, cached per graph version. */
function foldedActors(service: GraphService): FoldedActor[] {
  return service.analytics.memoize('actors-folded', () =>
    service
      .actors()
      .map((actor) => {
        const name = foldText(actor.name);
        return {
          actor,
          name,
          aliases: actor.aliases.map(foldText),
          alphabeticalKey: `${name}\u0000${actor.id}`,
        };
      })
      .sort((a, b) => compareKeys(a.alphabeticalKey, b.alphabeticalKey)),
  );
}
