import { afterEach, describe, expect, it } from 'vitest';
import { closeToolOnSelection, INITIAL_PANEL_STATE, panelActions, panelStore } from '../../src/core/panels';
import { selectionActions } from '../../src/core/selection';

describe('a comparison in progress', () => {
  afterEach(() => {
    selectionActions.clear();
    panelStore.set(INITIAL_PANEL_STATE);
  });

  it('keeps the actor it started from when the map is clicked', () => {
    selectionActions.selectNode('israel');
    panelActions.open('relationship');
    selectionActions.clear();
    expect(panelStore.get()).toMatchObject({ tool: 'relationship', pairA: 'israel', pairB: null });
  });

  it('takes the actors picked on the map until it has two, then gives way to the details', () => {
    const stop = closeToolOnSelection();
    panelActions.open('relationship');
    selectionActions.selectNode('israel');
    expect(panelStore.get()).toMatchObject({ tool: 'relationship', pairA: 'israel', pairB: null });
    selectionActions.selectNode('israel');
    expect(panelStore.get().pairB).toBeNull();
    selectionActions.selectNode('turkey');
    expect(panelStore.get()).toMatchObject({ tool: 'relationship', pairA: 'israel', pairB: 'turkey' });
    selectionActions.selectNode('egypt');
    expect(panelStore.get().tool).toBeNull();
    stop();
  });
});
