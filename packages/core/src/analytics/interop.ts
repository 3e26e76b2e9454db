/**
 * The function a CommonJS package exports as `module.exports` but types as `export default`.
 * Under NodeNext TypeScript types the default import as the module object `{ default }`, while Node hands
 * over `module.exports` itself and bundlers may do either; this accepts both shapes.
 */
export function defaultExport<T>(imported: { default: T }): T {
  const candidate = imported as unknown as { default?: T };
  return candidate.default ?? (imported as unknown as T);
}
