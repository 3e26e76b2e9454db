import { cuePattern } from './cues.js';

/**
 * The date a sentence states, resolved against the publication date: "on November 3, 2025",
 * "October 10", "3 November", "on Monday", "yesterday". A sentence that speaks of the future
 * (cues.json futureMarkers: "will", "is expected to") resolves weekdays forward, otherwise backward.
 */

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH_PATTERN =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const MONTH_DAY = new RegExp(
  `\\b(on\\s+)?${MONTH_PATTERN}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`,
  'gi',
);
const DAY_MONTH = new RegExp(
  `\\b(on\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_PATTERN}\\b(?:,?\\s+(\\d{4}))?`,
  'gi',
);
const WEEKDAY = /\b(on\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi;
const RELATIVE = /\b(today|yesterday|tomorrow)\b/gi;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const FUTURE = cuePattern('futureMarkers');
const DAY_MS = 86_400_000;
const MAYBE_DATE = /\d|day\b|tomorrow/i;

interface Found {
  date: string;
  /** "on <date>" outranks a weekday, which outranks any other explicit date. */
  rank: number;
  index: number;
}

/**
 * @param sentence - the sentence text.
 * @param publishedAt - ISO date (or date-time) of publication, used for missing years and weekdays.
 * @returns an ISO date (YYYY-MM-DD), or the publication date when the sentence states none, or undefined.
 */
export function sentenceDate(sentence: string, publishedAt?: string): string | undefined {
  const publication = publishedAt ? publicationOf(publishedAt) : undefined;
  const published = publication?.time;
  // Most sentences state no date: every date form has a digit or a word ending in "day" or "tomorrow".
  if (!MAYBE_DATE.test(sentence)) return publication?.day;
  const future = FUTURE.test(sentence);
  const found: Found[] = [];
  for (const m of sentence.matchAll(MONTH_DAY)) {
    const date = calendarDate(m[2] ?? '', Number(m[3]), m[4], published, future);
    if (date && (m[1] || !isAttributive(sentence, m)))
      found.push({ date, rank: m[1] ? 0 : 2, index: m.index ?? 0 });
  }
  for (const m of sentence.matchAll(DAY_MONTH)) {
    const date = calendarDate(m[3] ?? '', Number(m[2]), m[4], published, future);
    if (date) found.push({ date, rank: m[1] ? 0 : 2, index: m.index ?? 0 });
  }
  if (published !== undefined) {
    for (const m of sentence.matchAll(WEEKDAY)) {
      const date = weekdayDate(WEEKDAYS.indexOf((m[2] ?? '').toLowerCase()), published, future);
      found.push({ date, rank: m[1] ? 0 : 1, index: m.index ?? 0 });
    }
    for (const m of sentence.matchAll(RELATIVE)) {
      const word = (m[1] ?? '').toLowerCase();
      const offset = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0;
      found.push({ date: isoDay(published + offset * DAY_MS), rank: 1, index: m.index ?? 0 });
    }
  }
  found.sort((a, b) => a.rank - b.rank || a.index - b.index);
  return found[0]?.date ?? (published !== undefined ? isoDay(published) : undefined);
}

const LINKING_WORDS =
  /^,?\s*(?:and|or|in|at|to|on|when|after|before|the|a|an|as|with|for|from|that|this|is|was|were|has|had|will|said|says)\b/;

/** A bare date that modifies a noun — "the October 10 ceasefire", "the October 7 attack" — is not the event's date. */
function isAttributive(sentence: string, match: RegExpMatchArray): boolean {
  const rest = sentence.slice((match.index ?? 0) + match[0].length);
  const next = /^,?\s*([a-z][a-z-]*)/.exec(rest);
  return !!next && !LINKING_WORDS.test(rest);
}

function calendarDate(
  monthName: string,
  day: number,
  yearText: string | undefined,
  published: number | undefined,
  future: boolean,
): string | undefined {
  const month = MONTHS.findIndex((name) => name.startsWith(monthName.toLowerCase().slice(0, 3)));
  if (month < 0 || day < 1 || day > 31) return undefined;
  let year: number;
  if (yearText) year = Number(yearText);
  else if (published !== undefined) {
    year = new Date(published).getUTCFullYear();
    // "December 28" in an article of 3 January is last year's, unless the sentence looks ahead.
    if (!future && Date.UTC(year, month, day) - published > 60 * DAY_MS) year--;
  } else return undefined;
  const time = Date.UTC(year, month, day);
  return new Date(time).getUTCDate() === day ? isoDay(time) : undefined;
}

function weekdayDate(weekday: number, published: number, future: boolean): string {
  const current = new Date(published).getUTCDay();
  const delta = future ? (weekday - current + 7) % 7 : -((current - weekday + 7) % 7);
  return isoDay(published + delta * DAY_MS);
}

/** A publication date as a time and as YYYY-MM-DD (both absent when it is not an ISO date). */
interface Publication {
  text: string;
  time: number | undefined;
  day: string | undefined;
}

/** The last publication date asked about: an article's sentences ask for the same one in turn. */
let lastPublication: Publication | undefined;

function publicationOf(publishedAt: string): Publication {
  if (lastPublication?.text !== publishedAt) {
    const time = parseIsoDay(publishedAt);
    lastPublication = { text: publishedAt, time, day: time === undefined ? undefined : isoDay(time) };
  }
  return lastPublication;
}

function parseIsoDay(value: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return undefined;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

/** ISO days by time: news dates cluster on a few days, and formatting a Date is slow. */
const ISO_DAYS = new Map<number, string>();
const ISO_DAYS_LIMIT = 10_000;

function isoDay(time: number): string {
  let day = ISO_DAYS.get(time);
  if (day === undefined) {
    if (ISO_DAYS.size >= ISO_DAYS_LIMIT) ISO_DAYS.clear();
    day = new Date(time).toISOString().slice(0, 10);
    ISO_DAYS.set(time, day);
  }
  return day;
}
