import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Legend } from '../../src/components/Legend';
import { describeMap } from '../../src/components/MapSummary';
import { communityEntries } from '../../src/core/appearance/useLegendEntries';

describe('Legend', () => {
  it('explains edge colours and the kinds present', () => {
    render(<Legend colorMode="kind" kinds={['state', 'person']} communities={[]} />);
    for (const text of ['alignment', 'hostility', 'contact or role', 'State', 'Person']) {
      expect(screen.getByText(text)).toBeTruthy();
    }
    expect(screen.queryByText('Organization')).toBeNull();
  });

  it('names the largest communities after their most central actor, with sizes, and sums up the rest', () => {
    const communities = [7, 5, 4, 3, 3, 2, 2, 1, 1, 1].map((size, id) => ({ id, size, name: `Actor ${id}` }));
    render(<Legend colorMode="community" kinds={[]} communities={communities} />);
    expect(screen.getByText('Communities')).toBeTruthy();
    expect(screen.getByText(/around Actor 0/)).toBeTruthy();
    expect(screen.getByText('(7)')).toBeTruthy();
    expect(screen.queryByText(/Actor 8/)).toBeNull();
    expect(screen.getByText('+2 smaller')).toBeTruthy();
  });

  it('folds to one line and back', () => {
    render(<Legend colorMode="kind" kinds={['state']} communities={[]} />);
    const toggle = screen.getByRole('button', { name: /legend/i });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    const sections = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(sections?.hidden).toBe(true);
    fireEvent.click(toggle);
    expect(sections?.hidden).toBe(false);
    expect(screen.getByText('State')).toBeTruthy();
  });
});

describe('community names', () => {
  it('names each community on screen after its most central visible actor, largest first', () => {
    const node = (id: string, community: number | null, centrality: number, degree = 1) => ({
      id,
      label: id.toUpperCase(),
      kind: 'state' as const,
      community,
      degree,
      centrality,
      mentions: 1,
    });
    const view = {
      nodes: [
        node('a', 1, 0.1),
        node('b', 1, 0.5),
        node('c', 1, 0.2),
        node('d', 2, 0, 3),
        node('e', 2, 0, 5),
        node('hidden', 2, 0.9),
        node('loner', null, 1),
      ],
      edges: [],
      totalNodes: 7,
      totalEdges: 0,
    };
    const visible = { nodes: new Set(['a', 'b', 'c', 'd', 'e', 'loner']), edges: new Set<string>() };
    expect(communityEntries(view, visible)).toEqual([
      { id: 1, size: 3, name: 'B' },
      { id: 2, size: 2, name: 'E' },
    ]);
  });
});

describe('the map in words', () => {
  it('says what is shown, how relations split by kind of tie, and who is most central', () => {
    const node = (id: string, centrality: number) => ({
      id,
      label: id.toUpperCase(),
      kind: 'state' as const,
      community: null,
      degree: 1,
      centrality,
      mentions: 1,
    });
    const edge = (id: string, polarity: 'cooperative' | 'conflictual' | 'neutral') => ({
      id,
      source: 'a',
      target: 'b',
      type: 'opposes' as const,
      polarity,
      directed: true,
      weight: 1,
      firstSeen: null,
      lastSeen: null,
    });
    const view = {
      nodes: [node('a', 0.2), node('b', 0.9), node('c', 0.5)],
      edges: [edge('e1', 'conflictual'), edge('e2', 'cooperative'), edge('e3', 'conflictual')],
      totalNodes: 3,
      totalEdges: 3,
    };
    const visible = { nodes: new Set(['a', 'b']), edges: new Set(['e1', 'e2']) };
    expect(describeMap(view, visible)).toBe(
      'The map shows 2 actors and 2 relations: 1 of alignment, 1 of hostility, 0 of contact or roles. Most central: B, A. Search for an actor to read its relations and their evidence.',
    );
  });
});
