import { Repeater } from 'graphql-yoga';
import type { StoredFeed } from '../store/types.js';
import type { GraphChange } from './graph-service.js';

/** What subscribers hear about: the graph changed, or a feed was polled. */
export type LiveEvent = { type: 'graph'; change: GraphChange } | { type: 'feed'; feed: StoredFeed };

/**
 * Fans events out to every open subscription. Each subscriber gets its own queue (a Repeater); one that
 * reads slowly holds only its own backlog, capped so that a stalled client cannot grow the server's memory.
 */
export class LiveEvents {
  readonly #listeners = new Set<(event: LiveEvent) => void>();

  publish(event: LiveEvent): void {
    for (const listener of this.#listeners) listener(event);
  }

  get subscribers(): number {
    return this.#listeners.size;
  }

  /** Events from now on, until the subscriber stops reading (the SSE connection closes). */
  subscribe(): AsyncIterableIterator<LiveEvent> {
    return new Repeater<LiveEvent>(async (push, stop) => {
      let backlog = 0;
      const listener = (event: LiveEvent) => {
        if (backlog >= MAX_BACKLOG) {
          stop(new Error('The subscriber fell too far behind; subscribe again to catch up.'));
          return;
        }
        backlog += 1;
        void push(event).then(() => {
          backlog -= 1;
        });
      };
      this.#listeners.add(listener);
      await stop;
      this.#listeners.delete(listener);
    });
  }
}

const MAX_BACKLOG = 1000;
