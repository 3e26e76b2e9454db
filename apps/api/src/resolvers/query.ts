import { RELATION_SPECS, RELATION_TYPES } from '@entente/core';
import { searchActors } from '../service/actor-search.js';
import { evidenceTimeline } from '../service/evidence-timeline.js';
import { filterRelations } from '../service/filters.js';
import {
  actorWithin,
  communityList,
  graphStats,
  inGraph,
  pathBetween,
  rankedPairs,
  relationshipBetween,
  relationWithin,
  unbalancedTriadsWithin,
} from '../service/graph-reads.js';
import { graphView } from '../service/graph-view.js';
import { relationFromEdge } from '../service/models.js';
import type { ApiContext } from './context.js';
import { invalidArgument, notFound } from './errors.js';
import { checkCount, decodeCursor, encodeCursor, mapConnection, paginate } from './pagination.js';
import type { QueryResolvers } from './resolvers.generated.js';

/** The two ends of a pairwise query, or the error value for the first one the graph does not hold. */
function missingActor(context: ApiContext, ...ids: string[]) {
  const missing = ids.find((id) => !inGraph(context.service, id));
  return missing === undefined ? undefined : notFound('actor', missing);
}

function documentCursorSeq(cursor: string): number {
  const seq = Number(decodeCursor('document', cursor));
  if (!Number.isSafeInteger(seq)) throw invalidArgument(`"${cursor}" is not a cursor of this list.`, 'after');
  return seq;
}

// Arguments with a default can still arrive as explicit nulls from a client: `?? false` covers them.
export const Query: QueryResolvers = {
  actors: (_, args, { service }) =>
    mapConnection(
      paginate(
        'actor',
        searchActors(service, args.search, args.kind),
        (entry) => entry.key,
        args.first,
        args.after,
      ),
      (entry) => entry.actor,
    ),

  actor: (_, { id, filter }, { service }) => actorWithin(service, id, filter) ?? notFound('actor', id),

  relations: (_, args, { service }) => {
    const { graph, keys } = filterRelations(service, args.filter);
    const page = paginate('relation', keys, (key) => key, args.first, args.after);
    // Only the page is materialised, from the filtered graph so that evidence respects the time window.
    return mapConnection(page, (key) => relationFromEdge(graph, key));
  },

  relation: (_, { id, filter }, { service }) =>
    relationWithin(service, id, filter) ?? notFound('relation', id),

  relationship: (_, { a, b, rollup, filter }, context) =>
    missingActor(context, a, b) ?? relationshipBetween(context.service, a, b, rollup ?? false, filter),

  path: (_, args, context) => {
    const missing = missingActor(context, args.from, args.to);
    if (missing) return missing;
    const found = pathBetween(context.service, args.from, args.to, args.polarity);
    return (
      found ??
      notFound(
        'path',
        `${args.from}->${args.to}`,
        `No path links "${args.from}" to "${args.to}"${args.polarity ? ` through ${args.polarity} relations` : ''}.`,
      )
    );
  },

  communities: (_, _args, { service }) => communityList(service),

  tensions: (_, { limit, rollup, filter }, { service }) =>
    rankedPairs(service, 'tensions', checkCount(limit, 'limit'), rollup ?? false, filter),

  alliances: (_, { limit, rollup, filter }, { service }) =>
    rankedPairs(service, 'alliances', checkCount(limit, 'limit'), rollup ?? false, filter),

  unbalancedTriads: (_, { limit, filter }, { service }) =>
    unbalancedTriadsWithin(service, checkCount(limit, 'limit'), filter),

  documents: async (_, args, { service }) => {
    const first = checkCount(args.first, 'first');
    const after = args.after ? documentCursorSeq(args.after) : undefined;
    const page = await service.listDocuments(first, after);
    const edges = page.items.map(({ seq, ...document }) => ({
      cursor: encodeCursor('document', String(seq)),
      node: document,
    }));
    return {
      edges,
      nodes: edges.map((edge) => edge.node),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: service.documentCount,
    };
  },

  document: (_, { id }, { service }) => service.document(id) ?? notFound('document', id),

  stats: (_, _args, { service }) => graphStats(service),

  graph: (_, { filter }, { service }) => graphView(service, filter),

  evidenceTimeline: (_, { filter }, { service }) => evidenceTimeline(service, filter),

  relationTypes: () => RELATION_TYPES.map((type) => ({ cameo: null, ...RELATION_SPECS[type] })),
};
