/**
 * Edges that are easy to point at. Sigma finds the edge under the pointer by reading one pixel of its
 * picking framebuffer, where an edge is as thin as it is drawn (1–2 px): hovering or clicking one took
 * a steady hand. Here the renderer reads a small square around the pointer instead (one `readPixels`)
 * and takes the edge nearest to its centre, so an edge answers within `radius` CSS pixels.
 */

import { colorToIndex } from 'sigma/utils';
import type { EntenteSigma } from '../core/sigma';

/** The parts of sigma's renderer edge picking reads (private in its typings, stable in sigma 3.0). */
interface PickingInternals {
  getEdgeAtPoint(x: number, y: number): string | null;
  webGLContexts: { edges?: WebGLRenderingContext };
  frameBuffers: { edges?: WebGLFramebuffer | null };
  pixelRatio: number;
  pickingDownSizingRatio: number;
  itemIDsIndex: Record<number, { type: 'node' | 'edge'; id: string } | undefined>;
}

/**
 * The index of the painted pixel nearest the centre of a square block of RGBA pixels (`side` × `side`,
 * row by row), or null when none is painted. Exported for tests.
 */
export function nearestPainted(
  pixels: Uint8Array,
  side: number,
  centerX: number,
  centerY: number,
): number | null {
  let best: number | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let row = 0; row < side; row++) {
    for (let column = 0; column < side; column++) {
      const offset = (row * side + column) * 4;
      if (pixels[offset + 3] === 0) continue;
      const distance = (column - centerX) ** 2 + (row - centerY) ** 2;
      if (distance < bestDistance) {
        bestDistance = distance;
        best = colorToIndex(pixels[offset]!, pixels[offset + 1]!, pixels[offset + 2]!, pixels[offset + 3]!);
      }
    }
  }
  return best;
}

/** Give a renderer's edges a hit area of `radius` CSS pixels around their drawn line. */
export function installWideEdgePicking(sigma: EntenteSigma, radius = 6): void {
  const internals = sigma as unknown as PickingInternals;
  const exact = internals.getEdgeAtPoint.bind(sigma);
  internals.getEdgeAtPoint = (x: number, y: number): string | null => {
    const gl = internals.webGLContexts.edges;
    const frameBuffer = internals.frameBuffers.edges;
    if (!gl || frameBuffer === undefined) return exact(x, y);
    const ratio = internals.pickingDownSizingRatio;
    const reach = Math.max(1, Math.ceil((radius * internals.pixelRatio) / ratio));
    const centerX = Math.floor((x / ratio) * internals.pixelRatio);
    const centerY = Math.floor(gl.drawingBufferHeight / ratio - (y / ratio) * internals.pixelRatio);
    const side = 2 * reach + 1;
    const pixels = new Uint8Array(side * side * 4);
    gl.bindFramebuffer(gl.FRAMEBUFFER, frameBuffer); // as sigma's own getPixelColor does
    // Pixels outside the framebuffer read as zeros: nothing painted there.
    gl.readPixels(centerX - reach, centerY - reach, side, side, gl.RGBA, gl.UNSIGNED_BYTE, pixels);
    const index = nearestPainted(pixels, side, reach, reach);
    const item = index === null ? undefined : internals.itemIDsIndex[index];
    return item?.type === 'edge' ? item.id : null;
  };
}
