import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// This module sits at the top of src/ (and of dist/ once built), so `..` is the package root either way.
/** Root of the @entente/api package. */
export const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Root of the monorepo, where `data/` and `apps/web/` live. */
export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * The built web app served at `/` by default: the `dist/` of the installed @entente/web package (the
 * workspace links it at the root, since the web app's tests depend on this package and not the
 * reverse), or null when none is installed.
 */
export function defaultWebDist(): string | null {
  try {
    return join(dirname(createRequire(import.meta.url).resolve('@entente/web/package.json')), 'dist');
  } catch {
    return null;
  }
}

/** The demo corpus seeded into an empty store by default. */
export const DEFAULT_SEED_CORPUS = fileURLToPath(new URL('../../../data/corpus', import.meta.url));
