/**
 * The words around an exported map: what it shows (counts, filters, colours), what the colours mean
 * (the legend's own sections) and where the data comes from (the outlets of the articles, asked of the
 * API when the image is made).
 */
import type { ActorKind } from '@entente/core/ontology';
import { fetchSources } from '../api/queries';
import type { GraphViewData } from '../api/types';
import { formatSpan, plural } from '../components/format';
import type { ColorMode } from '../core/appearance/colors';
import { type CommunityEntry, legendSections } from '../core/appearance/legend';
import { describeFilters } from '../filters/describeFilters';
import { describeCounts, type FilterState, type VisibleSet } from '../filters/filter';
import type { ImageFrame } from './imageFrame';

export interface MapImageContext {
  filters: FilterState;
  colorMode: ColorMode;
  kinds: readonly ActorKind[];
  communities: readonly CommunityEntry[];
  visible: VisibleSet;
  view: GraphViewData;
  /** No API to ask (the render benchmark). */
  offline: boolean;
}

/** Outlets named in the credit before "and N more". */
const CREDITED_OUTLETS = 6;

/** "Sources: A, B and 3 more (12 articles, 3 Nov 2025 – 11 Nov 2025)." */
export function sourceCredit(
  totalCount: number,
  documents: { source: string | null; publishedAt: string | null }[],
): string {
  if (totalCount === 0) return 'Sources: no article yet.';
  const counts = new Map<string, number>();
  for (const { source } of documents) if (source) counts.set(source, (counts.get(source) ?? 0) + 1);
  const outlets = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name);
  const named = outlets.slice(0, CREDITED_OUTLETS).join(', ');
  const more = outlets.length > CREDITED_OUTLETS ? ` and ${outlets.length - CREDITED_OUTLETS} more` : '';
  const dates = documents
    .map((d) => d.publishedAt?.slice(0, 10))
    .filter((d): d is string => Boolean(d))
    .sort();
  const span = formatSpan(dates[0] ?? null, dates.at(-1) ?? null);
  const about = [plural(totalCount, 'article'), ...(span ? [span] : [])].join(', ');
  return outlets.length > 0 ? `Sources: ${named}${more} (${about}).` : `Sources: ${about}.`;
}

export async function mapImageFrame(context: MapImageContext, now = new Date()): Promise<ImageFrame> {
  let credit = '';
  if (!context.offline) {
    try {
      const { totalCount, documents } = await fetchSources();
      credit = `${sourceCredit(totalCount, documents)} `;
    } catch {
      // The picture is still worth having without its outlets; the credit below still names the tool.
    }
  }
  const colours = context.colorMode === 'kind' ? 'Actors coloured by kind' : 'Actors coloured by community';
  return {
    title: 'Entente · diplomatic network',
    caption: `${describeCounts(context.visible, context.view)}. ${describeFilters(context.filters)} ${colours}; size = centrality.`,
    legend: legendSections(context.colorMode, context.kinds, context.communities),
    credit: `${credit}Relations extracted by Entente from the articles' sentences; made on ${window.location.host} on ${now.toISOString().slice(0, 10)}.`,
  };
}
