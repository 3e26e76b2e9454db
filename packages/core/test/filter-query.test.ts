import { describe, expect, it } from 'vitest';
import { filterFromQuery, filterToQuery, type GraphFilter } from '../src/filter/index.js';

const full: GraphFilter = {
  types: ['meets', 'opposes'],
  polarities: ['conflictual'],
  kinds: ['state', 'person'],
  since: '2025-10-01',
  until: '2025-11-30',
  minWeight: 2,
  hideIsolated: false,
};

describe('filter URL form', () => {
  it('round-trips every field, under the field names, lists comma-separated', () => {
    const query = filterToQuery(full).toString();
    expect(query).toBe(
      'types=meets%2Copposes&polarities=conflictual&kinds=state%2Cperson&since=2025-10-01&until=2025-11-30&minWeight=2&hideIsolated=false',
    );
    expect(filterFromQuery(new URLSearchParams(query))).toEqual({ filter: full, problems: [] });
  });

  it('writes nothing for an empty filter and reads nothing from an empty query', () => {
    expect(filterToQuery({}).toString()).toBe('');
    expect(filterFromQuery(new URLSearchParams(''))).toEqual({ filter: {}, problems: [] });
    expect(filterFromQuery(new URLSearchParams('types=&since=')).filter).toEqual({});
  });

  it('updates a query in place, keeping parameters that are not the filter’s', () => {
    const params = new URLSearchParams('node=israel&types=meets&pol=neutral&bench=1000');
    expect(filterToQuery({ minWeight: 3 }, params).toString()).toBe('node=israel&bench=1000&minWeight=3');
  });

  it('lists in the ontology order, without repeats', () => {
    const { filter } = filterFromQuery(new URLSearchParams('types=opposes,meets,opposes'));
    expect(filter.types).toEqual(['meets', 'opposes']);
  });

  it('reports what it cannot read and keeps the rest', () => {
    const { filter, problems } = filterFromQuery(
      new URLSearchParams(
        'types=criticizes,bogus&polarities=nope&minWeight=-3&since=yesterday&hideIsolated=maybe',
      ),
    );
    expect(filter).toEqual({ types: ['criticizes'], polarities: [] });
    expect(problems.map((problem) => problem.parameter)).toEqual([
      'types',
      'polarities',
      'since',
      'minWeight',
      'hideIsolated',
    ]);
    expect(problems[0]!.message).toBe('Unknown value "bogus" for "types".');
  });

  it('accepts reduced dates and date-times, not impossible days', () => {
    expect(filterFromQuery(new URLSearchParams('since=2025&until=2025-11-03T10:00Z')).filter).toEqual({
      since: '2025',
      until: '2025-11-03T10:00Z',
    });
    expect(filterFromQuery(new URLSearchParams('since=2025-13-45')).problems).toHaveLength(1);
  });

  it('reads hideIsolated as true/false or 1/0', () => {
    expect(filterFromQuery(new URLSearchParams('hideIsolated=1')).filter).toEqual({ hideIsolated: true });
    expect(filterFromQuery(new URLSearchParams('hideIsolated=0')).filter).toEqual({ hideIsolated: false });
  });

  it('still reads the names links used before the filter had one form (pol, min, isolated=show)', () => {
    const { filter, problems } = filterFromQuery(new URLSearchParams('pol=cooperative&min=2&isolated=show'));
    expect(problems).toEqual([]);
    expect(filter).toEqual({ polarities: ['cooperative'], minWeight: 2, hideIsolated: false });
    expect(filterFromQuery(new URLSearchParams('isolated=hide')).filter).toEqual({});
    // The current name wins, and writing drops the legacy one.
    expect(filterFromQuery(new URLSearchParams('min=5&minWeight=2')).filter.minWeight).toBe(2);
    expect(filterToQuery({ minWeight: 2 }, new URLSearchParams('min=5')).toString()).toBe('minWeight=2');
  });
});
