import { foldText } from '../text/fold-text.ts';
import { gazetteer, type Region } from './gazetteer.ts';

export type PlaceMention =
  | { kind: 'city'; name: string; countries: string[]; start: number; end: number }
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
 * Places named in a text, longest name first at each word ("New York" before "York"), as word
 * positions in the folded text. Two-letter names (country and state codes, "LA") count only where
 * `codes` is true: in running text they are ordinary words ("de", "in", "la"). `isoCodes` adds every
 * country's code, for location fields.
 */
export function placeMentions(text: string, options: { codes?: boolean; isoCodes?: boolean } = {}): PlaceMention[] {
  const places = gazetteer();
  const words = foldText(text).split(' ').filter(Boolean);
  // Codes are written in capitals ("Austin, TX", "Remote - US"); "in" or "me" in lower case are words.
  const capitalCodes = new Set((text.match(/\b[A-Z]{2}\b/g) ?? []).map((code) => code.toLowerCase()));
  const mentions: PlaceMention[] = [];
  for (let start = 0; start < words.length; ) {
    let found: PlaceMention | null = null;
    for (let length = Math.min(places.longestName, words.length - start); length >= 1 && !found; length -= 1) {
      const name = words.slice(start, start + length).join(' ');
      if (name.length <= 2 && !(options.codes && capitalCodes.has(name)) && !runningTextCode(words, start, length)) continue;
      const end = start + length;
      const region = places.regions.get(name);
      const country = places.countries.get(name) ?? (options.isoCodes && capitalCodes.has(name) ? places.isoCodes.get(name) : undefined);
      const cities = places.cities.get(name);
      const subdivisions = places.subdivisions.get(name);
      if (cities) found = { kind: 'city', name: places.canonicalCities.get(name) ?? name, countries: cities, start, end };
      else if (country) found = { kind: 'country', name, country, start, end };
      else if (region) found = { kind: 'region', name, region, start, end };
      else if (subdivisions) found = { kind: 'subdivision', name, countries: subdivisions, start, end };
    }
    if (found) {
      mentions.push(found);
      start = found.end;
    } else start += 1;
  }
  return mentions;
}
