/**
 * The right-hand panel: an open tool (relationship view, ingest form, lists, documents), else the
 * selected actor's or relation's details.
 */

import type { GraphViewData, IngestResultData } from '../api/types';
import type { PanelState } from '../core/panels';
import { panelActions } from '../core/panels';
import { type Selection, selectionActions } from '../core/selection';
import type { VisibleSet } from '../filters/filter';
import { ActorPanel } from './ActorPanel';
import { DocumentsView } from './DocumentsView';
import { EdgePanel } from './EdgePanel';
import { FeedsPanel } from './FeedsPanel';
import { IngestForm } from './IngestForm';
import { ListsView } from './ListsView';
import { RelationshipView } from './RelationshipView';

export function SidePanel({
  panel,
  selection,
  version,
  nameOf,
  onSelectActor,
  onIngested,
  view,
  visible,
}: {
  panel: PanelState;
  selection: Selection;
  /** The graph's version: panels refetch when it changes. */
  version: number;
  nameOf: (id: string) => string;
  onSelectActor: (id: string) => void;
  /** After an article was added (with the API's answer) or removed (without). */
  onIngested: (result?: IngestResultData) => void;
  /** The graph on screen and what the filters leave of it, for the tables. */
  view: GraphViewData | null;
  visible: VisibleSet | null;
}) {
  if (panel.tool === 'ingest') return <IngestForm onClose={panelActions.close} onIngested={onIngested} />;
  if (panel.tool === 'feeds') return <FeedsPanel onClose={panelActions.close} />;
  if (panel.tool === 'documents') {
    return (
      <DocumentsView
        documentId={panel.documentId}
        version={version}
        onSelectEdge={selectionActions.selectEdge}
        onRemoved={() => onIngested()}
        onClose={panelActions.close}
      />
    );
  }
  if (panel.tool === 'lists') {
    return (
      <ListsView
        tab={panel.listTab}
        view={view}
        visible={visible}
        version={version}
        onSelectActor={onSelectActor}
        onSelectEdge={selectionActions.selectEdge}
        onClose={panelActions.close}
      />
    );
  }
  if (panel.tool === 'relationship') {
    return (
      <RelationshipView
        pairA={panel.pairA ?? selection.node}
        pairB={panel.pairB}
        rollup={panel.rollup}
        onRollupChange={panelActions.setRollup}
        nameOf={nameOf}
        refreshToken={version}
        onChange={panelActions.setPair}
        onClose={panelActions.close}
        onSelectActor={onSelectActor}
      />
    );
  }
  if (selection.node) {
    return (
      <ActorPanel
        // A new actor is a new panel: the focus moves to its title again.
        key={selection.node}
        actorId={selection.node}
        refreshToken={version}
        onClose={selectionActions.clear}
        onSelectActor={onSelectActor}
        onCompare={(id) => {
          panelActions.setPair(id, null);
          panelActions.open('relationship');
        }}
      />
    );
  }
  if (selection.edge) {
    return (
      <EdgePanel
        key={selection.edge}
        edgeId={selection.edge}
        refreshToken={version}
        onClose={selectionActions.clear}
        onSelectActor={onSelectActor}
      />
    );
  }
  return null;
}

/** Whether `SidePanel` has anything to show, so the layout can make room for it. */
export function hasSidePanel(panel: PanelState, selection: Selection): boolean {
  return panel.tool !== null || selection.node !== null || selection.edge !== null;
}
