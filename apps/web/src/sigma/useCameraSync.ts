/**
 * Keeps the renderer's camera and `cameraStore` (the URL's `cam`) in step: a shared link or Back moves
 * the camera there; panning and zooming write the new place once the camera comes to rest.
 */
import { useEffect } from 'react';
import { type CameraView, cameraStore, HOME_CAMERA, isHomeCamera, sameCamera } from '../core/camera';
import type { EntenteSigma } from '../core/sigma';

/** How long the camera must rest before its place is written (a drag or a zoom is one step). */
const SETTLE_MS = 300;

function viewOf(state: { x: number; y: number; ratio: number }): CameraView {
  return { x: state.x, y: state.y, ratio: state.ratio };
}

export function useCameraSync(sigma: EntenteSigma | null): void {
  useEffect(() => {
    if (!sigma) return;
    const camera = sigma.getCamera();
    const wanted = cameraStore.get();
    if (wanted) camera.setState(wanted);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onUpdated = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const view = viewOf(camera.getState());
        if (!sameCamera(view, cameraStore.get())) cameraStore.set(isHomeCamera(view) ? null : view);
      }, SETTLE_MS);
    };
    camera.on('updated', onUpdated);
    const unsubscribe = cameraStore.subscribe(() => {
      const next = cameraStore.get();
      if (sameCamera(next, viewOf(camera.getState()))) return;
      void camera.animate(next ?? HOME_CAMERA, { duration: 400 });
    });
    return () => {
      clearTimeout(timer);
      camera.off('updated', onUpdated);
      unsubscribe();
    };
  }, [sigma]);
}
