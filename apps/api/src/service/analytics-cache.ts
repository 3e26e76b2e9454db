import {
  centrality,
  communities,
  type EntenteGraph,
  RELATION_TYPES,
  type RelationshipSummary,
  type RelationType,
  type Representatives,
  representativesOf,
  strongestAlliances,
  strongestTensions,
  type Triad,
  unbalancedTriads,
} from '@entente/core';

/** The graph an analytics cache reads, with a counter that changes whenever the graph does. */
export interface VersionedGraph {
  readonly graph: EntenteGraph;
  readonly version: number;
}

export interface GraphStats {
  actors: number;
  relations: number;
  evidence: number;
  cooperative: number;
  conflictual: number;
  neutral: number;
  byType: { type: RelationType; count: number }[];
}

/** Past this many cached results the cache starts over (only reachable with many distinct filters). */
const MAX_ENTRIES = 256;

/**
 * Whole-graph analytics (Louvain, betweenness, rankings) computed once per graph version. Queries
 * between two writes share the results; the first query after a write recomputes what it needs.
 */
export class AnalyticsCache {
  readonly #source: VersionedGraph;
  #version = Number.NaN;
  readonly #memo = new Map<string, unknown>();

  constructor(source: VersionedGraph) {
    this.#source = source;
  }

  /** Actor id → Louvain community on the cooperative layer. */
  communities(): Record<string, number> {
    return this.#memoize('communities', () => communities(this.#source.graph));
  }

  /** Betweenness normalised to [0, 1], by actor id. */
  betweenness(): Record<string, number> {
    return this.#memoize('betweenness', () => centrality(this.#source.graph).betweenness);
  }

  /** The strongest tensions; `rollup` counts people's relations for whoever they represent. */
  tensions(limit: number, rollup = false): RelationshipSummary[] {
    return this.#memoize(`tensions:${limit}:${rollup}`, () =>
      strongestTensions(this.#source.graph, limit, { rollup }),
    );
  }

  /** The strongest alliances; `rollup` counts people's relations for whoever they represent. */
  alliances(limit: number, rollup = false): RelationshipSummary[] {
    return this.#memoize(`alliances:${limit}:${rollup}`, () =>
      strongestAlliances(this.#source.graph, limit, { rollup }),
    );
  }

  /** Actor id → the people who act for it; shared by every rolled-up `relationship` query of a version. */
  representatives(): Representatives {
    return this.#memoize('representatives', () => representativesOf(this.#source.graph));
  }

  unbalancedTriads(limit: number): Triad[] {
    return this.#memoize(`triads:${limit}`, () => unbalancedTriads(this.#source.graph, limit));
  }

  stats(): GraphStats {
    return this.#memoize('stats', () => countGraph(this.#source.graph));
  }

  /**
   * Any other derived value, under a key that must identify the computation (e.g. a filtered view and
   * its filter). The number of entries is bounded so that many distinct keys cannot exhaust memory.
   */
  memoize<T>(key: string, compute: () => T): T {
    return this.#memoize(`custom:${key}`, compute);
  }

  #memoize<T>(key: string, compute: () => T): T {
    if (this.#version !== this.#source.version || this.#memo.size >= MAX_ENTRIES) {
      this.#memo.clear();
      this.#version = this.#source.version;
    }
    if (!this.#memo.has(key)) this.#memo.set(key, compute());
    return this.#memo.get(key) as T;
  }
}

function countGraph(graph: EntenteGraph): GraphStats {
  const stats: GraphStats = {
    actors: graph.order,
    relations: graph.size,
    evidence: 0,
    cooperative: 0,
    conflictual: 0,
    neutral: 0,
    byType: [],
  };
  const byType = new Map<RelationType, number>(RELATION_TYPES.map((type) => [type, 0]));
  graph.forEachEdge((_key, attributes) => {
    stats.evidence += attributes.evidence.length;
    stats[attributes.polarity] += 1;
    byType.set(attributes.type, (byType.get(attributes.type) ?? 0) + 1);
  });
  stats.byType = [...byType].map(([type, count]) => ({ type, count }));
  return stats;
}
