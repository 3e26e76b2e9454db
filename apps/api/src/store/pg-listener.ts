import pg from 'pg';

/** Waits between reconnection attempts: doubling from the first to the last, then staying there. */
const RETRY_MS = { first: 250, last: 5_000 };

/**
 * Listens on a PostgreSQL notification channel over a connection of its own (LISTEN needs a session,
 * which a pool does not keep), reconnecting when the connection drops. `onNotify` runs for every
 * notification and once after every (re)connection, since notifications sent while disconnected are lost:
 * the listener reads what it missed from a log, not from the notifications. Resolves once listening.
 */
export async function followChannel(
  url: string,
  channel: string,
  onNotify: () => void,
  onError: (error: Error) => void,
): Promise<() => Promise<void>> {
  let client: pg.Client | undefined;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  let delay = RETRY_MS.first;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url, application_name: 'entente-follower' });
    next.on('notification', () => onNotify());
    // Either event means the session, and the LISTEN with it, is gone.
    const lost = (error?: Error) => {
      if (client !== next) return;
      client = undefined;
      next.end().catch(() => {});
      if (stopped) return;
      onError(error ?? new Error('the notification connection closed'));
      schedule();
    };
    next.on('error', lost);
    next.on('end', () => lost());
    try {
      await next.connect();
      await next.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    } catch (error) {
      next.end().catch(() => {});
      throw error;
    }
    client = next;
    delay = RETRY_MS.first;
    if (stopped) {
      await next.end();
      return;
    }
    onNotify();
  };

  const schedule = () => {
    retry = setTimeout(() => {
      connect().catch((error: unknown) => {
        if (stopped) return;
        onError(error instanceof Error ? error : new Error(String(error)));
        delay = Math.min(delay * 2, RETRY_MS.last);
        schedule();
      });
    }, delay);
  };

  await connect();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    const current = client;
    client = undefined;
    await current?.end().catch(() => {});
  };
}
