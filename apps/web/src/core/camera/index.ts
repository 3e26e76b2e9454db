/**
 * Where the map's camera is (sigma's framed coordinates: the whole graph spans about [0, 1] at ratio 1),
 * kept in the URL as `cam=x,y,ratio` so a shared link or Back shows the same part of the map.
 */
import { createStore } from '../store';

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

/** What sigma shows with no camera in the URL: the whole graph. */
export const HOME_CAMERA: CameraView = { x: 0.5, y: 0.5, ratio: 1 };

/** The same bounds as the renderer's minCameraRatio / maxCameraRatio. */
const MIN_RATIO = 0.03;
const MAX_RATIO = 6;

/**
 * The camera the URL asks for (null: the whole graph). The map writes here as the user pans and
 * zooms; the URL sync writes here on Back/Forward and the map then moves.
 */
export const cameraStore = createStore<CameraView | null>(null);

/** Four decimals: a tenth of a pixel on a 1,000-pixel map, and short links. */
function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

export function isHomeCamera(view: CameraView): boolean {
  return (
    Math.abs(view.x - HOME_CAMERA.x) < 5e-4 &&
    Math.abs(view.y - HOME_CAMERA.y) < 5e-4 &&
    Math.abs(view.ratio - HOME_CAMERA.ratio) < 5e-4
  );
}

/** `x,y,ratio`, or null for the whole graph (left out of links). */
export function serializeCamera(view: CameraView | null): string | null {
  if (!view || isHomeCamera(view)) return null;
  return `${round(view.x)},${round(view.y)},${round(view.ratio)}`;
}

/** Read `x,y,ratio`; anything malformed is the whole graph rather than an error. */
export function parseCamera(value: string | null): CameraView | null {
  if (!value) return null;
  const parts = value.split(',').map(Number);
  if (parts.length !== 3 || parts.some((part) => !Number.isFinite(part))) return null;
  const [x, y, ratio] = parts as [number, number, number];
  if (ratio <= 0) return null;
  if (Math.abs(x) > 100 || Math.abs(y) > 100) return null;
  const view = { x, y, ratio: Math.min(MAX_RATIO, Math.max(MIN_RATIO, ratio)) };
  return isHomeCamera(view) ? null : view;
}

/** Two views the eye cannot tell apart (so following one with the other is not a move). */
export function sameCamera(a: CameraView | null, b: CameraView | null): boolean {
  return serializeCamera(a) === serializeCamera(b);
}
