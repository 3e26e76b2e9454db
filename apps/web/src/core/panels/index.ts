/**
 * Which side tool is open besides the selection details: the relationship view, the ingest form, the
 * feeds, the lists (rankings, tables, path finder) or the documents.
 */
import { selectionStore } from '../selection';
import { createStore } from '../store';

export const TOOLS = ['relationship', 'ingest', 'feeds', 'lists', 'documents'] as const;
export type Tool = (typeof TOOLS)[number] | null;

export const LIST_TABS = [
  'alliances',
  'tensions',
  'central',
  'triads',
  'actors',
  'relations',
  'path',
] as const;
export type ListTab = (typeof LIST_TABS)[number];

export interface PanelState {
  tool: Tool;
  /** The two actors of the relationship view. */
  pairA: string | null;
  pairB: string | null;
  /** Whether the relationship view counts officials' relations for the state they represent. */
  rollup: boolean;
  /** The list shown by the lists tool. */
  listTab: ListTab;
  /** The document open in the documents tool (null: the list of documents). */
  documentId: string | null;
}

export const INITIAL_PANEL_STATE: PanelState = {
  tool: null,
  pairA: null,
  pairB: null,
  rollup: false,
  listTab: 'alliances',
  documentId: null,
};

export const panelStore = createStore<PanelState>(INITIAL_PANEL_STATE);

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
  setListTab(listTab: ListTab) {
    panelStore.set((p) => ({ ...p, listTab }));
  },
  openDocument(documentId: string | null) {
    panelStore.set((p) => ({ ...p, tool: 'documents', documentId }));
  },
  /** Open the relationship view on a pair (from a list row). */
  compare(pairA: string, pairB: string) {
    panelStore.set((p) => ({ ...p, tool: 'relationship', pairA, pairB }));
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
