// Reuse outside the monorepo: pack @entente/core as npm would publish it, install the tarball into a
// fresh app (its dependencies from the npm cache or registry, as any user gets them) and run the
// README's example program there. It can only use what the package exports, so the README stays true.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const readme = readFileSync(join(packageRoot, 'README.md'), 'utf8');
/** Installing from the registry is slow the first time on a busy machine; the npm cache makes it quick after. */
const INSTALL = { timeout: 300_000 };

/** The fenced block after `<!-- pack-test:NAME -->` in the README. */
function readmeBlock(name: string): string {
  const match = new RegExp(`<!-- pack-test:${name} -->\\n\`\`\`\\w*\\n([\\s\\S]*?)\`\`\``).exec(readme);
  if (!match?.[1]) throw new Error(`README.md has no block after <!-- pack-test:${name} -->`);
  return match[1];
}

const npm = (args: string[], cwd: string) =>
  execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

let app: string;
beforeAll(() => {
  app = mkdtempSync(join(tmpdir(), 'entente-reuse-'));
  // dist is built by the global setup; pack writes the tarball npm publish would upload.
  const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', app], packageRoot)) as {
    filename: string;
  }[];
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name: 'entente-reuse-check', private: true, type: 'module' }),
  );
  npm(
    [
      'install',
      join(app, packed!.filename),
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--no-package-lock',
    ],
    app,
  );
}, INSTALL.timeout);
afterAll(() => rmSync(app, { recursive: true, force: true }));

describe('the packed @entente/core in a fresh app', INSTALL, () => {
  it("runs the README's program: extracts, builds, analyses and exports a graph", () => {
    writeFileSync(join(app, 'example.mjs'), readmeBlock('program'));
    const output = execFileSync(process.execPath, ['example.mjs'], { cwd: app, encoding: 'utf8' });
    const lines = output.trim().split('\n');
    for (const line of readmeBlock('output').trim().split('\n')) expect(lines).toContain(line);
    // Removing the second article takes away what it added, and only that.
    const counts = lines
      .filter((line) => /^\d+ actors, \d+ relations/.test(line))
      .map((line) => line.split(' '));
    expect(counts).toHaveLength(2);
    expect(Number(counts[1]![0])).toBeLessThan(Number(counts[0]![0]));
  });

  it('exposes its subpaths and nothing else', () => {
    const probe = `
      const common = await import('@entente/core/common');
      const ontology = await import('@entente/core/ontology');
      const node = await import('@entente/core/node');
      let deep = 'exported';
      try { await import('@entente/core/dist/graph/builder.js'); } catch (error) { deep = error.code; }
      console.log(JSON.stringify({
        fold: common.foldText('Diyarbakır'),
        kinds: ontology.ACTOR_KINDS.length > 0,
        pool: typeof node.ExtractionPool,
        deep,
      }));`;
    writeFileSync(join(app, 'probe.mjs'), probe);
    const output = execFileSync(process.execPath, ['probe.mjs'], { cwd: app, encoding: 'utf8' });
    expect(JSON.parse(output)).toEqual({
      fold: 'diyarbakir',
      kinds: true,
      pool: 'function',
      deep: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
    });
  });
});
