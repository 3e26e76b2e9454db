/** The shapes a layout takes and gives: plain arrays, cheap to post to a web worker. */

/** What the layout needs: node ids and edges as index pairs (cheap to post to a worker). */
export interface LayoutInput {
  nodes: string[];
  sources: Uint32Array;
  targets: Uint32Array;
  weights: Float32Array;
  /**
   * Positions from a previous layout to continue from, interleaved x, y per node (NaN for nodes it
   * did not have). Without them the layout starts from scratch.
   */
  seeds?: Float32Array;
}

/** Interleaved x, y per node, in the order of `LayoutInput.nodes`. */
export type LayoutOutput = Float32Array;

/** Where each node sits, by id. */
export type Positions = Map<string, { x: number; y: number }>;
