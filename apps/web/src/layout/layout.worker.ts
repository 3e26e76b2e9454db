/// <reference lib="webworker" />
/** Runs the layout off the main thread so the page stays responsive on big graphs. */
import { computeLayout, type LayoutInput } from '@entente/core/layout';

self.onmessage = (event: MessageEvent<LayoutInput>) => {
  const positions = computeLayout(event.data);
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(positions, [positions.buffer]);
};
