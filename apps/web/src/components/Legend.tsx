/**
 * What colours, sizes and arrows mean: a strip under the map (never over it, so it hides no node),
 * folded to one line on demand, and folded from the start on phones where height is scarce.
 */
import type { ActorKind } from '@entente/core/ontology';
import { useId, useState } from 'react';
import type { ColorMode } from '../core/appearance/colors';
import { type CommunityEntry, legendSections } from '../core/appearance/legend';

function startsOpen(): boolean {
  return typeof window.matchMedia !== 'function' || !window.matchMedia('(max-width: 700px)').matches;
}

export function Legend({
  colorMode,
  kinds,
  communities,
}: {
  colorMode: ColorMode;
  /** Kinds present in the graph, so the legend lists only what can be seen. */
  kinds: ActorKind[];
  /** Communities on screen with their sizes and names, largest first. */
  communities: CommunityEntry[];
}) {
  const [open, setOpen] = useState(startsOpen);
  const id = useId();
  return (
    <section className={`legend${open ? ' open' : ''}`} aria-label="Legend" data-testid="legend">
      <button
        type="button"
        className="legend-toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((value) => !value)}
      >
        Legend <span aria-hidden="true">{open ? '▾' : '▸'}</span>
      </button>
      <div className="legend-sections" id={id} hidden={!open}>
        {legendSections(colorMode, kinds, communities).map((section) => (
          <div className="legend-block" key={section.title}>
            <h3>{section.title}</h3>
            <ul>
              {section.items.map((item) => (
                <li key={item.label}>
                  <span className={item.shape} style={{ background: item.color }} /> {item.label}
                  {item.detail ? <span className="muted"> {item.detail}</span> : null}
                </li>
              ))}
              {section.notes.map((note) => (
                <li key={note} className="muted">
                  {note}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}
