/** The strongest alliances or tensions within the map's filter; a row opens the pair's relationship. */
import { fetchRanking, type Ranking } from '../../api/lists';
import { useQuery } from '../../api/useQuery';
import { plural } from '../../components/format';
import { ErrorMessage, Loading } from '../../components/Panel';
import type { PanelScope } from '../../filters/usePanelScope';

export function RankingList({
  ranking,
  scope,
  version,
  onOpenPair,
}: {
  ranking: Ranking;
  scope: PanelScope;
  version: number;
  onOpenPair: (a: string, b: string) => void;
}) {
  const query = useQuery(
    `${ranking}:${scope.key}`,
    (signal) => fetchRanking(ranking, scope.filter, signal),
    version,
  );
  if (query.status === 'loading' || query.status === 'idle') return <Loading what={ranking} />;
  if (query.status === 'error') return <ErrorMessage message={query.message} />;
  if (query.data.length === 0) {
    return (
      <p className="muted">
        {ranking === 'alliances' ? 'No aligned pair' : 'No hostile pair'}
        {scope.filter ? ' within the filter.' : ' yet.'}
      </p>
    );
  }
  return (
    <ol className="list-rows" data-testid={`list-${ranking}`}>
      {query.data.map((pair, index) => {
        const signed = pair.alignment.evidence + pair.hostility.evidence;
        return (
          <li key={`${pair.a.id}|${pair.b.id}`}>
            <button
              type="button"
              className="list-row"
              onClick={() => onOpenPair(pair.a.id, pair.b.id)}
              data-testid="list-row"
            >
              <span className="rank">{index + 1}</span>
              <span className="grow">
                {pair.a.name} – {pair.b.name}
                <span className="muted"> · {plural(signed, 'piece')} of evidence</span>
              </span>
              <span className={`badge label-${pair.label}`}>{pair.label}</span>
              <span className="numeric">{pair.score.toFixed(2)}</span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
