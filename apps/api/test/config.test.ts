import { realpathSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer } from '../src/index.js';
import { resolveOptions } from '../src/options.js';
import { defaultWebDist } from '../src/paths.js';
import { dataOf, startTestServer, type TestServer } from './helpers.js';
import { tempDir } from './temp.js';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function ingest(server: TestServer, text: string) {
  const response = await server.gql<{ ingestArticle: { relations: { id: string }[] } }>(
    'mutation ($text: String!) { ingestArticle(input: { text: $text }) { ... on IngestSuccess { relations { id } } } }',
    { text },
  );
  return dataOf(response).ingestArticle;
}

describe('extra gazetteer (ENTENTE_GAZETTEER)', () => {
  it('recognises actors from a user gazetteer file', async () => {
    const file = join(dir, 'extra.json');
    writeFileSync(
      file,
      JSON.stringify({
        actors: [
          {
            id: 'freedonia',
            name: 'Freedonia',
            kind: 'state',
            demonyms: ['Freedonian'],
            metonyms: ['Fredville'],
          },
        ],
      }),
    );
    const server = await startTestServer({ dir: tempDir(), seedCorpus: null, gazetteerFile: file });
    try {
      const added = await ingest(server, 'Freedonia hosted Egypt for talks on the ceasefire.');
      expect(added.relations.map((relation) => relation.id)).toContain('freedonia|hosts|egypt');
      const { actor } = dataOf(
        await server.gql<{ actor: { name: string; kind: string } }>(
          '{ actor(id: "freedonia") { ... on Actor { name kind } } }',
        ),
      );
      expect(actor).toEqual({ name: 'Freedonia', kind: 'state' });
    } finally {
      await server.dispose();
    }
  });

  it('refuses to start on a malformed gazetteer file, naming it', async () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{ "actors": [ { "id": "x" ');
    await expect(
      startServer({
        port: 0,
        dbPath: join(dir, 'broken.db'),
        seedCorpus: null,
        webDist: null,
        quiet: true,
        gazetteerFile: file,
      }),
    ).rejects.toThrow(/broken\.json/);
  });
});

describe('paths between unconnected actors', () => {
  it('answers NotFoundError when no relation links them', async () => {
    const server = await startTestServer({ dir: tempDir(), seedCorpus: null });
    try {
      await ingest(server, 'Qatar hosted Jordan for talks in Doha.');
      await ingest(server, 'Pakistan hosted Indonesia for talks in Islamabad.');
      const { path } = dataOf(
        await server.gql<{ path: unknown }>(
          '{ path(from: "qatar", to: "pakistan") { __typename ... on NotFoundError { id code } } }',
        ),
      );
      expect(path).toEqual({ __typename: 'NotFoundError', id: 'qatar->pakistan', code: 'NOT_FOUND' });
      const { relationship } = dataOf(
        await server.gql<{ relationship: { label: string; score: number; relations: unknown[] } }>(
          '{ relationship(a: "qatar", b: "pakistan") { ... on Relationship { label score relations { id } } } }',
        ),
      );
      expect(relationship).toEqual({ label: 'none', score: 0, relations: [] });
    } finally {
      await server.dispose();
    }
  });
});

describe('web app location (ENTENTE_WEB_DIST)', () => {
  it('defaults to the dist/ of the installed @entente/web package', () => {
    const webPackage = fileURLToPath(new URL('../../web/package.json', import.meta.url));
    expect(defaultWebDist()).toBe(join(dirname(realpathSync(webPackage)), 'dist'));
    expect(resolveOptions({}).webDist).toBe(defaultWebDist());
  });

  it('takes a path, or null for no app', () => {
    expect(resolveOptions({ webDist: 'somewhere/dist' }).webDist).toBe(resolve('somewhere/dist'));
    expect(resolveOptions({ webDist: null }).webDist).toBeNull();
  });
});
