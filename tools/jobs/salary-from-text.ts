import type { SalaryInterval } from './yearly-salary.ts';

/** The pay a posting states in words, as `yearlySalary` takes it. */
export interface StatedPay {
  min: number | null;
  max: number | null;
  /** ISO 4217; null when the text gives amounts in a pay sentence but names no currency. */
  currency: string | null;
  interval: SalaryInterval;
}

// Longest spellings first, so "US$" and "C$" are not read as a bare "$".
const currencySymbols: [string, string][] = [
  ['US$', 'USD'], ['CA$', 'CAD'], ['C$', 'CAD'], ['AU$', 'AUD'], ['A$', 'AUD'], ['NZ$', 'NZD'], ['SG$', 'SGD'],
  ['S$', 'SGD'], ['HK$', 'HKD'], ['MX$', 'MXN'], ['R$', 'BRL'], ['$', 'USD'], ['£', 'GBP'], ['€', 'EUR'],
  ['₹', 'INR'], ['¥', 'JPY'], ['₪', 'ILS'], ['zł', 'PLN'], ['Kč', 'CZK'],
];
const currencyCodes = [
  'USD', 'EUR', 'GBP', 'CHF', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'INR', 'JPY', 'CNY', 'SEK', 'NOK', 'DKK',
  'PLN', 'CZK', 'HUF', 'RON', 'BRL', 'MXN', 'ZAR', 'ILS', 'AED',
];
// Words are matched as written or capitalised; codes only in capitals ("CAD", not "cad").
const currencyWordList: [string, string][] = [
  ['dollars', 'USD'], ['dollar', 'USD'], ['euros', 'EUR'], ['euro', 'EUR'], ['pounds', 'GBP'], ['pound', 'GBP'],
  ['rupees', 'INR'], ['Rs.', 'INR'], ['Rs', 'INR'],
];
const currencyWords = currencyWordList.flatMap(([word, code]): [string, string][] => [
  [word, code],
  [word.charAt(0).toUpperCase() + word.slice(1), code],
]);
// A bare "$", "dollars" or "¥" names a currency only by habit; a code or a marked symbol beside it wins.
const ambiguousSpellings = new Set(['$', 'dollars', 'dollar', '¥']);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const symbolSource = currencySymbols.map(([symbol]) => escape(symbol)).join('|');
const letterSource = [...currencyCodes, ...currencyWords.map(([word]) => escape(word))].join('|');
const currencyBySpelling = new Map<string, string>([
  ...currencySymbols,
  ...currencyCodes.map((code): [string, string] => [code, code]),
  ...currencyWords,
]);

/** A currency written just before an amount ("$", "USD ", "CHF "), read from the end of the text before it. */
const currencyBefore = new RegExp(`(?:(${symbolSource})|(?<![\\p{L}])(${letterSource}))\\s?$`, 'u');
/** A currency written just after an amount ("€", " USD", " euros"). */
const currencyAfter = new RegExp(`^\\s?(?:(${symbolSource})|(${letterSource})(?![\\p{L}]))`, 'u');

// Thousands (k, Tsd., TEUR), Indian lakhs and crores; millions and billions are funding or revenue, never pay.
const multiplierAfter =
  /^\s?(?:(k|tsd\.?|teur)(?![\p{L}])|(lpa|lakhs?|lacs?|l(?=\s?pa\b))(?![\p{L}])|(crores?|cr)(?![\p{L}])|(m|mm|mn|mio\.?|million|millionen|b|bn|billion|milliarden?)(?![\p{L}]))/iu;

// Indian grouping (18,00,000), then thousands grouped by one repeated separator (120,000 / 55.000 / 55 000 /
// 110'000), then plain digits; each with an optional decimal part of one or two digits.
const numberPattern = /(?<![\d.,'])(\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}([,. '])\d{3}(?:\2\d{3})*|\d+)(?:([.,])(\d{1,2}))?(?![\d])/g;

interface Amount {
  start: number;
  end: number;
  value: number;
  currency: string | null;
  /** True when the currency is a code or a marked symbol, not a bare "$". */
  explicitCurrency: boolean;
  multiplier: number;
  /** Written with a thousands separator or a multiplier: "120,000", "120k", not "2019". */
  sizable: boolean;
  /** "LPA": lakhs per annum, so the interval is stated. */
  perAnnum: boolean;
}

