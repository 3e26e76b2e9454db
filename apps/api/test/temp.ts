import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh directory under the system temp dir; the caller removes it. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'entente-api-test-'));
}
