/**
 * PNG export: the map framed to every visible actor (none cut at the edge, whatever the camera shows),
 * with a title, the filter caption, the legend and the source credit around it (imageFrame.ts).
 *
 * Sigma draws in several stacked canvases (WebGL edges and nodes, 2D labels); they are composed onto
 * one canvas right after a synchronous render, with the camera moved to the framing and put back in
 * the same task, so the screen never shows the detour.
 */
import type { EntenteSigma } from '../core/sigma';
import { frameNodes } from '../sigma/framing';
import { frameImage, type ImageFrame } from './imageFrame';

export function composeSigmaImage(sigma: EntenteSigma, background = '#ffffff'): HTMLCanvasElement {
  // A WebGL canvas keeps its pixels only until the browser composites the frame: render and copy now.
  sigma.refresh();
  const layers = [...sigma.getContainer().querySelectorAll('canvas')].filter(
    (canvas) => !canvas.classList.contains('sigma-mouse'),
  );
  const first = layers[0];
  const out = document.createElement('canvas');
  out.width = first?.width ?? 1;
  out.height = first?.height ?? 1;
  const context = out.getContext('2d');
  if (!context) throw new Error('This browser cannot draw an image of the graph.');
  context.fillStyle = background;
  context.fillRect(0, 0, out.width, out.height);
  for (const layer of layers) context.drawImage(layer, 0, 0, out.width, out.height);
  return out;
}

/** The map as the renderer draws it with the camera framing every visible node. */
export function composeFramedMap(sigma: EntenteSigma): HTMLCanvasElement {
  const camera = sigma.getCamera();
  const saved = camera.getState();
  const framing = frameNodes(sigma, sigma.getGraph().nodes());
  if (framing) camera.setState(framing);
  try {
    return composeSigmaImage(sigma);
  } finally {
    camera.setState(saved);
    sigma.refresh();
  }
}

/** Offer a file to the user (the usual object-URL + temporary link dance). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function exportPng(
  sigma: EntenteSigma,
  frame: ImageFrame,
  fileName = 'entente-graph.png',
): Promise<void> {
  const map = composeFramedMap(sigma);
  const { canvas } = frameImage(map, frame, map.width / Math.max(1, sigma.getDimensions().width));
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (!blob) {
        reject(new Error('The image could not be encoded.'));
        return;
      }
      downloadBlob(blob, fileName);
      resolve();
    }, 'image/png');
  });
}
