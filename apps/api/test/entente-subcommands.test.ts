// The API package's commands are reached through the one `entente` command (core's external
// subcommands): from the repository root, as the README shows them.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const entente = join(root, 'packages', 'core', 'bin', 'entente.mjs');

describe('entente <store or network command> from the repository root', { timeout: 60_000 }, () => {
  it.each(['ingest', 'worker', 'ingest-url', 'follow'])(
    'finds `entente %s` and prints its usage',
    (command) => {
      const result = spawnSync(process.execPath, [entente, command, '--help'], {
        cwd: root,
        encoding: 'utf8',
      });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(new RegExp(`^usage: entente ${command}\\b`, 'i'));
    },
  );
});
