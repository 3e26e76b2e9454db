/**
 * A camera that frames a set of nodes with room for their discs and labels, for an export that must
 * cut no node, or for bringing newly added actors into view.
 */

import type { CameraState } from 'sigma/types';
import type { EntenteSigma } from '../core/sigma';

export interface FramingOptions {
  /** Free space kept around the nodes, in pixels. */
  margin?: number;
  /** Room kept right of the rightmost nodes for their labels, in pixels. */
  labelRoom?: number;
}

/**
 * The bounding box of `points` (framed coordinates), centred in a viewport of `width` × `height`
 * pixels where one framed unit spans `pixelsPerUnit` pixels at ratio 1. Exported for tests.
 */
export function framingState(
  points: readonly { x: number; y: number }[],
  viewport: { width: number; height: number },
  pixelsPerUnit: number,
  { margin = 40, labelRoom = 120 }: FramingOptions = {},
): Pick<CameraState, 'x' | 'y' | 'ratio'> | null {
  if (points.length === 0 || pixelsPerUnit <= 0) return null;
  let minX = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const { x, y } of points) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  const usableWidth = Math.max(1, viewport.width - 2 * margin - labelRoom);
  const usableHeight = Math.max(1, viewport.height - 2 * margin);
  const ratio = Math.max(
    ((maxX - minX) * pixelsPerUnit) / usableWidth,
    ((maxY - minY) * pixelsPerUnit) / usableHeight,
    0.05,
  );
  // Shift the centre right by half the label room, so that room ends up right of the nodes.
  const shift = (labelRoom / 2) * (ratio / pixelsPerUnit);
  return { x: (minX + maxX) / 2 + shift, y: (minY + maxY) / 2, ratio };
}

/** The camera state framing `nodes` (those sigma does not hide) in the renderer's current viewport. */
export function frameNodes(
  sigma: EntenteSigma,
  nodes: Iterable<string>,
  options?: FramingOptions,
): CameraState | null {
  const points: { x: number; y: number }[] = [];
  let biggest = 0;
  for (const node of nodes) {
    const data = sigma.getNodeDisplayData(node);
    if (!data || data.hidden) continue;
    points.push(data);
    biggest = Math.max(biggest, data.size);
  }
  const home = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
  const origin = sigma.framedGraphToViewport({ x: 0, y: 0 }, { cameraState: home });
  const unit = sigma.framedGraphToViewport({ x: 1, y: 0 }, { cameraState: home });
  const pixelsPerUnit = Math.hypot(unit.x - origin.x, unit.y - origin.y);
  const margin = (options?.margin ?? 24) + biggest;
  const state = framingState(points, sigma.getDimensions(), pixelsPerUnit, { ...options, margin });
  return state ? { ...state, angle: 0 } : null;
}
