import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { withDatabase } from '../scripts/postgres-cluster.mjs';

/** Databases created by this test file, dropped by `dropDatabases`. */
const created: string[] = [];

/** A new, empty database on the test server; returns its URL. */
export async function freshDatabase(): Promise<string> {
  const name = `entente_test_${randomBytes(6).toString('hex')}`;
  await withClient((client) => client.query(`CREATE DATABASE ${name}`));
  created.push(name);
  return withDatabase(inject('postgresUrl'), name);
}

/** Drops the databases this file created (connections still open to them are ended first). */
export async function dropDatabases(): Promise<void> {
  const names = created.splice(0);
  await withClient(async (client) => {
    for (const name of names) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
}

/** Runs `work` on a connection to `url` (default: the server's maintenance database). */
export async function withClient<T>(
  work: (client: pg.Client) => Promise<T>,
  url: string = inject('postgresUrl'),
): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
