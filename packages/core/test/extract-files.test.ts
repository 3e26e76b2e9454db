// How many worker threads extractFiles starts (the threads themselves are tested through the CLI, from
// dist, in cli-build-jobs.test.ts).
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { workerCount } from '../src/pipeline/extract-files.js';

describe('workerCount', () => {
  it('takes an explicit number of jobs, at most one worker per file', () => {
    expect(workerCount(200, 2)).toBe(2);
    expect(workerCount(5, 8)).toBe(5);
    expect(workerCount(200, 1)).toBe(1);
  });

  it('by default stays in one thread for a few hundred files, and uses every core for many', () => {
    expect(workerCount(200)).toBeLessThanOrEqual(1);
    expect(workerCount(0)).toBeLessThanOrEqual(1);
    expect(workerCount(1_000_000)).toBe(availableParallelism());
  });
});
