import type { ServerResponse } from 'node:http';
import { filterFromQuery, type QuotedGraph, toGEXF, toJSON } from '@entente/core';
import { filteredGraph } from '../service/filters.js';
import type { GraphService } from '../service/graph-service.js';
import { StorageError } from '../store/storage-error.js';
import { exportPositions } from './export-layout.js';
import { sendJson } from './respond.js';

/** The export formats, by path under `/export/`. */
const FORMATS = {
  'graph.gexf': { contentType: 'application/gexf+xml; charset=utf-8', filename: 'entente-graph.gexf' },
  'graph.json': { contentType: 'application/json; charset=utf-8', filename: 'entente-graph.json' },
} as const;

export type ExportFormat = keyof typeof FORMATS;

export function isExportFormat(name: string): name is ExportFormat {
  return Object.hasOwn(FORMATS, name);
}

/** The filter as a caption for the file's metadata: "Entente graph (types=meets,hosts; since=2025-11-01)". */
function describeFilter(params: URLSearchParams): string {
  const parts = [...params.entries()]
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}=${value}`);
  return parts.length === 0 ? 'Entente graph' : `Entente graph (${parts.join('; ')})`;
}

/** Sends the (filtered) graph as a download in the format the path names. */
export async function sendExport(
  res: ServerResponse,
  service: GraphService,
  format: ExportFormat,
  params: URLSearchParams,
): Promise<void> {
  // The filter's one URL form, as the web app writes it: `?types=meets,hosts&since=2025-11-01&hideIsolated=true`.
  // No parameter, the whole graph, isolated actors included. A parameter that cannot be read is refused.
  const { filter, problems } = filterFromQuery(params);
  if (problems.length > 0) {
    sendJson(res, 400, { error: problems[0]!.message });
    return;
  }
  // Every piece of evidence with its quote: the graph keeps references, the texts are in the store.
  let graph: QuotedGraph;
  try {
    graph = await service.quotedGraph(filteredGraph(service.graph, filter));
  } catch (error) {
    if (!(error instanceof StorageError)) throw error;
    sendJson(res, 503, { error: `Could not read the evidence from the database: ${error.message}` });
    return;
  }
  // GEXF carries positions from the map's own layout of the same nodes and edges, so Gephi opens the
  // picture the user saw (a fresh layout of it: the map may have continued an earlier one).
  const positions = format === 'graph.gexf' ? await exportPositions(graph) : undefined;
  const body = Buffer.from(
    format === 'graph.gexf'
      ? toGEXF(graph, { ...(positions ? { positions } : {}), description: describeFilter(params) })
      : JSON.stringify(toJSON(graph)),
  );
  const { contentType, filename } = FORMATS[format];
  res.writeHead(200, {
    'Content-Type': contentType,
    'Content-Length': String(body.length),
    'Content-Disposition': `attachment; filename="${filename}"`,
    'Cache-Control': 'no-store',
  });
  res.end(body);
}
