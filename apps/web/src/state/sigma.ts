/** The live sigma renderer, for the parts of the UI that act on the canvas (search fly-to, PNG export). */
import type Sigma from 'sigma';
import type { EdgeAttributes, NodeAttributes } from '../graph/build';
import { createStore } from './store';

export type EntenteSigma = Sigma<NodeAttributes, EdgeAttributes>;

export const sigmaStore = createStore<EntenteSigma | null>(null);

/**
 * Move the camera onto a node, zoomed in enough to read its neighbourhood. Display data hold camera
 * (framed) coordinates only once sigma has processed the latest reducers, so travel after the next render.
 */
export function flyToNode(node: string, duration = 600): void {
  const sigma = sigmaStore.get();
  if (!sigma) return;
  sigma.once('afterRender', () => {
    const display = sigma.getNodeDisplayData(node);
    if (display) void sigma.getCamera().animate({ x: display.x, y: display.y, ratio: 0.4 }, { duration });
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
