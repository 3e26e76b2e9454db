// `entente foo` runs an installed `entente-foo` executable (git-style external subcommands).
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { findExternalCommand } from '../src/cli/external.js';

const bin = join(dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'entente.mjs');
const work = mkdtempSync(join(tmpdir(), 'entente-external-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A real executable script that echoes its arguments and exits with the code it is given. */
function installCommand(dir: string, name: string): void {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `entente-${name}`);
  writeFileSync(
    path,
    `#!/usr/bin/env node\nconsole.log('args:' + process.argv.slice(2).join(','));\nconsole.error('to stderr');\nprocess.exit(Number(process.argv[2] ?? 0));\n`,
  );
  chmodSync(path, 0o755);
}

describe('external subcommands', { timeout: 60_000 }, () => {
  it('runs entente-<name> from node_modules/.bin above the working directory, passing arguments and exit code', () => {
    const project = join(work, 'project');
    installCommand(join(project, 'node_modules', '.bin'), 'hello');
    const cwd = join(project, 'sub', 'dir');
    mkdirSync(cwd, { recursive: true });
    const result = spawnSync(process.execPath, [bin, 'hello', '3', 'x'], { cwd, encoding: 'utf8' });
    expect(result.stdout).toBe('args:3,x\n');
    expect(result.stderr).toBe('to stderr\n');
    expect(result.status).toBe(3);
  });

  it('finds one on PATH, and still reports an unknown command when none is installed', () => {
    const onPath = join(work, 'path-bin');
    installCommand(onPath, 'onpath');
    const env = { ...process.env, PATH: `${onPath}${delimiter}${process.env.PATH ?? ''}` };
    const found = spawnSync(process.execPath, [bin, 'onpath'], { cwd: work, env, encoding: 'utf8' });
    expect(found.status).toBe(0);
    expect(found.stdout).toBe('args:\n');
    const missing = spawnSync(process.execPath, [bin, 'nosuchthing'], { cwd: work, env, encoding: 'utf8' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/unknown command 'nosuchthing'/);
  });

  it('does not let a command name steer the lookup outside the search directories', () => {
    installCommand(join(work, 'node_modules', '.bin'), 'ok');
    expect(findExternalCommand('ok', work, '')).toBe(join(work, 'node_modules', '.bin', 'entente-ok'));
    expect(findExternalCommand('../ok', work, '')).toBeUndefined();
    expect(findExternalCommand('OK/..', work, '')).toBeUndefined();
  });
});
