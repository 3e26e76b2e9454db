import { hashString } from '@entente/core/common';

/** A deterministic starting point in [-scale, scale]² for a node, derived from its id only. */
export function seedPosition(id: string, scale: number): { x: number; y: number } {
  const x = hashString(id) / 0xffffffff;
  const y = hashString(id, 0x9e3779b9) / 0xffffffff;
  return { x: (x * 2 - 1) * scale, y: (y * 2 - 1) * scale };
}
