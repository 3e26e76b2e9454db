/** Two actors side by side: how they stand (alignment, contact, hostility), and the evidence for it. */
import { fetchRelationship } from '../api/queries';
import type { ActorRef, RelationData, RelationshipData, RelationshipLabel, TieCountData } from '../api/types';
import { useQuery } from '../api/useQuery';
import { plural } from '../components/format';
import { ErrorMessage, Loading, Panel } from '../components/Panel';
import { RelationCard } from '../components/RelationCard';
import { ScopeNote } from '../components/ScopeNote';
import { SearchBox } from '../components/SearchBox';
import { samePair, watchActions, watchlistStore } from '../core/live';
import { useStore } from '../core/store';
import { usePanelScope } from '../filters/usePanelScope';

const LABEL_TEXT: Record<RelationshipLabel, string> = {
  allied: 'Allied',
  strained: 'Strained',
  hostile: 'Hostile',
  mixed: 'Mixed',
  engaged: 'Engaged (contact only)',
  none: 'No tie on record',
};

/** The kinds of tie in the order the panel lists them; engagement is shown as what it is, contact. */
const TIE_ROWS = [
  ['alignment', 'Alignment'],
  ['engagement', 'Contact'],
  ['hostility', 'Hostility'],
] as const;

/** "1 relation, 3 pieces of evidence": a relation is one fact, evidence the sentences reporting it. */
function tieCountText({ relations, evidence }: TieCountData): string {
  return `${plural(relations, 'relation')}, ${plural(evidence, 'piece of evidence', 'pieces of evidence')}`;
}

/** The score as a position on a hostile ← → allied scale. */
function ScoreBar({ score }: { score: number }) {
  const clamped = Math.max(-1, Math.min(1, score));
  return (
    <div className="score" aria-hidden="true">
      <span className="score-end">hostile</span>
      <div className="score-track">
        <div className="score-marker" style={{ left: `${((clamped + 1) / 2) * 100}%` }} />
      </div>
      <span className="score-end">allied</span>
    </div>
  );
}

/**
 * The ends of a relation that are neither actor of the pair: the people it was counted through when
 * officials are rolled up to the state they represent (empty for a direct relation).
 */
export function countedVia(relation: RelationData, pair: { a: ActorRef; b: ActorRef }): ActorRef[] {
  const direct = new Set([pair.a.id, pair.b.id]);
  return [relation.source, relation.target].filter((actor) => !direct.has(actor.id));
}

export function RelationshipSummary({
  data,
  onSelectActor,
  scoped = false,
}: {
  data: RelationshipData;
  onSelectActor?: (id: string) => void;
  /** Whether the map's filter narrowed the relationship (an empty one is then empty within it). */
  scoped?: boolean;
}) {
  return (
    <div className="relationship" data-testid="relationship-summary">
      <p className={`relationship-label label-${data.label}`}>
        {LABEL_TEXT[data.label]} <span className="muted">score {data.score.toFixed(2)}</span>
      </p>
      <ScoreBar score={data.score} />
      <ul className="tie-counts muted" data-testid="tie-counts">
        {TIE_ROWS.map(([kind, name]) => (
          <li key={kind}>{`${name}: ${tieCountText(data[kind])}`}</li>
        ))}
      </ul>
      {data.mediators.length > 0 ? (
        <p className="mediators" data-testid="mediators">
          Mediated by{' '}
          {data.mediators.map(({ mediator, evidence }, index) => (
            <span key={mediator.id}>
              {index > 0 ? ', ' : null}
              <button type="button" className="link" onClick={() => onSelectActor?.(mediator.id)}>
                {mediator.name}
              </button>{' '}
              <span className="muted">({plural(evidence, 'piece of evidence', 'pieces of evidence')})</span>
            </span>
          ))}
          <span className="muted"> — a third party in contact with both, not an ally of either.</span>
        </p>
      ) : null}
      {data.relations.length === 0 ? (
        <p className="muted">
          No relation between {data.a.name} and {data.b.name} {scoped ? 'within the filter' : 'in the corpus'}
          .
        </p>
      ) : null}
      {data.relations.map((relation) => (
        <RelationCard
          key={relation.id}
          relation={relation}
          via={countedVia(relation, data)}
          onSelectActor={onSelectActor}
        />
      ))}
    </div>
  );
}

export function RelationshipView({
  pairA,
  pairB,
  rollup,
  onRollupChange,
  nameOf,
  refreshToken,
  onChange,
  onClose,
  onSelectActor,
}: {
  pairA: string | null;
  pairB: string | null;
  /** Count officials' relations for the state they represent (the API's `rollup`). */
  rollup: boolean;
  onRollupChange: (rollup: boolean) => void;
  nameOf: (id: string) => string;
  refreshToken?: unknown;
  onChange: (a: string | null, b: string | null) => void;
  onClose: () => void;
  onSelectActor: (id: string) => void;
}) {
  const scope = usePanelScope();
  const key =
    pairA && pairB ? `relationship:${pairA}:${pairB}:${rollup ? 'rollup' : 'direct'}:${scope.key}` : null;
  const query = useQuery(
    key,
    (signal) => fetchRelationship(pairA!, pairB!, { rollup, signal, filter: scope.filter }),
    refreshToken,
  );
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
      <label className="check rollup">
        <input
          type="checkbox"
          checked={rollup}
          onChange={(event) => onRollupChange(event.target.checked)}
          data-testid="rollup"
        />
        <span>Count officials for their state</span>
      </label>
      <ScopeNote caption={scope.caption} />
      {query.status === 'idle' ? <p className="muted">Choose both actors.</p> : null}
      {query.status === 'loading' ? <Loading what="relationship" /> : null}
      {query.status === 'error' ? <ErrorMessage message={query.message} /> : null}
      {query.status === 'ready' ? (
        <>
          <RelationshipSummary
            data={query.data}
            onSelectActor={onSelectActor}
            scoped={scope.filter !== null}
          />
          <WatchToggle data={query.data} />
        </>
      ) : null}
    </Panel>
  );
}

/** Watch a pair: an alert shows when its label changes while the app is open (engaged → hostile). */
function WatchToggle({ data }: { data: RelationshipData }) {
  const watched = useStore(watchlistStore).some((pair) => samePair(pair, data.a.id, data.b.id));
  return (
    <button
      type="button"
      className="button small"
      aria-pressed={watched}
      data-testid="watch-pair"
      onClick={() =>
        watched
          ? watchActions.unwatch(data.a.id, data.b.id)
          : watchActions.watch({
              a: data.a.id,
              b: data.b.id,
              aName: data.a.name,
              bName: data.b.name,
              label: data.label,
            })
      }
    >
      {watched ? 'Watching this pair' : 'Watch this pair'}
    </button>
  );
}
