// Spawns the real `entente` binary (built by test/cli-global-setup.ts) on good and bad input.
import { spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(packageRoot, 'bin', 'entente.mjs');
const corpus = join(packageRoot, '..', '..', 'data', 'corpus');
const gold = join(packageRoot, '..', '..', 'data', 'gold', 'gold.jsonl');
const corpusSize = readdirSync(corpus).filter((name) => name.endsWith('.txt')).length;
const work = mkdtempSync(join(tmpdir(), 'entente-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Each test spawns the binary several times; a busy machine needs more than the default 5 s. */
const SPAWN = { timeout: 120_000 };

function entente(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: string | Uint8Array): string {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
}

/** A failure the way users must see it: one line on stderr, no stack trace, the given exit code. */
function expectOneLineError(result: ReturnType<typeof entente>, status: number, pattern: RegExp) {
  expect(result.status).toBe(status);
  expect(result.stderr).toMatch(/^entente: [^\n]+\n$/);
  expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  expect(result.stderr).toMatch(pattern);
}

describe('usage errors (exit 2)', SPAWN, () => {
  it('rejects no arguments, an unknown command and an unknown top-level flag', () => {
    expectOneLineError(entente(), 2, /missing command; commands: extract, build, stats, eval/);
    expectOneLineError(entente('frobnicate'), 2, /unknown command 'frobnicate'/);
    expectOneLineError(entente('--frobnicate'), 2, /unknown option '--frobnicate'/);
  });

  it('rejects unknown flags and missing arguments of each command', () => {
    expectOneLineError(
      entente('extract', '--bogus', 'x.txt'),
      2,
      /unknown option '--bogus'.*entente extract --help/,
    );
    expectOneLineError(entente('extract'), 2, /no input/);
    expectOneLineError(entente('build', corpus, '--out'), 2, /--out/);
    expectOneLineError(
      entente('build', corpus, '--out', join(work, 'graph.txt')),
      2,
      /must end in \.json or \.gexf/,
    );
    expectOneLineError(entente('stats'), 2, /exactly one GRAPH\.json/);
    expectOneLineError(entente('stats', 'g.json', '--top', 'many'), 2, /--top many/);
    expectOneLineError(entente('eval', corpus), 2, /missing --gold/);
  });
});

describe('input errors (exit 1)', SPAWN, () => {
  it('names a missing file', () => {
    const missing = join(work, 'missing.txt');
    expectOneLineError(
      entente('extract', missing),
      1,
      new RegExp(`^entente: ${missing}: no such file or directory\\n$`),
    );
  });

  it('rejects a directory without .txt files', () => {
    const empty = join(work, 'no-texts');
    mkdirSync(empty, { recursive: true });
    writeFileSync(join(empty, 'notes.md'), 'not an article');
    expectOneLineError(entente('build', empty, '--out', join(work, 'g.json')), 1, /no-texts: no \.txt files/);
  });

  it('rejects an empty file, a binary file and invalid UTF-8', () => {
    expectOneLineError(entente('extract', file('empty.txt', '')), 1, /empty\.txt: .*empty/i);
    expectOneLineError(entente('extract', file('blank.txt', '  \n\n ')), 1, /blank\.txt: .*empty/i);
    const binary = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0x00, 0x00, 0x3e, 0x00]);
    expectOneLineError(entente('extract', file('program.txt', binary)), 1, /program\.txt: .*binary/i);
    const latin1 = new Uint8Array([
      ...Buffer.from('Turkey hosted '),
      0xe9,
      0xe8,
      ...Buffer.from(' officials.'),
    ]);
    expectOneLineError(entente('extract', file('latin1.txt', latin1)), 1, /latin1\.txt: .*UTF-8/i);
  });

  it('refuses a 50 MB file before reading it', () => {
    const huge = join(work, 'huge.txt');
    writeFileSync(huge, '');
    truncateSync(huge, 50 * 1024 * 1024);
    expectOneLineError(entente('extract', huge), 1, /huge\.txt: .*(too (large|long|big)|limit)/i);
  });

  it('names a missing or malformed gazetteer, gold or graph file', () => {
    const text = file('article.txt', 'Turkey hosted a Hamas delegation in Ankara on Monday.\n');
    expectOneLineError(
      entente('extract', '--gazetteer', join(work, 'nope.yaml'), text),
      1,
      /nope\.yaml: no such file/,
    );
    expectOneLineError(
      entente('extract', '--gazetteer', file('bad.json', '{"actors": 3}'), text),
      1,
      /bad\.json: /,
    );
    expectOneLineError(
      entente('eval', '--gold', file('gold.jsonl', 'not json\n'), corpus),
      1,
      /gold\.jsonl: line 1/,
    );
    expectOneLineError(entente('stats', file('notgraph.json', '{oops')), 1, /notgraph\.json: not valid JSON/);
    expectOneLineError(
      entente('stats', file('other.json', '{"a": 1}')),
      1,
      /other\.json: not an Entente graph/,
    );
  });
});

describe('help and version', SPAWN, () => {
  it('prints top-level help and each command help on stdout', () => {
    const top = entente('--help');
    expect(top.status).toBe(0);
    expect(top.stdout).toMatch(/^Usage: entente <command>/);
    for (const command of ['extract', 'build', 'stats', 'eval']) {
      expect(top.stdout).toContain(`  ${command} `);
      const help = entente(command, '--help');
      expect(help.status).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^Usage: entente ${command} `));
      expect(help.stderr).toBe('');
    }
  });

  it('prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(entente('--version')).toMatchObject({ status: 0, stdout: `${version}\n` });
  });
});

describe('on the demo corpus', SPAWN, () => {
  it('extract prints one JSON relation a line with actors named and evidence flattened', () => {
    const result = entente('extract', join(corpus, '000_ca3ca53938cc68a5.txt'));
    expect(result.status).toBe(0);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) {
      expect(Object.keys(line)).toEqual([
        'source',
        'target',
        'type',
        'polarity',
        'doc',
        'sentence',
        'start',
        'end',
        'quote',
        'date',
        'confidence',
      ]);
      expect(Object.keys(line.source)).toEqual(['id', 'name', 'kind']);
      expect(line.doc).toBe('000_ca3ca53938cc68a5');
    }
    expect(
      lines.some(
        (line) => line.source.id === 'hakan-fidan' && line.type === 'meets' && line.target.id === 'hamas',
      ),
    ).toBe(true);
  });

  it('build writes JSON and GEXF, and stats summarises the JSON', () => {
    const json = join(work, 'graph.json');
    const built = entente('build', corpus, '--out', json);
    expect(built.status).toBe(0);
    expect(built.stderr).toMatch(new RegExp(`actors, \\d+ relations from ${corpusSize} documents`));
    const data = JSON.parse(readFileSync(json, 'utf8'));
    expect(data.options).toMatchObject({ type: 'directed', multi: true });
    expect(data.nodes.some((node: { key: string }) => node.key === 'turkey')).toBe(true);

    const gexf = join(work, 'graph.gexf');
    expect(entente('build', corpus, '--out', gexf).status).toBe(0);
    expect(readFileSync(gexf, 'utf8')).toMatch(/^<\?xml[^>]*\?>\s*<gexf version="1\.3"/);

    const stats = entente('stats', json, '--top', '5');
    expect(stats.status).toBe(0);
    for (const heading of [
      'Actors by kind',
      'Relations by type',
      'Relations by kind of tie',
      'Top tensions',
      'Top alliances',
      'Most central actors',
    ]) {
      expect(stats.stdout).toContain(heading);
    }
    expect(stats.stdout).toMatch(
      new RegExp(`^\\d+ actors, \\d+ relations, \\d+ pieces of evidence, ${corpusSize} documents`),
    );
  });

  it('eval prints the report and exits 0', () => {
    const result = entente('eval', '--gold', gold, corpus);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/f1/i);
    expect(result.stdout).toContain('False negatives');
    expect(result.stdout).not.toContain('Forbidden triples');
  });

  it('eval lists forbidden triples when given negatives', () => {
    const negatives = join(dirname(gold), 'negatives.jsonl');
    const result = entente('eval', '--gold', gold, '--negatives', negatives, corpus);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Forbidden triples extracted \(\d+\)/);
  });

  it('uses a user gazetteer', () => {
    const gazetteer = file(
      'extra.json',
      JSON.stringify({
        actors: [{ id: 'freedonia', name: 'Freedonia', kind: 'state', demonyms: ['Freedonian'] }],
      }),
    );
    const article = file(
      'freedonia.txt',
      'Turkey hosted Freedonia in Ankara on Monday for talks on the ceasefire.\n',
    );
    const result = entente('extract', '--gazetteer', gazetteer, article);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('"id":"freedonia"');
  });
});
