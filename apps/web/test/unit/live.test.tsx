import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  alertsStore,
  describeReported,
  recentActions,
  recentStore,
  relationEnds,
  watchActions,
  watchlistStore,
} from '../../src/core/live';
import { LiveStatus } from '../../src/views/LiveStatus';

afterEach(() => {
  cleanup();
  alertsStore.set([]);
  for (const pair of watchlistStore.get()) watchActions.unwatch(pair.a, pair.b);
  recentActions.clear();
});

describe('watchlist', () => {
  const pair = { a: 'TUR', b: 'EGY', aName: 'Turkey', bName: 'Egypt', label: 'engaged' as const };

  it('raises an alert when a watched pair’s label changes, whichever way round it is seen', () => {
    watchActions.watch(pair);
    watchActions.observe('EGY', 'TUR', 'engaged');
    expect(alertsStore.get()).toEqual([]);
    watchActions.observe('EGY', 'TUR', 'hostile');
    expect(alertsStore.get()).toEqual([
      expect.objectContaining({
        from: 'engaged',
        to: 'hostile',
        pair: expect.objectContaining({ a: 'TUR' }),
      }),
    ]);
    // The new label is the one compared next time, and it is kept across reloads.
    expect(watchlistStore.get()[0]!.label).toBe('hostile');
    expect(JSON.parse(localStorage.getItem('entente.watchlist')!)[0].label).toBe('hostile');
  });

  it('ignores pairs nobody watches', () => {
    watchActions.observe('ISR', 'TUR', 'hostile');
    expect(alertsStore.get()).toEqual([]);
  });

  it('shows alerts and new relations over the map, each dismissable', () => {
    watchActions.watch(pair);
    watchActions.observe('TUR', 'EGY', 'strained');
    recentActions.add({ added: ['TUR|hosts|EGY', 'TUR|supports|EGY'], strengthened: ['TUR|meets|EGY'] });
    render(<LiveStatus />);
    expect(screen.getByRole('alert').textContent).toContain('Turkey – Egypt: engaged → strained');
    expect(screen.getByTestId('live-recent').textContent).toContain(
      '2 new relations, 1 strengthened highlighted',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(recentStore.get().added.size + recentStore.get().strengthened.size).toBe(0);
  });

  it('keeps a relation new since the user last looked new when it is strengthened later', () => {
    recentActions.add({ added: ['TUR|hosts|EGY'], strengthened: ['TUR|meets|EGY'] });
    recentActions.add({ added: ['ISR|opposes|TUR'], strengthened: ['TUR|hosts|EGY', 'TUR|meets|EGY'] });
    const { added, strengthened } = recentStore.get();
    expect([...added].sort()).toEqual(['ISR|opposes|TUR', 'TUR|hosts|EGY']);
    expect([...strengthened]).toEqual(['TUR|meets|EGY']);
    expect(describeReported(0, 2)).toBe('2 relations strengthened');
    expect(describeReported(1, 0)).toBe('1 new relation');
  });

  it('reads a relation id’s two ends', () => {
    expect(relationEnds('TUR|hosts|EGY')).toEqual(['TUR', 'EGY']);
  });
});
