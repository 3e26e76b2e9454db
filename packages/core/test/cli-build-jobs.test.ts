// `entente build --jobs N`: the real binary (built by test/cli-global-setup.ts) must write the same graph
// and fail with the same error on worker threads as in one thread.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultGazetteer, type Gazetteer } from '../src/gazetteer/index.js';
import type { Article } from '../src/ontology/documents.js';

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(packageRoot, 'bin', 'entente.mjs');
const corpus = join(packageRoot, '..', '..', 'data', 'corpus');
const work = mkdtempSync(join(tmpdir(), 'entente-jobs-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Builds spawn several workers each on a machine shared with other jobs: allow for it. */
const SPAWN = { timeout: 180_000 };
const GENERATED_FILES = 200;

interface CorpusGenerator {
  generateCorpus(gazetteer: Gazetteer, count: number): Article[];
  writeCorpus(dir: string, articles: Article[]): void;
}

function entente(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Builds the inputs into `name`, returning the graph file's bytes and what the command printed. */
function build(name: string, inputs: string[], ...options: string[]) {
  const out = join(work, name);
  const result = entente('build', ...inputs, '--out', out, ...options);
  expect(result.stderr).toMatch(/^entente: \d+ actors, \d+ relations from \d+ documents/);
  expect(result.status).toBe(0);
  return { graph: readFileSync(out, 'utf8'), stderr: result.stderr.replace(out, 'OUT') };
}

let generated: string;
let generator: CorpusGenerator;
beforeAll(async () => {
  // The bench's generator (plain JS, run on dist) writes the corpus the same way for both.
  const url = pathToFileURL(join(packageRoot, 'bench', 'corpus-generator.mjs')).href;
  generator = (await import(url)) as CorpusGenerator;
  generated = join(work, 'generated');
  mkdirSync(generated);
  generator.writeCorpus(generated, generator.generateCorpus(defaultGazetteer(), GENERATED_FILES));
});

describe('entente build --jobs', SPAWN, () => {
  it('writes the same graph, byte for byte, on 2 workers as in one thread (demo corpus, JSON and GEXF)', () => {
    for (const format of ['json', 'gexf']) {
      const serial = build(`demo-1.${format}`, [corpus], '--jobs', '1');
      const parallel = build(`demo-2.${format}`, [corpus], '-j', '2');
      expect(parallel.graph).toBe(serial.graph);
      expect(parallel.stderr).toBe(serial.stderr);
    }
  });

  it(`writes the same graph on 2 workers, and by default, as in one thread (${GENERATED_FILES} generated files)`, () => {
    const serial = build('generated-1.json', [generated], '--jobs', '1');
    expect(serial.stderr).toContain(`from ${GENERATED_FILES} documents`);
    expect(build('generated-2.json', [generated], '--jobs', '2').graph).toBe(serial.graph);
    expect(build('generated-auto.json', [generated]).graph).toBe(serial.graph);
  });

  it('gives each worker the user gazetteer', () => {
    const gazetteer = join(work, 'extra.json');
    writeFileSync(
      gazetteer,
      JSON.stringify({ actors: [{ id: 'freedonia', name: 'Freedonia', kind: 'state' }] }),
    );
    const dir = join(work, 'freedonia');
    mkdirSync(dir);
    for (const day of ['Monday', 'Tuesday', 'Wednesday'])
      writeFileSync(join(dir, `${day}.txt`), `Turkey hosted Freedonia in Ankara on ${day} for talks.\n`);
    const serial = build('freedonia-1.json', [dir], '--gazetteer', gazetteer, '--jobs', '1');
    expect(serial.graph).toContain('"key":"freedonia"');
    expect(build('freedonia-3.json', [dir], '--gazetteer', gazetteer, '--jobs', '3').graph).toBe(
      serial.graph,
    );
  });

  it('stops on a bad file among good ones with the error and exit code of the serial build', () => {
    const dir = join(work, 'with-bad-files');
    mkdirSync(dir);
    const articles = generator.generateCorpus(defaultGazetteer(), 60);
    generator.writeCorpus(dir, articles);
    // Two bad files: the one earlier in input order is the one both must name.
    writeFileSync(join(dir, `${articles[17]!.id}.txt`), new Uint8Array([0x54, 0x75, 0xe9, 0xe8, 0x2e]));
    writeFileSync(join(dir, `${articles[45]!.id}.txt`), '');
    const serial = entente('build', dir, '--out', join(work, 'bad-1.json'), '--jobs', '1');
    expect(serial.status).toBe(1);
    expect(serial.stderr).toMatch(new RegExp(`^entente: [^\\n]*${articles[17]!.id}\\.txt: [^\\n]*UTF-8`));
    for (const jobs of ['2', '4']) {
      const parallel = entente('build', dir, '--out', join(work, 'bad-2.json'), '--jobs', jobs);
      expect(parallel).toEqual(serial);
    }
  });

  it('rejects a --jobs that is not a positive integer (exit 2)', () => {
    for (const jobs of ['0', '-1', '1.5', 'many']) {
      const result = entente('build', corpus, `--jobs=${jobs}`);
      expect(result.status).toBe(2);
      expect(result.stderr).toBe(
        `entente: --jobs ${jobs}: expected a positive integer (see \`entente build --help\`)\n`,
      );
    }
  });
});
