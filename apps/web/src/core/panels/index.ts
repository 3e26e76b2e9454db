/** Which side tool is open besides the selection details: the relationship view, the ingest form or the feeds. */
import { selectionStore } from '../selection';
import { createStore } from '../store';

export type Tool = 'relationship' | 'ingest' | 'feeds' | null;

export interface PanelState {
  tool: Tool;
  /** The two actors of the relationship view. */
  pairA: string | null;
  pairB: string | null;
  /** Whether the relationship view counts officials' relations for the state they represent. */
  rollup: boolean;
}

export const panelStore = createStore<PanelState>({ tool: null, pairA: null, pairB: null, rollup: false });

export const panelActions = {
  open(tool: Tool) {
    // The relationship view starts from the selected actor, kept as its own so that clicking the
    // map (which clears the selection) does not take it away.
    panelStore.set((p) => ({
      ...p,
      tool,
      pairA: tool === 'relationship' && !p.pairA ? selectionStore.get().node : p.pairA,
    }));
  },
  close() {
    panelStore.set((p) => ({ ...p, tool: null }));
  },
  setPair(pairA: string | null, pairB: string | null) {
    panelStore.set((p) => ({ ...p, pairA, pairB }));
  },
  setRollup(rollup: boolean) {
    panelStore.set((p) => ({ ...p, rollup }));
  },
};

/**
 * Picking something on the map brings its details forward, replacing an open tool — except a comparison
 * still waiting for an actor, which takes the one picked. Returns a function that stops following the
 * selection.
 */
export function closeToolOnSelection(): () => void {
  return selectionStore.subscribe(() => {
    const { node, edge } = selectionStore.get();
    if (!node && !edge) return;
    const { tool, pairA, pairB } = panelStore.get();
    if (tool === 'relationship' && node && !(pairA && pairB)) {
      if (!pairA) panelActions.setPair(node, pairB);
      else if (node !== pairA) panelActions.setPair(pairA, node);
      return;
    }
    panelActions.close();
  });
}
