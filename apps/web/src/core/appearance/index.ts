/** How the map is painted: node colours by actor kind or by Louvain community. */

import { createStore } from '../store';
import type { ColorMode } from './colors';

export const colorModeStore = createStore<ColorMode>('kind');

export function toggleColorMode(): void {
  colorModeStore.set((mode) => (mode === 'kind' ? 'community' : 'kind'));
}
