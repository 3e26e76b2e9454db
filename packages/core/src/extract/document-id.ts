/**
 * A stable id for a text: "doc-" + FNV-1a 64-bit hash of its UTF-8 bytes, as 16 hex digits.
 * Pure JavaScript (no node:crypto) so it runs the same in browsers and Node. The 64-bit arithmetic is
 * done on four 16-bit limbs in plain numbers: every product stays below 2^27, so it is exact, and ten
 * times quicker than BigInt per byte (hashing was an eighth of a worker's time on wire-length articles).
 * Ids are stored: the value must never change (tests hold it to a BigInt reference).
 */
export function documentId(text: string): string {
  // FNV offset basis 0xcbf29ce484222325, least significant limb first.
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (const byte of new TextEncoder().encode(text)) {
    h0 ^= byte;
    // × FNV prime 0x100000001b3 = 0x1b3 + 2^40: the 2^40 part moves each limb up two and a half places.
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    const t2 = h2 * 0x1b3 + (h0 << 8) + (t1 >>> 16);
    const t3 = h3 * 0x1b3 + (h1 << 8) + (t2 >>> 16);
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
    h3 = t3 & 0xffff;
  }
  return `doc-${hex4(h3)}${hex4(h2)}${hex4(h1)}${hex4(h0)}`;
}

function hex4(limb: number): string {
  return limb.toString(16).padStart(4, '0');
}
