/** The main screen: filters on the left, the map in the middle, details and tools on the right. */
import { ACTOR_KINDS } from '@entente/core/ontology';
import { useCallback, useEffect, useMemo } from 'react';
import { ActorPanel } from '../components/ActorPanel';
import { EdgePanel } from '../components/EdgePanel';
import { FilterPanel } from '../components/FilterPanel';
import { IngestForm } from '../components/IngestForm';
import { Legend } from '../components/Legend';
import { RelationshipView } from '../components/RelationshipView';
import { SigmaCanvas } from '../components/SigmaCanvas';
import { Toolbar } from '../components/Toolbar';
import { useQuery } from '../components/useQuery';
import { applyFilters, describeCounts, isFiltered } from '../graph/filter';
import { fetchDatedEdges, fetchGraph } from '../graph/queries';
import { syntheticGraph } from '../graph/synthetic';
import type { ActorRef } from '../graph/types';
import { colorModeStore } from '../state/appearance';
import { installBenchHooks } from '../state/benchHooks';
import { filterActions, filtersStore } from '../state/filters';
import { graphStore, loadGraph } from '../state/graphData';
import { panelActions, panelStore } from '../state/panels';
import { recordTimings } from '../state/perf';
import { selectionActions, selectionStore } from '../state/selection';
import { flyToNode } from '../state/sigma';
import { useStore } from '../state/store';

/** `?bench=N` draws a generated graph of N nodes instead of asking the API (the render benchmark). */
export function benchOrder(search: string): number | null {
  const value = Number.parseInt(new URLSearchParams(search).get('bench') ?? '', 10);
  return Number.isFinite(value) && value > 0 ? Math.min(value, 200_000) : null;
}

function reload(bench: number | null): Promise<void> {
  return loadGraph(bench ? async () => syntheticGraph(bench) : fetchGraph);
}

export function MainView({ bench }: { bench: number | null }) {
  const graphState = useStore(graphStore);
  const filters = useStore(filtersStore);
  const colorMode = useStore(colorModeStore);
  const selection = useStore(selectionStore);
  const panel = useStore(panelStore);

  useEffect(() => {
    if (bench !== null) installBenchHooks();
    void reload(bench);
  }, [bench]);

  useEffect(() => {
    if (graphState.status === 'ready') recordTimings(graphState.timings);
  }, [graphState]);

  // Picking something on the map brings its details forward, replacing an open tool.
  useEffect(
    () =>
      selectionStore.subscribe(() => {
        const { node, edge } = selectionStore.get();
        if (node || edge) panelActions.close();
      }),
    [],
  );

  const ready = graphState.status === 'ready' ? graphState : null;
  // A date range is read by the API (as its GEXF export does); asked again when the graph changes.
  const datesKey = filters.since || filters.until ? `${filters.since ?? ''}..${filters.until ?? ''}` : null;
  const dated = useQuery(
    ready ? datesKey : null,
    (signal) => fetchDatedEdges(filters.since, filters.until, signal),
    ready?.version,
  );
  const datedEdges = dated.status === 'ready' ? dated.data : null;
  const visible = useMemo(
    () => (ready ? applyFilters(ready.view, filters, datedEdges) : null),
    [ready?.view, filters, ready, datedEdges],
  );
  const nameOf = useCallback(
    (id: string) => (ready?.graph.hasNode(id) ? ready.graph.getNodeAttribute(id, 'label') : id),
    [ready],
  );
  const kinds = useMemo(
    () => ACTOR_KINDS.filter((kind) => ready?.view.nodes.some((node) => node.kind === kind)),
    [ready?.view],
  );
  // Largest communities on screen first: the legend explains what the eye sees.
  const communities = useMemo(() => {
    if (!ready || !visible) return [];
    const sizes = new Map<number, number>();
    for (const node of ready.view.nodes) {
      if (node.community === null || !visible.nodes.has(node.id)) continue;
      sizes.set(node.community, (sizes.get(node.community) ?? 0) + 1);
    }
    return [...sizes].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([id, size]) => ({ id, size }));
  }, [ready, visible]);
  const selectActor = useCallback((id: string) => {
    selectionActions.selectNode(id);
    flyToNode(id);
  }, []);
  const onChooseActor = useCallback((actor: ActorRef) => selectActor(actor.id), [selectActor]);
  const version = ready?.version ?? 0;

  let side: React.ReactNode = null;
  if (panel.tool === 'ingest') {
    side = <IngestForm onClose={panelActions.close} onIngested={() => void reload(bench)} />;
  } else if (panel.tool === 'relationship') {
    side = (
      <RelationshipView
        pairA={panel.pairA ?? selection.node}
        pairB={panel.pairB}
        rollup={panel.rollup}
        onRollupChange={panelActions.setRollup}
        nameOf={nameOf}
        refreshToken={version}
        onChange={panelActions.setPair}
        onClose={panelActions.close}
        onSelectActor={selectActor}
      />
    );
  } else if (selection.node) {
    side = (
      <ActorPanel
        actorId={selection.node}
        refreshToken={version}
        onClose={selectionActions.clear}
        onSelectActor={selectActor}
        onCompare={(id) => {
          panelActions.setPair(id, null);
          panelActions.open('relationship');
        }}
      />
    );
  } else if (selection.edge) {
    side = (
      <EdgePanel
        edgeId={selection.edge}
        refreshToken={version}
        onClose={selectionActions.clear}
        onSelectActor={selectActor}
      />
    );
  }

  return (
    <div className={`app${side ? ' with-side' : ''}`}>
      <Toolbar
        colorMode={colorMode}
        tool={panel.tool}
        filters={filters}
        onChooseActor={onChooseActor}
        offline={bench !== null}
      />
      <aside className="sidebar" aria-label="Filters">
        <h2 className="sidebar-title">Filters</h2>
        <FilterPanel filters={filters} />
      </aside>
      <main className="stage">
        {ready && visible ? (
          <>
            <SigmaCanvas graph={ready.graph} visible={visible} />
            <Legend colorMode={colorMode} kinds={kinds} communities={communities} />
            <p
              className="counts"
              role="status"
              data-testid="graph-counts"
              data-visible-nodes={visible.nodes.size}
              data-visible-edges={visible.edges.size}
              data-total-nodes={ready.view.nodes.length}
              data-total-edges={ready.view.edges.length}
            >
              {describeCounts(visible, ready.view)}
              {ready.refreshing ? ' · updating…' : ''}
            </p>
            {ready.view.nodes.length === 0 ? (
              <div className="overlay">
                <p>The graph is empty.</p>
                {bench === null ? (
                  <button
                    type="button"
                    className="button primary"
                    onClick={() => panelActions.open('ingest')}
                  >
                    Add an article
                  </button>
                ) : null}
              </div>
            ) : visible.nodes.size === 0 ? (
              <div className="overlay">
                <p>No relation matches these filters.</p>
                {isFiltered(filters) ? (
                  <button type="button" className="button primary" onClick={filterActions.reset}>
                    Reset filters
                  </button>
                ) : null}
              </div>
            ) : null}
          </>
        ) : null}
        {graphState.status === 'loading' ? (
          <div className="overlay" role="status">
            <span className="spinner" aria-hidden="true" /> Loading the graph…
          </div>
        ) : null}
        {graphState.status === 'error' ? (
          <div className="overlay" role="alert">
            <p className="state-error">Could not load the graph: {graphState.message}</p>
            <button type="button" className="button primary" onClick={() => void reload(bench)}>
              Retry
            </button>
          </div>
        ) : null}
      </main>
      {side ? <aside className="side">{side}</aside> : null}
    </div>
  );
}
