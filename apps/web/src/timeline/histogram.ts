/**
 * The evidence histogram under the map: days of evidence grouped into buckets (days, ISO weeks or
 * months, by the span of the data), and the scale between dates and x positions that the brush uses.
 * Dates are ISO days (YYYY-MM-DD) throughout; arithmetic is on whole UTC days.
 */

/** Pieces of evidence dated on one day by kind of tie, as `evidenceTimeline` answers. */
export interface EvidenceDayData {
  date: string;
  alignment: number;
  engagement: number;
  hostility: number;
  role: number;
}

export type HistogramBucket = 'day' | 'week' | 'month';

/** One bar: the first and last day it covers and its evidence by kind of tie (roles are no tie). */
export interface HistogramBar {
  start: string;
  end: string;
  alignment: number;
  engagement: number;
  hostility: number;
  total: number;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for an ISO date. */
export function dayNumber(date: string): number {
  return Math.floor(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / DAY_MS);
}

export function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Days for spans up to four months, weeks up to three years, months beyond: a legible number of bars. */
export function bucketFor(first: string, last: string): HistogramBucket {
  const span = dayNumber(last) - dayNumber(first) + 1;
  if (span <= 120) return 'day';
  if (span <= 3 * 366) return 'week';
  return 'month';
}

/** The first and last day of the bucket holding `date`. */
export function bucketSpan(date: string, bucket: HistogramBucket): { start: string; end: string } {
  if (bucket === 'day') return { start: date, end: date };
  const day = dayNumber(date);
  if (bucket === 'week') {
    const monday = day - ((new Date(day * DAY_MS).getUTCDay() + 6) % 7);
    return { start: dateOfDay(monday), end: dateOfDay(monday + 6) };
  }
  const start = `${date.slice(0, 7)}-01`;
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const next = Date.UTC(year, month, 1) / DAY_MS;
  return { start, end: dateOfDay(next - 1) };
}

/** Bars for every bucket from the first to the last day, empty ones included (a gap is information). */
export function histogram(days: readonly EvidenceDayData[], bucket: HistogramBucket): HistogramBar[] {
  if (days.length === 0) return [];
  const bars = new Map<string, HistogramBar>();
  const first = bucketSpan(days[0]!.date, bucket);
  const last = bucketSpan(days[days.length - 1]!.date, bucket);
  for (
    let span = first;
    span.start <= last.start;
    span = bucketSpan(dateOfDay(dayNumber(span.end) + 1), bucket)
  ) {
    bars.set(span.start, { ...span, alignment: 0, engagement: 0, hostility: 0, total: 0 });
  }
  for (const day of days) {
    const bar = bars.get(bucketSpan(day.date, bucket).start)!;
    bar.alignment += day.alignment;
    bar.engagement += day.engagement;
    bar.hostility += day.hostility;
    bar.total += day.alignment + day.engagement + day.hostility;
  }
  return [...bars.values()];
}

/** Maps days to x positions over [first day, last day + 1) and back. */
export interface DayScale {
  first: number;
  /** One past the last day. */
  end: number;
  width: number;
  x(day: number): number;
  /** The day under an x position, clamped to the domain. */
  dayAt(x: number): number;
}

export function dayScale(first: string, last: string, width: number): DayScale {
  const from = dayNumber(first);
  const end = dayNumber(last) + 1;
  const perDay = width / Math.max(1, end - from);
  return {
    first: from,
    end,
    width,
    x: (day) => (day - from) * perDay,
    dayAt: (x) => Math.min(end - 1, Math.max(from, from + Math.floor(x / perDay))),
  };
}

export interface DateWindow {
  since: string;
  until: string;
}

/**
 * Where a play-through starts: the chosen window moved back to the first day (keeping its width), or
 * the first bucket when no window is chosen.
 */
export function playStart(
  since: string | null,
  until: string | null,
  first: string,
  bucket: HistogramBucket,
): DateWindow {
  if (since && until) {
    const width = dayNumber(until) - dayNumber(since);
    return { since: first, until: dateOfDay(dayNumber(first) + width) };
  }
  return { since: first, until: bucketSpan(first, bucket).end };
}

/** The next window of a play-through: the same width, one bucket later; null once it has reached the last day. */
export function playStep(window: DateWindow, last: string, bucket: HistogramBucket): DateWindow | null {
  if (window.until >= last) return null;
  const width = dayNumber(window.until) - dayNumber(window.since);
  const step = dayNumber(bucketSpan(window.since, bucket).end) + 1;
  return { since: dateOfDay(step), until: dateOfDay(step + width) };
}
