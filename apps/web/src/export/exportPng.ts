/**
 * PNG export: sigma draws in several stacked canvases (WebGL edges and nodes, 2D labels); composing them
 * onto one canvas, right after a synchronous render, captures exactly what is on screen.
 */
import type Sigma from 'sigma';

export function composeSigmaImage(sigma: Sigma, background = '#ffffff'): HTMLCanvasElement {
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

export function exportPng(sigma: Sigma, fileName = 'entente-graph.png'): Promise<void> {
  const canvas = composeSigmaImage(sigma);
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
