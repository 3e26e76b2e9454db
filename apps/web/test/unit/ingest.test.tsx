import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { readToken, TOKEN_STORAGE_KEY } from '../../src/api/client';
import type { IngestInput } from '../../src/api/queries';
import type { IngestResultData } from '../../src/api/types';
import { describeIngest, type IngestSuccessData, listNames } from '../../src/core/ingest/describeIngest';
import {
  describeUserError,
  type IngestFields,
  toIngestInput,
  validateIngest,
} from '../../src/core/ingest/validate';
import { IngestForm } from '../../src/views/IngestForm';

const blank: IngestFields = { text: '', title: '', source: '', url: '', publishedAt: '' };

describe('validateIngest', () => {
  it('requires text and checks date and address formats', () => {
    expect(validateIngest(blank)).toEqual({ text: 'Paste the text of the article.' });
    expect(validateIngest({ ...blank, text: '   \n' }).text).toBeDefined();
    expect(validateIngest({ ...blank, text: 'ok', publishedAt: '03/11/2025' }).publishedAt).toBeDefined();
    expect(validateIngest({ ...blank, text: 'ok', publishedAt: '2025-13-45' }).publishedAt).toBeDefined();
    expect(validateIngest({ ...blank, text: 'ok', url: 'not a url' }).url).toBeDefined();
    expect(validateIngest({ ...blank, text: 'ok', url: 'ftp://example.org' }).url).toBeDefined();
    expect(
      validateIngest({ ...blank, text: 'ok', url: 'https://example.org', publishedAt: '2025-11-03' }),
    ).toEqual({});
  });

  it('sends only the fields that were filled', () => {
    expect(toIngestInput({ ...blank, text: 'T', title: '  Title ', source: '' })).toEqual({
      text: 'T',
      title: 'Title',
    });
  });
});

describe('describeUserError', () => {
  it('turns API error values into sentences', () => {
    expect(
      describeUserError({
        __typename: 'TooLargeError',
        code: 'TOO_LARGE',
        message: 'too large',
        limit: 1_000_000,
        actual: 1_200_000,
        field: null,
      }),
    ).toBe('The article is too long: 1,200,000 characters, the limit is 1,000,000.');
    expect(
      describeUserError({
        __typename: 'InvalidInputError',
        code: 'INVALID_INPUT',
        message: 'Binary content',
        field: 'text',
      }),
    ).toBe('Binary content (field: text)');
  });
});

describe('describeIngest', () => {
  const stored = (fields: Partial<IngestSuccessData>): IngestSuccessData => ({
    __typename: 'IngestSuccess',
    created: true,
    document: { id: 'doc-1', title: 'Summit', source: null, url: null, publishedAt: null },
    relations: [],
    added: [],
    strengthened: [],
    actors: [],
    ...fields,
  });
  const peru = { id: 'peru', name: 'Peru' };
  const bolivia = { id: 'bolivia', name: 'Bolivia' };

  it('warns when the article names no actor at all', () => {
    const notice = describeIngest(stored({ document: { ...stored({}).document, title: 'Victoria sponge' } }));
    expect(notice).toEqual({
      kind: 'warning',
      message:
        'Stored “Victoria sponge”, but Entente found no actor in this article — is it about diplomacy? (Documents can remove it.)',
    });
  });

  it('only notes actors named with no relation between them, naming them', () => {
    expect(describeIngest(stored({ actors: [peru, bolivia] }))).toEqual({
      kind: 'note',
      message:
        'Stored “Summit”: 2 actors found (Peru and Bolivia), but no relation between them, so the map’s ties are unchanged.',
    });
  });

  it('counts new and strengthened relations apart', () => {
    const relation = (id: string) => ({ id, type: 'cooperates' as const });
    const two = stored({
      actors: [peru, bolivia],
      relations: [relation('a'), relation('b'), relation('c')],
      added: [{ id: 'a' }, { id: 'b' }],
      strengthened: [{ id: 'c' }],
    });
    expect(describeIngest(two).message).toBe(
      'Added “Summit”: 2 new relations, 1 strengthened, highlighted on the map.',
    );
    const none = stored({ actors: [peru], relations: [relation('c')], strengthened: [{ id: 'c' }] });
    expect(describeIngest(none).message).toBe(
      'Added “Summit”: 1 relation strengthened, highlighted on the map.',
    );
  });

  it('says a repeat changed nothing, or what it did', () => {
    const repeat = stored({ created: false, actors: [peru], relations: [{ id: 'c', type: 'meets' }] });
    expect(describeIngest(repeat)).toEqual({
      kind: 'success',
      message: '“Summit” was already in the graph; nothing changed.',
    });
    expect(describeIngest(repeat, 'this address is now one of its sources').message).toBe(
      '“Summit” was already in the graph; this address is now one of its sources.',
    );
  });

  it('lists a few names, then how many more', () => {
    expect(listNames(['Peru'])).toBe('Peru');
    expect(listNames(['Peru', 'Chile', 'Bolivia'])).toBe('Peru, Chile and Bolivia');
    expect(listNames(['Peru', 'Chile', 'Bolivia', 'Chad', 'Sudan'])).toBe('Peru, Chile, Bolivia and 2 more');
  });
});

