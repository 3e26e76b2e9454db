/** Lists beside the map, from the API: rankings of pairs, central actors, triads, tables, a path finder. */
import type { GraphViewData } from '../api/types';
import { Panel } from '../components/Panel';
import { ScopeNote } from '../components/ScopeNote';
import { LIST_TABS, type ListTab, panelActions } from '../core/panels';
import type { VisibleSet } from '../filters/filter';
import { usePanelScope } from '../filters/usePanelScope';
import { CentralList } from './lists/CentralList';
import { PathFinder } from './lists/PathFinder';
import { RankingList } from './lists/RankingList';
import { ActorTable, RelationTable } from './lists/Tables';
import { TriadList } from './lists/TriadList';

const TAB_LABELS: Record<ListTab, string> = {
  alliances: 'Alliances',
  tensions: 'Tensions',
  central: 'Central actors',
  triads: 'Triads',
  actors: 'Actors',
  relations: 'Relations',
  path: 'Path',
};

export function ListsView({
  tab,
  view,
  visible,
  version,
  onSelectActor,
  onSelectEdge,
  onClose,
}: {
  tab: ListTab;
  view: GraphViewData | null;
  visible: VisibleSet | null;
  version: number;
  onSelectActor: (id: string) => void;
  onSelectEdge: (id: string) => void;
  onClose: () => void;
}) {
  const scope = usePanelScope();
  const onOpenPair = (a: string, b: string) => panelActions.compare(a, b);
  let body: React.ReactNode = null;
  if (tab === 'alliances' || tab === 'tensions') {
    body = <RankingList ranking={tab} scope={scope} version={version} onOpenPair={onOpenPair} />;
  } else if (tab === 'triads') {
    body = <TriadList scope={scope} version={version} onOpenPair={onOpenPair} />;
  } else if (tab === 'path') {
    body = <PathFinder version={version} onSelectActor={onSelectActor} onSelectEdge={onSelectEdge} />;
  } else if (view && visible) {
    if (tab === 'central') body = <CentralList view={view} visible={visible} onSelectActor={onSelectActor} />;
    if (tab === 'actors') body = <ActorTable view={view} visible={visible} onSelectActor={onSelectActor} />;
    if (tab === 'relations')
      body = <RelationTable view={view} visible={visible} onSelectEdge={onSelectEdge} />;
  }
  return (
    <Panel
      title="Lists"
      subtitle="Rankings, tables and paths from the graph."
      onClose={onClose}
      testId="lists"
    >
      <div className="tabs" role="tablist" aria-label="Lists">
        {LIST_TABS.map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            className="tab"
            aria-selected={tab === id}
            onClick={() => panelActions.setListTab(id)}
            data-testid={`tab-${id}`}
          >
            {TAB_LABELS[id]}
          </button>
        ))}
      </div>
      <div role="tabpanel" aria-label={TAB_LABELS[tab]}>
        {tab === 'alliances' ||
        tab === 'tensions' ||
        tab === 'triads' ||
        tab === 'central' ||
        tab === 'actors' ||
        tab === 'relations' ? (
          <ScopeNote caption={scope.caption} />
        ) : null}
        {body}
      </div>
    </Panel>
  );
}
