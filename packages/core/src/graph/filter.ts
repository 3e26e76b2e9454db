import type { GraphFilter } from '../filter/filter.js';
import type { EvidenceRef } from '../ontology/documents.js';
import { createEntenteGraph } from './create.js';
import { dateInRange, distinctDocuments, evidenceSpan } from './evidence-dates.js';
import type { EntenteGraph, RelationEdgeAttributes } from './types.js';

/**
 * A new graph with only what the filter keeps. Dates act on evidence, not on whole edges: an edge
 * survives a time window with just the evidence inside it, and its weight and first/last seen dates
 * are recomputed from that evidence. Undated evidence is left out as soon as a date bound is given.
 */
export function filterGraph<E extends EvidenceRef>(
  graph: EntenteGraph<E>,
  filter: GraphFilter,
): EntenteGraph<E> {
  const types = filter.types ? new Set<string>(filter.types) : undefined;
  const polarities = filter.polarities ? new Set<string>(filter.polarities) : undefined;
  const kinds = filter.kinds ? new Set<string>(filter.kinds) : undefined;
  const byDate = filter.since !== undefined || filter.until !== undefined;
  const minWeight = filter.minWeight ?? 0;

  const filtered = createEntenteGraph<E>();
  filtered.replaceAttributes({ ...graph.getAttributes(), documents: [...graph.getAttribute('documents')] });

  graph.forEachNode((node, attributes) => {
    if (kinds && !kinds.has(attributes.kind)) return;
    filtered.addNode(node, {
      ...attributes,
      aliases: [...attributes.aliases],
      documents: [...attributes.documents],
    });
  });

  graph.forEachEdge((edge, attributes, source, target) => {
    if (!filtered.hasNode(source) || !filtered.hasNode(target)) return;
    if (types && !types.has(attributes.type)) return;
    if (polarities && !polarities.has(attributes.polarity)) return;
    let kept: RelationEdgeAttributes<E> = { ...attributes, evidence: [...attributes.evidence] };
    if (byDate) {
      const evidence = attributes.evidence.filter((piece) =>
        dateInRange(piece.date, filter.since, filter.until),
      );
      if (evidence.length === 0) return;
      const { firstSeen: _first, lastSeen: _last, ...rest } = attributes;
      kept = { ...rest, evidence, weight: distinctDocuments(evidence), ...evidenceSpan(evidence) };
    }
    if (kept.weight < minWeight) return;
    filtered.addDirectedEdgeWithKey(edge, source, target, kept);
  });

  if (filter.hideIsolated) {
    for (const node of filtered.nodes()) if (filtered.degree(node) === 0) filtered.dropNode(node);
  }
  return filtered;
}
