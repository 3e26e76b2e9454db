/** The stored articles, newest ingested last as the API pages them: title, outlet, date, relation count. */
import { useEffect, useState } from 'react';
import { type DocumentListItem, fetchDocuments } from '../../api/documents';
import { formatDate, plural } from '../../components/format';
import { ErrorMessage, Loading } from '../../components/Panel';

export function DocumentList({ version, onOpen }: { version: number; onOpen: (id: string) => void }) {
  const [items, setItems] = useState<DocumentListItem[]>([]);
  const [total, setTotal] = useState(0);
  const [next, setNext] = useState<string | null>(null);
  const [status, setStatus] = useState<'loading' | 'ready' | 'error'>('loading');
  const [error, setError] = useState('');

  const load = async (after: string | null, signal?: AbortSignal) => {
    setStatus('loading');
    try {
      const page = await fetchDocuments(after, signal);
      if (signal?.aborted) return;
      setItems((current) => (after ? [...current, ...page.items] : page.items));
      setTotal(page.total);
      setNext(page.hasNextPage ? page.endCursor : null);
      setStatus('ready');
    } catch (failure) {
      if (signal?.aborted) return;
      setError(failure instanceof Error ? failure.message : String(failure));
      setStatus('error');
    }
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: reloads the first page when the graph changes.
  useEffect(() => {
    const controller = new AbortController();
    void load(null, controller.signal);
    return () => controller.abort();
  }, [version]);

  return (
    <>
      <p className="muted small" data-testid="documents-total">
        {plural(total, 'article')} in the graph.
      </p>
      <ul className="list-rows" data-testid="documents-list">
        {items.map((item) => (
          <li key={item.id}>
            <button
              type="button"
              className="list-row"
              onClick={() => onOpen(item.id)}
              data-testid="document-row"
            >
              <span className="grow">
                {item.title ?? 'Untitled article'}
                <span className="muted small">
                  {' '}
                  · {item.source ?? 'unknown outlet'}
                  {item.publishedAt ? ` · ${formatDate(item.publishedAt)}` : ''}
                </span>
              </span>
              <span className="numeric" title="Relations this article reports">
                {plural(item.relations.length, 'relation')}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {status === 'loading' ? <Loading what="articles" /> : null}
      {status === 'error' ? <ErrorMessage message={error} /> : null}
      {next && status === 'ready' ? (
        <button type="button" className="button secondary" onClick={() => void load(next)}>
          More articles
        </button>
      ) : null}
    </>
  );
}
