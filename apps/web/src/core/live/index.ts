/**
 * What changed while the map was open: the relations added or strengthened since the user last looked
 * (drawn highlighted, the new ones more strongly), the pairs of actors the user watches, and the alerts raised when a watched pair's
 * label changes (engaged → hostile).
 */
import type { RelationshipLabel } from '../../api/types';
import { plural } from '../../components/format';
import { createStore } from '../store';

export interface RecentState {
  /** Relation ids (source|type|target) new to the graph since the user last cleared them: drawn strongly. */
  added: ReadonlySet<string>;
  /** Relation ids that gained a source since then without being new: drawn lighter. */
  strengthened: ReadonlySet<string>;
  /** Whether the live stream is open. */
  connected: boolean;
}

/** Relations reported at once, told apart by what the report did to them (the API says which). */
export interface ReportedRelations {
  added: readonly string[];
  strengthened: readonly string[];
}

export const recentStore = createStore<RecentState>({
  added: new Set(),
  strengthened: new Set(),
  connected: false,
});

export const recentActions = {
  /** Adds reported relations; one already new since the user last looked stays new when strengthened. */
  add(reported: ReportedRelations) {
    if (reported.added.length === 0 && reported.strengthened.length === 0) return;
    recentStore.set((state) => {
      const added = new Set([...state.added, ...reported.added]);
      const strengthened = new Set(
        [...state.strengthened, ...reported.strengthened].filter((id) => !added.has(id)),
      );
      return { ...state, added, strengthened };
    });
  },
  clear() {
    recentStore.set((state) => ({ ...state, added: new Set(), strengthened: new Set() }));
  },
  setConnected(connected: boolean) {
    recentStore.set((state) => (state.connected === connected ? state : { ...state, connected }));
  },
};

/** "3 new relations, 2 strengthened", "1 new relation", "2 relations strengthened". */
export function describeReported(added: number, strengthened: number): string {
  if (added === 0) return `${plural(strengthened, 'relation')} strengthened`;
  const fresh = plural(added, 'new relation');
  return strengthened === 0 ? fresh : `${fresh}, ${strengthened} strengthened`;
}

export interface WatchedPair {
  a: string;
  b: string;
  aName: string;
  bName: string;
  /** The label when last seen. */
  label: RelationshipLabel;
}

export interface WatchAlert {
  pair: WatchedPair;
  from: RelationshipLabel;
  to: RelationshipLabel;
  at: string;
}

const WATCHLIST_KEY = 'entente.watchlist';

function readWatchlist(): WatchedPair[] {
  try {
    const stored = JSON.parse(localStorage.getItem(WATCHLIST_KEY) ?? '[]') as unknown;
    return Array.isArray(stored) ? (stored as WatchedPair[]) : [];
  } catch {
    return [];
  }
}

function writeWatchlist(pairs: WatchedPair[]): void {
  try {
    localStorage.setItem(WATCHLIST_KEY, JSON.stringify(pairs));
  } catch {
    // Storage can be disabled (private mode): the watchlist then lasts as long as the tab.
  }
}

export const watchlistStore = createStore<WatchedPair[]>(readWatchlist());
export const alertsStore = createStore<WatchAlert[]>([]);

/** The same pair whichever way round it was picked. */
export function samePair(pair: { a: string; b: string }, a: string, b: string): boolean {
  return (pair.a === a && pair.b === b) || (pair.a === b && pair.b === a);
}

export const watchActions = {
  watch(pair: WatchedPair) {
    const next = [...watchlistStore.get().filter((p) => !samePair(p, pair.a, pair.b)), pair];
    watchlistStore.set(next);
    writeWatchlist(next);
  },
  unwatch(a: string, b: string) {
    const next = watchlistStore.get().filter((p) => !samePair(p, a, b));
    watchlistStore.set(next);
    writeWatchlist(next);
  },
  /** Records a watched pair's label now; raises an alert when it differs from the one last seen. */
  observe(a: string, b: string, label: RelationshipLabel) {
    const pair = watchlistStore.get().find((p) => samePair(p, a, b));
    if (!pair || pair.label === label) return;
    alertsStore.set((alerts) => [
      ...alerts,
      { pair, from: pair.label, to: label, at: new Date().toISOString() },
    ]);
    watchActions.watch({ ...pair, label });
  },
  dismiss(index: number) {
    alertsStore.set((alerts) => alerts.filter((_, i) => i !== index));
  },
};

/** A relation id is source|type|target. */
export function relationEnds(id: string): [string, string] {
  const parts = id.split('|');
  return [parts[0] ?? '', parts.at(-1) ?? ''];
}
