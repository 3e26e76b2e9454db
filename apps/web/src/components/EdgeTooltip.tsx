/**
 * What an edge is, said beside the pointer while it rests on it: who does what to whom, how many
 * sources report it and when — the evidence itself is a click away.
 */
import { edgeHoverStore } from '../core/selection';
import { useStore } from '../core/store';
import type { EntenteSigmaGraph } from '../sigma/build';
import { formatSpan, plural } from './format';

/** Keep the tooltip this far right of and below the pointer. */
const OFFSET = 14;

export function EdgeTooltip({ graph }: { graph: EntenteSigmaGraph }) {
  const hover = useStore(edgeHoverStore);
  if (!hover || !graph.hasEdge(hover.edge)) return null;
  const attributes = graph.getEdgeAttributes(hover.edge);
  const [source, target] = graph.extremities(hover.edge);
  const name = (node: string) => graph.getNodeAttribute(node, 'label') ?? node;
  const span = formatSpan(attributes.firstSeen, attributes.lastSeen);
  return (
    <div
      className={`edge-tooltip polarity-${attributes.polarity}`}
      role="tooltip"
      data-testid="edge-tooltip"
      style={{ left: hover.x + OFFSET, top: hover.y + OFFSET }}
    >
      <strong>{name(source)}</strong> {attributes.label} <strong>{name(target)}</strong>
      <span className="muted">
        {' · '}
        {plural(attributes.weight, 'source')}
        {span ? ` · ${span}` : ''}
      </span>
      <span className="edge-tooltip-hint">Click for the evidence</span>
    </div>
  );
}
