// @entente/core/layout: the graph layout, browser-safe (no Node built-ins), so the web map (in a worker)
// and the exports place actors with the same code.
export { computeLayout, iterationsFor, seededIterationsFor } from './force.js';
export { graphLayoutInput, layoutPositions } from './graph-layout.js';
export { type LayoutView, layoutInput, positionsOf } from './input.js';
export { seededStart, seedPosition } from './seed.js';
export type { LayoutInput, LayoutOutput, Positions } from './types.js';
