/**
 * A thin React binding for sigma (what @react-sigma does, in one hook): one renderer per container,
 * graphs swapped in place, reducers swapped when the highlight state changes.
 */
import { type RefObject, useEffect, useRef, useState } from 'react';
import Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import type { EdgeAttributes, EntenteSigmaGraph, NodeAttributes } from './build';
import { installWideEdgePicking } from './edgePicking';
import { createLabelPlacement } from './labelPlacement';
import { programClasses } from './programs';
import { createReducers, type HighlightState } from './reducers';
import { isSoftwareWebGL } from './softwareWebGL';

/** Beyond this many edges, edges are hidden while the camera moves so panning stays fluid. */
export const HIDE_EDGES_ON_MOVE_ABOVE = 5_000;

/** Edge labels only once zoomed in: at full view they would be unreadable clutter. */
export const EDGE_LABEL_CAMERA_RATIO = 0.6;

export const SIGMA_SETTINGS: Partial<Settings<NodeAttributes, EdgeAttributes>> = {
  // A phone opening a shared link with a panel open can lay the map out at zero size for a moment:
  // sigma then waits for the ResizeObserver below instead of throwing ("Container has no width").
  allowInvalidContainer: true,
  enableEdgeEvents: true,
  renderEdgeLabels: false,
  zIndex: true,
  // Many candidates, since labelPlacement drops the ones that would overlap.
  labelRenderedSizeThreshold: 5,
  labelGridCellSize: 80,
  labelDensity: 1.5,
  labelFont: 'Inter, "Segoe UI", system-ui, sans-serif',
  labelSize: 13,
  labelWeight: '500',
  labelColor: { color: '#1f2933' },
  edgeLabelFont: 'Inter, "Segoe UI", system-ui, sans-serif',
  edgeLabelSize: 11,
  edgeLabelColor: { color: '#52606d' },
  minCameraRatio: 0.03,
  maxCameraRatio: 6,
  stagePadding: 40,
  defaultEdgeType: 'line',
};

export interface SigmaEvents {
  onHoverNode(node: string | null): void;
  /** The edge under the pointer (null when it leaves), with the pointer's place on the map. */
  onHoverEdge(edge: string | null, x: number, y: number): void;
  onClickNode(node: string): void;
  onClickEdge(edge: string): void;
  onClickStage(): void;
  /** Fired once after the first frame of each graph is drawn. */
  onFirstRender?(): void;
}

export function useSigma(
  container: RefObject<HTMLDivElement | null>,
  graph: EntenteSigmaGraph | null,
  highlight: HighlightState,
  events: SigmaEvents,
): Sigma<NodeAttributes, EdgeAttributes> | null {
  const [sigma, setSigma] = useState<Sigma<NodeAttributes, EdgeAttributes> | null>(null);
  const eventsRef = useRef(events);
  eventsRef.current = events;
  /** The graph and highlight the renderer's reducers were made for. */
  const reducersFor = useRef<{ graph: EntenteSigmaGraph; highlight: HighlightState } | null>(null);

  // One renderer for the lifetime of the container; graphs are swapped into it.
  useEffect(() => {
    const element = container.current;
    if (!element || !graph) return;
    if (sigma) return;
    // Everything sigma needs goes in at creation: each setting changed afterwards makes it process every
    // node and edge again, which on a big graph costs as much as the first frame itself.
    const labels = createLabelPlacement();
    const reducers = createReducers(graph, highlight);
    const renderer = new Sigma<NodeAttributes, EdgeAttributes>(graph, element, {
      ...SIGMA_SETTINGS,
      // Programs (circles, lines, arrows, curves for parallel edges) fit to the WebGL at hand.
      ...programClasses(isSoftwareWebGL()),
      hideEdgesOnMove: graph.size > HIDE_EDGES_ON_MOVE_ABOVE,
      defaultDrawNodeLabel: labels.drawNodeLabel,
      ...reducers,
    });
    reducersFor.current = { graph, highlight };
    renderer.on('enterNode', ({ node, event }) => {
      // While the map is dragged, nodes slide under the pointer: highlighting each would re-run the
      // reducers over the whole graph every few frames and make panning crawl on big graphs.
      if (event.original instanceof MouseEvent && event.original.buttons !== 0) return;
      element.style.cursor = 'pointer';
      eventsRef.current.onHoverNode(node);
    });
    renderer.on('leaveNode', () => {
      element.style.cursor = '';
      eventsRef.current.onHoverNode(null);
    });
    renderer.on('enterEdge', ({ edge, event }) => {
      // Edges slide under a dragging pointer too: no tooltip then (and no re-render per edge crossed).
      if (event.original instanceof MouseEvent && event.original.buttons !== 0) return;
      element.style.cursor = 'pointer';
      eventsRef.current.onHoverEdge(edge, event.x, event.y);
    });
    renderer.on('leaveEdge', ({ event }) => {
      element.style.cursor = '';
      eventsRef.current.onHoverEdge(null, event.x, event.y);
    });
    // Labels by priority without overlaps, and edges that answer a few pixels off their line.
    labels.attach(renderer);
    installWideEdgePicking(renderer);
    renderer.on('clickNode', ({ node }) => eventsRef.current.onClickNode(node));
    renderer.on('clickEdge', ({ edge }) => eventsRef.current.onClickEdge(edge));
    renderer.on('clickStage', () => eventsRef.current.onClickStage());
    const camera = renderer.getCamera();
    camera.on('updated', (state) => {
      const wanted = state.ratio < EDGE_LABEL_CAMERA_RATIO;
      if (renderer.getSetting('renderEdgeLabels') !== wanted) renderer.setSetting('renderEdgeLabels', wanted);
    });
    setSigma(renderer);
  }, [container, graph, sigma, highlight]);

  useEffect(() => () => sigma?.kill(), [sigma]);

  // Sigma only watches the window; side panels resize the container too.
  useEffect(() => {
    const element = container.current;
    if (!sigma || !element || typeof ResizeObserver === 'undefined') return;
    // resize() clears the canvases, so redraw right after.
    // The observer also reports the size the container has when observing starts: nothing to redraw then.
    let { width, height } = sigma.getDimensions();
    const observer = new ResizeObserver(() => {
      sigma.resize();
      const now = sigma.getDimensions();
      if (now.width === width && now.height === height) return;
      ({ width, height } = now);
      sigma.refresh();
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [sigma, container]);

  // Swap graphs in place, keeping the camera where the user left it.
  useEffect(() => {
    if (!sigma || !graph) return;
    if (sigma.getGraph() !== graph) sigma.setGraph(graph);
    const hideEdgesOnMove = graph.size > HIDE_EDGES_ON_MOVE_ABOVE;
    if (sigma.getSetting('hideEdgesOnMove') !== hideEdgesOnMove)
      sigma.setSetting('hideEdgesOnMove', hideEdgesOnMove);
    sigma.once('afterRender', () => eventsRef.current.onFirstRender?.());
    sigma.scheduleRender();
  }, [sigma, graph]);

  // Reducers carry filters, colours and highlights.
  useEffect(() => {
    if (!sigma || !graph) return;
    // The renderer was created with these reducers.
    if (reducersFor.current?.graph === graph && reducersFor.current.highlight === highlight) return;
    reducersFor.current = { graph, highlight };
    const { nodeReducer, edgeReducer } = createReducers(graph, highlight);
    sigma.setSettings({ nodeReducer, edgeReducer });
  }, [sigma, graph, highlight]);

  return sigma;
}
