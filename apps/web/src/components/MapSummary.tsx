/**
 * The map said in words, for people who cannot see the canvas (screen readers read it as the map's
 * description): what is shown, how the relations split by kind of tie, and who is most central, with
 * where to go next. The panels, search and lists then give every relation with its evidence as text.
 */
import type { GraphViewData } from '../api/types';
import type { VisibleSet } from '../filters/filter';
import { plural } from './format';

/** Actors named as most central. */
const NAMED = 5;

export function describeMap(view: GraphViewData, visible: VisibleSet): string {
  const ties = { cooperative: 0, conflictual: 0, neutral: 0 };
  for (const edge of view.edges) if (visible.edges.has(edge.id)) ties[edge.polarity] += 1;
  const central = view.nodes
    .filter((node) => visible.nodes.has(node.id))
    .sort((a, b) => b.centrality - a.centrality || b.degree - a.degree || a.label.localeCompare(b.label))
    .slice(0, NAMED)
    .map((node) => node.label);
  const shown = `The map shows ${plural(visible.nodes.size, 'actor')} and ${plural(visible.edges.size, 'relation')}`;
  const split = `${ties.cooperative} of alignment, ${ties.conflictual} of hostility, ${ties.neutral} of contact or roles`;
  const most = central.length > 0 ? ` Most central: ${central.join(', ')}.` : '';
  return `${shown}: ${split}.${most} Search for an actor to read its relations and their evidence.`;
}

export function MapSummary({ view, visible }: { view: GraphViewData; visible: VisibleSet }) {
  return (
    <p id="map-summary" className="visually-hidden" data-testid="map-summary">
      {describeMap(view, visible)}
    </p>
  );
}
