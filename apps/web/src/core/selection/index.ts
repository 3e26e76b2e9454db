/** What the user picked (a node or an edge, never both) and what the pointer is over. */
import { createStore } from '../store';

export interface Selection {
  node: string | null;
  edge: string | null;
}

export const selectionStore = createStore<Selection>({ node: null, edge: null });

/** Hover changes at pointer speed and is not shareable, so it lives apart from the selection. */
export const hoverStore = createStore<string | null>(null);

/** The edge under the pointer and where the pointer is over the map (pixels), for its tooltip. */
export interface EdgeHover {
  edge: string;
  x: number;
  y: number;
}

export const edgeHoverStore = createStore<EdgeHover | null>(null);

export const selectionActions = {
  selectNode(node: string | null) {
    selectionStore.set({ node, edge: null });
  },
  selectEdge(edge: string | null) {
    selectionStore.set({ node: null, edge });
  },
  clear() {
    selectionStore.set({ node: null, edge: null });
  },
};
