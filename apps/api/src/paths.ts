import { fileURLToPath } from 'node:url';

// This module sits at the top of src/ (and of dist/ once built), so `..` is the package root either way.
/** Root of the @entente/api package. */
export const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Root of the monorepo, where `data/` and `apps/web/` live. */
export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** The built web app served at `/` by default. */
export const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** The demo corpus seeded into an empty store by default. */
export const DEFAULT_SEED_CORPUS = fileURLToPath(new URL('../../../data/corpus', import.meta.url));
