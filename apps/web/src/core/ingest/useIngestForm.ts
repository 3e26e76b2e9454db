/** State of the article form: fields, browser-side errors, the API token, and the outcome of a submission. */
import { useState } from 'react';
import { readToken, writeToken } from '../../api/client';
import type { IngestInput } from '../../api/queries';
import type { IngestResultData } from '../../api/types';
import { describeIngest, type IngestNotice } from './describeIngest';
import {
  describeUserError,
  EMPTY_INGEST_FIELDS,
  type IngestErrors,
  type IngestFields,
  toIngestInput,
  validateIngest,
} from './validate';

export type IngestOutcome = IngestNotice | { kind: 'error'; message: string; field?: string } | null;

export function useIngestForm(
  submit: (input: IngestInput) => Promise<IngestResultData>,
  onIngested: (result: IngestResultData) => void,
) {
  const [fields, setFields] = useState<IngestFields>(EMPTY_INGEST_FIELDS);
  const [errors, setErrors] = useState<IngestErrors>({});
  const [token, setToken] = useState(() => readToken() ?? '');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<IngestOutcome>(null);

  const setField = (key: keyof IngestFields) => (event: { target: { value: string } }) =>
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
        setOutcome(describeIngest(result));
        setFields(EMPTY_INGEST_FIELDS);
        onIngested(result);
      } else {
        setOutcome({
          kind: 'error',
          message: describeUserError(result),
          field: ('field' in result && result.field) || undefined,
        });
      }
    } catch (error) {
      setOutcome({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  return { fields, errors, token, setToken, busy, outcome, setField, onSubmit };
}
