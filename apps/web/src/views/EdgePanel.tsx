/** Every piece of evidence for one relation (edge). */
import { RELATION_SPECS } from '@entente/core/ontology';
import { fetchRelation } from '../api/queries';
import { useQuery } from '../api/useQuery';
import { ErrorMessage, Loading, Panel } from '../components/Panel';
import { RelationCard } from '../components/RelationCard';
import { ScopeNote } from '../components/ScopeNote';
import { usePanelScope } from '../filters/usePanelScope';

export function EdgePanel({
  edgeId,
  refreshToken,
  onClose,
  onSelectActor,
}: {
  edgeId: string;
  refreshToken?: unknown;
  onClose: () => void;
  onSelectActor: (id: string) => void;
}) {
  const scope = usePanelScope();
  const query = useQuery(
    `relation:${edgeId}:${scope.key}`,
    (signal) => fetchRelation(edgeId, signal, scope.filter),
    refreshToken,
  );
  const relation = query.status === 'ready' ? query.data : null;
  return (
    <Panel
      title={
        relation
          ? `${relation.source.name} ${RELATION_SPECS[relation.type].label} ${relation.target.name}`
          : 'Relation'
      }
      subtitle={relation ? RELATION_SPECS[relation.type].description : undefined}
      onClose={onClose}
      testId="edge-panel"
    >
      <ScopeNote caption={scope.caption} />
      {query.status === 'loading' ? <Loading what="evidence" /> : null}
      {query.status === 'error' ? <ErrorMessage message={query.message} /> : null}
      {relation && relation.evidence.length === 0 ? (
        <p className="muted" data-testid="edge-out-of-scope">
          Nothing reports this relation within the map’s filter.
        </p>
      ) : null}
      {relation && relation.evidence.length > 0 ? (
        <RelationCard relation={relation} onSelectActor={onSelectActor} />
      ) : null}
    </Panel>
  );
}
