/** The network map. Everything about looks lives in graph/reducers; this wires stores to sigma. */
import { useEffect, useMemo, useRef } from 'react';
import type { EntenteSigmaGraph } from '../graph/build';
import type { VisibleSet } from '../graph/filter';
import { useSigma } from '../graph/useSigma';
import { colorModeStore } from '../state/appearance';
import { panelStore } from '../state/panels';
import { recordFirstRender } from '../state/perf';
import { hoverStore, selectionActions, selectionStore } from '../state/selection';
import { sigmaStore } from '../state/sigma';
import { useStore } from '../state/store';

export function SigmaCanvas({ graph, visible }: { graph: EntenteSigmaGraph; visible: VisibleSet }) {
  const container = useRef<HTMLDivElement>(null);
  const colorMode = useStore(colorModeStore);
  const selection = useStore(selectionStore);
  const hovered = useStore(hoverStore);
  const panel = useStore(panelStore);
  const pairA = panel.tool === 'relationship' ? panel.pairA : null;
  const pairB = panel.tool === 'relationship' ? panel.pairB : null;

  const highlight = useMemo(
    () => ({
      visible,
      colorMode,
      selectedNode: selection.node && graph.hasNode(selection.node) ? selection.node : null,
      selectedEdge: selection.edge && graph.hasEdge(selection.edge) ? selection.edge : null,
      hoveredNode: hovered && graph.hasNode(hovered) ? hovered : null,
      pair: pairA && pairB ? ([pairA, pairB] as [string, string]) : null,
    }),
    [visible, colorMode, selection, hovered, graph, pairA, pairB],
  );

  const sigma = useSigma(container, graph, highlight, {
    onHoverNode: (node) => hoverStore.set(node),
    onClickNode: (node) => selectionActions.selectNode(node),
    onClickEdge: (edge) => selectionActions.selectEdge(edge),
    onClickStage: () => selectionActions.clear(),
    onFirstRender: () => recordFirstRender(graph.order, graph.size),
  });

  useEffect(() => {
    sigmaStore.set(sigma);
    return () => sigmaStore.set(null);
  }, [sigma]);

  return (
    <div
      ref={container}
      className="sigma-container"
      role="img"
      aria-label={`Network of ${visible.nodes.size} actors and ${visible.edges.size} relations`}
      data-testid="sigma-container"
    />
  );
}
