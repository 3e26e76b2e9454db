const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;

/**
 * A stable id for a text: "doc-" + FNV-1a 64-bit hash of its UTF-8 bytes, as 16 hex digits.
 * Pure JavaScript (no node:crypto) so it runs the same in browsers and Node.
 */
export function documentId(text: string): string {
  let hash = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * FNV_PRIME) & MASK_64;
  }
  return `doc-${hash.toString(16).padStart(16, '0')}`;
}
