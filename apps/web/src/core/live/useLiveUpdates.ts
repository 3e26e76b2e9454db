/**
 * Keeps the open map current: listens to the API's relation changes (a feed, or another user, adding
 * articles), reloads the graph once a burst of changes has settled, highlights the relations reported
 * (new ones apart from strengthened ones, as the API tells them),
 * and checks the watched pairs the changes touched.
 */
import { useEffect } from 'react';
import { fetchRelationship } from '../../api/queries';
import { subscribe } from '../../api/subscribe';
import { reloadGraph } from '../graph/load';
import { recentActions, relationEnds, samePair, watchActions, watchlistStore } from '.';

const RELATION_CHANGED = 'subscription LiveRelations { relationChanged { id change created documentId } }';

/** Changes arriving within this window are applied together: one reload for a feed's burst of items. */
const SETTLE_MS = 250;

interface RelationChangedData {
  relationChanged: { id: string; change: 'REPORTED' | 'RETRACTED'; created: boolean; documentId: string };
}

export function useLiveUpdates(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    let pending: RelationChangedData['relationChanged'][] = [];
    let timer: ReturnType<typeof setTimeout> | undefined;
    const apply = async () => {
      const changes = pending;
      pending = [];
      await reloadGraph(null);
      const reported = changes.filter((change) => change.change === 'REPORTED');
      recentActions.add({
        added: reported.filter((change) => change.created).map((change) => change.id),
        strengthened: reported.filter((change) => !change.created).map((change) => change.id),
      });
      await checkWatchlist(changes.map((change) => change.id));
    };
    subscribe<RelationChangedData>(
      RELATION_CHANGED,
      {},
      {
        onData: (data) => {
          pending.push(data.relationChanged);
          clearTimeout(timer);
          timer = setTimeout(() => void apply(), SETTLE_MS);
        },
        onStatus: recentActions.setConnected,
      },
      controller.signal,
    );
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [enabled]);
}

async function checkWatchlist(ids: string[]): Promise<void> {
  const touched = watchlistStore
    .get()
    .filter((pair) => ids.some((id) => samePair(pair, ...relationEnds(id))));
  for (const pair of touched) {
    try {
      const relationship = await fetchRelationship(pair.a, pair.b);
      watchActions.observe(pair.a, pair.b, relationship.label);
    } catch {
      // An actor the graph no longer holds: nothing to compare.
    }
  }
}
