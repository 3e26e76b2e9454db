/** One relation: who does what to whom, how often reported, and its evidence. */
import { RELATION_SPECS } from '@entente/core/ontology';
import type { ActorRef, RelationData } from '../api/types';
import { EvidenceList } from './EvidenceList';
import { formatSpan, plural } from './format';

/** "A", "A and B", "A, B and C". */
function listNames(actors: readonly ActorRef[]): string {
  const names = actors.map((actor) => actor.name);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
}

export function RelationCard({
  relation,
  via = [],
  onSelectActor,
}: {
  relation: RelationData;
  /** The people through whom the relation counts for a pair of the states they represent, if any. */
  via?: readonly ActorRef[];
  onSelectActor?: (id: string) => void;
}) {
  const spec = RELATION_SPECS[relation.type];
  const actor = (id: string, name: string) =>
    onSelectActor ? (
      <button type="button" className="link" onClick={() => onSelectActor(id)}>
        {name}
      </button>
    ) : (
      <strong>{name}</strong>
    );
  return (
    <article
      className={`relation relation-${relation.polarity}`}
      data-testid="relation"
      data-type={relation.type}
    >
      <header>
        <p className="relation-line">
          {actor(relation.source.id, relation.source.name)}{' '}
          <span className={`badge badge-${relation.polarity}`}>{spec?.label ?? relation.type}</span>{' '}
          {actor(relation.target.id, relation.target.name)}
        </p>
        <p className="relation-meta">
          {plural(relation.weight, 'source')}
          {relation.firstSeen || relation.lastSeen
            ? ` · ${formatSpan(relation.firstSeen, relation.lastSeen)}`
            : ''}
        </p>
        {via.length > 0 ? (
          <p className="relation-via" data-testid="relation-via">
            via {listNames(via)}
          </p>
        ) : null}
      </header>
      <EvidenceList evidence={relation.evidence} total={relation.evidenceCount} />
    </article>
  );
}
