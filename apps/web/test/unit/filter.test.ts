import { describe, expect, it } from 'vitest';
import { gexfUrl } from '../../src/export/exportGexf';
import {
  applyFilters,
  DEFAULT_FILTERS,
  describeCounts,
  edgeInDateRange,
  isFiltered,
} from '../../src/filters/filter';
import { view } from './fixtures';

describe('applyFilters', () => {
  it('shows every related actor and every relation by default, hiding isolated actors', () => {
    const visible = applyFilters(view, DEFAULT_FILTERS);
    expect(visible.edges.size).toBe(5);
    expect([...visible.nodes].sort()).toEqual(['hakan-fidan', 'hamas', 'israel', 'turkey']);
    expect(describeCounts(visible, view)).toBe('Showing 4 of 5 actors, 5 of 5 relations');
  });

  it('keeps isolated actors when asked', () => {
    const visible = applyFilters(view, { ...DEFAULT_FILTERS, hideIsolated: false });
    expect(visible.nodes.has('oic')).toBe(true);
  });

  it('drops conflictual relations when that polarity is unchecked', () => {
    const visible = applyFilters(view, { ...DEFAULT_FILTERS, polarities: ['cooperative', 'neutral'] });
    expect([...visible.edges].sort()).toEqual([
      'hakan-fidan|represents|turkey',
      'hakan-fidan|urges|hamas',
      'hamas|meets|turkey',
    ]);
    // Israel only had conflictual ties, so it disappears with them.
    expect(visible.nodes.has('israel')).toBe(false);
  });

  it('filters by relation type, actor kind and minimum number of sources', () => {
    expect([...applyFilters(view, { ...DEFAULT_FILTERS, types: ['meets'] }).edges]).toEqual([
      'hamas|meets|turkey',
    ]);
    const noPersons = applyFilters(view, { ...DEFAULT_FILTERS, kinds: ['state', 'armed_group'] });
    expect(noPersons.nodes.has('hakan-fidan')).toBe(false);
    expect([...noPersons.edges].some((id) => id.startsWith('hakan-fidan'))).toBe(false);
    const twoSources = applyFilters(view, { ...DEFAULT_FILTERS, minWeight: 2 });
    expect([...twoSources.edges].sort()).toEqual(['hakan-fidan|represents|turkey', 'israel|opposes|turkey']);
  });

  it('takes the API answer for a date range: its relations, counted by the sources inside the range', () => {
    const range = { ...DEFAULT_FILTERS, since: '2025-11-04', until: '2025-11-30' };
    // Israel opposes Turkey is seen 3–4 Nov, so its span overlaps; but the API found only one source in range.
    const dated = new Map([
      ['israel|opposes|turkey', 1],
      ['hakan-fidan|represents|turkey', 3],
    ]);
    expect([...applyFilters(view, range, dated).edges].sort()).toEqual([
      'hakan-fidan|represents|turkey',
      'israel|opposes|turkey',
    ]);
    expect([...applyFilters(view, { ...range, minWeight: 2 }, dated).edges]).toEqual([
      'hakan-fidan|represents|turkey',
    ]);
    // Without a date range the answer is not consulted.
    expect(applyFilters(view, DEFAULT_FILTERS, new Map()).edges.size).toBe(5);
  });

  it('keeps relations whose dates overlap the range and drops undated ones once a bound is set', () => {
    const november = applyFilters(view, { ...DEFAULT_FILTERS, since: '2025-11-01', until: '2025-11-30' });
    expect(november.edges.has('israel|opposes|turkey')).toBe(true);
    expect(november.edges.has('israel|criticizes|hamas')).toBe(false);
    expect(november.edges.has('hakan-fidan|represents|turkey')).toBe(false);
    const edge = view.edges[0]!;
    expect(edgeInDateRange(edge, '2025-11-04', null)).toBe(true);
    expect(edgeInDateRange(edge, '2025-11-05', null)).toBe(false);
    expect(edgeInDateRange(edge, null, '2025-11-03T10:00:00Z')).toBe(true);
    expect(edgeInDateRange(edge, null, '2025-11-02')).toBe(false);
  });

  it('knows when filters differ from the defaults', () => {
    expect(isFiltered(DEFAULT_FILTERS)).toBe(false);
    expect(isFiltered({ ...DEFAULT_FILTERS, minWeight: 3 })).toBe(true);
  });
});

describe('gexfUrl', () => {
  it('asks the API for the graph the map shows', () => {
    expect(gexfUrl(DEFAULT_FILTERS)).toBe('/export/graph.gexf?hideIsolated=true');
    expect(
      gexfUrl({
        ...DEFAULT_FILTERS,
        polarities: ['cooperative'],
        since: '2025-11-01',
        minWeight: 2,
        hideIsolated: false,
      }),
    ).toBe('/export/graph.gexf?polarities=cooperative&since=2025-11-01&minWeight=2&hideIsolated=false');
  });
});
