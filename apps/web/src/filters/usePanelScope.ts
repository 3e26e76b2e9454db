/** What a panel reads within: the map's filter as the API's input, its cache key and its caption. */
import { useMemo } from 'react';
import { filtersStore } from '../core/filters';
import { useStore } from '../core/store';
import { describeScope, type GraphFilterInput, scopeKey, toGraphFilterInput } from './scope';

export interface PanelScope {
  filter: GraphFilterInput | null;
  key: string;
  caption: string | null;
}

export function usePanelScope(): PanelScope {
  const filters = useStore(filtersStore);
  return useMemo(() => {
    const filter = toGraphFilterInput(filters);
    return { filter, key: scopeKey(filter), caption: describeScope(filters) };
  }, [filters]);
}
