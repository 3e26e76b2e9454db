/** The live sigma renderer, for the parts of the UI that act on the canvas (search fly-to, PNG export). */
import type Sigma from 'sigma';
import type { EdgeAttributes, NodeAttributes } from '../../sigma/build';
import { frameNodes } from '../../sigma/framing';
import { createStore } from '../store';

export type EntenteSigma = Sigma<NodeAttributes, EdgeAttributes>;

export const sigmaStore = createStore<EntenteSigma | null>(null);

/**
 * Camera zoom that frames a node and its visible neighbours, with a margin: in sigma's framed coordinates
 * the whole graph spans about [0, 1] at ratio 1.
 */
export function neighbourhoodRatio(
  center: { x: number; y: number },
  around: { x: number; y: number }[],
): number {
  let reach = 0;
  for (const point of around)
    reach = Math.max(reach, Math.abs(point.x - center.x), Math.abs(point.y - center.y));
  return Math.min(1, Math.max(0.12, reach * 2 * 1.3));
}

/**
 * Move the camera onto a node, zoomed so its neighbourhood fits on screen. Display data hold camera
 * (framed) coordinates only once sigma has processed the latest reducers, so travel after the next render.
 */
export function flyToNode(node: string, duration = 600): void {
  const sigma = sigmaStore.get();
  if (!sigma) return;
  sigma.once('afterRender', () => {
    const display = sigma.getNodeDisplayData(node);
    if (!display) return;
    const around = sigma
      .getGraph()
      .neighbors(node)
      .map((neighbour) => sigma.getNodeDisplayData(neighbour))
      .filter((data): data is NonNullable<typeof data> => data !== undefined && !data.hidden);
    const ratio = neighbourhoodRatio(display, around);
    void sigma.getCamera().animate({ x: display.x, y: display.y, ratio }, { duration });
  });
  sigma.scheduleRender();
}

/**
 * Move the camera so that every one of `nodes` on the map is in view (after the next render, once the
 * latest graph is drawn), e.g. the actors an article just added.
 */
export function frameCameraOn(nodes: Iterable<string>, duration = 600): void {
  const sigma = sigmaStore.get();
  if (!sigma) return;
  const wanted = [...nodes];
  sigma.once('afterRender', () => {
    const state = frameNodes(
      sigma,
      wanted.filter((node) => sigma.getGraph().hasNode(node)),
    );
    if (state) void sigma.getCamera().animate(state, { duration });
  });
  sigma.scheduleRender();
}

export function zoomBy(factor: number): void {
  const camera = sigmaStore.get()?.getCamera();
  if (!camera) return;
  if (factor > 1) void camera.animatedZoom({ factor, duration: 250 });
  else void camera.animatedUnzoom({ factor: 1 / factor, duration: 250 });
}

export function resetCamera(): void {
  void sigmaStore.get()?.getCamera().animatedReset({ duration: 400 });
}
