import type { EntenteGraph } from '../graph/types.js';
import { relatedPairs } from './pairs.js';
import { signedEvidence } from './relationship.js';
import { TopK } from './top-k.js';

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
 * a third actor who are at odds with each other ("the friend of my friend is my enemy"). Only alignment
 * and hostility sign a pair: pairs in contact only (a mediator and each party) score 0, carry no sign and
 * cannot close such a triangle. Triads come sorted by the alignment and hostility evidence behind their
 * three pairs, most documented first.
 */
export function unbalancedTriads(graph: EntenteGraph, limit = DEFAULT_TRIAD_LIMIT): Triad[] {
  // Actors by index in id order, so each triangle is met once (u < v < w) with cheap number comparisons.
  const signedPairs = relatedPairs(graph).filter((pair) => pair.score !== 0);
  const ids = [...new Set(signedPairs.flatMap((pair) => [pair.a, pair.b]))].sort();
  const index = new Map(ids.map((id, position) => [id, position]));
  const neighbours = ids.map(() => new Map<number, SignedPair>());
  for (const pair of signedPairs) {
    const a = index.get(pair.a)!;
    const b = index.get(pair.b)!;
    const entry = { sign: Math.sign(pair.score), volume: signedEvidence(pair) };
    neighbours[a]!.set(b, entry);
    neighbours[b]!.set(a, entry);
  }

  const best = new TopK<Candidate>(
    Number.isFinite(limit) ? Math.max(0, limit) : ids.length ** 3,
    (x, y) => y.volume - x.volume || x.u - y.u || x.v - y.v || x.w - y.w,
  );
  for (let u = 0; u < ids.length; u++) {
    const neighboursOfU = neighbours[u]!;
    for (const [v, uv] of neighboursOfU) {
      if (v <= u) continue;
      for (const [w, vw] of neighbours[v]!) {
        if (w <= v) continue;
        const wu = neighboursOfU.get(w);
        if (!wu || uv.sign * vw.sign * wu.sign >= 0) continue;
        best.add({ u, v, w, uv, vw, wu, volume: uv.volume + vw.volume + wu.volume });
      }
    }
  }
  return best.items().map(({ u, v, w, uv, vw, wu }) => ({
    nodes: [ids[u]!, ids[v]!, ids[w]!],
    signs: [uv.sign, vw.sign, wu.sign],
  }));
}

interface SignedPair {
  sign: number;
  /** Pieces of alignment and hostility evidence behind the pair. */
  volume: number;
}

interface Candidate {
  u: number;
  v: number;
  w: number;
  uv: SignedPair;
  vw: SignedPair;
  wu: SignedPair;
  volume: number;
}