describe('IngestForm', () => {
  afterEach(() => sessionStorage.clear());

  function setup(answer: (input: IngestInput) => IngestResultData) {
    const sent: IngestInput[] = [];
    const ingested: IngestResultData[] = [];
    render(
      <IngestForm
        onClose={() => {}}
        onIngested={(result) => ingested.push(result)}
        submit={async (input) => {
          sent.push(input);
          return answer(input);
        }}
      />,
    );
    return { sent, ingested };
  }

  it('does not submit an empty article and says why', async () => {
    const { sent } = setup(() => {
      throw new Error('unreachable');
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Add to graph' }));
    });
    expect(sent).toHaveLength(0);
    expect(screen.getByText('Paste the text of the article.')).toBeTruthy();
    expect(screen.getByTestId('ingest-text').getAttribute('aria-invalid')).toBe('true');
  });

  it('submits, reports the relations found and clears the form', async () => {
    const { sent, ingested } = setup(() => ({
      __typename: 'IngestSuccess',
      created: true,
      document: { id: 'doc-1', title: 'Talks in Cairo', source: null, url: null, publishedAt: null },
      relations: [
        { id: 'egypt|hosts|hamas', type: 'hosts' },
        { id: 'egypt|meets|qatar', type: 'meets' },
      ],
      added: [{ id: 'egypt|hosts|hamas' }],
      strengthened: [{ id: 'egypt|meets|qatar' }],
      actors: [
        { id: 'egypt', name: 'Egypt' },
        { id: 'hamas', name: 'Hamas' },
        { id: 'qatar', name: 'Qatar' },
      ],
    }));
    fireEvent.change(screen.getByTestId('ingest-text'), {
      target: { value: 'Egypt hosted Hamas in Cairo.' },
    });
    fireEvent.change(screen.getByTestId('ingest-title'), { target: { value: 'Talks in Cairo' } });
    fireEvent.change(screen.getByTestId('ingest-date'), { target: { value: '2025-11-03' } });
    fireEvent.click(screen.getByText('API token'));
    fireEvent.change(screen.getByLabelText(/Bearer token/), { target: { value: 's3cret' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Add to graph' }));
    });
    expect(sent).toEqual([
      { text: 'Egypt hosted Hamas in Cairo.', title: 'Talks in Cairo', publishedAt: '2025-11-03' },
    ]);
    expect(ingested).toHaveLength(1);
    expect(screen.getByTestId('ingest-outcome').textContent).toBe(
      'Added “Talks in Cairo”: 1 new relation, 1 strengthened, highlighted on the map.',
    );
    expect((screen.getByTestId('ingest-text') as HTMLTextAreaElement).value).toBe('');
    expect(readToken()).toBe('s3cret');
    expect(sessionStorage.getItem(TOKEN_STORAGE_KEY)).toBe('s3cret');
  });

  it('shows a TooLargeError readably and keeps the text', async () => {
    const { ingested } = setup((input) => ({
      __typename: 'TooLargeError',
      code: 'TOO_LARGE',
      message: 'Article too large',
      limit: 10,
      actual: input.text.length,
      field: null,
    }));
    fireEvent.change(screen.getByTestId('ingest-text'), { target: { value: 'x'.repeat(25) } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Add to graph' }));
    });
    const outcome = screen.getByRole('alert');
    expect(outcome.textContent).toBe('The article is too long: 25 characters, the limit is 10.');
    expect(ingested).toHaveLength(0);
    expect((screen.getByTestId('ingest-text') as HTMLTextAreaElement).value).toHaveLength(25);
  });

  it('shows a thrown error (e.g. network) as a message', async () => {
    setup(() => {
      throw new Error('Cannot reach the Entente API. Is the server running?');
    });
    fireEvent.change(screen.getByTestId('ingest-text'), { target: { value: 'Some text.' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Add to graph' }));
    });
    expect(screen.getByRole('alert').textContent).toContain('Cannot reach the Entente API');
  });
});
