/** FNV-1a, 32 bits: a fast, stable string hash (same value in every browser and on every reload). */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** A deterministic starting point in [-scale, scale]² for a node, derived from its id only. */
export function seedPosition(id: string, scale: number): { x: number; y: number } {
  const x = fnv1a(id) / 0xffffffff;
  const y = fnv1a(id, 0x9e3779b9) / 0xffffffff;
  return { x: (x * 2 - 1) * scale, y: (y * 2 - 1) * scale };
}
