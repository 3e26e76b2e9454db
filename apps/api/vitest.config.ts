import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One throwaway PostgreSQL cluster for the run (unless DATABASE_URL names a server).
    globalSetup: ['test/postgres-setup.ts'],
    // Each file starts real servers with their own SQLite files; a generous timeout covers the seeding.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
