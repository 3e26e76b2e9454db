/**
 * What the narrow layouts fold away: on tablets the filters are a drawer, on phones the toolbar's tools
 * are a menu too. Wide screens show both all the time and ignore these flags. Not part of the URL: a
 * shared link opens on the map.
 */
import { createStore } from '../store';

export interface Drawers {
  /** The filters drawer (tablets) or bottom sheet (phones). */
  filters: boolean;
  /** The toolbar's menu (phones and tablets in portrait). */
  menu: boolean;
}

export const drawersStore = createStore<Drawers>({ filters: false, menu: false });

export const drawerActions = {
  toggleFilters() {
    drawersStore.set((d) => ({ filters: !d.filters, menu: false }));
  },
  toggleMenu() {
    drawersStore.set((d) => ({ filters: false, menu: !d.menu }));
  },
  closeAll() {
    drawersStore.set((d) => (d.filters || d.menu ? { filters: false, menu: false } : d));
  },
};

/**
 * Escape closes an open drawer or menu before anything else (panels listen too, and leave an event
 * already handled alone). Returns a function that stops listening.
 */
export function closeDrawersOnEscape(): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    const { filters, menu } = drawersStore.get();
    if (!filters && !menu) return;
    event.preventDefault();
    drawerActions.closeAll();
  };
  window.addEventListener('keydown', onKey, { capture: true });
  return () => window.removeEventListener('keydown', onKey, { capture: true });
}
