/**
 * Benchmark-only hooks (installed with ?bench=N): let the render benchmark pan the camera and count the
 * frames sigma draws, which measures the renderer itself rather than the browser's input pipeline.
 */
import { type EntenteSigma, sigmaStore } from '../core/sigma';

export interface PanResult {
  frames: number;
  fps: number;
  worstFrameMs: number;
}

declare global {
  interface Window {
    __ententeBench?: {
      panCamera(durationMs: number): Promise<PanResult>;
      /** The live renderer, for experiments on its settings from a benchmark or profiling script. */
      sigma(): EntenteSigma | null;
    };
  }
}

/** Sweep the camera in a circle for `durationMs`, one camera move per animation frame. */
export function panCamera(durationMs: number): Promise<PanResult> {
  const sigma = sigmaStore.get();
  if (!sigma) return Promise.reject(new Error('The map is not drawn yet.'));
  const camera = sigma.getCamera();
  const origin = camera.getState();
  let frames = 0;
  let worst = 0;
  let last = performance.now();
  const onRender = () => {
    const now = performance.now();
    frames += 1;
    worst = Math.max(worst, now - last);
    last = now;
  };
  sigma.on('afterRender', onRender);
  const started = performance.now();
  return new Promise((resolve) => {
    const step = (now: number) => {
      const elapsed = now - started;
      if (elapsed >= durationMs) {
        sigma.off('afterRender', onRender);
        camera.setState(origin);
        resolve({ frames, fps: (frames * 1000) / elapsed, worstFrameMs: worst });
        return;
      }
      const angle = (elapsed / 1000) * Math.PI;
      camera.setState({ x: origin.x + Math.cos(angle) * 0.2, y: origin.y + Math.sin(angle) * 0.2 });
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
}

export function installBenchHooks(): void {
  window.__ententeBench = { panCamera, sigma: () => sigmaStore.get() };
}
