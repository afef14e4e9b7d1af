import { occupationOfTitle } from '../occupations/find-occupation.ts';
import { expandJobCodes } from '../occupations/job-codes.ts';
import { occupationTaxonomy } from '../occupations/occupation-taxonomy.ts';
import type { Region } from '../places/gazetteer.ts';
import { placeMentions, type PlaceMention } from '../places/place-mentions.ts';
import { careerLevels, levelOfTitle, type CareerLevel } from '../matching/career-level.ts';
import { foldText } from '../text/fold-text.ts';
import { dollarCountryCurrencies, localDollarOf } from './dollar-countries.ts';
import { employmentTypes } from './job-filters.ts';

export type Contract = (typeof employmentTypes)[number];

/** A typed request split into what is wanted and the constraints around it. */
export interface ParsedRequest {
  /** The words to rank by: role, skills, domain. Places, pay, level and filler are taken out. */
  wanted: string;
  /** The occupations the wanted words name ("planner or buyer" names two), most specific first; empty when Atlas knows none. */
  occupations: string[];
  places: { city: string | null; country: string | null }[];
  /** True when the request asks for remote work only. */
  remoteOnly: boolean;
  /** Where remote work must be open to: countries, or null when the request does not say. */
  remoteFrom: Set<string> | null;
  salaryFloor: { amount: number; currency: string | null; period: 'year' | 'month' | 'hour' } | null;
  level: CareerLevel | null;
  contract: Contract | null;
  postedWithinDays: number | null;
}

const currencySymbols: [RegExp, string][] = [
  [/(?:c\$|cad)/i, 'CAD'],
  [/(?:a\$|aud)/i, 'AUD'],
  [/(?:nz\$|nzd)/i, 'NZD'],
  [/(?:s\$|sgd)/i, 'SGD'],
  [/(?:\$|usd|dollars?)/i, 'USD'],
  [/(?:£|gbp|pounds?)/i, 'GBP'],
  [/(?:€|eur|euros?)/i, 'EUR'],
  [/(?:chf|francs?)/i, 'CHF'],
  [/(?:₹|inr|rupees?)/i, 'INR'],
];
const countryCurrency: Record<string, string> = {
  ...dollarCountryCurrencies, US: 'USD', GB: 'GBP', CH: 'CHF', IN: 'INR',
  DE: 'EUR', FR: 'EUR', ES: 'EUR', NL: 'EUR', IE: 'EUR', IT: 'EUR', PT: 'EUR', AT: 'EUR', BE: 'EUR', FI: 'EUR', LU: 'EUR', GR: 'EUR',
};

