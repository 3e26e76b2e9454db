/**
 * The function a CommonJS package exports as `module.exports` but types as `export default`.
 * Under NodeNext TypeScript types the default import as the module object `{ default }`, while Node hands
 * over `module.exports` itself and bundlers (the web app reads core's browser-safe code from source) type
 * and give the function; this accepts both shapes.
 */
export function defaultExport<T>(imported: { default: T }): T;
export function defaultExport<T>(imported: T): T;
export function defaultExport(imported: unknown): unknown {
  const candidate = imported as { default?: unknown };
  return candidate.default ?? imported;
}
