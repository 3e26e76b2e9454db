import { readFileSync } from 'node:fs';

/** The schema SDL, read from the file shipped next to this module (the build copies it into dist/). */
export function loadTypeDefs(): string {
  return readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8');
}
