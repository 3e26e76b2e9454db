/**
 * How one actor reaches another: the shortest chain of relations between two actors, through
 * cooperative relations only (who could carry a message as a friend) or any.
 */
import { RELATION_SPECS, type RelationType } from '@entente/core/ontology';
import { useState } from 'react';
import { fetchPath } from '../../api/lists';
import type { ActorRef } from '../../api/types';
import { useQuery } from '../../api/useQuery';
import { ErrorMessage, Loading } from '../../components/Panel';
import { SearchBox } from '../../components/SearchBox';

export function PathFinder({
  version,
  onSelectActor,
  onSelectEdge,
}: {
  version: number;
  onSelectActor: (id: string) => void;
  onSelectEdge: (id: string) => void;
}) {
  const [from, setFrom] = useState<ActorRef | null>(null);
  const [to, setTo] = useState<ActorRef | null>(null);
  const [cooperativeOnly, setCooperativeOnly] = useState(true);
  const key = from && to ? `path:${from.id}:${to.id}:${cooperativeOnly}` : null;
  const query = useQuery(key, (signal) => fetchPath(from!.id, to!.id, cooperativeOnly, signal), version);
  return (
    <div className="path-finder" data-testid="path-finder">
      <div className="pair">
        <SearchBox label="From actor" placeholder="From…" onChoose={setFrom} testId="path-from" />
        <span className="pair-and" aria-hidden="true">
          →
        </span>
        <SearchBox label="To actor" placeholder="To…" onChoose={setTo} testId="path-to" />
      </div>
      <fieldset className="path-mode">
        <legend className="visually-hidden">Relations the path may use</legend>
        <label className="check">
          <input
            type="radio"
            checked={cooperativeOnly}
            onChange={() => setCooperativeOnly(true)}
            data-testid="path-cooperative"
          />
          <span>Cooperative relations only</span>
        </label>
        <label className="check">
          <input
            type="radio"
            checked={!cooperativeOnly}
            onChange={() => setCooperativeOnly(false)}
            data-testid="path-any"
          />
          <span>Any relation</span>
        </label>
      </fieldset>
      {query.status === 'idle' ? <p className="muted">Choose two actors.</p> : null}
      {query.status === 'loading' ? <Loading what="path" /> : null}
      {query.status === 'error' ? <ErrorMessage message={query.message} /> : null}
      {query.status === 'ready' && query.data === null ? (
        <p className="muted" data-testid="path-none">
          No path links {from?.name} to {to?.name}
          {cooperativeOnly ? ' through cooperative relations' : ''}.
        </p>
      ) : null}
      {query.status === 'ready' && query.data ? (
        <ol className="path-steps" data-testid="path-steps">
          <li>
            <button type="button" className="link" onClick={() => onSelectActor(query.data!.actors[0]!.id)}>
              {query.data.actors[0]?.name}
            </button>
          </li>
          {query.data.relations.map((relation, index) => {
            const next = query.data!.actors[index + 1]!;
            return (
              <li key={relation.id}>
                <button type="button" className="link small muted" onClick={() => onSelectEdge(relation.id)}>
                  {relation.source.name}{' '}
                  {RELATION_SPECS[relation.type as RelationType]?.label ?? relation.type}{' '}
                  {relation.target.name}
                </button>
                <br />
                <button type="button" className="link" onClick={() => onSelectActor(next.id)}>
                  {next.name}
                </button>
              </li>
            );
          })}
        </ol>
      ) : null}
    </div>
  );
}