// An amount with its currency on either side, "k" for thousands, and an optional period.
const amountPattern =
  /(?<before>c\$|a\$|nz\$|s\$|\$|£|€|₹|usd|gbp|eur|cad|aud|chf|inr)?\s?(?<number>\d{1,3}(?:[.,' ]\d{3})+|\d+(?:[.,]\d+)?)\s?(?<k>k|thousand|tsd\.?|mil)?\s?(?<after>€|eur|euros?|c\$|ca\$|\$|usd|dollars?|gbp|pounds?|chf|cad|aud|inr)?\s?(?<gross>brutto|bruts?|gross|base)?\s?(?<period>\/\s?(?:hour|hr|stunde|std|heure|uur|ora|h)|(?:per|an|a|pro|de l|por|la|all')\s?(?:hour|hr|stunde|heure|hora|uur|ora)|hourly|stundenlohn|(?:per|a|pro|par|al|por|all'|l')\s?(?:year|annum|jahr|année|annee|anno|ano|jaar|an|month|monat|mois|maand|mese|mês|mes)|\/\s?(?:year|yr|jahr|année|annee|anno|ano|jaar|an|month|monat|mois|maand|mese|mês|mes|mo)|(?:im|par|al)\s(?:jahr|monat|année|annee|an|mois|ano|mes)|annual|yearly|monthly|jahrlich|jährlich|monatlich|annuel|mensuel|anual|mensual|annuo|mensile|jaarlijks|maandelijks)?/giu;
// What follows an amount paid per piece of work rather than per hour, month or year: per word, line,
// page or minute of video, as translators, subtitlers and transcribers are paid ("p" and "c" are pence
// and cents).
const perPieceRate =
  /^\s*(?:p|c|ct|cts|cents?|pence)?\s*(?:per|pro|par|por|a|la|le|al|het|a la)\s*(?:source |target )?(?:word|words|wort|worter|mot|mots|palabra|palabras|woord|woorden|parola|parole|palavra|palavras|line|zeile|ligne|linea|lijn|regel|page|seite|pagina|minute|min|minuto|minuut|character|zeichen|caractere|caracter)\b/;
// Words before or after an amount that make it a floor on pay.
const floorCue =
  /(?<![a-z])(paying|pays|pay|salary|at least|minimum|min|from|over|above|more than|upwards of|or more|or above|plus|base|compensation|gehalt|mindestens|ab|uber|mehr als|salaire|au moins|minimum|a partir de|plus de|salario|sueldo|al menos|minimo|desde|mas de|vanaf|minimaal|meer dan|salaris|almeno|stipendio|da|pelo menos|salario|a partir de)(?![a-z])|\+/;

function parseNumber(text: string, thousands: boolean): number {
  const cleaned = /[.,' ]\d{3}(?!\d)/.test(text) ? text.replace(/[.,' ](?=\d{3}(?!\d))/g, '') : text.replace(',', '.');
  const value = Number(cleaned);
  return thousands ? value * 1000 : value;
}

function periodOf(text: string | undefined): 'year' | 'month' | 'hour' | null {
  if (!text) return null;
  const folded = foldText(text);
  if (/\b(h|hr|hour|std|stunde|heure|hora|uur|ora|hourly|stundenlohn)\b/.test(folded)) return 'hour';
  if (/\b(month|monat|mois|maand|mese|mes|mo|monthly|monatlich|mensuel|mensual|mensile|maandelijks)\b/.test(folded)) return 'month';
  return 'year';
}

function currencyOf(...parts: (string | undefined)[]): string | null {
  for (const part of parts) {
    if (!part) continue;
    for (const [pattern, code] of currencySymbols) if (pattern.test(part)) return code;
  }
  return null;
}

