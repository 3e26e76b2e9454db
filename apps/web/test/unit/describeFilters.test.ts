import { RELATION_TYPES } from '@entente/core/ontology';
import { describe, expect, it } from 'vitest';
import { describeFilters, filterClauses } from '../../src/filters/describeFilters';
import { DEFAULT_FILTERS } from '../../src/filters/filter';
import { describeScope } from '../../src/filters/scope';

describe('the filters in words: one rule for the panels’ note and the exported image', () => {
  it('names nothing when nothing is filtered', () => {
    expect(filterClauses(DEFAULT_FILTERS)).toEqual([]);
    expect(describeScope(DEFAULT_FILTERS)).toBeNull();
    expect(describeFilters(DEFAULT_FILTERS)).toBe('No filter.');
  });

  it('names what is kept from the shorter side, the dates and the minimum of sources', () => {
    const filters = {
      ...DEFAULT_FILTERS,
      polarities: ['conflictual' as const],
      types: RELATION_TYPES.filter((type) => type !== 'criticizes' && type !== 'hosts'),
      kinds: [],
      since: '2025-11-06',
      until: '2025-11-12',
      minWeight: 2,
    };
    const clauses = [
      'kinds of tie: hostility',
      'relation types: all but hosts, criticizes',
      'actors: none',
      'evidence dated 6 Nov 2025 – 12 Nov 2025',
      'at least 2 sources per relation',
    ];
    expect(filterClauses(filters)).toEqual(clauses);
    expect(describeScope(filters)).toBe(clauses.join(' · '));
    expect(describeFilters(filters)).toBe(`Filters: ${clauses.join('; ')}.`);
    expect(filterClauses({ ...DEFAULT_FILTERS, types: ['hosts', 'meets'] })).toEqual([
      'relation types: hosts, meets',
    ]);
    // A few kept are named even when fewer are left out.
    expect(filterClauses({ ...DEFAULT_FILTERS, polarities: ['cooperative', 'conflictual'] })).toEqual([
      'kinds of tie: alignment, hostility',
    ]);
  });

  it('says an open-ended range and one day as such', () => {
    expect(describeScope({ ...DEFAULT_FILTERS, since: '2025-11-11' })).toBe(
      'evidence dated from 11 Nov 2025',
    );
    expect(describeScope({ ...DEFAULT_FILTERS, until: '2025-11-04' })).toBe(
      'evidence dated until 4 Nov 2025',
    );
    expect(describeScope({ ...DEFAULT_FILTERS, since: '2025-11-07', until: '2025-11-07' })).toBe(
      'evidence dated 7 Nov 2025',
    );
  });

  it('leaves isolated actors to the map: panels keep the actor they were opened on', () => {
    const shown = { ...DEFAULT_FILTERS, hideIsolated: false };
    expect(describeFilters(shown)).toBe('Filters: actors without relations shown.');
    expect(describeScope(shown)).toBeNull();
  });
});
