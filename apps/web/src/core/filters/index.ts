/** Filter state: which relation types, polarities, actor kinds, dates and source counts are shown. */
import type { ActorKind, Polarity, RelationType } from '@entente/core/ontology';
import { DEFAULT_FILTERS, type FilterState } from '../../filters/filter';
import { createStore } from '../store';

export const filtersStore = createStore<FilterState>(DEFAULT_FILTERS);

/** Add the value when absent, remove it when present; keeps the canonical order of `all`. */
export function toggleIn<T>(list: readonly T[], value: T, all: readonly T[]): T[] {
  const set = new Set(list);
  if (set.has(value)) set.delete(value);
  else set.add(value);
  return all.filter((item) => set.has(item));
}

export const filterActions = {
  toggleType(type: RelationType, all: readonly RelationType[]) {
    filtersStore.set((f) => ({ ...f, types: toggleIn(f.types, type, all) }));
  },
  togglePolarity(polarity: Polarity, all: readonly Polarity[]) {
    filtersStore.set((f) => ({ ...f, polarities: toggleIn(f.polarities, polarity, all) }));
  },
  toggleKind(kind: ActorKind, all: readonly ActorKind[]) {
    filtersStore.set((f) => ({ ...f, kinds: toggleIn(f.kinds, kind, all) }));
  },
  setTypes(types: RelationType[]) {
    filtersStore.set((f) => ({ ...f, types }));
  },
  setDates(since: string | null, until: string | null) {
    filtersStore.set((f) => ({ ...f, since: since || null, until: until || null }));
  },
  setMinSources(minSources: number) {
    const value = Number.isFinite(minSources) ? Math.max(1, Math.floor(minSources)) : 1;
    filtersStore.set((f) => ({ ...f, minSources: value }));
  },
  setHideIsolated(hideIsolated: boolean) {
    filtersStore.set((f) => ({ ...f, hideIsolated }));
  },
  reset() {
    filtersStore.set(DEFAULT_FILTERS);
  },
};