function findSalary(text: string): { floor: ParsedRequest['salaryFloor']; spans: [number, number][]; bareDollar: boolean } {
  for (const match of text.matchAll(amountPattern)) {
    const groups = match.groups!;
    const hasCurrency = Boolean(groups.before || groups.after);
    const thousands = Boolean(groups.k);
    const around = foldText(`${text.slice(Math.max(0, match.index - 25), match.index)} ${text.slice(match.index + match[0].length, match.index + match[0].length + 12)}`);
    // "10p/word", "0,08 €/palabra", "2 € la ligne": a rate per piece of work, which no salary or
    // hourly floor can be compared with, so it filters nothing.
    if (perPieceRate.test(foldText(text.slice(match.index + match[0].length - (groups.period ? groups.period.length : 0), match.index + match[0].length + 24).replace(/\//g, ' per ')))) continue;
    const trailingPlus = text[match.index + match[0].length] === '+' || /\+\s*$/.test(match[0]);
    if (!hasCurrency && !thousands && !trailingPlus && !floorCue.test(around)) continue;
    let amount = parseNumber(groups.number!, thousands);
    const period = periodOf(groups.period) ?? (amount < 200 && !thousands ? 'hour' : 'year');
    // "80" beside a currency means thousands a year; nobody asks for 80 a year.
    if (period === 'year' && amount < 1000) amount *= 1000;
    if (period === 'year' && (amount < 5000 || amount > 5_000_000)) continue;
    if (period === 'hour' && (amount < 5 || amount > 2000)) continue;
    const end = match.index + match[0].length + (trailingPlus && text[match.index + match[0].length] === '+' ? 1 : 0);
    const bareDollar = groups.before === '$' || groups.after === '$';
    return { floor: { amount, currency: currencyOf(groups.before, groups.after), period }, spans: [[match.index, end]], bareDollar };
  }
  return { floor: null, spans: [], bareDollar: false };
}

// Small numbers written as words in the languages requests are typed in ("las últimas dos semanas", "die letzten zwei Wochen").
const numberWords: Record<string, number> = {
  one: 1, a: 1, ein: 1, eine: 1, einen: 1, un: 1, une: 1, uno: 1, una: 1, een: 1, um: 1, uma: 1,
  two: 2, zwei: 2, deux: 2, dos: 2, twee: 2, due: 2, dois: 2, duas: 2, couple: 2,
  three: 3, drei: 3, trois: 3, tres: 3, drie: 3, tre: 3,
  four: 4, vier: 4, quatre: 4, cuatro: 4, quattro: 4, quatro: 4,
};
const count = String.raw`(\d{1,3}|${Object.keys(numberWords).join('|')})`;
const toCount = (text: string) => numberWords[text] ?? Number(text);
const lastWords = String.raw`(?:(?:in den|in the|in de|en las|en los|de las|de los|dans les|negli|nelle|nos|nas|in)\s+)?(?:last|past|previous|within|in the last|in the past|letzten|letzte|vergangenen|vergangene|derniers|dernieres|ultimos|ultimas|ultimo|ultime|ultimi|laatste|afgelopen|passate|passati)`;
const dayWords = String.raw`(?:days?|tagen?|jours|dias|dagen|giorni)`;
const weekWords = String.raw`(?:weeks?|wochen|semaines|semanas|weken|settimane)`;
const monthWords = String.raw`(?:months?|monaten?|mois|meses|maanden|mesi)`;

const recencyPatterns: [RegExp, (match: RegExpMatchArray) => number][] = [
  [new RegExp(String.raw`\b${lastWords}\s+${count}\s+${dayWords}\b`), (match) => toCount(match[1]!)],
  [new RegExp(String.raw`\b${lastWords}\s+${count}\s+${weekWords}\b`), (match) => toCount(match[1]!) * 7],
  [new RegExp(String.raw`\b${lastWords}\s+${count}\s+${monthWords}\b`), (match) => toCount(match[1]!) * 31],
  [new RegExp(String.raw`\b(\d{1,3})\s+${dayWords}\s+(?:old|ago|alt)\b`), (match) => Number(match[1])],
  // French puts the count first: "les 7 derniers jours", "ces deux dernières semaines".
  [new RegExp(String.raw`\b${count}\s+(?:derniers|dernieres)\s+${dayWords}\b`), (match) => toCount(match[1]!)],
  [new RegExp(String.raw`\b${count}\s+(?:derniers|dernieres)\s+${weekWords}\b`), (match) => toCount(match[1]!) * 7],
  [/\b(today|heute|aujourd hui|hoy|vandaag|oggi|hoje|last 24 hours|past 24 hours)\b/, () => 1],
  [/\b(this week|past week|last week|diese woche|letzte woche|cette semaine|semaine derniere|esta semana|ultima semana|la semana pasada|deze week|afgelopen week|questa settimana|ultima settimana|nesta semana)\b/, () => 7],
  [/\b(this month|past month|last month|diesen monat|letzten monat|ce mois|mois dernier|este mes|ultimo mes|el mes pasado|deze maand|afgelopen maand|questo mese|ultimo mese|neste mes)\b/, () => 31],
];

// "Contract" before a job's head noun names the job ("contract manager", "contracts administrator"), not the terms.
const notTitleWord = String.raw`(?!s?\s+(?:manager|management|administrator|admin|specialist|lawyer|attorney|counsel|analyst|officer|coordinator|negotiator|lead|director|executive|associate|paralegal|engineer)\b)`;

const contractPatterns: [RegExp, Contract][] = [
  [/\b(part[\s-]?time|teilzeit|temps partiel|mi temps|media jornada|tiempo parcial|jornada parcial)\b/, 'part-time'],
  [/\b(full[\s-]?time|vollzeit|temps plein|temps complet|jornada completa|tiempo completo|permanent|unbefristet|festanstellung|cdi|indefinido|tempo indeterminato|vast contract|vaste baan)\b/, 'full-time'],
  // "stage" is French for an internship; an early-stage company is not one.
  [/\b(internship|praktikum|(?<!(early|late|growth|seed|later) )stage|practicas|werkstudent\w*|alternance)\b/, 'internship'],
  [new RegExp(`\\b(contract${notTitleWord}|contractor|freelance\\w*|freiberuflich|mission|autonomo|freelancer|interim)\\b`), 'contract'],
  [/\b(temporary|temp|befristet|zeitarbeit|cdd|temporal|sustitucion|tempo determinato)\b/, 'temporary'],
];

// "Anywhere in England" is anywhere within a place, not work from anywhere.
const remotePattern =
  /\b(remote|remotely|fully remote|work from home|wfh|home office|homeoffice|telearbeit|remote first|teletravail|en teletravail|a distance|remoto|en remoto|da remoto|teletrabajo|a distancia|teletrabalho|op afstand|thuiswerken|from anywhere|anywhere(?! (in|within|across|around) ))\b/;
// "remote or hybrid is fine", "hybrid or remote both fine": remote is welcome, not required. "VA or
// remote PA" asks for remote work: there "remote" belongs to the job named after it.
const remoteOptional = /\b(hybrid|hybride|hibrido|on[\s-]?site|in office|office)\b.{0,30}\b(or|oder|ou|o)\b|\b(or|oder|ou|o)\b.{0,30}\b(hybrid|hybride|hibrido|on[\s-]?site|office)\b|\b(remote|remoto|teletravail)\b.{0,12}\b(fine|ok|okay|possible|welcome|moglich|bienvenue|vale)\b|\b(or|oder|ou|o)\s+(en\s+)?(remote|remoto|teletravail|telearbeit)\b/;
// Words that frame a request rather than say what it is for, folded.
const fillerWords = new Set(
  (
    'i im i m d l s w h f der die das am me my looking look for find show search searching want would like need please any some a an the of in at near around to from on ' +
    'based live living who that which where with is are be can do could it its this these there here fine ok okay ideally only both also just but so ' +
    'job jobs role roles position positions opening openings opportunity opportunities vacancy vacancies work career careers posting postings offer offers stuff ' +
    'paying pay salary base minimum min least more than or and open people candidates posted new recent hybrid onsite ' +
    'suche ich eine einen ein stelle stellen job jobs in im bei mit als oder und fur gerne ab mindestens brutto jahr stunde ' +
    'je cherche recherche un une des de du le la les poste postes emploi offre offres en a au pour avec ou et depuis ' +
    'busco buscando trabajo trabajos empleo empleos oferta ofertas puesto puestos de del en el la los las con para o y desde un una que ' +
    'vacature vacatures baan banen functie functies werk ik zoek zoeken een het van met bij voor naar als en vanaf minimaal ervaring ' +
    'cerco lavoro lavori offerta offerte posizione posizioni per con di della dello degli a e almeno esperienza ' +
    'procuro vaga vagas emprego empregos trabalho para com em do da dos das ou pelo menos experiencia'
  ).split(' '),
);

const careerLevelWords = /\b(senior|sr|junior|jr|entry[\s-]?level|graduate|grad|newly qualified|nqt?|early career|lead|principal|staff|head of|director|intern|internship|apprentice|mid[\s-]?level|experienced|berufseinsteiger\w*|einsteiger\w*|erfahren\w*|confirme\w*|debutant\w*|jeune diplome\w*|experimentad[oa]|sin experiencia|recien titulad[oa]|praktikum|practicas|geselle\w*|gesellin\w*|journeyman|journeyperson|(?<!(early|late|growth|seed|later) )stage)\b/;

// Words that join alternatives in a request: "planner or buyer", "Pflegekraft oder Hebamme", "enfermera o farmacéutica".
const alternatives = new Set(['or', 'and', 'oder', 'und', 'ou', 'et', 'o', 'y', 'e']);

/**
 * Every occupation the wanted words name, given with "|" where the request joined alternatives: the
 * whole phrase first (its longest title wins, so "veterinary nurse" stays one), then each
 * alternative, as a person asking for two kinds of job wants both.
 */
function occupationsNamed(joined: string): string[] {
  const found: string[] = [];
  const whole = occupationOfTitle(joined.replaceAll('|', ' '))?.occupation;
  if (whole) found.push(whole);
  const parts = joined.split('|');
  if (parts.filter((part) => part.trim() !== '').length > 1) {
    parts.forEach((part, index) => {
      const occupation = alternativeNamed(part, { before: index > 0, after: index < parts.length - 1 });
      if (occupation && !found.includes(occupation)) found.push(occupation);
    });
  }
  return found;
}

// An alternative names its job next to the word that offers it: "SRE or DevOps, Kubernetes heavy",
// "planner or buyer". A job named further off belongs to the rest of the sentence ("Contract Manager,
// Tech or SaaS, at a push a legal counsel role"), which the first clause's job answers.
const alternativeReach = 4;

function alternativeNamed(part: string, joined: { before: boolean; after: boolean }): string | null {
  const words = part.split(' ').filter(Boolean);
  const occupation = occupationOfTitle(words.join(' '))?.occupation;
  if (!occupation) return null;
  const nearStart = joined.before && occupationOfTitle(words.slice(0, alternativeReach).join(' '))?.occupation === occupation;
  const nearEnd = joined.after && occupationOfTitle(words.slice(-alternativeReach).join(' '))?.occupation === occupation;
  return nearStart || nearEnd ? occupation : null;
}

/** Whether the nearest word that is no filler, looking from index in direction, is a wanted word rather than the end or an alternative. */
function hasWantedWord(words: string[], index: number, direction: -1 | 1): boolean {
  for (let at = index + direction; at >= 0 && at < words.length; at += direction) {
    if (words[at] === '|') return false;
    if (!fillerWords.has(words[at]!)) return true;
  }
  return false;
}

/**
 * Splits a typed request ("SRE jobs in New York paying $170k+", "Elektriker Teilzeit München ab 20 €
 * die Stunde", "remote content marketing open to Canada") into the wanted words and the constraints:
 * places, remote and the region it must be open to, a pay floor with currency and period, level,
 * contract and recency. Deterministic and model-free; what it cannot read stays in the wanted words.
 */
export function parseRequest(typed: string): ParsedRequest {
  const text = expandJobCodes(typed);
  const { floor, spans, bareDollar } = findSalary(text);
  let rest = text;
  for (const [start, end] of spans.sort((left, right) => right[0] - left[0])) rest = `${rest.slice(0, start)} ${rest.slice(end)}`;
  // A slash between two words offers either ("SRE / DevOps", "Buyer/Planner"); one between single
  // letters is a gender mark ("m/w/d", "H/F"), not a choice.
  rest = rest.replace(/(?<=\p{L}{2})\s*\/\s*(?=\p{L}{2})/gu, ' or ');
  const folded = foldText(rest);

  let postedWithinDays: number | null = null;
  let withoutRecency = folded;
  for (const [pattern, days] of recencyPatterns) {
    const match = folded.match(pattern);
    if (match) {
      postedWithinDays = days(match);
      withoutRecency = withoutRecency.replace(match[0], ' ');
      break;
    }
  }

  const contract = contractPatterns.find(([pattern]) => pattern.test(withoutRecency))?.[1] ?? null;
  const remoteAsked = remotePattern.test(withoutRecency);
  const optional = remoteOptional.exec(withoutRecency);
  const remoteOnly = remoteAsked && (!optional || remoteNamesJob(withoutRecency.slice(optional.index + optional[0].length)));

  // The text as typed, so that codes written in capitals ("NY", "DE") count as places.
  const typedWords = folded.split(' ').filter(Boolean);
  const mentions = placeMentions(rest, { codes: true, towns: 'lead' }).filter((mention, index, all) => !isCode(mention) || codeStandsForPlace(rest, typedWords, mention, all[index - 1]));
  const places: ParsedRequest['places'] = [];
  const regionCountries = new Set<string>();
  const mentionCountries = mentions.flatMap((mention) => (mention.kind === 'country' ? [mention.country] : []));
  for (const mention of mentions) {
    if (mention.kind === 'city') {
      const country = mention.countries.find((code) => mentionCountries.includes(code)) ?? mention.countries[0] ?? null;
      places.push({ city: mention.name, country });
      if (country) regionCountries.add(country);
    } else if (mention.kind === 'country') {
      regionCountries.add(mention.country);
      if (!places.some((place) => place.country === mention.country)) places.push({ city: null, country: mention.country });
    } else if (mention.kind === 'region') {
      addRegion(regionCountries, mention.region);
    }
  }
  // A city and its country named together ("Berlin, Germany") are one place.
  const cityCountries = new Set(places.filter((place) => place.city).map((place) => place.country));
  const distinctPlaces = places.filter((place) => place.city !== null || !cityCountries.has(place.country));

  const levelWords = withoutRecency.match(careerLevelWords);
  const level = levelWords ? levelOfTitle(levelWords[0]) : null;

  // A place's words as typed ("München") and as the gazetteer names it ("Munich").
  const placeWords = new Set(mentions.flatMap((mention) => [...mention.name.split(' '), ...typedWords.slice(mention.start, mention.end)]));
  const words = requestWords(withoutRecency, placeWords);
  const wantedWords = words.filter((word) => !fillerWords.has(word));
  const wanted = wantedWords.filter((word) => word !== '|').join(' ');
  // A small word between wanted words belongs to the title ("jefa de proyectos", "chef de rang"),
  // so the occupation is read with it first, and without it when that names none.
  // A level word can be the title's own ("Head of Content", "Lagerleiter"): when the words without
  // levels name no occupation, they are read again with them.
  const named = occupationsOfWords(words);
  const occupations = firstClauseFirst(named.length > 0 ? named : occupationsOfWords(requestWords(withoutRecency, placeWords, { keepLevels: true })), rest, placeWords);

  return {
    wanted,
    occupations,
    places: remoteOnly ? [] : distinctPlaces,
    remoteOnly,
    remoteFrom: remoteAsked && regionCountries.size > 0 ? regionCountries : null,
    salaryFloor: floor ? { ...floor, currency: (bareDollar ? localDollars(regionCountries) : null) ?? floor.currency ?? inferCurrency(regionCountries) } : null,
    level: careerLevels.includes(level as CareerLevel) ? level : null,
    contract,
    postedWithinDays,
  };
}

// "UK" and "EU" are places wherever they stand, and "US" is read by where it stands already.
const isCode = (mention: PlaceMention) => mention.end - mention.start === 1 && mention.name.length === 2 && !['uk', 'eu', 'us'].includes(mention.name);

// Words after which a capitalised code is a place ("jobs in PA", "remote US", "Austin TX").
const placeLead = new Set(['in', 'near', 'around', 'from', 'within', 'across', 'remote', 'based', 'en', 'a', 'au', 'em', 'im', 'bei', 'nel', 'nella', 'w', 'i', 'op']);
const placeTail = new Set(['only', 'based', 'remote', 'area', 'wide', 'residents', 'citizens']);

/**
 * A request's capitalised code is a job's short name as often as a place ("SA jobs" are for sales
 * associates, "PA to the CEO" a personal assistant, "HR manager"), so it counts as a place only where
 * a place stands: after "in", "near" or "remote", after a comma or a city ("Austin TX", "Leeds, UK"),
 * before "only" or "based", or as the request's last word.
 */
function codeStandsForPlace(typed: string, words: string[], mention: PlaceMention, before: PlaceMention | undefined): boolean {
  if (placeLead.has(words[mention.start - 1] ?? '') || placeTail.has(words[mention.end] ?? '')) return true;
  if (mention.end >= words.length || before?.end === mention.start) return true;
  if (new RegExp(String.raw`[,(/|–-]\s*${mention.name.toUpperCase()}\b`).test(typed)) return true;
  // "CA jobs" is in California; a job's own code ("SA jobs") was written out before places were read.
  return jobNouns.has(words[mention.end] ?? '');
}

const jobNouns = new Set(['job', 'jobs', 'role', 'roles', 'position', 'positions', 'vacancies', 'openings']);

/** Whether the words right after "or remote" name a job, so that "remote" belongs to it ("VA or remote PA"). */
function remoteNamesJob(after: string): boolean {
  const next = after.split(' ').filter(Boolean).slice(0, 3).join(' ');
  return next !== '' && occupationOfTitle(next) !== null;
}

function addRegion(countries: Set<string>, region: Region) {
  if (region.countries === 'anywhere') return;
  for (const country of region.countries) countries.add(country);
}

/** A bare "$" in a request for a country with dollars of its own (Canada, Australia…) means those dollars, unless it also names the US. */
function localDollars(countries: Set<string>): string | null {
  if (countries.has('US')) return null;
  return [...countries].map(localDollarOf).find((code) => code !== null) ?? null;
}

function inferCurrency(countries: Set<string>): string | null {
  const currencies = new Set([...countries].map((country) => countryCurrency[country]).filter(Boolean));
  return currencies.size === 1 ? [...currencies][0]! : null;
}

/** A request's words as the wanted side reads them: remote, contract, office and level words out, alternatives as "|". */
function requestWords(text: string, placeWords: Set<string>, options: { keepLevels?: boolean } = {}): string[] {
  const withoutConstraints = text
    .replace(remotePattern, ' ')
    .replace(new RegExp(String.raw`\b(part[\s-]?time|full[\s-]?time|fulltime|parttime|teilzeit|vollzeit|temps partiel|temps plein|temps complet|media jornada|jornada completa|tiempo completo|tiempo parcial|permanent|unbefristet|befristet|festanstellung|cdi|cdd|indefinido|tempo indeterminato|tempo determinato|vast contract|vaste baan|freelance|contract${notTitleWord}|contractor)\b`, 'g'), ' ')
    // Where the work happens is a constraint, but a front or back office is part of a job's name.
    .replace(/\b(in the office|in office|office based|(?<!(front|back|head|post|box) )office(?! (manager|administrator|admin|assistant|coordinator|clerk|worker)\b))\b/g, ' ');
  return (options.keepLevels ? withoutConstraints : withoutConstraints.replace(new RegExp(careerLevelWords.source, 'g'), ' '))
    .split(' ')
    .map((word) => (alternatives.has(word) ? '|' : word))
    .filter((word) => word && !placeWords.has(word) && !/^\d+$/.test(word));
}

/**
 * The job a request names first is the one it asks for: "Buchhalter (m/w/d) in Teilzeit – Finanzbuchhaltung
 * auf Sachbearbeiter-Ebene wäre auch ok" asks for a bookkeeping accountant, though "Sachbearbeiter" is
 * the longer title. When the first clause names an occupation and the whole request's best title is
 * another one (not a specialty of it), the first clause's comes first and the other is dropped; the
 * alternatives a request joins with "or" stay.
 */
function firstClauseFirst(occupations: string[], request: string, placeWords: Set<string>): string[] {
  const [whole, ...alternativesNamed] = occupations;
  if (!whole) return occupations;
  const clause = request.split(/\s[–—-]\s|[,;:(]/)[0] ?? '';
  const first = occupationsOfWords(requestWords(foldText(clause), placeWords))[0];
  if (!first || first === whole || occupationTaxonomy().get(whole)?.parent === first) return occupations;
  return [first, ...alternativesNamed.filter((occupation) => occupation !== first)];
}

/** The occupations a request's words name, read with the small words inside a title first. */
function occupationsOfWords(words: string[]): string[] {
  const withInnerWords = words.filter((word, index) => !fillerWords.has(word) || (hasWantedWord(words, index, -1) && hasWantedWord(words, index, 1)));
  const named = occupationsNamed(withInnerWords.join(' '));
  return named.length > 0 ? named : occupationsNamed(words.filter((word) => !fillerWords.has(word)).join(' '));
}
