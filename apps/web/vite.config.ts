import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const coreSource = (path: string) =>
  fileURLToPath(new URL(`../../packages/core/src/${path}`, import.meta.url));
const api = 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [react()],
  // The ontology, the common helpers and the filter are plain, browser-safe TypeScript: read them from source so the
  // The ontology, the common helpers and the layout are plain, browser-safe TypeScript: read them from source so the
  // app needs no core build.
  resolve: {
    alias: {
      '@entente/core/ontology': coreSource('ontology/index.ts'),
      '@entente/core/common': coreSource('common/index.ts'),
      '@entente/core/filter': coreSource('filter/index.ts'),
      '@entente/core/layout': coreSource('layout/index.ts'),
    },
  },
  worker: { format: 'es' },
  server: { proxy: { '/graphql': api, '/export': api } },
  build: { target: 'es2022', chunkSizeWarningLimit: 1200 },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['test/unit/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
