/** Two actors side by side: how allied or tense they are, and the evidence for it. */
import { fetchRelationship } from '../graph/queries';
import type { ActorRef, RelationshipData, RelationshipLabel } from '../graph/types';
import { plural } from './format';
import { ErrorMessage, Loading, Panel } from './Panel';
import { RelationCard } from './RelationCard';
import { SearchBox } from './SearchBox';
import { useQuery } from './useQuery';

const LABEL_TEXT: Record<RelationshipLabel, string> = {
  allied: 'Allied',
  tense: 'Tense',
  mixed: 'Mixed',
  neutral: 'Neutral',
  none: 'No relation on record',
};

/** The score as a position on a tense ← → allied scale. */
function ScoreBar({ score }: { score: number }) {
  const clamped = Math.max(-1, Math.min(1, score));
  return (
    <div className="score" aria-hidden="true">
      <span className="score-end">tense</span>
      <div className="score-track">
        <div className="score-marker" style={{ left: `${((clamped + 1) / 2) * 100}%` }} />
      </div>
      <span className="score-end">allied</span>
    </div>
  );
}

export function RelationshipSummary({
  data,
  onSelectActor,
}: {
  data: RelationshipData;
  onSelectActor?: (id: string) => void;
}) {
  return (
    <div className="relationship" data-testid="relationship-summary">
      <p className={`relationship-label label-${data.label}`}>
        {LABEL_TEXT[data.label]} <span className="muted">score {data.score.toFixed(2)}</span>
      </p>
      <ScoreBar score={data.score} />
      <p className="muted">
        {plural(data.cooperative, 'cooperative relation')}, {plural(data.conflictual, 'conflictual relation')}
      </p>
      {data.relations.length === 0 ? (
        <p className="muted">
          No relation between {data.a.name} and {data.b.name} in the corpus.
        </p>
      ) : null}
      {data.relations.map((relation) => (
        <RelationCard key={relation.id} relation={relation} onSelectActor={onSelectActor} />
      ))}
    </div>
  );
}

export function RelationshipView({
  pairA,
  pairB,
  nameOf,
  refreshToken,
  onChange,
  onClose,
  onSelectActor,
}: {
  pairA: string | null;
  pairB: string | null;
  nameOf: (id: string) => string;
  refreshToken?: unknown;
  onChange: (a: string | null, b: string | null) => void;
  onClose: () => void;
  onSelectActor: (id: string) => void;
}) {
  const key = pairA && pairB ? `relationship:${pairA}:${pairB}` : null;
  const query = useQuery(key, (signal) => fetchRelationship(pairA!, pairB!, signal), refreshToken);
  return (
    <Panel
      title="Relationship"
      subtitle="Pick two actors to weigh their ties."
      onClose={onClose}
      testId="relationship-view"
    >
      <div className="pair">
        <SearchBox
          key={`a:${pairA}`}
          label="First actor"
          placeholder="First actor…"
          initialText={pairA ? nameOf(pairA) : ''}
          onChoose={(actor: ActorRef) => onChange(actor.id, pairB)}
          testId="pair-a"
        />
        <span className="pair-and" aria-hidden="true">
          &amp;
        </span>
        <SearchBox
          key={`b:${pairB}`}
          label="Second actor"
          placeholder="Second actor…"
          initialText={pairB ? nameOf(pairB) : ''}
          onChoose={(actor: ActorRef) => onChange(pairA, actor.id)}
          testId="pair-b"
        />
      </div>
      {query.status === 'idle' ? <p className="muted">Choose both actors.</p> : null}
      {query.status === 'loading' ? <Loading what="relationship" /> : null}
      {query.status === 'error' ? <ErrorMessage message={query.message} /> : null}
      {query.status === 'ready' ? (
        <RelationshipSummary data={query.data} onSelectActor={onSelectActor} />
      ) : null}
    </Panel>
  );
}