function readCurrency(match: RegExpExecArray | null): { currency: string; explicit: boolean; length: number } | null {
  const spelling = match?.[1] ?? match?.[2];
  const currency = spelling && currencyBySpelling.get(spelling);
  return currency ? { currency, explicit: !ambiguousSpellings.has(spelling.toLowerCase()), length: match![0].length } : null;
}

function readAmounts(text: string): Amount[] {
  const amounts: Amount[] = [];
  for (const match of text.matchAll(numberPattern)) {
    const [whole, integer, groupSeparator, decimalSeparator, decimals] = match;
    // "1,234,5" reads neither way.
    if (decimalSeparator && decimalSeparator === groupSeparator) continue;
    let end = match.index + whole.length;
    const following = text.slice(end);
    if (/^\s?(?:%|percent|prozent|pour ?cent)/i.test(following)) continue;

    let value = Number(integer!.replace(/\D/g, '')) + (decimals ? Number(`0.${decimals}`) : 0);
    let multiplier = 1;
    let perAnnum = false;
    let impliedCurrency: string | null = null;
    const multiplied = multiplierAfter.exec(following);
    if (multiplied?.[4]) continue;
    if (multiplied) {
      end += multiplied[0].length;
      if (multiplied[1]) multiplier = 1_000;
      if (multiplied[1]?.toLowerCase() === 'teur') impliedCurrency = 'EUR';
      if (multiplied[2]) {
        multiplier = 100_000;
        impliedCurrency = 'INR';
        perAnnum = /pa$/i.test(multiplied[2]) || /^\s?pa\b/i.test(text.slice(end));
      }
      if (multiplied[3]) {
        multiplier = 10_000_000;
        impliedCurrency = 'INR';
      }
      value *= multiplier;
    }

    const before = readCurrency(currencyBefore.exec(text.slice(Math.max(0, match.index - 8), match.index)));
    const after = readCurrency(currencyAfter.exec(text.slice(end)));
    if (after) end += after.length;
    const start = match.index - (before?.length ?? 0);
    // "$90,000 CAD": the code names which dollars.
    const stated = after?.explicit ? after : before?.explicit ? before : (before ?? after);
    amounts.push({
      start,
      end,
      value,
      currency: stated?.currency ?? impliedCurrency,
      explicitCurrency: Boolean(stated?.explicit) || (!stated && impliedCurrency !== null),
      multiplier,
      sizable: Boolean(groupSeparator) || multiplier > 1 || /^\d{1,2}(?:,\d{2})+,\d{3}$/.test(integer!),
      perAnnum,
    });
  }
  return amounts;
}

interface Candidate {
  start: number;
  end: number;
  min: number | null;
  max: number | null;
  currency: string | null;
  sizable: boolean;
  perAnnum: boolean;
}

