/** What colours, sizes and arrows mean. */
import { ACTOR_KIND_LABELS, type ActorKind } from '@entente/core/ontology';
import { type ColorMode, communityColor, KIND_COLORS, POLARITY_COLORS } from '../graph/colors';

export function Legend({
  colorMode,
  kinds,
  communities,
}: {
  colorMode: ColorMode;
  /** Kinds present in the graph, so the legend lists only what can be seen. */
  kinds: ActorKind[];
  communities: number[];
}) {
  return (
    <aside className="legend" aria-label="Legend">
      <div className="legend-block">
        <h3>Relations</h3>
        <ul>
          <li>
            <span className="line" style={{ background: POLARITY_COLORS.cooperative }} /> cooperative
          </li>
          <li>
            <span className="line" style={{ background: POLARITY_COLORS.conflictual }} /> conflictual
          </li>
          <li>
            <span className="line" style={{ background: POLARITY_COLORS.neutral }} /> neutral
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
            : communities.slice(0, 8).map((community) => (
                <li key={community}>
                  <span className="dot" style={{ background: communityColor(community) }} /> community{' '}
                  {community}
                </li>
              ))}
          {colorMode === 'community' && communities.length > 8 ? (
            <li className="muted">+{communities.length - 8} more</li>
          ) : null}
          <li className="muted">size = centrality</li>
        </ul>
      </div>
    </aside>
  );
}
