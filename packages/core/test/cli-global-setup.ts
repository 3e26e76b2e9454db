// Vitest global setup: the CLI tests spawn the real binary (bin/entente.mjs → dist/cli/main.js), so make
// sure dist exists and is newer than every source file; rebuild with tsc otherwise.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

function newestSourceTime(directory: string): number {
  let newest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceTime(path));
    else if (/\.(ts|json|ya?ml)$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

export default function setup(): void {
  const entry = join(packageRoot, 'dist', 'cli', 'main.js');
  const built = existsSync(entry) ? statSync(entry).mtimeMs : 0;
  if (built >= newestSourceTime(join(packageRoot, 'src'))) return;
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  try {
    execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: packageRoot, stdio: 'pipe' });
  } catch (error) {
    // tsc still emits on type errors; the CLI tests then say what is broken. Only a missing entry is fatal.
    if (!existsSync(entry)) throw error;
  }
}
