/**
 * Unbalanced triads (the friend of my enemy is my friend, broken) within the map's filter: three actors
 * and the signs of their sides; each side opens that pair's relationship.
 */
import { fetchTriads } from '../../api/lists';
import { useQuery } from '../../api/useQuery';
import { ErrorMessage, Loading } from '../../components/Panel';
import type { PanelScope } from '../../filters/usePanelScope';

const SIGN = (sign: number) => (sign > 0 ? 'allied' : 'hostile');

export function TriadList({
  scope,
  version,
  onOpenPair,
}: {
  scope: PanelScope;
  version: number;
  onOpenPair: (a: string, b: string) => void;
}) {
  const query = useQuery(`triads:${scope.key}`, (signal) => fetchTriads(scope.filter, signal), version);
  if (query.status === 'loading' || query.status === 'idle') return <Loading what="triads" />;
  if (query.status === 'error') return <ErrorMessage message={query.message} />;
  if (query.data.length === 0)
    return (
      <p className="muted" data-testid="triads-balanced">
        Every triad is balanced{scope.filter ? ' within the filter' : ''}.
      </p>
    );
  return (
    <>
      <p className="muted small">
        Three actors whose ties cannot all hold (e.g. two allies of one actor hostile to each other), each
        pair signed on its evidence {scope.filter ? 'within the filter' : 'across the corpus'}.
      </p>
      <ol className="list-rows" data-testid="list-triads">
        {query.data.map((triad) => {
          const [a, b, c] = triad.actors;
          if (!a || !b || !c) return null;
          const sides: [typeof a, typeof a, number][] = [
            [a, b, triad.signs[0] ?? 0],
            [b, c, triad.signs[1] ?? 0],
            [c, a, triad.signs[2] ?? 0],
          ];
          return (
            <li key={`${a.id}|${b.id}|${c.id}`} className="triad">
              <strong>
                {a.name}, {b.name}, {c.name}
              </strong>
              <span className="triad-sides">
                {sides.map(([x, y, sign]) => (
                  <button
                    key={`${x.id}|${y.id}`}
                    type="button"
                    className={`link small sign-${SIGN(sign)}`}
                    onClick={() => onOpenPair(x.id, y.id)}
                  >
                    {x.name} {sign > 0 ? '+' : '−'} {y.name}
                  </button>
                ))}
              </span>
            </li>
          );
        })}
      </ol>
    </>
  );
}
