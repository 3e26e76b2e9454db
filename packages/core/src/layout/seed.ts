/**
 * Starting positions for a layout that continues a previous one (an article was added): actors
 * already on the map start where they were, newcomers start beside the actors they are tied to.
 * Everything here depends on the input only, so the same data and history give the same picture.
 */
import { hashString } from '../common/random.js';
import type { LayoutInput } from './types.js';

/** How far (as a share of the layout's spread) a newcomer lands from the centre of its neighbours. */
const NEWCOMER_OFFSET = 0.04;

/** Neighbour indices of every node, from the edge arrays. */
function adjacency(input: LayoutInput): number[][] {
  const neighbours: number[][] = input.nodes.map(() => []);
  for (let i = 0; i < input.sources.length; i++) {
    const source = input.sources[i]!;
    const target = input.targets[i]!;
    if (source === target) continue;
    neighbours[source]!.push(target);
    neighbours[target]!.push(source);
  }
  return neighbours;
}

/** Half the width of the box around the known positions: the yardstick for offsets. */
function spread(positions: Float32Array, known: boolean[]): number {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  known.forEach((isKnown, i) => {
    if (!isKnown) return;
    min = Math.min(min, positions[i * 2]!, positions[i * 2 + 1]!);
    max = Math.max(max, positions[i * 2]!, positions[i * 2 + 1]!);
  });
  return max > min ? (max - min) / 2 : 1;
}

/**
 * Interleaved x, y per node of `input`: the seed of each node that has one (`input.seeds`, NaN for
 * none); for the others, the centre of their placed neighbours plus a small offset hashed from the id,
 * placed in waves so a chain of newcomers follows the actor it hangs from. Newcomers tied to no
 * placed actor fall back to their hashed position, as in a fresh layout.
 */
export function seededStart(input: LayoutInput, fallbackScale: number): Float32Array {
  const order = input.nodes.length;
  const seeds = input.seeds;
  const out = new Float32Array(order * 2);
  const placed = input.nodes.map((_, i) => {
    const x = seeds?.[i * 2];
    const y = seeds?.[i * 2 + 1];
    if (x === undefined || y === undefined || Number.isNaN(x) || Number.isNaN(y)) return false;
    out[i * 2] = x;
    out[i * 2 + 1] = y;
    return true;
  });
  const offset = spread(out, placed) * NEWCOMER_OFFSET;
  const neighbours = adjacency(input);
  for (let progress = true; progress; ) {
    progress = false;
    // Each wave reads the previous one only, so the result does not depend on visiting order.
    const wave: [number, number, number][] = [];
    input.nodes.forEach((id, i) => {
      if (placed[i]) return;
      const anchors = neighbours[i]!.filter((j) => placed[j]);
      if (anchors.length === 0) return;
      const jitter = seedPosition(id, offset);
      const x = anchors.reduce((sum, j) => sum + out[j * 2]!, 0) / anchors.length + jitter.x;
      const y = anchors.reduce((sum, j) => sum + out[j * 2 + 1]!, 0) / anchors.length + jitter.y;
      wave.push([i, x, y]);
    });
    for (const [i, x, y] of wave) {
      out[i * 2] = x;
      out[i * 2 + 1] = y;
      placed[i] = true;
      progress = true;
    }
  }
  input.nodes.forEach((id, i) => {
    if (placed[i]) return;
    const position = seedPosition(id, fallbackScale);
    out[i * 2] = position.x;
    out[i * 2 + 1] = position.y;
  });
  return out;
}

/** A deterministic starting point in [-scale, scale]² for a node, derived from its id only. */
export function seedPosition(id: string, scale: number): { x: number; y: number } {
  const x = hashString(id) / 0xffffffff;
  const y = hashString(id, 0x9e3779b9) / 0xffffffff;
  return { x: (x * 2 - 1) * scale, y: (y * 2 - 1) * scale };
}
