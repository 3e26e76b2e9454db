import { readFileSync } from 'node:fs';
import { centrality } from '../../analytics/centrality.js';
import { communities } from '../../analytics/communities.js';
import { strongestAlliances, strongestTensions } from '../../analytics/rankings.js';
import type { RelationshipSummary } from '../../analytics/relationship.js';
import type { EntenteGraph } from '../../graph/types.js';
import { relationKindOf, TIE_KINDS } from '../../ontology/relations.js';
import { fromJSON } from '../../serialize/json.js';
import { type CommandSpec, HELP_OPTION, parseCommandArgs } from '../args.js';
import { InputError, reasonOf, UsageError } from '../errors.js';
import { fileSystemReason } from '../fs-errors.js';
import type { CliIo } from '../io.js';
import { formatTable } from '../table.js';

export const statsCommand = {
  name: 'stats',
  help: `Usage: entente stats [options] GRAPH.json

Prints what a graph built by \`entente build\` holds: actors by kind, relations by type and kind of tie,
the strongest tensions and alliances, the most central actors and the number of communities.

Options:
  -n, --top N     how many pairs and actors to list (default 10)
  --rollup        count people's relations for the state or organization they represent too
  -h, --help      show this help

Example:
  entente build data/corpus --out graph.json && entente stats graph.json
`,
  options: { ...HELP_OPTION, top: { type: 'string', short: 'n' }, rollup: { type: 'boolean' } },
} satisfies CommandSpec;

export function runStats(argv: string[], io: CliIo): number {
  const { values, positionals } = parseCommandArgs(statsCommand, argv);
  if (values.help) {
    io.stdout(statsCommand.help);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('expected exactly one GRAPH.json file', 'stats');
  const top = values.top === undefined ? 10 : Number(values.top);
  if (!Number.isInteger(top) || top < 1)
    throw new UsageError(`--top ${values.top}: expected a positive integer`, 'stats');
  const graph = readGraph(positionals[0]!);
  io.stdout(`${describeGraph(graph, top, values.rollup ?? false)}\n`);
  return 0;
}

/** Reads a graph written by `entente build --out FILE.json`, with one-line errors. */
export function readGraph(path: string): EntenteGraph {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(path, fileSystemReason(error));
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(
      path,
      `not valid JSON (${reasonOf(error)}); expected a graph from \`entente build --out FILE.json\``,
    );
  }
  try {
    return fromJSON(data);
  } catch (error) {
    throw new InputError(path, `not an Entente graph: ${reasonOf(error)}`);
  }
}

/** The report `entente stats` prints. */
export function describeGraph(graph: EntenteGraph, top: number, rollup: boolean): string {
  let evidence = 0;
  const byType = new Map<string, number>();
  const byKind = new Map<string, number>();
  graph.forEachEdge((_edge, attributes) => {
    evidence += attributes.evidence.length;
    byType.set(attributes.type, (byType.get(attributes.type) ?? 0) + 1);
    const kind = relationKindOf(attributes.type);
    byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
  });
  const byActorKind = new Map<string, number>();
  graph.forEachNode((_node, attributes) =>
    byActorKind.set(attributes.kind, (byActorKind.get(attributes.kind) ?? 0) + 1),
  );

  const label = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id);
  const pairRows = (pairs: RelationshipSummary[]) =>
    pairs.map((pair) => [
      `${label(pair.a)} – ${label(pair.b)}`,
      pair.score.toFixed(2),
      pair.label,
      ...TIE_KINDS.map((kind) => `${pair.counts[kind].relations} (${pair.counts[kind].evidence})`),
    ]);
  // Each kind of tie as "relations (pieces of evidence)": the two are never the same number.
  const pairHeaders = ['pair', 'score', 'label', ...TIE_KINDS.map((kind) => `${kind} rel. (evid.)`)];
  const { degree, betweenness } = centrality(graph);
  const central = graph
    .nodes()
    .sort((a, b) => betweenness[b]! - betweenness[a]! || degree[b]! - degree[a]! || a.localeCompare(b))
    .slice(0, top);
  const communityCount = new Set(Object.values(communities(graph))).size;

  const sections = [
    `${graph.order} actors, ${graph.size} relations, ${evidence} pieces of evidence, ${graph.getAttribute('documents').length} documents, ${communityCount} communities`,
    section('Actors by kind', formatTable(['kind', 'actors'], sortedCounts(byActorKind))),
    section('Relations by type', formatTable(['type', 'relations'], sortedCounts(byType))),
    section('Relations by kind of tie', formatTable(['kind', 'relations'], sortedCounts(byKind))),
    section(
      `Top tensions${rollup ? ' (rolled up)' : ''}`,
      formatTable(pairHeaders, pairRows(strongestTensions(graph, top, { rollup }))),
    ),
    section(
      `Top alliances${rollup ? ' (rolled up)' : ''}`,
      formatTable(pairHeaders, pairRows(strongestAlliances(graph, top, { rollup }))),
    ),
    section(
      'Most central actors',
      formatTable(
        ['actor', 'kind', 'degree', 'betweenness'],
        central.map((id) => [label(id), graph.getNodeAttribute(id, 'kind'), degree[id]!, betweenness[id]!]),
      ),
    ),
  ];
  return sections.join('\n\n');
}

function section(title: string, body: string): string {
  return `${title}\n${body}`;
}

function sortedCounts(counts: Map<string, number>): [string, number][] {
  return [...counts].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
}
