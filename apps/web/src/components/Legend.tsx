/** What colours, sizes and arrows mean. */
import { ACTOR_KIND_LABELS, type ActorKind } from '@entente/core/ontology';
import { type ColorMode, communityColor, KIND_COLORS, POLARITY_COLORS } from '../core/appearance/colors';

/** More rows than this would hide the map behind the legend. */
const LEGEND_COMMUNITIES = 5;

export function Legend({
  colorMode,
  kinds,
  communities,
}: {
  colorMode: ColorMode;
  /** Kinds present in the graph, so the legend lists only what can be seen. */
  kinds: ActorKind[];
  /** Communities on screen with their sizes, largest first. */
  communities: { id: number; size: number }[];
}) {
  return (
    <aside className="legend" aria-label="Legend">
      <div className="legend-block">
        <h3>Relations</h3>
        <ul>
          <li>
            <span className="line" style={{ background: POLARITY_COLORS.cooperative }} /> alignment
          </li>
          <li>
            <span className="line" style={{ background: POLARITY_COLORS.conflictual }} /> hostility
          </li>
          <li>
            <span className="line" style={{ background: POLARITY_COLORS.neutral }} /> contact or role
          </li>
          <li className="muted">→ directed · thicker = more sources</li>
        </ul>
      </div>
      <div className="legend-block">
        <h3>{colorMode === 'kind' ? 'Actors' : 'Communities'}</h3>
        <ul>
          {colorMode === 'kind'
            ? kinds.map((kind) => (
                <li key={kind}>
                  <span className="dot" style={{ background: KIND_COLORS[kind] }} /> {ACTOR_KIND_LABELS[kind]}
                </li>
              ))
            : communities.slice(0, LEGEND_COMMUNITIES).map((community) => (
                <li key={community.id}>
                  <span className="dot" style={{ background: communityColor(community.id) }} /> community{' '}
                  {community.id} <span className="muted">({community.size})</span>
                </li>
              ))}
          {colorMode === 'community' && communities.length > LEGEND_COMMUNITIES ? (
            <li className="muted">+{communities.length - LEGEND_COMMUNITIES} smaller</li>
          ) : null}
          <li className="muted">size = centrality</li>
        </ul>
      </div>
    </aside>
  );
}
