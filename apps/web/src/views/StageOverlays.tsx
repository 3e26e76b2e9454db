/** What is written over the map: the counts line, and the empty, no-match, loading and error states. */
import type { GraphViewData } from '../api/types';
import { filterActions } from '../core/filters';
import type { GraphState } from '../core/graph';
import { panelActions } from '../core/panels';
import { describeCounts, type FilterState, isFiltered, type VisibleSet } from '../filters/filter';

export function GraphCounts({
  visible,
  view,
  refreshing,
}: {
  visible: VisibleSet;
  view: GraphViewData;
  refreshing: boolean;
}) {
  return (
    <p
      className="counts"
      role="status"
      data-testid="graph-counts"
      data-visible-nodes={visible.nodes.size}
      data-visible-edges={visible.edges.size}
      data-total-nodes={view.nodes.length}
      data-total-edges={view.edges.length}
    >
      {describeCounts(visible, view)}
      {refreshing ? ' · updating…' : ''}
    </p>
  );
}

/** An empty graph invites an article (not in the benchmark); filters that hide everything offer a reset. */
export function EmptyOverlay({
  visible,
  view,
  filters,
  canIngest,
}: {
  visible: VisibleSet;
  view: GraphViewData;
  filters: FilterState;
  canIngest: boolean;
}) {
  if (view.nodes.length === 0) {
    return (
      <div className="overlay">
        <p>The graph is empty.</p>
        {canIngest ? (
          <button type="button" className="button primary" onClick={() => panelActions.open('ingest')}>
            Add an article
          </button>
        ) : null}
      </div>
    );
  }
  if (visible.nodes.size > 0) return null;
  return (
    <div className="overlay">
      <p>No relation matches these filters.</p>
      {isFiltered(filters) ? (
        <button type="button" className="button primary" onClick={filterActions.reset}>
          Reset filters
        </button>
      ) : null}
    </div>
  );
}

export function LoadOverlay({ graphState, onRetry }: { graphState: GraphState; onRetry: () => void }) {
  if (graphState.status === 'loading') {
    return (
      <div className="overlay" role="status">
        <span className="spinner" aria-hidden="true" /> Loading the graph…
      </div>
    );
  }
  if (graphState.status === 'error') {
    return (
      <div className="overlay" role="alert">
        <p className="state-error">Could not load the graph: {graphState.message}</p>
        <button type="button" className="button primary" onClick={onRetry}>
          Retry
        </button>
      </div>
    );
  }
  return null;
}