const rangeJoiner = /^\s*(?:-|to|till|until|bis|à|au|a|hasta)\s*$/i;
const betweenJoiner = /^\s*(?:and|und|et|y|e)\s*$/i;
const betweenWord = /(?:between|zwischen|entre|tra)\s*$/i;
const fromWords = /(?:from|starting at|starting from|starts at|minimum(?: of)?|min\.?|at least|ab|à partir de|desde|a partir de)\s*:?\s*$/i;
const upToWords = /(?:up to|upto|maximum(?: of)?|max\.?|bis zu|jusqu'à|hasta)\s*:?\s*$/i;

/** Two amounts joined by a dash, "to", "bis", "à"... ("between X and Y") make a range. */
function readCandidates(text: string, amounts: Amount[]): Candidate[] {
  const candidates: Candidate[] = [];
  for (let index = 0; index < amounts.length; index += 1) {
    const low = amounts[index]!;
    const high = amounts[index + 1];
    const joiner = high ? text.slice(low.end, high.start) : '';
    const joined =
      high &&
      (rangeJoiner.test(joiner) || (betweenJoiner.test(joiner) && betweenWord.test(text.slice(0, low.start)))) &&
      !(low.explicitCurrency && high.explicitCurrency && low.currency !== high.currency);
    if (high && joined) {
      // "$120-150K", "18-24 LPA": the multiplier written once applies to both ends.
      const lowValue = low.multiplier === 1 && high.multiplier > 1 && low.value < 1000 ? low.value * high.multiplier : low.value;
      const highValue = high.multiplier === 1 && low.multiplier > 1 && high.value < 1000 ? high.value * low.multiplier : high.value;
      const currency = low.explicitCurrency ? low.currency : high.explicitCurrency ? high.currency : (low.currency ?? high.currency);
      candidates.push({
        start: low.start,
        end: high.end,
        min: lowValue,
        max: highValue,
        currency,
        sizable: low.sizable || high.sizable,
        perAnnum: low.perAnnum || high.perAnnum,
      });
      index += 1;
      continue;
    }
    const before = text.slice(Math.max(0, low.start - 30), low.start);
    const onlyMin = fromWords.test(before);
    const onlyMax = !onlyMin && upToWords.test(before);
    candidates.push({
      start: low.start,
      end: low.end,
      min: onlyMax ? null : low.value,
      max: onlyMin ? null : low.value,
      currency: low.currency,
      sizable: low.sizable,
      perAnnum: low.perAnnum,
    });
  }
  return candidates;
}

const payWords =
  /\b(?:salary|salaries|pay|paid|compensation|wages?|base|rate|range|earn(?:ing)?s?|remuneration|package|ctc|gehalt|jahresgehalt|monatsgehalt|vergütung|lohn|salaire|rémunération|rémunérations|sueldo|salario|retribución|retribuzione|stipendio)\b/giu;
const weakPayWord = /^(?:base|rate|range|package)\b/iu;
const strongPayWords =
  /\b(?:salary|salaries|pay|paid|compensation|wages?|earn(?:ing)?s?|remuneration|ctc|gehalt|jahresgehalt|monatsgehalt|vergütung|lohn|salaire|rémunération|sueldo|salario|retribución|retribuzione|stipendio)\b/iu;
// Amounts that are money but not pay: benefits, bonuses, equity, funding, revenue.
const notPayWords =
  /\b(?:bonus(?:es)?|equity|stock|rsus?|shares|sign-?on|signing|relocation|budget|stipends?|allowances?|reimburs\w*|raised?|raising|funding|funded|valuation|valued|revenue|arr|mrr|gmv|acv|tcv|deals?|deal size|contracts?|worth|quota|pipeline|variable|commissions?|incentives?|invest\w*|series|grants?|donat\w*|referral|prämie|provision|zuschuss|prime|primes|401)\b/giu;
const totalPayWords = /\b(?:ote|on-target|on target|total compensation|total comp|total rewards|total cash)(?:\s+(?:earnings|pay|compensation|comp|cash|package))?\b/giu;
const notPayRightAfter = new RegExp(
  `^\\s*(?:(?!plus\\b|and\\b|with\\b|und\\b|et\\b)[\\p{L}-]+\\s+){0,2}?${notPayWords.source}`,
  'iu',
);

// A number followed by what it counts is not money: "14,000 hours", "600,000 members", "2,300 employees".
const countedThingAfter =
  /^\s*\+?\s*(?:(?:more|additional|new|active|full-time|of)\s+)?(?:hours|hrs|members|employees|staff|people|persons|customers|clients|students|pupils|patients|users|volunteers|colleagues|visitors|followers|downloads|subscribers|km|kilometres|kilometers|miles|sq|square|m2|m²|stores|shops|branches|locations|sites|beds|hectares|tonnes|tons|units|homes|households|meals|vehicles|trucks|pallets|parcels|orders|shipments|schools|countries|cities|languages|mitarbeiter\w*|mitglieder\w*|kunden|stunden|employés|salariés|collaborateurs|membres|empleados|clientes|socios|medewerkers|leden)\b/iu;

const intervalPatterns: [SalaryInterval, RegExp][] = [
  ['HOUR', /\b(?:per|an|a|the)\s+(?:(?:teaching|working|billable|contact)\s+)?(?:hour|hr)\b|\/\s*(?:hour|hr|h|std|heure|hora)\b|\bhourly\b|\bpro\s+stunde\b|\bstundenlohn\b|\bde\s+l'heure\b|\bpar\s+heure\b|\bpor\s+hora\b/iu],
  ['DAY', /\b(?:per|a)\s+day\b|\/\s*(?:day|tag|jour|día)\b|\bdaily\b|\bday\s+rate\b|\bpro\s+tag\b|\bpar\s+jour\b|\btagessatz\b|\bpor\s+día/iu],
  ['WEEK', /\b(?:per|a)\s+week\b|\/\s*(?:week|wk|woche|semaine)\b|\bweekly\b|\bpro\s+woche\b|\bpar\s+semaine\b/iu],
  ['MONTH', /\b(?:per|a)\s+month\b|\/\s*(?:month|mo|mth|monat|mois|mes)\b|\bmonthly\b|\bp\.m\.|\bpcm\b|\bmtl\.|\bmonatlich\b|\b(?:im|pro)\s+monat\b|\bmonatsgehalt\b|\bpar\s+mois\b|\bmensuel(?:le)?s?\b|\b(?:al|por)\s+mes\b|\bmensual(?:es)?\b/iu],
  ['YEAR', /\b(?:per|a)\s+year\b|\/\s*(?:year|yr|jahr|an|año|annum)\b|\byearly\b|\bannual(?:ly)?\b|\bper\s+annum\b|\bp\.a\.|\bjährlich\b|\b(?:pro|im)\s+jahr\b|\bjahresgehalt\b|\bpar\s+an\b|\bannuel(?:le)?s?\b|\b(?:al|por)\s+año\b|\banual(?:es)?\b/iu],
];

/** The interval written closest to the amount: in the few words after it, else earlier in its clause. */
function statedInterval(after: string, before: string): SalaryInterval | null {
  let found: { interval: SalaryInterval; index: number } | null = null;
  for (const [interval, pattern] of intervalPatterns) {
    const match = pattern.exec(after);
    if (match && match.index <= 30 && (!found || match.index < found.index)) found = { interval, index: match.index };
  }
  if (found) return found.interval;
  for (const [interval, pattern] of intervalPatterns) {
    const matches = [...before.matchAll(new RegExp(pattern.source, 'giu'))];
    const last = matches.at(-1);
    if (last && (!found || last.index > found.index)) found = { interval, index: last.index };
  }
  return found?.interval ?? null;
}

function lastIndex(pattern: RegExp, text: string): number {
  return [...text.matchAll(pattern)].at(-1)?.index ?? -1;
}

/**
 * The clause an amount stands in, up to the amount: back to the last sentence end, or to the line
 * start; a line with nothing before the amount takes the line above as well, since pay blocks put
 * their heading ("Annual Salary Range") on a line of its own.
 */
function clauseBefore(text: string, start: number): string {
  const window = text.slice(Math.max(0, start - 120), start);
  const lines = window.split('\n');
  let clause = lines.at(-1)!;
  if (/^[\s\-•*:|]*$/.test(clause) && lines.length > 1) clause = `${lines.at(-2)!}\n${clause}`;
  const sentenceEnd = [...clause.matchAll(/[.!?;]\s+/g)].at(-1);
  return sentenceEnd ? clause.slice(sentenceEnd.index + sentenceEnd[0].length) : clause;
}

// Bounds on the amounts as written, per interval; outside them the "pay" is a misreading. They suit
// currencies worth roughly a dollar; for others (rupees, yen, kronor...) the ceiling is 1000 times higher.
const bounds: Record<SalaryInterval, [number, number]> = {
  HOUR: [5, 1_000],
  DAY: [40, 8_000],
  WEEK: [200, 40_000],
  MONTH: [500, 150_000],
  YEAR: [8_000, 2_000_000],
};
const dollarLikeCurrencies = new Set(['USD', 'EUR', 'GBP', 'CHF', 'CAD', 'AUD', 'NZD', 'SGD']);
// With no interval written, only an amount this large reads as yearly: "$28–$34" alone could be per
// hour or per day, and "4.200 €" per month; guessing would store pay off by a factor of 12 to 2,080.
const unstatedYearlyMinimum = 10_000;
// A range wider than this is two unrelated numbers, not one role's pay.
const maximumSpread = 5;

interface Reading extends StatedPay {
  /** Base pay (1) beats on-target or total compensation (2). */
  tier: 1 | 2;
}

function readCandidate(text: string, candidate: Candidate): Reading | null {
  const before = clauseBefore(text, candidate.start);
  const after = text.slice(candidate.end, candidate.end + 50).split('\n')[0]!;
  const nearBefore = before.slice(-80);
  // "On-target earnings" is total pay, though "earnings" alone would be a pay word.
  const payAt = lastIndex(payWords, nearBefore.replace(totalPayWords, (phrase) => ' '.repeat(phrase.length)));
  const notPayAt = lastIndex(notPayWords, nearBefore);
  const totalAt = lastIndex(totalPayWords, nearBefore);
  if (notPayAt > Math.max(payAt, totalAt) || notPayRightAfter.test(after) || countedThingAfter.test(after)) return null;
  // "Deals typically range from $300k to $2M": a word like "range" or "base" makes a sentence about
  // pay only when the sentence is not about deals, revenue or budgets.
  if (notPayAt >= 0 && payAt > notPayAt && weakPayWord.test(nearBefore.slice(payAt)) && !strongPayWords.test(nearBefore)) return null;
  const tier = totalAt > payAt || /^\s*(?:ote|on-target)\b/i.test(after) ? 2 : 1;

  const stated = candidate.perAnnum ? 'YEAR' : statedInterval(after, before);
  const values = [candidate.min, candidate.max].filter((value): value is number => value !== null);
  const interval = stated ?? (values.every((value) => value >= unstatedYearlyMinimum) ? 'YEAR' : null);
  if (!interval) return null;
  // Without a currency, only a pay sentence with amounts written as money ("140,000", "80k") counts;
  // "team of 120", "2019–2023" and postcodes fail here.
  if (!candidate.currency && !(Math.max(payAt, totalAt) >= 0 && (candidate.sizable || stated))) return null;

  const [floor, ceiling] = bounds[interval];
  const scale = candidate.currency && !dollarLikeCurrencies.has(candidate.currency) ? 1_000 : 1;
  if (!values.every((value) => value >= floor && value <= ceiling * scale)) return null;
  if (candidate.min !== null && candidate.max !== null && (candidate.max < candidate.min || candidate.max > candidate.min * maximumSpread)) {
    return null;
  }
  return { min: candidate.min, max: candidate.max, currency: candidate.currency, interval, tier };
}

function normalise(text: string): string {
  return text
    .replace(/[\u00a0\u2007\u2009\u202f]/g, ' ')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019\u02bc]/g, "'");
}

