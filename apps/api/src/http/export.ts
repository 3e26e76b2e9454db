import type { ServerResponse } from 'node:http';
import {
  filterGraph,
  type GraphFilter,
  isActorKind,
  isPolarity,
  isRelationType,
  toGEXF,
  toJSON,
} from '@entente/core';
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

/** A bad query parameter, reported to the client as HTTP 400. */
class ExportParameterError extends Error {}

function listParameter<T extends string>(
  params: URLSearchParams,
  name: string,
  accepts: (value: unknown) => value is T,
): T[] | undefined {
  const raw = params.get(name);
  if (raw === null || raw === '') return undefined;
  const values = raw.split(',').map((value) => value.trim());
  const wrong = values.find((value) => !accepts(value));
  if (wrong !== undefined) throw new ExportParameterError(`Unknown value "${wrong}" for "${name}".`);
  return values as T[];
}

/**
 * The filter given by the query string, with the names of `GraphFilter` (lists comma-separated):
 * `/export/graph.gexf?types=meets,hosts&since=2025-11-01&hideIsolated=true`. No parameter, whole graph.
 */
export function exportFilter(params: URLSearchParams): GraphFilter {
  const filter: GraphFilter = {};
  const types = listParameter(params, 'types', isRelationType);
  const polarities = listParameter(params, 'polarities', isPolarity);
  const kinds = listParameter(params, 'kinds', isActorKind);
  if (types) filter.types = types;
  if (polarities) filter.polarities = polarities;
  if (kinds) filter.kinds = kinds;
  for (const name of ['since', 'until'] as const) {
    const value = params.get(name);
    if (value && !/^\d{4}(-\d{2}){0,2}/.test(value))
      throw new ExportParameterError(`"${name}" must be an ISO date.`);
    if (value) filter[name] = value;
  }
  const minWeight = params.get('minWeight');
  if (minWeight) {
    if (!/^\d+$/.test(minWeight)) throw new ExportParameterError('"minWeight" must be a whole number.');
    filter.minWeight = Number(minWeight);
  }
  const hideIsolated = params.get('hideIsolated');
  if (hideIsolated) filter.hideIsolated = hideIsolated === 'true' || hideIsolated === '1';
  return filter;
}

/** Sends the (filtered) graph as a download in the format the path names. */
export function sendExport(
  res: ServerResponse,
  service: GraphService,
  format: ExportFormat,
  params: URLSearchParams,
): void {
  let filter: GraphFilter;
  try {
    filter = exportFilter(params);
  } catch (error) {
    if (error instanceof ExportParameterError) {
      sendJson(res, 400, { error: error.message });
      return;
    }
    throw error;
  }
  const graph = Object.keys(filter).length > 0 ? filterGraph(service.graph, filter) : service.graph;
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
