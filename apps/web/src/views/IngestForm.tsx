/** Add an article: the server extracts its relations and the map updates in place. */
import { type IngestInput, ingestArticle } from '../api/queries';
import type { IngestResultData } from '../api/types';
import { Panel } from '../components/Panel';
import { useIngestForm } from '../core/ingest/useIngestForm';
import type { IngestFields } from '../core/ingest/validate';
import { UrlIngest } from './UrlIngest';

export function IngestForm({
  onClose,
  onIngested,
  submit = ingestArticle,
}: {
  onClose: () => void;
  onIngested: (result: IngestResultData) => void;
  submit?: (input: IngestInput) => Promise<IngestResultData>;
}) {
  const {
    fields,
    errors,
    token,
    setToken,
    busy,
    outcome,
    setField: set,
    onSubmit,
  } = useIngestForm(submit, onIngested);

  const fieldError = (key: keyof IngestFields) =>
    errors[key] ? (
      <span className="field-error" id={`ingest-${key}-error`}>
        {errors[key]}
      </span>
    ) : null;

  return (
    <Panel
      title="Add an article"
      subtitle="Relations are extracted on the server."
      onClose={onClose}
      testId="ingest-form"
    >
      <UrlIngest onIngested={onIngested} />
      <h3 className="ingest-or">Or paste the text</h3>
      <form className="ingest" onSubmit={onSubmit} noValidate>
        <label className="field">
          <span>Text *</span>
          <textarea
            rows={8}
            value={fields.text}
            onChange={set('text')}
            aria-invalid={Boolean(errors.text)}
            aria-describedby={errors.text ? 'ingest-text-error' : undefined}
            data-testid="ingest-text"
          />
          {fieldError('text')}
        </label>
        <label className="field">
          <span>Title</span>
          <input type="text" value={fields.title} onChange={set('title')} data-testid="ingest-title" />
        </label>
        <div className="row">
          <label className="field">
            <span>Source</span>
            <input type="text" value={fields.source} onChange={set('source')} placeholder="Outlet" />
          </label>
          <label className="field">
            <span>Date</span>
            <input
              type="date"
              value={fields.publishedAt}
              onChange={set('publishedAt')}
              aria-invalid={Boolean(errors.publishedAt)}
              data-testid="ingest-date"
            />
            {fieldError('publishedAt')}
          </label>
        </div>
        <label className="field">
          <span>Address (URL)</span>
          <input type="url" value={fields.url} onChange={set('url')} aria-invalid={Boolean(errors.url)} />
          {fieldError('url')}
        </label>
        <details className="token">
          <summary>API token</summary>
          <label className="field">
            <span>Bearer token (servers started with ENTENTE_API_TOKEN); kept for this tab only</span>
            <input
              type="password"
              value={token}
              onChange={(event) => setToken(event.target.value)}
              autoComplete="off"
            />
          </label>
        </details>
        {outcome ? (
          <p
            className={`state state-${outcome.kind}`}
            role={outcome.kind === 'error' ? 'alert' : 'status'}
            data-testid="ingest-outcome"
          >
            {outcome.message}
          </p>
        ) : null}
        <div className="actions">
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? 'Extracting…' : 'Add to graph'}
          </button>
        </div>
      </form>
    </Panel>
  );
}
