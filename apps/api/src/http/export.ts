import type { ServerResponse } from 'node:http';
import { filterFromQuery, toGEXF, toJSON } from '@entente/core';
import { filteredGraph } from '../service/filters.js';
import type { GraphService } from '../service/graph-service.js';
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

/** Sends the (filtered) graph as a download in the format the path names. */
export function sendExport(
  res: ServerResponse,
  service: GraphService,
  format: ExportFormat,
  params: URLSearchParams,
): void {
  // The filter's one URL form, as the web app writes it: `?types=meets,hosts&since=2025-11-01&hideIsolated=true`.
  // No parameter, the whole graph, isolated actors included. A parameter that cannot be read is refused.
  const { filter, problems } = filterFromQuery(params);
  if (problems.length > 0) {
    sendJson(res, 400, { error: problems[0]!.message });
    return;
  }
  const graph = filteredGraph(service.graph, filter);
  const body = Buffer.from(format === 'graph.gexf' ? toGEXF(graph) : JSON.stringify(toJSON(graph)));
  const { contentType, filename } = FORMATS[format];
  res.writeHead(200, {
    'Content-Type': contentType,
    'Content-Length': String(body.length),
    'Content-Disposition': `attachment; filename="${filename}"`,
    'Cache-Control': 'no-store',
  });
  res.end(body);
}
