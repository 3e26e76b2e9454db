/** The main screen: filters on the left, the map in the middle, details and tools on the right. */
import { useCallback, useEffect } from 'react';
import type { ActorRef } from '../api/types';
import { EdgeTooltip } from '../components/EdgeTooltip';
import { Legend } from '../components/Legend';
import { MapSummary } from '../components/MapSummary';
import { SigmaCanvas } from '../components/SigmaCanvas';
import { colorModeStore } from '../core/appearance';
import { useLegendEntries } from '../core/appearance/useLegendEntries';
import { filtersStore } from '../core/filters';
import { reloadGraph, showIngested, useGraphLoading } from '../core/graph/load';
import { closeDrawersOnEscape, drawerActions, drawersStore } from '../core/layout';
import { useLiveUpdates } from '../core/live/useLiveUpdates';
import { closeToolOnSelection, panelStore } from '../core/panels';
import { selectionActions, selectionStore } from '../core/selection';
import { flyToNode, sigmaStore } from '../core/sigma';
import { useStore } from '../core/store';
import { exportPng } from '../export/exportPng';
import { mapImageFrame } from '../export/mapImage';
import { useVisibleGraph } from '../filters/useVisibleGraph';
import { FilterPanel } from './FilterPanel';
import { LiveStatus } from './LiveStatus';
import { hasSidePanel, SidePanel } from './SidePanel';
import { EmptyOverlay, GraphCounts, LoadOverlay } from './StageOverlays';
import { TimelineView } from './TimelineView';
import { Toolbar } from './Toolbar';

export function MainView({ bench }: { bench: number | null }) {
  const graphState = useGraphLoading(bench);
  const filters = useStore(filtersStore);
  const colorMode = useStore(colorModeStore);
  const selection = useStore(selectionStore);
  const panel = useStore(panelStore);
  const drawers = useStore(drawersStore);

  useEffect(closeToolOnSelection, []);
  useLiveUpdates(bench === null);
  useEffect(closeDrawersOnEscape, []);

  const ready = graphState.status === 'ready' ? graphState : null;
  const visible = useVisibleGraph(ready?.view ?? null, ready?.version, filters);
  const { kinds, communities } = useLegendEntries(ready?.view ?? null, visible);
  const nameOf = useCallback(
    (id: string) => (ready?.graph.hasNode(id) ? ready.graph.getNodeAttribute(id, 'label') : id),
    [ready],
  );
  const selectActor = useCallback((id: string) => {
    selectionActions.selectNode(id);
    flyToNode(id);
  }, []);
  const onChooseActor = useCallback((actor: ActorRef) => selectActor(actor.id), [selectActor]);
  const withSide = hasSidePanel(panel, selection);
  const onExportPng = useCallback(async () => {
    const sigma = sigmaStore.get();
    if (!sigma || !ready || !visible) return;
    const frame = await mapImageFrame({
      filters,
      colorMode,
      kinds,
      communities,
      visible,
      view: ready.view,
      offline: bench !== null,
    });
    await exportPng(sigma, frame);
  }, [ready, visible, filters, colorMode, kinds, communities, bench]);

  return (
    <div className={`app${withSide ? ' with-side' : ''}${drawers.filters ? ' filters-open' : ''}`}>
      <nav className="skip-links" aria-label="Skip links">
        {withSide ? <a href="#details">Skip to the details</a> : null}
        <a href="#map">Skip to the map</a>
        <a href="#filters" className="wide-only">
          Skip to the filters
        </a>
      </nav>
      <Toolbar
        colorMode={colorMode}
        tool={panel.tool}
        filters={filters}
        onChooseActor={onChooseActor}
        onExportPng={onExportPng}
        offline={bench !== null}
      />
      {/* The details come before the map and the ~40 filter controls in the tab order. */}
      {withSide ? (
        <aside className="side" id="details" aria-label="Details" tabIndex={-1}>
          <SidePanel
            panel={panel}
            selection={selection}
            version={ready?.version ?? 0}
            nameOf={nameOf}
            onSelectActor={selectActor}
            onIngested={(result) => void showIngested(bench, result)}
            view={ready?.view ?? null}
            visible={visible}
          />
        </aside>
      ) : null}
      <main className="stage">
        <div className="map-area">
          {ready && visible ? (
            <>
              <SigmaCanvas graph={ready.graph} visible={visible} />
              <EdgeTooltip graph={ready.graph} />
              <MapSummary view={ready.view} visible={visible} />
              <GraphCounts visible={visible} view={ready.view} refreshing={ready.refreshing} />
              <EmptyOverlay
                visible={visible}
                view={ready.view}
                filters={filters}
                canIngest={bench === null}
              />
            </>
          ) : null}
          <LoadOverlay graphState={graphState} onRetry={() => void reloadGraph(bench)} />
          <LiveStatus />
        </div>
        {ready && visible ? <Legend colorMode={colorMode} kinds={kinds} communities={communities} /> : null}
        {ready && bench === null ? <TimelineView filters={filters} version={ready.version} /> : null}
      </main>
      {drawers.filters || drawers.menu ? (
        // Narrow screens: a tap beside an open drawer or menu closes it (wide screens hide this).
        <div className="backdrop" aria-hidden="true" onClick={drawerActions.closeAll} />
      ) : null}
      <aside className="sidebar" id="filters" aria-label="Filters" tabIndex={-1}>
        <h2 className="sidebar-title">Filters</h2>
        <FilterPanel filters={filters} />
      </aside>
    </div>
  );
}
