/** Add an article: the server extracts its relations and the map updates in place. */
import { useState } from 'react';
import { readToken, writeToken } from '../graph/api';
import { type IngestInput, ingestArticle } from '../graph/queries';
import type { IngestResultData, UserErrorData } from '../graph/types';
import { plural } from './format';
import { Panel } from './Panel';

export interface IngestFields {
  text: string;
  title: string;
  source: string;
  url: string;
  publishedAt: string;
}

export type IngestErrors = Partial<Record<keyof IngestFields, string>>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Checks the browser can make before the server does (the server remains the authority). */
export function validateIngest(fields: IngestFields): IngestErrors {
  const errors: IngestErrors = {};
  if (!fields.text.trim()) errors.text = 'Paste the text of the article.';
  if (
    fields.publishedAt &&
    (!DATE.test(fields.publishedAt) || Number.isNaN(Date.parse(fields.publishedAt)))
  ) {
    errors.publishedAt = 'Use a date like 2025-11-03.';
  }
  if (fields.url) {
    try {
      const url = new URL(fields.url);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') errors.url = 'Use an http(s) address.';
    } catch {
      errors.url = 'This is not a valid web address.';
    }
  }
  return errors;
}

/** Only the fields the user filled, trimmed: empty strings are not metadata. */
export function toIngestInput(fields: IngestFields): IngestInput {
  const input: IngestInput = { text: fields.text };
  if (fields.title.trim()) input.title = fields.title.trim();
  if (fields.source.trim()) input.source = fields.source.trim();
  if (fields.url.trim()) input.url = fields.url.trim();
  if (fields.publishedAt) input.publishedAt = fields.publishedAt;
  return input;
}

/** A sentence a user can act on, for each error the API returns as a value. */
export function describeUserError(error: UserErrorData): string {
  switch (error.__typename) {
    case 'TooLargeError':
      // Titles, sources and urls have limits too; the server's message names the field.
      if (error.field && error.field !== 'text') return error.message;
      return `The article is too long: ${error.actual?.toLocaleString('en')} characters, the limit is ${error.limit?.toLocaleString('en')}.`;
    case 'InvalidInputError':
      return error.field ? `${error.message} (field: ${error.field})` : error.message;
    default:
      return error.message;
  }
}

type Outcome =
  | { kind: 'success'; message: string }
  | { kind: 'error'; message: string; field?: string }
  | null;

const EMPTY: IngestFields = { text: '', title: '', source: '', url: '', publishedAt: '' };

export function IngestForm({
  onClose,
  onIngested,
  submit = ingestArticle,
}: {
  onClose: () => void;
  onIngested: (result: IngestResultData) => void;
  submit?: (input: IngestInput) => Promise<IngestResultData>;
}) {
  const [fields, setFields] = useState<IngestFields>(EMPTY);
  const [errors, setErrors] = useState<IngestErrors>({});
  const [token, setToken] = useState(() => readToken() ?? '');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const set = (key: keyof IngestFields) => (event: { target: { value: string } }) =>
    setFields((f) => ({ ...f, [key]: event.target.value }));

  const onSubmit = async (event: React.FormEvent) => {
    event.preventDefault();
    const found = validateIngest(fields);
    setErrors(found);
    setOutcome(null);
    if (Object.keys(found).length > 0) return;
    writeToken(token.trim() || null);
    setBusy(true);
    try {
      const result = await submit(toIngestInput(fields));
      if (result.__typename === 'IngestSuccess') {
        const title = result.document.title ?? 'the article';
        setOutcome({
          kind: 'success',
          message: result.created
            ? `Added “${title}”: ${plural(result.relations.length, 'relation')} found.`
            : `“${title}” was already in the graph; nothing changed.`,
        });
        setFields(EMPTY);
        onIngested(result);
      } else {
        setOutcome({ kind: 'error', message: describeUserError(result), field: result.field ?? undefined });
      }
    } catch (error) {
      setOutcome({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

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
