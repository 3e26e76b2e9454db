import { readFileSync } from 'node:fs';

/**
 * The package version, read from package.json. The same relative path holds from `src/cli` (tests) and
 * from `dist/cli` (the installed binary).
 */
export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version?: string;
  };
  return manifest.version ?? '0.0.0';
}
