/** Run an async fetch for a key and track loading / error / data; stale answers are dropped. */
import { useEffect, useState } from 'react';

export type QueryState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; data: T };

export function useQuery<T>(
  key: string | null,
  fetcher: (signal: AbortSignal) => Promise<T>,
  refreshToken: unknown = null,
): QueryState<T> {
  const [state, setState] = useState<QueryState<T>>({ status: key ? 'loading' : 'idle' });
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key identifies the fetcher; refreshToken refetches.
  useEffect(() => {
    if (!key) {
      setState({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    setState({ status: 'loading' });
    fetcher(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'ready', data });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => controller.abort();
  }, [key, refreshToken]);
  return state;
}
