/** Where the map's graph comes from: the API, or a generated graph of `?bench=N` nodes for the render benchmark. */
import { useEffect } from 'react';
import { fetchGraph } from '../../api/queries';
import type { IngestResultData } from '../../api/types';
import { installBenchHooks } from '../../perf/benchHooks';
import { recordTimings } from '../../perf/perf';
import { syntheticGraph } from '../../perf/synthetic';
import { recentActions } from '../live';
import { frameCameraOn } from '../sigma';
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

/**
 * After an article is added: reload the map in place, then highlight the relations it added (strongly)
 * and strengthened (lighter), as the API tells them apart, and bring their actors into view (new actors
 * can land anywhere on the map).
 */
export async function showIngested(bench: number | null, result?: IngestResultData): Promise<void> {
  await reloadGraph(bench);
  if (result?.__typename !== 'IngestSuccess') return;
  const added = result.added.map((relation) => relation.id);
  const strengthened = result.strengthened.map((relation) => relation.id);
  if (added.length + strengthened.length === 0) return;
  recentActions.add({ added, strengthened });
  const graph = graphStore.get();
  if (graph.status !== 'ready') return;
  const actors = new Set<string>();
  for (const id of [...added, ...strengthened]) {
    if (!graph.graph.hasEdge(id)) continue;
    actors.add(graph.graph.source(id));
    actors.add(graph.graph.target(id));
  }
  frameCameraOn(actors);
}
