import {
  type ActorKind,
  type Polarity,
  RELATION_SPECS,
  RELATION_TYPES,
  relationshipWith,
  shortestPath,
  strongestAlliances,
  strongestTensions,
} from '@entente/core';
import { searchActors } from '../service/actor-search.js';
import { evidenceTimeline } from '../service/evidence-timeline.js';
import {
  filterRelations,
  type GraphFilterInput,
  type RelationFilterInput,
  scopedGraph,
} from '../service/filters.js';
import { graphView } from '../service/graph-view.js';
import { type RelationModel, type RelationshipModel, relationFromEdge } from '../service/models.js';
import type { ApiContext } from './context.js';
import { invalidArgument, notFound } from './errors.js';
import {
  type Connection,
  checkCount,
  decodeCursor,
  encodeCursor,
  mapConnection,
  paginate,
} from './pagination.js';

export interface PageArgs {
  first: number;
  after?: string | null;
}

/** Arguments of the pair rankings; `rollup` is null when a client passes an explicit null. */
export interface RankingArgs {
  limit: number;
  rollup?: boolean | null;
  filter?: GraphFilterInput | null;
}

/** A filter argument of a single-item query (`actor`, `relation`, `relationship`). */
export interface Scoped {
  filter?: GraphFilterInput | null;
}

/** The rankings computed on the graph a filter scopes (memoized per version, filter, limit and rollup). */
function ranked(
  service: ApiContext['service'],
  name: 'alliances' | 'tensions',
  { limit, rollup, filter }: RankingArgs,
): RelationshipModel[] {
  const count = checkCount(limit, 'limit');
  const within = scopedGraph(service, filter);
  if (within === service.graph) return service.analytics[name](count, rollup ?? false);
  const rank = name === 'alliances' ? strongestAlliances : strongestTensions;
  return service.analytics
    .memoize(`${name}:${count}:${rollup ?? false}:${JSON.stringify(filter)}`, () =>
      rank(within, count, { rollup: rollup ?? false }),
    )
    .map((summary) => ({ ...summary, within }));
}

/** The two ends of a pairwise query, or the error value for the first one the graph does not hold. */
function missingActor(context: ApiContext, ...ids: string[]) {
  const missing = ids.find((id) => !context.service.graph.hasNode(id));
  return missing === undefined ? undefined : notFound('actor', missing);
}

function documentCursorSeq(cursor: string): number {
  const seq = Number(decodeCursor('document', cursor));
  if (!Number.isSafeInteger(seq)) throw invalidArgument(`"${cursor}" is not a cursor of this list.`, 'after');
  return seq;
}

export const Query = {
  actors: (
    _: unknown,
    args: PageArgs & { search?: string | null; kind?: ActorKind | null },
    { service }: ApiContext,
  ) =>
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

  actor: (_: unknown, { id, filter }: { id: string } & Scoped, { service }: ApiContext) => {
    const actor = service.actor(id);
    if (!actor) return notFound('actor', id);
    const within = scopedGraph(service, filter);
    return within === service.graph ? actor : { ...actor, within };
  },

  relations: (
    _: unknown,
    args: PageArgs & { filter?: RelationFilterInput | null },
    { service }: ApiContext,
  ): Connection<RelationModel> => {
    const { graph, keys } = filterRelations(service.graph, args.filter);
    const page = paginate('relation', keys, (key) => key, args.first, args.after);
    // Only the page is materialised, from the filtered graph so that evidence respects the time window.
    return mapConnection(page, (key) => relationFromEdge(graph, key));
  },

  relation: (_: unknown, { id, filter }: { id: string } & Scoped, { service }: ApiContext) => {
    const relation = service.relation(id);
    if (!relation) return notFound('relation', id);
    const within = scopedGraph(service, filter);
    if (within === service.graph) return relation;
    if (within.hasEdge(id)) return relationFromEdge(within, id);
    // Left out by the filter: the relation is still named, with nothing reported within it.
    const { firstSeen: _first, lastSeen: _last, ...rest } = relation;
    return { ...rest, weight: 0, evidence: [] };
  },

  relationship: (
    _: unknown,
    { a, b, rollup, filter }: { a: string; b: string; rollup?: boolean | null } & Scoped,
    context: ApiContext,
  ): RelationshipModel | ReturnType<typeof notFound> => {
    const missing = missingActor(context, a, b);
    if (missing) return missing;
    const within = scopedGraph(context.service, filter);
    const summary = relationshipWith(
      within,
      a,
      b,
      rollup ? context.service.analytics.representatives() : undefined,
    );
    return within === context.service.graph ? summary : { ...summary, within };
  },

  path: (_: unknown, args: { from: string; to: string; polarity?: Polarity | null }, context: ApiContext) => {
    const missing = missingActor(context, args.from, args.to);
    if (missing) return missing;
    const found = shortestPath(
      context.service.graph,
      args.from,
      args.to,
      args.polarity ? { polarity: args.polarity } : {},
    );
    return (
      found ??
      notFound(
        'path',
        `${args.from}->${args.to}`,
        `No path links "${args.from}" to "${args.to}"${args.polarity ? ` through ${args.polarity} relations` : ''}.`,
      )
    );
  },

  communities: (_: unknown, _args: unknown, { service }: ApiContext) => {
    const members = new Map<number, string[]>();
    for (const [actor, community] of Object.entries(service.analytics.communities())) {
      const list = members.get(community) ?? [];
      list.push(actor);
      members.set(community, list);
    }
    return [...members]
      .map(([id, actors]) => ({ id, size: actors.length, actors: actors.sort() }))
      .sort((a, b) => b.size - a.size || a.id - b.id);
  },

  tensions: (_: unknown, args: RankingArgs, { service }: ApiContext) => ranked(service, 'tensions', args),

  alliances: (_: unknown, args: RankingArgs, { service }: ApiContext) => ranked(service, 'alliances', args),

  unbalancedTriads: (_: unknown, { limit }: { limit: number }, { service }: ApiContext) =>
    service.analytics.unbalancedTriads(checkCount(limit, 'limit')),

  documents: async (_: unknown, args: PageArgs, { service }: ApiContext) => {
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

  document: (_: unknown, { id }: { id: string }, { service }: ApiContext) =>
    service.document(id) ?? notFound('document', id),

  stats: (_: unknown, _args: unknown, { service }: ApiContext) => ({
    ...service.analytics.stats(),
    documents: service.documentCount,
  }),

  graph: (_: unknown, { filter }: { filter?: GraphFilterInput | null }, { service }: ApiContext) =>
    graphView(service, filter),

  evidenceTimeline: (_: unknown, { filter }: Scoped, { service }: ApiContext) =>
    evidenceTimeline(service, filter),

  relationTypes: () => RELATION_TYPES.map((type) => ({ cameo: null, ...RELATION_SPECS[type] })),
};
