/** Details of one actor: its relations grouped by type, each with its quotes, sources and dates. */
import { ACTOR_KIND_LABELS, RELATION_SPECS, RELATION_TYPES, type RelationType } from '@entente/core/ontology';
import { fetchActor } from '../api/queries';
import type { ActorDetail, RelationData } from '../api/types';
import { useQuery } from '../api/useQuery';
import { plural } from '../components/format';
import { ErrorMessage, Loading, Panel } from '../components/Panel';
import { RelationCard } from '../components/RelationCard';
import { ScopeNote } from '../components/ScopeNote';
import { usePanelScope } from '../filters/usePanelScope';

/** Relations in ontology order of their type, so every actor panel reads the same way. */
export function groupRelations(relations: RelationData[]): [RelationType, RelationData[]][] {
  const groups = new Map<RelationType, RelationData[]>();
  for (const relation of relations) {
    const group = groups.get(relation.type) ?? [];
    group.push(relation);
    groups.set(relation.type, group);
  }
  return RELATION_TYPES.filter((type) => groups.has(type)).map((type) => [
    type,
    groups.get(type)!.sort((a, b) => b.weight - a.weight),
  ]);
}

export function ActorDetails({
  actor,
  onSelectActor,
  onCompare,
}: {
  actor: ActorDetail;
  onSelectActor?: (id: string) => void;
  onCompare?: (id: string) => void;
}) {
  const groups = groupRelations(actor.relations);
  return (
    <div className="actor-details">
      <dl className="facts">
        <div>
          <dt>Relations</dt>
          <dd>{actor.relations.length}</dd>
        </div>
        <div>
          <dt>Mentions</dt>
          <dd>{actor.mentions}</dd>
        </div>
        <div>
          <dt>Centrality</dt>
          <dd>{actor.centrality.toFixed(2)}</dd>
        </div>
        {actor.community !== null ? (
          <div>
            <dt>Community</dt>
            <dd>{actor.community}</dd>
          </div>
        ) : null}
      </dl>
      {actor.aliases.length > 0 ? <p className="muted">Also: {actor.aliases.join(', ')}</p> : null}
      {onCompare ? (
        <button type="button" className="button secondary" onClick={() => onCompare(actor.id)}>
          Compare with another actor…
        </button>
      ) : null}
      {groups.length === 0 ? <p className="muted">No relations recorded for this actor.</p> : null}
      {groups.map(([type, relations]) => (
        <section key={type} className="relation-group" data-testid={`group-${type}`}>
          <h3>
            {RELATION_SPECS[type].label} <span className="count">{relations.length}</span>
          </h3>
          {relations.map((relation) => (
            <RelationCard key={relation.id} relation={relation} onSelectActor={onSelectActor} />
          ))}
        </section>
      ))}
    </div>
  );
}

export function ActorPanel({
  actorId,
  refreshToken,
  onClose,
  onSelectActor,
  onCompare,
}: {
  actorId: string;
  refreshToken?: unknown;
  onClose: () => void;
  onSelectActor: (id: string) => void;
  onCompare: (id: string) => void;
}) {
  const scope = usePanelScope();
  const query = useQuery(
    `actor:${actorId}:${scope.key}`,
    (signal) => fetchActor(actorId, signal, scope.filter),
    refreshToken,
  );
  const actor = query.status === 'ready' ? query.data : null;
  return (
    <Panel
      title={actor?.name ?? actorId}
      subtitle={
        actor
          ? `${ACTOR_KIND_LABELS[actor.kind]}${actor.affiliation ? ` · ${actor.affiliation.name}` : ''} · ${plural(actor.degree, 'tie')}`
          : undefined
      }
      onClose={onClose}
      testId="actor-panel"
    >
      <ScopeNote caption={scope.caption} />
      {query.status === 'loading' ? <Loading what="relations" /> : null}
      {query.status === 'error' ? <ErrorMessage message={query.message} /> : null}
      {actor ? <ActorDetails actor={actor} onSelectActor={onSelectActor} onCompare={onCompare} /> : null}
    </Panel>
  );
}
