// docs/contracts.md lists what each module exports and what the API reads from its environment; these
// checks keep that page true: a list that differs from the code fails until the page is updated.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const contracts = readFileSync(`${repoRoot}docs/contracts.md`, 'utf8');

/** Each `<!-- KIND: where -->` marker with the backticked names on the line after it. */
function listsOf(kind: string): { where: string; names: string[] }[] {
  return [...contracts.matchAll(new RegExp(`<!-- ${kind}: (\\S+) -->\\n(.+)`, 'g'))].map((match) => ({
    where: match[1]!,
    names: [...match[2]!.matchAll(/`([^`]+)`/g)].map((name) => name[1]!),
  }));
}

const sorted = (names: Iterable<string>) => [...names].sort();

describe('docs/contracts.md', () => {
  const exportLists = listsOf('exports');

  it('lists the run-time exports of every module of @entente/core', { timeout: 120_000 }, async () => {
    expect(exportLists.map(({ where }) => where)).toEqual(
      expect.arrayContaining(['ontology/index', 'common/index', 'pipeline/index', 'node']),
    );
    for (const { where, names } of exportLists) {
      const path = new URL(`../src/${where}.ts`, import.meta.url).pathname;
      const module = (await import(/* @vite-ignore */ path)) as Record<string, unknown>;
      expect(sorted(names), where).toEqual(sorted(Object.keys(module)));
    }
  });

  it('covers every name @entente/core exports', { timeout: 120_000 }, async () => {
    const listed = new Set(exportLists.filter(({ where }) => where !== 'node').flatMap(({ names }) => names));
    const root = (await import('../src/index.js')) as Record<string, unknown>;
    expect(sorted(Object.keys(root).filter((name) => !listed.has(name)))).toEqual([]);
  });

  it('lists the environment variables the API reads, and only those', () => {
    for (const { where, names } of listsOf('env')) {
      const source = readFileSync(`${repoRoot}${where}`, 'utf8');
      const read = new Set(
        [...source.matchAll(/(?:env\.|FromEnv\(\s*')([A-Z][A-Z0-9_]+)/g)].map((m) => m[1]!),
      );
      expect(sorted(names), where).toEqual(sorted(read));
    }
  });
});
