// Vitest global setup: one throwaway PostgreSQL cluster for the whole run (or the server DATABASE_URL
// names), shared by the test files, each of which works in databases of its own.
import type { TestProject } from 'vitest/node';
import { startCluster } from '../scripts/postgres-cluster.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A superuser URL of the server the PostgreSQL tests create their databases on. */
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (process.env.DATABASE_URL) {
    project.provide('postgresUrl', process.env.DATABASE_URL);
    return;
  }
  const cluster = await startCluster();
  project.provide('postgresUrl', cluster.url);
  return () => cluster.stop();
}
