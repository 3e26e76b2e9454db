/**
 * The map as tables (a text alternative to the canvas): the actors and the relations on screen, sortable,
 * filterable by name, virtualised. A row selects the actor or relation on the map.
 */

import { foldText } from '@entente/core/common';
import { ACTOR_KIND_LABELS, RELATION_SPECS } from '@entente/core/ontology';
import { useMemo, useState } from 'react';
import type { GraphEdgeData, GraphNodeData, GraphViewData } from '../../api/types';
import { formatDate } from '../../components/format';
import { type Column, VirtualTable } from '../../components/VirtualTable';
import type { VisibleSet } from '../../filters/filter';

function useTextFilter<T>(rows: readonly T[], text: (row: T) => string) {
  const [query, setQuery] = useState('');
  const filtered = useMemo(() => {
    const wanted = foldText(query.trim());
    return wanted ? rows.filter((row) => foldText(text(row)).includes(wanted)) : rows;
  }, [rows, query, text]);
  return { query, setQuery, filtered };
}

const ACTOR_COLUMNS: Column<GraphNodeData>[] = [
  {
    id: 'name',
    label: 'Actor',
    render: (n) => n.label,
    sortValue: (n) => n.label.toLowerCase(),
    width: 'minmax(0, 2fr)',
  },
  { id: 'kind', label: 'Kind', render: (n) => ACTOR_KIND_LABELS[n.kind], sortValue: (n) => n.kind },
  {
    id: 'degree',
    label: 'Ties',
    render: (n) => n.degree,
    sortValue: (n) => n.degree,
    numeric: true,
    width: '48px',
  },
  {
    id: 'centrality',
    label: 'Centrality',
    render: (n) => n.centrality.toFixed(2),
    sortValue: (n) => n.centrality,
    numeric: true,
    width: '72px',
  },
  {
    id: 'mentions',
    label: 'Mentions',
    render: (n) => n.mentions,
    sortValue: (n) => n.mentions,
    numeric: true,
    width: '64px',
  },
];

const actorText = (node: GraphNodeData) => node.label;

export function ActorTable({
  view,
  visible,
  onSelectActor,
}: {
  view: GraphViewData;
  visible: VisibleSet;
  onSelectActor: (id: string) => void;
}) {
  const rows = useMemo(() => view.nodes.filter((node) => visible.nodes.has(node.id)), [view, visible]);
  const { query, setQuery, filtered } = useTextFilter(rows, actorText);
  return (
    <>
      <input
        type="search"
        className="list-filter"
        placeholder={`Filter ${rows.length} actors…`}
        aria-label="Filter the actors"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <VirtualTable
        rows={filtered}
        columns={ACTOR_COLUMNS}
        rowKey={(node) => node.id}
        onRowClick={(node) => onSelectActor(node.id)}
        initialSort={{ column: 'centrality', descending: true }}
        label="Actors on the map"
        testId="table-actors"
      />
    </>
  );
}

export function RelationTable({
  view,
  visible,
  onSelectEdge,
}: {
  view: GraphViewData;
  visible: VisibleSet;
  onSelectEdge: (id: string) => void;
}) {
  const names = useMemo(() => new Map(view.nodes.map((node) => [node.id, node.label])), [view]);
  const rows = useMemo(() => view.edges.filter((edge) => visible.edges.has(edge.id)), [view, visible]);
  const columns = useMemo<Column<GraphEdgeData>[]>(() => {
    const name = (id: string) => names.get(id) ?? id;
    return [
      {
        id: 'source',
        label: 'From',
        render: (e) => name(e.source),
        sortValue: (e) => name(e.source).toLowerCase(),
      },
      {
        id: 'type',
        label: 'Relation',
        render: (e) => RELATION_SPECS[e.type].label,
        sortValue: (e) => e.type,
        width: '88px',
      },
      {
        id: 'target',
        label: 'To',
        render: (e) => name(e.target),
        sortValue: (e) => name(e.target).toLowerCase(),
      },
      {
        id: 'weight',
        label: 'Sources',
        render: (e) => e.weight,
        sortValue: (e) => e.weight,
        numeric: true,
        width: '56px',
      },
      {
        id: 'seen',
        label: 'Last seen',
        render: (e) => formatDate(e.lastSeen),
        sortValue: (e) => e.lastSeen ?? '',
        width: '84px',
      },
    ];
  }, [names]);
  const text = useMemo(
    () => (edge: GraphEdgeData) =>
      `${names.get(edge.source) ?? ''} ${edge.type} ${names.get(edge.target) ?? ''}`,
    [names],
  );
  const { query, setQuery, filtered } = useTextFilter(rows, text);
  return (
    <>
      <input
        type="search"
        className="list-filter"
        placeholder={`Filter ${rows.length} relations…`}
        aria-label="Filter the relations"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <VirtualTable
        rows={filtered}
        columns={columns}
        rowKey={(edge) => edge.id}
        onRowClick={(edge) => onSelectEdge(edge.id)}
        initialSort={{ column: 'weight', descending: true }}
        label="Relations on the map"
        testId="table-relations"
      />
    </>
  );
}
