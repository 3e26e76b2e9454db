/** The network map. Everything about looks lives in graph/reducers; this wires stores to sigma. */
import { useEffect, useMemo, useRef } from 'react';
import { colorModeStore } from '../core/appearance';
import { recentStore } from '../core/live';
import { panelStore } from '../core/panels';
import { edgeHoverStore, hoverStore, selectionActions, selectionStore } from '../core/selection';
import { sigmaStore } from '../core/sigma';
import { useStore } from '../core/store';
import type { VisibleSet } from '../filters/filter';
import { recordFirstRender } from '../perf/perf';
import type { EntenteSigmaGraph } from '../sigma/build';
import { useCameraSync } from '../sigma/useCameraSync';
import { useSigma } from '../sigma/useSigma';

export function SigmaCanvas({ graph, visible }: { graph: EntenteSigmaGraph; visible: VisibleSet }) {
  const container = useRef<HTMLDivElement>(null);
  const colorMode = useStore(colorModeStore);
  const selection = useStore(selectionStore);
  const hovered = useStore(hoverStore);
  const panel = useStore(panelStore);
  const { added, strengthened } = useStore(recentStore);
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
      recent: { added, strengthened },
    }),
    [visible, colorMode, selection, hovered, graph, pairA, pairB, added, strengthened],
  );

  const sigma = useSigma(container, graph, highlight, {
    onHoverNode: (node) => hoverStore.set(node),
    onHoverEdge: (edge, x, y) => edgeHoverStore.set(edge ? { edge, x, y } : null),
    onClickNode: (node) => selectionActions.selectNode(node),
    onClickEdge: (edge) => selectionActions.selectEdge(edge),
    onClickStage: () => selectionActions.clear(),
    onFirstRender: () => recordFirstRender(graph.order, graph.size),
  });

  useCameraSync(sigma);

  useEffect(() => {
    sigmaStore.set(sigma);
    return () => sigmaStore.set(null);
  }, [sigma]);

  return (
    <div
      ref={container}
      id="map"
      // Focusable, so a skip link and a closed panel can hand the focus to the map.
      tabIndex={-1}
      className="sigma-container"
      role="img"
      aria-label={`Network of ${visible.nodes.size} actors and ${visible.edges.size} relations`}
      aria-describedby="map-summary"
      data-testid="sigma-container"
    />
  );
}
