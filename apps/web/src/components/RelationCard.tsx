/** One relation: who does what to whom, how often reported, and its evidence. */
import { RELATION_SPECS } from '@entente/core/ontology';
import type { RelationData } from '../graph/types';
import { EvidenceList } from './EvidenceList';
import { formatSpan, plural } from './format';

export function RelationCard({
  relation,
  onSelectActor,
}: {
  relation: RelationData;
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
      </header>
      <EvidenceList evidence={relation.evidence} />
    </article>
  );
}
