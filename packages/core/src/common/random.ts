/**
 * A small seeded pseudo-random generator (mulberry32): returns a function that yields floats in [0, 1),
 * the same sequence for the same seed on every platform. Louvain visits nodes in random order, and
 * seeding it makes communities identical from one run to the next; the benchmarks use it to generate
 * the same synthetic corpus every time.
 *
 * Not for anything security-related: 32 bits of state, trivially predictable.
 *
 * @param seed - Any number; only its low 32 bits (as an unsigned integer) are used.
 * @returns A generator: each call returns the next float in [0, 1).
 *
 * @example
 * const next = seededRandom(42);
 * const roll = Math.floor(next() * 6) + 1; // same roll on every run
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * FNV-1a, 32 bits: a fast, stable hash of a string, the same on every platform and every run (the web
 * app places each node at a starting point derived from its id, so layouts do not jump on reload).
 * A different `seed` gives an independent hash of the same text. Not for anything security-related.
 */
export function hashString(text: string, seed = 0x811c9dc5): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}
