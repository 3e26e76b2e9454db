/** The most central actors on the map (betweenness, from the API's graph view); a row selects the actor. */
import { ACTOR_KIND_LABELS } from '@entente/core/ontology';
import { useMemo } from 'react';
import type { GraphViewData } from '../../api/types';
import type { VisibleSet } from '../../filters/filter';

const SHOWN = 25;

export function CentralList({
  view,
  visible,
  onSelectActor,
}: {
  view: GraphViewData;
  visible: VisibleSet;
  onSelectActor: (id: string) => void;
}) {
  const top = useMemo(
    () =>
      view.nodes
        .filter((node) => visible.nodes.has(node.id))
        .sort((a, b) => b.centrality - a.centrality || b.degree - a.degree || a.label.localeCompare(b.label))
        .slice(0, SHOWN),
    [view, visible],
  );
  if (top.length === 0) return <p className="muted">No actor on the map.</p>;
  return (
    <>
      <p className="muted small">
        Betweenness: how often an actor lies on the shortest paths between others.
      </p>
      <ol className="list-rows" data-testid="list-central">
        {top.map((node, index) => (
          <li key={node.id}>
            <button
              type="button"
              className="list-row"
              onClick={() => onSelectActor(node.id)}
              data-testid="list-row"
            >
              <span className="rank">{index + 1}</span>
              <span className="grow">
                {node.label}{' '}
                <span className="muted">
                  · {ACTOR_KIND_LABELS[node.kind]} · {node.degree} ties
                </span>
              </span>
              <span className="numeric">{node.centrality.toFixed(2)}</span>
            </button>
          </li>
        ))}
      </ol>
    </>
  );
}
