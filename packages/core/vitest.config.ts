import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Builds dist when it is missing or older than src: the CLI tests spawn the real binary.
    globalSetup: ['test/cli-global-setup.ts'],
  },
});
