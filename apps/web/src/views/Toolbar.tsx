/**
 * The top bar: search, colour mode, tools and exports. Narrow screens fold the filters into a drawer
 * (a Filters button) and, on phones, the tools into a menu.
 */
import { useState } from 'react';
import type { ActorRef } from '../api/types';
import { SearchBox } from '../components/SearchBox';
import { toggleColorMode } from '../core/appearance';
import type { ColorMode } from '../core/appearance/colors';
import { drawerActions, drawersStore } from '../core/layout';
import { panelActions, type Tool } from '../core/panels';
import { resetCamera, zoomBy } from '../core/sigma';
import { useStore } from '../core/store';
import { gexfUrl } from '../export/exportGexf';
import type { FilterState } from '../filters/filter';

export function Toolbar({
  colorMode,
  tool,
  filters,
  onChooseActor,
  onExportPng,
  offline,
}: {
  colorMode: ColorMode;
  filters: FilterState;
  tool: Tool;
  onChooseActor: (actor: ActorRef) => void;
  /** Make and download the framed PNG (MainView knows the counts, filters and legend it needs). */
  onExportPng: () => Promise<void>;
  /** Benchmark mode: no API, so no search, tools or GEXF. */
  offline?: boolean;
}) {
  const [exportError, setExportError] = useState<string | null>(null);
  const drawers = useStore(drawersStore);
  const onExport = async () => {
    try {
      setExportError(null);
      await onExportPng();
    } catch (error) {
      setExportError(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <header className="toolbar">
      <h1 className="brand">
        Entente <span className="brand-sub">diplomatic network</span>
      </h1>
      {offline ? null : <SearchBox label="Search actors" onChoose={onChooseActor} />}
      <button
        type="button"
        className="button only-narrow"
        aria-expanded={drawers.filters}
        aria-controls="filters"
        onClick={drawerActions.toggleFilters}
        data-testid="toggle-filters"
      >
        Filters
      </button>
      <button
        type="button"
        className="icon-button only-compact"
        aria-expanded={drawers.menu}
        aria-controls="toolbar-tools"
        aria-label="Menu"
        onClick={drawerActions.toggleMenu}
        data-testid="toggle-menu"
      >
        ☰
      </button>
      {/* A choice made in the phone menu closes it. */}
      {/* biome-ignore lint/a11y/useKeyWithClickEvents lint/a11y/noStaticElementInteractions: clicks bubble from its buttons */}
      <div
        className={`toolbar-tools${drawers.menu ? ' open' : ''}`}
        id="toolbar-tools"
        onClick={(event) => {
          if ((event.target as HTMLElement).closest('button, a')) drawerActions.closeAll();
        }}
      >
        <fieldset className="toolbar-group" aria-label="Node colours">
          <button
            type="button"
            className="button toggle"
            aria-pressed={colorMode === 'community'}
            onClick={toggleColorMode}
            data-testid="color-mode"
            title="Colour actors by kind or by community"
          >
            Colour: {colorMode === 'kind' ? 'kind' : 'community'}
          </button>
        </fieldset>
        {offline ? null : (
          <fieldset className="toolbar-group" aria-label="Tools">
            <button
              type="button"
              className="button"
              aria-pressed={tool === 'relationship'}
              onClick={() => panelActions.open(tool === 'relationship' ? null : 'relationship')}
            >
              Relationship
            </button>
            <button
              type="button"
              className="button"
              aria-pressed={tool === 'lists'}
              onClick={() => panelActions.open(tool === 'lists' ? null : 'lists')}
              data-testid="open-lists"
            >
              Lists
            </button>
            <button
              type="button"
              className="button"
              aria-pressed={tool === 'documents'}
              onClick={() => panelActions.open(tool === 'documents' ? null : 'documents')}
              data-testid="open-documents"
            >
              Documents
            </button>
            <button
              type="button"
              className="button"
              aria-pressed={tool === 'ingest'}
              onClick={() => panelActions.open(tool === 'ingest' ? null : 'ingest')}
              data-testid="open-ingest"
            >
              Add article
            </button>
            <button
              type="button"
              className="button"
              aria-pressed={tool === 'feeds'}
              onClick={() => panelActions.open(tool === 'feeds' ? null : 'feeds')}
              data-testid="open-feeds"
            >
              Feeds
            </button>
          </fieldset>
        )}
        <fieldset className="toolbar-group" aria-label="Export">
          <button type="button" className="button" onClick={onExport} title="Download the map as a PNG image">
            PNG
          </button>
          {offline ? null : (
            <a
              className="button"
              href={gexfUrl(filters)}
              download="entente-graph.gexf"
              title="Download the filtered graph for Gephi"
            >
              GEXF
            </a>
          )}
        </fieldset>
        <fieldset className="toolbar-group zoom" aria-label="Zoom">
          <button type="button" className="icon-button" onClick={() => zoomBy(1.5)} aria-label="Zoom in">
            +
          </button>
          <button type="button" className="icon-button" onClick={() => zoomBy(1 / 1.5)} aria-label="Zoom out">
            −
          </button>
          <button
            type="button"
            className="icon-button"
            onClick={resetCamera}
            aria-label="Fit the whole graph"
          >
            ⤢
          </button>
        </fieldset>
      </div>
      {exportError ? (
        <p className="state state-error" role="alert">
          {exportError}
        </p>
      ) : null}
    </header>
  );
}
