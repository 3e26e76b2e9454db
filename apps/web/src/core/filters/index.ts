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

/** A date range in order: `since` on or before `until`, swapped when given the other way round. */
export function orderedRange(
  since: string | null,
  until: string | null,
): { since: string | null; until: string | null; swapped: boolean } {
  if (since && until && since > until) return { since: until, until: since, swapped: true };
  return { since, until, swapped: false };
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
  /**
   * Set the date range. A range that ends before it starts would silently empty the map: its ends are
   * swapped instead, and the caller is told so it can say it. Returns whether they were swapped.
   */
  setDates(since: string | null, until: string | null): boolean {
    const range = orderedRange(since || null, until || null);
    filtersStore.set((f) => ({ ...f, since: range.since, until: range.until }));
    return range.swapped;
  },
  setMinWeight(minWeight: number) {
    const value = Number.isFinite(minWeight) ? Math.max(1, Math.floor(minWeight)) : 1;
    filtersStore.set((f) => ({ ...f, minWeight: value }));
  },
  setHideIsolated(hideIsolated: boolean) {
    filtersStore.set((f) => ({ ...f, hideIsolated }));
  },
  reset() {
    filtersStore.set(DEFAULT_FILTERS);
  },
};
