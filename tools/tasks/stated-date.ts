import * as chrono from 'chrono-node';

/** A day, and a time when one was stated, as written in a message: wall-clock values, no time zone. */
export interface StatedDate {
  /** YYYY-MM-DD */
  day: string;
  /** HH:MM, 24-hour; null when the text gave only a day. */
  time: string | null;
}

/**
 * Languages employers write in, each with its own month and weekday names. English reads numbers month
 * first, so a dotted date (10.12.2026, day first wherever it is written) is read again by a day-first
 * parser, and a date with slashes is settled below, not by any parser's habit.
 */
const parsers = [chrono.en, chrono.de, chrono.fr, chrono.es, chrono.it, chrono.nl, chrono.pt];
const dottedDate = /\b\d{1,2}\.\d{1,2}\.(\d{2,4})?/;

// "next week" or "in a month" names no day; a task on a guessed day would mislead.
const vagueSpan = /\b(week|weeks|month|months|year|woche|wochen|monat|semaine|mois|semana|mes|settimana|mese|maand)\b/i;
const slashDate = /\b(\d{1,2})\/(\d{1,2})(?:\/(\d{2,4}))?\b/;
const dayMs = 24 * 60 * 60 * 1000;
/** How far ahead of the message an interview date may lie and still be believed. */
const horizonDays = 180;

const pad = (value: number) => String(value).padStart(2, '0');

function toStated(components: chrono.ParsedComponents): StatedDate {
  const day = `${components.get('year')}-${pad(components.get('month')!)}-${pad(components.get('day')!)}`;
  const time = components.isCertain('hour') ? `${pad(components.get('hour')!)}:${pad(components.get('minute') ?? 0)}` : null;
  return { day, time };
}

function dayOf(year: number, month: number, day: number): Date | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

/**
 * 03/04 is 3 April in most of the world and March 4 in the US. When both readings are real days, take
 * the one that falls between the message and the horizon; when both or neither do, the date is unknown.
 */
function settleSlashDate(match: RegExpExecArray, receivedAt: Date): string | null | undefined {
  const first = Number(match[1]);
  const second = Number(match[2]);
  if (first > 12 && second > 12) return null;
  const year = match[3] ? (match[3].length === 2 ? 2000 + Number(match[3]) : Number(match[3])) : receivedAt.getUTCFullYear();
  const start = receivedAt.getTime() - dayMs;
  const end = receivedAt.getTime() + horizonDays * dayMs;
  const readings = [dayOf(year, second, first), dayOf(year, first, second)]
    .filter((reading): reading is Date => reading !== null)
    .filter((reading) => reading.getTime() >= start && reading.getTime() <= end);
  const distinct = new Set(readings.map((reading) => reading.toISOString().slice(0, 10)));
  return distinct.size === 1 ? [...distinct][0]! : null;
}

/**
 * The day (and time) a message's subject or snippet states, in English, German, French, Spanish,
 * Italian, Dutch or Portuguese; null when it states none, only a vague span, an ambiguous
 * numeric date, or a day outside the next six months. Relative days ("tomorrow") count from when the
 * message arrived, and a date without a year is the next one on or after it.
 */
export function statedDate(text: string, receivedAt: Date): StatedDate | null {
  const reference = { instant: receivedAt, timezone: 0 };
  let best: chrono.ParsedResult | undefined;
  for (const parser of parsers) {
    for (const result of parser.parse(text, reference, { forwardDate: true })) {
      // Two-letter matches are abbreviations that are also common words ("Mo", "Di").
      if (result.text.trim().length < 3 || vagueSpan.test(result.text)) continue;
      if (!result.start.isCertain('day') && !result.start.isCertain('weekday')) continue;
      if (!best || result.text.length > best.text.length) best = result;
    }
  }
  if (!best) return null;
  if (dottedDate.test(best.text)) best = chrono.de.parse(best.text, reference, { forwardDate: true })[0] ?? best;
  const stated = toStated(best.start);
  const slash = slashDate.exec(best.text);
  if (slash) {
    const settled = settleSlashDate(slash, receivedAt);
    if (!settled) return null;
    stated.day = settled;
  }
  const at = Date.parse(`${stated.day}T00:00:00Z`);
  if (at < receivedAt.getTime() - 2 * dayMs || at > receivedAt.getTime() + horizonDays * dayMs) return null;
  return stated;
}