/**
 * The pay a posting states in its text, or null when it states none ("competitive salary") or
 * only money that is not pay (funding, budgets, bonuses, equity).
 *
 * When it states several ranges (one per location or level), they are merged into one that spans
 * them, from the lowest minimum to the highest maximum: a minimum-salary filter should keep a
 * posting that pays enough somewhere. Only ranges in the first range's currency and interval are
 * merged, since amounts in different currencies cannot be compared here. Base pay wins over
 * on-target or total compensation when a posting states both.
 */
export function salaryFromText(text: string): StatedPay | null {
  const plain = normalise(text);
  const readings = readCandidates(plain, readAmounts(plain))
    .map((candidate) => readCandidate(plain, candidate))
    .filter((reading) => reading !== null);
  const bestTier = Math.min(...readings.map((reading) => reading.tier));
  const tier = readings.filter((reading) => reading.tier === bestTier);
  // An amount with its currency is surer pay than one without, wherever the two stand.
  const first = tier.find((reading) => reading.currency !== null) ?? tier[0];
  if (!first) return null;
  const same = tier.filter((reading) => reading.currency === first.currency && reading.interval === first.interval);
  const mins = same.map((reading) => reading.min).filter((value) => value !== null);
  const maxes = same.map((reading) => reading.max).filter((value) => value !== null);
  return {
    min: mins.length > 0 ? Math.min(...mins) : null,
    max: maxes.length > 0 ? Math.max(...maxes) : null,
    currency: first.currency,
    interval: first.interval,
  };
}
