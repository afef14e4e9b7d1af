import { foldText } from '../text/fold-text.ts';
import { gazetteer, type Region } from './gazetteer.ts';
import { kilometresBetween, towns, whereIs, type Town } from './towns.ts';

export type PlaceMention =
  /** `town` when the name came from the world's towns rather than the hand-written cities. */
  | { kind: 'city'; name: string; countries: string[]; start: number; end: number; town?: boolean }
  | { kind: 'country'; name: string; country: string; start: number; end: number }
  | { kind: 'subdivision'; name: string; countries: string[]; start: number; end: number }
  | { kind: 'region'; name: string; region: Region; start: number; end: number };

// "UK" and "EU" are places wherever they stand; "US" only where it cannot be the pronoun ("the US",
// "remote US", "US only", "US-based").
function runningTextCode(words: string[], start: number, length: number) {
  if (length !== 1) return false;
  const word = words[start];
  if (word === 'uk' || word === 'eu') return true;
  return word === 'us' && (/^(the|remote|from|within)$/.test(words[start - 1] ?? '') || /^(only|based|citizens?|residents?|time|timezones?|hours|remote)$/.test(words[start + 1] ?? ''));
}

/**
 * Where towns (every populated place of 1,000 people or more) may be read, besides the hand-written
 * cities: 'field' in a location field or a CV's contact line, where a place is expected; 'lead' in
 * typed text, only after a word that introduces a place ("in", "near", "bei", "à", "em", "en"), right
 * before its country or written with a capital after a word without one; 'none' in running text. A
 * town whose name is an ordinary word ("Best", "Police", "Split") counts only right before its
 * country or province.
 */
export type TownReading = 'field' | 'lead' | 'none';

// Words after which a place stands in typed text.
const placeLeads = new Set(['in', 'near', 'around', 'nearby', 'bei', 'nahe', 'um', 'au', 'pres', 'em', 'en', 'perto', 'cerca', 'bij', 'nabij', 'rond', 'rondom', 'omgeving', 'regio', 'area', 'from']);
// A town this close to a hand-written city of a shorter name is that city ("Frankfurt am Main", "London Colney").
const sameCityKm = 40;

/**
 * Places named in a text, longest name first at each word ("New York" before "York"), as word
 * positions in the folded text. Two-letter names (country and state codes, "LA") count only where
 * `codes` is true: in running text they are ordinary words ("de", "in", "la"). `isoCodes` adds every
 * country's code, for location fields. `towns` says where the world's towns may be read (none by
 * default); `country` is the country the text is most likely about, preferred for a town's name that
 * several countries have.
 */
