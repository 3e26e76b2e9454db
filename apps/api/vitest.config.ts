import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Each file starts real servers with their own SQLite files; a generous timeout covers the seeding.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
