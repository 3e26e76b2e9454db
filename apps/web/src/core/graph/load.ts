/** Where the map's graph comes from: the API, or a generated graph of `?bench=N` nodes for the render benchmark. */
import { useEffect } from 'react';
import { fetchGraph } from '../../api/queries';
import { installBenchHooks } from '../../perf/benchHooks';
import { recordTimings } from '../../perf/perf';
import { syntheticGraph } from '../../perf/synthetic';
import { useStore } from '../store';
import { type GraphState, graphStore, loadGraph } from '.';

/** `?bench=N` draws a generated graph of N nodes instead of asking the API (the render benchmark). */
export function benchOrder(search: string): number | null {
  const value = Number.parseInt(new URLSearchParams(search).get('bench') ?? '', 10);
  return Number.isFinite(value) && value > 0 ? Math.min(value, 200_000) : null;
}

export function reloadGraph(bench: number | null): Promise<void> {
  return loadGraph(bench ? async () => syntheticGraph(bench) : fetchGraph);
}

/** Load the graph once on mount and publish each load's timings for benchmarks and tests. */
export function useGraphLoading(bench: number | null): GraphState {
  const graphState = useStore(graphStore);
  useEffect(() => {
    if (bench !== null) installBenchHooks();
    void reloadGraph(bench);
  }, [bench]);
  useEffect(() => {
    if (graphState.status === 'ready') recordTimings(graphState.timings);
  }, [graphState]);
  return graphState;
}
