import type { EntenteGraph } from '../graph/types.js';
import { evidenceVolume, relatedPairs } from './pairs.js';

/**
 * Three actors related pairwise. `signs[i]` is the sign of the relationship score between `nodes[i]` and
 * `nodes[(i + 1) % 3]`.
 */
export interface Triad {
  nodes: [string, string, string];
  signs: [number, number, number];
}

/** How many triads `unbalancedTriads` returns when no limit is given. */
export const DEFAULT_TRIAD_LIMIT = 20;

/**
 * Structural balance (Heider): a triangle whose sign product is negative is unstable, e.g. two allies of
 * a third actor who are at odds with each other ("the friend of my friend is my enemy"). Pairs whose score
 * is 0 (neutral only) carry no sign and cannot close such a triangle. Triads come sorted by the evidence
 * behind their three pairs, most documented first.
 */
export function unbalancedTriads(graph: EntenteGraph, limit = DEFAULT_TRIAD_LIMIT): Triad[] {
  const signs = new Map<string, Map<string, { sign: number; volume: number }>>();
  for (const pair of relatedPairs(graph)) {
    const sign = Math.sign(pair.score);
    if (sign === 0) continue;
    const entry = { sign, volume: evidenceVolume(pair) };
    for (const [from, to] of [
      [pair.a, pair.b],
      [pair.b, pair.a],
    ] as const) {
      const neighbours = signs.get(from) ?? new Map();
      neighbours.set(to, entry);
      signs.set(from, neighbours);
    }
  }

  const found: { triad: Triad; volume: number }[] = [];
  for (const [u, neighboursOfU] of signs) {
    for (const [v, uv] of neighboursOfU) {
      if (v <= u) continue;
      const neighboursOfV = signs.get(v);
      if (!neighboursOfV) continue;
      for (const [w, vw] of neighboursOfV) {
        if (w <= v) continue;
        const wu = neighboursOfU.get(w);
        if (!wu || uv.sign * vw.sign * wu.sign >= 0) continue;
        found.push({
          triad: { nodes: [u, v, w], signs: [uv.sign, vw.sign, wu.sign] },
          volume: uv.volume + vw.volume + wu.volume,
        });
      }
    }
  }
  return found
    .sort((x, y) => y.volume - x.volume || x.triad.nodes.join().localeCompare(y.triad.nodes.join()))
    .slice(0, Math.max(0, limit))
    .map(({ triad }) => triad);
}
