import { monthNamePattern, monthOfName } from '../text/month-names.ts';
import { sinceWords } from '../text/work-dates.ts';

const numberWords: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15,
};
const count = String.raw`(\d{1,2}|${Object.keys(numberWords).join('|')})`;
// "5+ years", "3-5 years", "at least four years", "7 yrs"; the lower bound is what is asked for.
const yearsPhrase = new RegExp(String.raw`\b${count}\s*(?:\+|plus)?\s*(?:(?:-|–|to)\s*\d{1,2}\s*\+?\s*)?(?:years?|yrs?|jahren?|ans|años|anos)\b`, 'giu');
const mentionsExperience = /\bexperience|\bexperienced\b|erfahrung|expérience|experiencia|exp[ée]riment/iu;
// "nurses with up to two years' experience", "weniger als 2 Jahre": a ceiling for who is welcome, not years asked for.
const upperBound = /(?:\bup to|\bless than|\bfewer than|\bunder|\bno more than|\bat most|\bmaximum(?: of)?|\bmax\.?|\bbis zu|\bweniger als|\bhöchstens|\bjusqu['’]à|\bmoins de|\bau plus|\bhasta|\bmenos de|\bcomo máximo|\bfino a|\bmeno di|\btot|\bminder dan)\s*$/iu;

function toNumber(word: string) {
  return numberWords[word.toLowerCase()] ?? Number(word);
}

/**
 * The most years of experience any sentence asks for or states ("5+ years of experience",
 * "eight years' experience"), or null. Only sentences that speak of experience count, so
 * "founded 10 years ago" does not, and years given as a ceiling ("up to two years") are not asked for.
 */
export function statedYearsOfExperience(text: string): number | null {
  let most: number | null = null;
  for (const sentence of text.split(/(?<=[.!?;])\s+|\n/)) {
    if (!mentionsExperience.test(sentence)) continue;
    for (const match of sentence.matchAll(yearsPhrase)) {
      if (upperBound.test(sentence.slice(Math.max(0, match.index - 24), match.index))) continue;
      const years = toNumber(match[1]!);
      if (years > 0 && years <= 40) most = Math.max(most ?? 0, years);
    }
  }
  return most;
}

const month = String.raw`(${monthNamePattern})\.?`;
// "marzo de 2019", "março de 2019": Spanish and Portuguese put "de" between month and year.
const point = String.raw`(?:${month}\s+(?:de\s+)?|(\d{1,2})[/.])?((?:19|20)\d{2})`;
const dateRange = new RegExp(
  String.raw`\b${point}\s*(?:-|–|—|to|until|bis|à|a|hasta)\s*(?:${point}|(present|current|now|today|ongoing|heute|jetzt|aktuell|laufend|aujourd['’ ]hui|actuel(?:lement)?|en cours|actualidad|presente|actual(?:mente)?|hoy|heden|nu|tot heden|oggi|attuale|in corso|hoje|atual(?:mente)?|obecnie|dzis|idag|nu|i dag|nå|nyt))\b`,
  'gi',
);

// "seit 04/2016", "since March 2019", "depuis 2020": a job that began then and goes on. A dash after
// it may only set the title apart ("depuis 2020 — Souscriptrice"); before a date it ends a range.
const openStart = new RegExp(String.raw`\b${sinceWords}\s+${point}(?!\s*(?:-|–|—|to|until|bis|à|hasta)\s*(?:\d|${month}\s*\d|present|current|now|today|heute|jetzt|aktuell))`, 'gi');

/** Months since year 0, from a month name or number (January when absent) and a year. */
function monthIndex(name: string | undefined, number: string | undefined, year: string) {
  const fromName = name ? monthOfName(name) : -1;
  const fromNumber = number ? Number(number) - 1 : -1;
  const monthOfYear = fromName >= 0 ? fromName : fromNumber >= 0 && fromNumber < 12 ? fromNumber : 0;
  return Number(year) * 12 + monthOfYear;
}

/**
 * Years covered by the date ranges in work-history text ("Mar 2019 – Present", "2016 - 2020",
 * "04/2018 – 06/2021", "seit 04/2016"), overlapping jobs counted once; null when there are none. A range with
 * years only counts from January to January, so it never claims more than the text says.
 */
export function yearsFromDateRanges(text: string, now: Date): number | null {
  const nowIndex = now.getUTCFullYear() * 12 + now.getUTCMonth();
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(dateRange)) {
    const [, startName, startNumber, startYear, endName, endNumber, endYear, open] = match;
    const start = monthIndex(startName, startNumber, startYear!);
    const end = open ? nowIndex : monthIndex(endName, endNumber, endYear!);
    if (end > start && end <= nowIndex) ranges.push([start, end]);
  }
  for (const match of text.matchAll(openStart)) {
    const [, startName, startNumber, startYear] = match;
    const start = monthIndex(startName, startNumber, startYear!);
    if (nowIndex > start) ranges.push([start, nowIndex]);
  }
  if (ranges.length === 0) return null;
  ranges.sort((a, b) => a[0] - b[0]);
  let months = 0;
  let covered = -Infinity;
  for (const [start, end] of ranges) {
    const from = Math.max(start, covered);
    if (end > from) months += end - from;
    covered = Math.max(covered, end);
  }
  return Math.round((months / 12) * 10) / 10;
}
