/** How the map is painted: node colours by actor kind or by Louvain community. */
import type { ColorMode } from '../graph/colors';
import { createStore } from './store';

export const colorModeStore = createStore<ColorMode>('kind');

export function toggleColorMode(): void {
  colorModeStore.set((mode) => (mode === 'kind' ? 'community' : 'kind'));
}
