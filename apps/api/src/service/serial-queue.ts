/**
 * Runs tasks one after another, in the order they were queued. Writes go through one queue so that
 * concurrent mutations never interleave their read-check-write steps (today every step is synchronous,
 * but the guarantee must not depend on that staying true).
 */
export class SerialQueue {
  #tail: Promise<unknown> = Promise.resolve();

  /** Queues `task`; the returned promise settles with its result once every earlier task has settled. */
  run<T>(task: () => T | Promise<T>): Promise<T> {
    const result = this.#tail.then(task);
    // A failed task must not block the ones behind it.
    this.#tail = result.catch(() => undefined);
    return result;
  }

  /** Resolves once every task queued so far has settled. */
  idle(): Promise<void> {
    return this.#tail.then(() => undefined);
  }
}
