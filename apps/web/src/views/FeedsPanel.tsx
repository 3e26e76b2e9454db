/** The feeds the server follows: add one, see how polling goes, stop following. New items reach the map live. */
import { useCallback, useEffect, useState } from 'react';
import { addFeed, type FeedData, fetchFeeds, removeFeed } from '../api/web-sources';
import { plural } from '../components/format';
import { Panel } from '../components/Panel';

/** How often the list refreshes its poll times and counts while the panel is open. */
const REFRESH_MS = 5000;

export function FeedsPanel({ onClose }: { onClose: () => void }) {
  const [feeds, setFeeds] = useState<FeedData[] | null>(null);
  const [url, setUrl] = useState('');
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const refresh = useCallback(async () => {
    try {
      setFeeds(await fetchFeeds());
    } catch (error) {
      setMessage({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    }
  }, []);

  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [refresh]);

  const onAdd = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!url.trim()) return;
    setBusy(true);
    setMessage(null);
    try {
      const result = await addFeed(url.trim());
      if ('message' in result) setMessage({ kind: 'error', text: result.message });
      else {
        setMessage({ kind: 'success', text: `Following ${result.url}; its items are being read.` });
        setUrl('');
      }
      await refresh();
    } catch (error) {
      setMessage({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Panel
      title="Feeds"
      subtitle="RSS and Atom feeds the server follows."
      onClose={onClose}
      testId="feeds-panel"
    >
      <form className="ingest" onSubmit={onAdd} noValidate>
        <label className="field">
          <span>Feed address</span>
          <input
            type="url"
            value={url}
            placeholder="https://outlet.example/world.rss"
            onChange={(event) => setUrl(event.target.value)}
            data-testid="feed-url"
          />
        </label>
        <div className="actions">
          <button type="submit" className="button primary" disabled={busy} data-testid="add-feed">
            Follow
          </button>
        </div>
      </form>
      {message ? (
        <p className={`state state-${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
      {feeds === null ? <p className="muted">Loading feeds…</p> : null}
      {feeds?.length === 0 ? <p className="muted">No feed followed yet.</p> : null}
      <ul className="feeds" data-testid="feeds">
        {feeds?.map((feed) => (
          <li key={feed.id} className="feed" data-testid="feed">
            <strong>{feed.title ?? feed.url}</strong>
            <span className="muted feed-url">{feed.url}</span>
            <span className="muted">
              {plural(feed.items, 'item')} · {plural(feed.documents, 'document')} · last poll{' '}
              {feed.lastPolledAt ? new Date(feed.lastPolledAt).toLocaleTimeString() : 'pending'}
            </span>
            {feed.lastError ? (
              <span className="field-error">
                {feed.lastError} ({feed.failures} failed {feed.failures === 1 ? 'poll' : 'polls'} in a row)
              </span>
            ) : null}
            <button
              type="button"
              className="button small"
              onClick={() => void removeFeed(feed.id).then(refresh)}
              aria-label={`Stop following ${feed.title ?? feed.url}`}
            >
              Stop following
            </button>
          </li>
        ))}
      </ul>
    </Panel>
  );
}
