import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import type { CliIo } from './io.js';

/**
 * External subcommands, the way git and cargo do it: `entente foo …` runs an executable named
 * `entente-foo` when `foo` is not built in. Commands that need a database or the network (`entente ingest
 * --database`, `entente follow`) belong to packages that depend on core, so core finds them by name at run
 * time instead of importing them.
 */
export const EXTERNAL_PREFIX = 'entente-';

/** Where to look: every node_modules/.bin from `cwd` up to the root, then PATH. */
export function searchDirectories(cwd: string, path: string | undefined): string[] {
  const dirs: string[] = [];
  for (let dir = cwd; ; dir = dirname(dir)) {
    dirs.push(join(dir, 'node_modules', '.bin'));
    if (dirname(dir) === dir) break;
  }
  return [...dirs, ...(path ?? '').split(delimiter).filter(Boolean)];
}

/** The path of the executable for subcommand `name`, or undefined when none is installed. */
export function findExternalCommand(name: string, cwd: string, path: string | undefined): string | undefined {
  // A name is one word: no path separators or dots may steer the lookup elsewhere.
  if (!/^[a-z][a-z0-9-]*$/.test(name)) return undefined;
  for (const dir of searchDirectories(cwd, path)) {
    const candidate = join(dir, EXTERNAL_PREFIX + name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here; keep looking
    }
  }
  return undefined;
}

/**
 * Runs an external subcommand with the remaining arguments and returns its exit code. Its output goes to
 * the same streams as the built-in commands'; when those are the process's own, the child inherits them so
 * it can tell a terminal (progress bars) from a pipe.
 */
export function runExternalCommand(executable: string, argv: string[], io: CliIo): Promise<number> {
  const inherit = io.inheritsProcessStreams === true;
  return new Promise((resolve, reject) => {
    const child = spawn(executable, argv, { stdio: inherit ? 'inherit' : ['inherit', 'pipe', 'pipe'] });
    child.stdout?.on('data', (chunk: Buffer) => io.stdout(chunk.toString('utf8')));
    child.stderr?.on('data', (chunk: Buffer) => io.stderr(chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 + signalNumber(signal) : 1)));
  });
}

function signalNumber(signal: NodeJS.Signals): number {
  return signal === 'SIGINT' ? 2 : signal === 'SIGKILL' ? 9 : 15;
}
