import { SourceError } from './errors.js';

/**
 * Spaces requests to the same host: at most one every `minIntervalMs`, however many feeds and articles
 * of that outlet are due. Callers await `acquire(host)` before each request.
 */
export class HostRateLimiter {
  readonly #minIntervalMs: number;
  readonly #next = new Map<string, number>();
  readonly #now: () => number;

  constructor(minIntervalMs = 1000, now: () => number = Date.now) {
    this.#minIntervalMs = minIntervalMs;
    this.#now = now;
  }

  /** Resolves when a request to the URL's host may start, and books that slot. */
  async acquire(url: string): Promise<void> {
    const host = hostOf(url);
    const now = this.#now();
    const slot = Math.max(now, this.#next.get(host) ?? 0);
    this.#next.set(host, slot + this.#minIntervalMs);
    if (slot > now) await new Promise((resolve) => setTimeout(resolve, slot - now));
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return url;
  }
}

export interface PollSchedule {
  /** Between polls of a healthy feed. */
  intervalMs: number;
  /** Ceiling of the backoff after repeated failures. */
  maxBackoffMs: number;
}

export const DEFAULT_SCHEDULE: PollSchedule = { intervalMs: 15 * 60_000, maxBackoffMs: 6 * 3600_000 };

/**
 * When to poll a feed next: after the interval when it answered; after a doubling backoff when it has
 * failed `failures` times in a row (and never sooner than a Retry-After the server sent).
 */
export function nextPollDelay(
  failures: number,
  error: unknown,
  schedule: PollSchedule = DEFAULT_SCHEDULE,
): number {
  if (failures <= 0) return schedule.intervalMs;
  const backoff = Math.min(schedule.intervalMs * 2 ** failures, schedule.maxBackoffMs);
  const retryAfter =
    error instanceof SourceError && error.retryAfter !== undefined ? error.retryAfter * 1000 : 0;
  return Math.max(backoff, Math.min(retryAfter, schedule.maxBackoffMs));
}
