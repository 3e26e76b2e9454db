import { ACTOR_KINDS, POLARITIES } from '@entente/core/ontology';
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { filterActions, filtersStore, toggleIn } from '../../src/core/filters';
import { useStore } from '../../src/core/store';
import { applyFilters, DEFAULT_FILTERS } from '../../src/filters/filter';
import { FilterPanel } from '../../src/views/FilterPanel';
import { view } from './fixtures';

/** The panel wired to the real store, with the live counts line the main view shows. */
function Harness() {
  const filters = useStore(filtersStore);
  const visible = applyFilters(view, filters);
  return (
    <>
      <FilterPanel filters={filters} />
      <output data-testid="counts">
        {visible.nodes.size}/{visible.edges.size}
      </output>
    </>
  );
}

describe('filter state', () => {
  afterEach(() => filterActions.reset());

  it('toggles values in canonical order', () => {
    expect(toggleIn(['neutral', 'cooperative'], 'conflictual', POLARITIES)).toEqual(POLARITIES);
    expect(toggleIn(POLARITIES, 'cooperative', POLARITIES)).toEqual(['conflictual', 'neutral']);
  });

  it('clamps the minimum number of sources to a whole number of at least one', () => {
    filterActions.setMinWeight(0);
    expect(filtersStore.get().minWeight).toBe(1);
    filterActions.setMinWeight(2.7);
    expect(filtersStore.get().minWeight).toBe(2);
    filterActions.setMinWeight(Number.NaN);
    expect(filtersStore.get().minWeight).toBe(1);
  });

  it('updates the counts live as boxes are ticked, and resets', () => {
    render(<Harness />);
    expect(screen.getByTestId('counts').textContent).toBe('4/5');
    fireEvent.click(screen.getByTestId('filter-polarity-conflictual'));
    expect(filtersStore.get().polarities).toEqual(['cooperative', 'neutral']);
    expect(screen.getByTestId('counts').textContent).toBe('3/3');
    fireEvent.click(screen.getByTestId('filter-kind-person'));
    expect(filtersStore.get().kinds).toEqual(ACTOR_KINDS.filter((kind) => kind !== 'person'));
    expect(screen.getByTestId('counts').textContent).toBe('2/1');
    fireEvent.change(screen.getByTestId('filter-min-sources'), { target: { value: '2' } });
    expect(screen.getByTestId('counts').textContent).toBe('0/0');
    fireEvent.click(screen.getByRole('button', { name: 'Reset filters' }));
    expect(filtersStore.get()).toEqual(DEFAULT_FILTERS);
    expect(screen.getByTestId('counts').textContent).toBe('4/5');
  });

  it('applies a date range', () => {
    render(<Harness />);
    fireEvent.change(screen.getByTestId('filter-since'), { target: { value: '2025-11-01' } });
    expect(filtersStore.get().since).toBe('2025-11-01');
    expect(screen.getByTestId('counts').textContent).toBe('4/3');
    fireEvent.change(screen.getByTestId('filter-since'), { target: { value: '' } });
    expect(filtersStore.get().since).toBeNull();
  });
});