export function placeMentions(text: string, options: { codes?: boolean; isoCodes?: boolean; towns?: TownReading; country?: string | null } = {}): PlaceMention[] {
  const places = gazetteer();
  const townReading = options.towns ?? 'none';
  const words = foldText(text).split(' ').filter(Boolean);
  // Codes are written in capitals ("Austin, TX", "Remote - US"); "in" or "me" in lower case are words.
  const capitalCodes = new Set((text.match(/\b[A-Z]{2}\b/g) ?? []).map((code) => code.toLowerCase()));
  const known = (start: number, length: number): PlaceMention | null => {
    const name = words.slice(start, start + length).join(' ');
    if (name.length <= 2 && !(options.codes && capitalCodes.has(name)) && !runningTextCode(words, start, length)) return null;
    const end = start + length;
    const region = places.regions.get(name);
    const country = places.countries.get(name) ?? (options.isoCodes && capitalCodes.has(name) ? places.isoCodes.get(name) : undefined);
    const cities = places.cities.get(name);
    const subdivisions = places.subdivisions.get(name);
    if (cities) return { kind: 'city', name: places.canonicalCities.get(name) ?? name, countries: cities, start, end };
    if (country) return { kind: 'country', name, country, start, end };
    if (region) return { kind: 'region', name, region, start, end };
    if (subdivisions) return { kind: 'subdivision', name, countries: subdivisions, start, end };
    return null;
  };
  const mentions: PlaceMention[] = [];
  const townsFound = new Map<PlaceMention, Town[]>();
  for (let start = 0; start < words.length; ) {
    let found: PlaceMention | null = null;
    for (let length = Math.min(places.longestName, words.length - start); length >= 1 && !found; length -= 1) {
      found = known(start, length);
      if (found || townReading === 'none') continue;
      const name = words.slice(start, start + length).join(' ');
      const named = name.length >= 3 ? towns().get(name) : undefined;
      if (!named) continue;
      // A shorter hand-written city at the same words, and near this town, is the place meant.
      for (let shorter = length - 1; shorter >= 1 && !found; shorter -= 1) {
        const city = known(start, shorter);
        if (city?.kind !== 'city') continue;
        const near = named.some((town) => city.countries.includes(town.country) && isNear(city.name, town));
        if (near) found = { ...city, end: start + length };
      }
      if (found) continue;
      found = { kind: 'city', name, countries: [...new Set(named.map((town) => town.country))], start, end: start + length, town: true };
      townsFound.set(found, named);
    }
    if (found) {
      mentions.push(found);
      start = found.end;
    } else start += 1;
  }
  // A large city's name beside another country's state or county is that country's town ("Boston,
  // Lincolnshire" is in England, "Boston, MA" stays in Massachusetts).
  if (townReading !== 'none') {
    mentions.forEach((mention, index) => {
      const next = mentions[index + 1];
      if (mention.kind !== 'city' || mention.town || next?.start !== mention.end || (next.kind !== 'country' && next.kind !== 'subdivision')) return;
      const nextCountries = next.kind === 'country' ? [next.country] : next.countries;
      if (nextCountries.some((code) => mention.countries.includes(code))) return;
      const named = towns()
        .get(words.slice(mention.start, mention.end).join(' '))
        ?.filter((town) => nextCountries.includes(town.country));
      if (!named?.length) return;
      const town: PlaceMention = { kind: 'city', name: words.slice(mention.start, mention.end).join(' '), countries: [named[0]!.country], start: mention.start, end: mention.end, town: true };
      mentions[index] = town;
      townsFound.set(town, named);
    });
  }
  const typed = text.replace(/[’']/g, ' ').split(/[^\p{L}\p{N}&+#]+/u).filter(Boolean);
  // Written with a capital after a word without one ("nurse Naaldwijk", "jobs Reading"); in a run of
  // capitals ("Senior Scala Developer") a capital marks a title, not a name.
  const capitalised = (mention: PlaceMention) =>
    typed.length === words.length && mention.start > 0 && /^\p{Lu}/u.test(typed[mention.start] ?? '') && !/^\p{Lu}/u.test(typed[mention.start - 1] ?? '');
  // "à Nice" leads to a place; "a nice team" does not, and both fold to "a".
  const leadsTo = (mention: PlaceMention) => placeLeads.has(words[mention.start - 1] ?? '') || (typed.length === words.length && typed[mention.start - 1] === 'à');
  const read = townReading !== 'field' ? mentions.filter((mention, index) => !ordinaryWordUntyped(mention, mentions[index + 1], words, capitalised, leadsTo)) : mentions;
  if (townsFound.size === 0) return read;
  return keptTowns(read, townsFound, townReading, options.country ?? null, capitalised, leadsTo);
}

// Hand-written cities whose name is a word job texts and requests use ("reading", "nice", "tours"):
// only these, not every city the word lists hold in lower case ("boston", "paris", "porto"), which
// people type in lower case as places ("nurse jobs boston").
const wordCities = new Set(['reading', 'bath', 'nice', 'split', 'swords', 'cork', 'tours', 'essen', 'halle', 'providence', 'anchorage']);

/**
 * Outside location fields, a hand-written city whose name is an ordinary word ("Reading", "Nice",
 * "Bath") is a place only after a word that leads to a place, before its country, or written with a
 * capital after a word without one: "reading specialist" and "Bath fitter" name no place.
 */
function ordinaryWordUntyped(mention: PlaceMention, next: PlaceMention | undefined, words: string[], capitalised: (mention: PlaceMention) => boolean, leadsTo: (mention: PlaceMention) => boolean) {
  if (mention.kind !== 'city' || mention.town) return false;
  if (!wordCities.has(words.slice(mention.start, mention.end).join(' '))) return false;
  if (leadsTo(mention) || (next?.start === mention.end && (next.kind === 'country' || next.kind === 'subdivision'))) return false;
  return !capitalised(mention);
}

function isNear(city: string, town: Town) {
  const at = whereIs(city, town.country);
  return at !== null && kilometresBetween(at, town) <= sameCityKm;
}

/** The towns read where `reading` allows, each with its countries in order of likelihood. */
function keptTowns(
  mentions: PlaceMention[],
  townsFound: Map<PlaceMention, Town[]>,
  reading: TownReading,
  hint: string | null,
  capitalised: (mention: PlaceMention) => boolean,
  leadsTo: (mention: PlaceMention) => boolean,
): PlaceMention[] {
  const stated = new Set(
    mentions.flatMap((mention) => (mention.kind === 'country' ? [mention.country] : mention.kind === 'subdivision' ? mention.countries : mention.kind === 'city' && !mention.town ? mention.countries : [])),
  );
  const cities = mentions.filter((mention): mention is Extract<PlaceMention, { kind: 'city' }> => mention.kind === 'city' && !mention.town);
  const kept: PlaceMention[] = [];
  mentions.forEach((mention, index) => {
    const named = townsFound.get(mention);
    if (!named || mention.kind !== 'city') {
      kept.push(mention);
      return;
    }
    const next = mentions[index + 1];
    const besideCountry =
      next?.start === mention.end && (next.kind === 'country' || next.kind === 'subdivision') && named.some((town) => (next.kind === 'country' ? next.country === town.country : next.countries.includes(town.country)));
    const ordinary = named.every((town) => town.word);
    const read = ordinary ? besideCountry : reading === 'field' || besideCountry || leadsTo(mention) || capitalised(mention);
    if (!read) return;
    // Where a field names a country or a known city, a town elsewhere is a word or a street
    // ("Leeds, Headingley" is not in Canada); a typed request may name places in several countries.
    // A town near a city named with it is a district of it ("Clondalkin, Dublin"): the city stands for it.
    const candidates = reading === 'field' && stated.size > 0 ? named.filter((town) => stated.has(town.country)) : named;
    if (candidates.length === 0) return;
    if (cities.some((city) => city.countries.includes(candidates[0]!.country) && isNear(city.name, candidates[0]!))) return;
    const rank = (town: Town) => (stated.has(town.country) ? 2 : 0) + (town.country === hint ? 1 : 0);
    const ordered = [...candidates].sort((left, right) => rank(right) - rank(left) || right.population - left.population);
    kept.push({ ...mention, countries: [...new Set(ordered.map((town) => town.country))] });
  });
  return kept;
}
