/** Small display helpers shared by the panels. */

const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "2025-11-03" → "3 Nov 2025"; anything unparsable is shown as written. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? value : DATE_FORMAT.format(date);
}

/** "3 Nov 2025 – 10 Nov 2025", or a single date when both ends agree. */
export function formatSpan(first: string | null, last: string | null): string {
  const a = formatDate(first);
  const b = formatDate(last);
  if (!a) return b;
  if (!b || a === b) return a;
  return `${a} – ${b}`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
