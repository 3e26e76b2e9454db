/**
 * The evidence histogram under the map: bars of evidence per day, week or month by kind of tie, the
 * data's first and last day, a brush that sets the map's date range (drag across bars; a click picks
 * one bar), and play, which walks the range through time.
 */

import { POLARITY_COLORS } from '@entente/core/common';
import { useMemo, useRef, useState } from 'react';
import type { EvidenceTimelineData } from '../api/queries';
import { formatDate, formatSpan, plural } from '../components/format';
import {
  bucketFor,
  bucketSpan,
  type DateWindow,
  dateOfDay,
  dayNumber,
  dayScale,
  histogram,
} from './histogram';
import { useElementWidth } from './useElementWidth';
import { usePlayback } from './usePlayback';

const HEIGHT = 64;
/** Kinds of tie bottom to top, coloured as the edges are (contact is grey). */
const STACK = [
  ['hostility', POLARITY_COLORS.conflictual],
  ['engagement', POLARITY_COLORS.neutral],
  ['alignment', POLARITY_COLORS.cooperative],
] as const;
const BUCKET_WORD = { day: 'day', week: 'week', month: 'month' } as const;

export function Timeline({
  data,
  since,
  until,
  onChange,
  onPlayStep = onChange,
}: {
  data: EvidenceTimelineData;
  since: string | null;
  until: string | null;
  onChange: (since: string | null, until: string | null) => void;
  /** A step of play after its first window (the view may record the whole play as one step). */
  onPlayStep?: (since: string | null, until: string | null) => void;
}) {
  const frame = useRef<HTMLDivElement>(null);
  const width = useElementWidth(frame);
  const first = data.first;
  const last = data.last;
  const bucket = first && last ? bucketFor(first, last) : 'day';
  const bars = useMemo(() => histogram(data.days, bucket), [data.days, bucket]);
  // The axis covers whole buckets, and any chosen range that reaches beyond the data.
  const domainFirst = [bars[0]?.start, since].filter((d): d is string => Boolean(d)).sort()[0] ?? null;
  const domainLast =
    [bars.at(-1)?.end, until]
      .filter((d): d is string => Boolean(d))
      .sort()
      .at(-1) ?? null;
  const scale = domainFirst && domainLast && width > 0 ? dayScale(domainFirst, domainLast, width) : null;
  const tallest = Math.max(1, ...bars.map((bar) => bar.total));
  const [drag, setDrag] = useState<{ from: number; to: number; x0: number } | null>(null);
  const playback = usePlayback({
    since,
    until,
    first,
    last,
    bucket,
    onWindow: (window: DateWindow) => onChange(window.since, window.until),
    onStep: (window: DateWindow) => onPlayStep(window.since, window.until),
  });

  const dayAtEvent = (event: React.PointerEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return scale!.dayAt(event.clientX - box.left);
  };
  const onPointerDown = (event: React.PointerEvent<SVGSVGElement>) => {
    if (!scale || event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    const day = dayAtEvent(event);
    setDrag({ from: day, to: day, x0: event.clientX });
  };
  const onPointerMove = (event: React.PointerEvent<SVGSVGElement>) => {
    if (!drag || !scale) return;
    setDrag({ ...drag, to: dayAtEvent(event) });
  };
  const onPointerUp = (event: React.PointerEvent<SVGSVGElement>) => {
    if (!drag || !scale) return;
    setDrag(null);
    if (Math.abs(event.clientX - drag.x0) < 4) {
      // A click picks the bar under the pointer.
      const span = bucketSpan(dateOfDay(drag.from), bucket);
      onChange(span.start, span.end);
      return;
    }
    const low = Math.min(drag.from, drag.to);
    const high = Math.max(drag.from, drag.to);
    onChange(bucketSpan(dateOfDay(low), bucket).start, bucketSpan(dateOfDay(high), bucket).end);
  };

  // The range on screen: the one being dragged, else the filter's.
  const shown = drag
    ? { from: Math.min(drag.from, drag.to), to: Math.max(drag.from, drag.to) }
    : since || until
      ? {
          from: since ? dayNumber(since) : (scale?.first ?? 0),
          to: until ? dayNumber(until) : scale ? scale.end - 1 : 0,
        }
      : null;
  const total = bars.reduce((sum, bar) => sum + bar.total, 0);

  return (
    <section className="timeline" aria-label="Timeline of evidence" data-testid="timeline">
      <div className="timeline-head">
        <button
          type="button"
          className="button small"
          onClick={playback.playing ? playback.pause : playback.play}
          disabled={!first}
          data-testid="timeline-play"
          aria-pressed={playback.playing}
        >
          {playback.playing ? '❚❚ Pause' : '▶ Play'}
        </button>
        <span className="timeline-range" data-testid="timeline-span">
          {first && last
            ? `Evidence ${formatSpan(first, last)} · ${plural(total, 'piece')} of alignment, contact and hostility by ${BUCKET_WORD[bucket]}`
            : 'No dated evidence yet'}
          {data.undated > 0 ? ` · ${data.undated} undated` : ''}
        </span>
        {since || until ? (
          <span className="timeline-selection" data-testid="timeline-selection">
            Showing {since ? formatDate(since) : 'the start'} – {until ? formatDate(until) : 'the end'}
            <button type="button" className="link small" onClick={() => onChange(null, null)}>
              all dates
            </button>
          </span>
        ) : (
          <span className="timeline-hint muted">Drag across the bars to pick dates</span>
        )}
      </div>
      <div className="timeline-plot" ref={frame}>
        {scale ? (
          <svg
            width="100%"
            height="100%"
            viewBox={`0 0 ${width} ${HEIGHT}`}
            preserveAspectRatio="none"
            role="img"
            aria-label={`Evidence per ${BUCKET_WORD[bucket]}, ${formatSpan(first, last)}`}
            onPointerDown={onPointerDown}
            onPointerMove={onPointerMove}
            onPointerUp={onPointerUp}
            onPointerCancel={() => setDrag(null)}
            data-testid="timeline-plot"
            data-first={domainFirst ?? undefined}
            data-last={domainLast ?? undefined}
          >
            {bars.map((bar) => {
              const x = scale.x(dayNumber(bar.start));
              const w = Math.max(1, scale.x(dayNumber(bar.end) + 1) - x - 1);
              let y = HEIGHT;
              return (
                <g key={bar.start} data-testid="timeline-bar" data-start={bar.start} data-total={bar.total}>
                  <title>{`${formatSpan(bar.start, bar.end)}: ${bar.alignment} alignment, ${bar.engagement} contact, ${bar.hostility} hostility`}</title>
                  {STACK.map(([kind, color]) => {
                    const h = (bar[kind] / tallest) * (HEIGHT - 4);
                    y -= h;
                    return h > 0 ? <rect key={kind} x={x} y={y} width={w} height={h} fill={color} /> : null;
                  })}
                </g>
              );
            })}
            {shown ? (
              <>
                <rect
                  className="timeline-dim"
                  x={0}
                  y={0}
                  width={Math.max(0, scale.x(shown.from))}
                  height={HEIGHT}
                />
                <rect
                  className="timeline-dim"
                  x={scale.x(shown.to + 1)}
                  y={0}
                  width={Math.max(0, width - scale.x(shown.to + 1))}
                  height={HEIGHT}
                />
                <rect
                  className="timeline-brush"
                  x={scale.x(shown.from)}
                  y={0.5}
                  width={Math.max(1, scale.x(shown.to + 1) - scale.x(shown.from))}
                  height={HEIGHT - 1}
                  data-testid="timeline-brush"
                />
              </>
            ) : null}
          </svg>
        ) : null}
      </div>
      {domainFirst && domainLast ? (
        <div className="timeline-axis muted" aria-hidden="true">
          <span>{formatDate(domainFirst)}</span>
          <span>{formatDate(domainLast)}</span>
        </div>
      ) : null}
    </section>
  );
}
