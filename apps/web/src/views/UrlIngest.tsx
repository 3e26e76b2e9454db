/** Add an article from its address: the server fetches and reads the page; the user checks the preview, then adds it. */
import { useState } from 'react';
import type { IngestResultData } from '../api/types';
import { ingestUrl, previewUrl, type UrlPreviewData } from '../api/web-sources';
import { plural } from '../components/format';
import { describeIngest, type IngestNotice } from '../core/ingest/describeIngest';

type State =
  | { kind: 'idle' }
  | { kind: 'busy'; what: 'preview' | 'add' }
  | { kind: 'preview'; preview: UrlPreviewData }
  | { kind: 'done'; notice: IngestNotice }
  | { kind: 'error'; message: string };

const PREVIEW_CHARS = 600;

export function UrlIngest({ onIngested }: { onIngested: (result: IngestResultData) => void }) {
  const [url, setUrl] = useState('');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const fail = (error: unknown) =>
    setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) });

  const onPreview = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!url.trim()) return setState({ kind: 'error', message: 'Paste the address of a news article.' });
    setState({ kind: 'busy', what: 'preview' });
    try {
      const result = await previewUrl(url.trim());
      if (result.__typename === 'UrlPreview') setState({ kind: 'preview', preview: result });
      else setState({ kind: 'error', message: result.message });
    } catch (error) {
      fail(error);
    }
  };

  const onAdd = async () => {
    setState({ kind: 'busy', what: 'add' });
    try {
      const result = await ingestUrl(url.trim());
      if (result.__typename !== 'IngestSuccess') return setState({ kind: 'error', message: result.message });
      setState({ kind: 'done', notice: describeIngest(result, 'this address is now one of its sources') });
      setUrl('');
      onIngested(result);
    } catch (error) {
      fail(error);
    }
  };

  const preview = state.kind === 'preview' ? state.preview : null;
  return (
    <form className="ingest ingest-url" onSubmit={onPreview} noValidate data-testid="url-ingest">
      <label className="field">
        <span>From an address</span>
        <input
          type="url"
          value={url}
          placeholder="https://…"
          onChange={(event) => {
            setUrl(event.target.value);
            if (state.kind !== 'busy') setState({ kind: 'idle' });
          }}
          data-testid="ingest-url"
        />
      </label>
      <div className="actions">
        <button type="submit" className="button" disabled={state.kind === 'busy'} data-testid="preview-url">
          {state.kind === 'busy' && state.what === 'preview' ? 'Reading the page…' : 'Preview'}
        </button>
      </div>
      {preview ? (
        <div className="url-preview" data-testid="url-preview">
          <h3>{preview.title ?? 'Untitled'}</h3>
          <p className="muted">
            {[preview.outlet, preview.author, preview.publishedAt?.slice(0, 10)].filter(Boolean).join(' · ')}
          </p>
          <p className="preview-text">
            {preview.text.length > PREVIEW_CHARS ? `${preview.text.slice(0, PREVIEW_CHARS)}…` : preview.text}
          </p>
          <p className="muted">
            {plural(preview.text.length, 'character')} of text
            {preview.existingDocument ? ' · already in the graph (adding records one more source)' : ''}
          </p>
          <div className="actions">
            <button
              type="button"
              className="button primary"
              onClick={() => void onAdd()}
              data-testid="add-url"
            >
              Add to graph
            </button>
          </div>
        </div>
      ) : null}
      {state.kind === 'busy' && state.what === 'add' ? <p className="state">Extracting…</p> : null}
      {state.kind === 'done' ? (
        <p className={`state state-${state.notice.kind}`} role="status" data-testid="url-outcome">
          {state.notice.message}
        </p>
      ) : null}
      {state.kind === 'error' ? (
        <p className="state state-error" role="alert" data-testid="url-outcome">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
