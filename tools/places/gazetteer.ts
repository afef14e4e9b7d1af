import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { foldText } from '../text/fold-text.ts';
import { titleCasePlace } from './title-case-place.ts';

const placesSchema = z.object({
  countries: z.record(z.string().regex(/^[A-Z]{2}$/), z.array(z.string())),
  subdivisions: z.record(z.string(), z.array(z.string())),
  cities: z.record(z.string(), z.array(z.string())),
  regions: z.record(z.string(), z.object({ names: z.array(z.string()), countries: z.array(z.string()) })),
  localities: z.record(z.string().regex(/^[A-Z]{2}$/), z.record(z.string(), z.tuple([z.number(), z.number(), z.number()]))),
});

/** A hiring region: a set of countries, or every country ("*"). */
export interface Region {
  key: string;
  countries: Set<string> | 'anywhere';
}

export interface Gazetteer {
  /** Folded name → ISO country code. Names of two letters are codes ("DE", "US"), matched only where a code is expected. */
  countries: Map<string, string>;
  /**
   * Lower-case ISO code → country, for codes not in `countries`. Read only in location fields: typed
   * text uses "IT", "HR" and "QA" as words for work.
   */
  isoCodes: Map<string, string>;
  /** Folded city name → country codes that have a city of that name. */
  cities: Map<string, string[]>;
  /** Every folded name of a city → the name Atlas uses for it ("koln" → "cologne"). */
  canonicalCities: Map<string, string>;
  /** The name Atlas uses for a city → all its names, that one first. */
  cityNames: Map<string, string[]>;
  /** Places people name as home that GeoNames holds as no town ("Westland"): folded name → latitude, longitude, population. */
  localities: Record<string, Record<string, [number, number, number]>>;
  /**
   * Folded name of a city or locality → its name as people write it ("sao paulo" → "São Paulo"), for
   * the names whose written form is not the folded one title-cased.
   */
  writtenNames: Map<string, string>;
  /** Folded state, province or region name → country code ("ny" → US, "bayern" → DE). */
  subdivisions: Map<string, string[]>;
  regions: Map<string, Region>;
  /** The longest name of any kind, in words: how far a lookup needs to look ahead. */
  longestName: number;
}

let loaded: Gazetteer | undefined;

/** Countries, cities and hiring regions Atlas recognises (tools/places/places.json), loaded once. */
export function gazetteer(): Gazetteer {
  if (loaded) return loaded;
  const file = placesSchema.parse(JSON.parse(readFileSync(new URL('./places.json', import.meta.url), 'utf8')));
  const add = (map: Map<string, string[]>, name: string, code: string) => {
    const key = foldText(name);
    const codes = map.get(key) ?? [];
    if (!codes.includes(code)) map.set(key, [...codes, code]);
  };
  const countries = new Map<string, string>();
  for (const [code, names] of Object.entries(file.countries)) for (const name of names) countries.set(foldText(name), code);
  const cities = new Map<string, string[]>();
  const canonicalCities = new Map<string, string>();
  const cityNames = new Map<string, string[]>();
  const writtenNames = new Map<string, string>();
  const write = (name: string) => {
    if (name !== foldText(name) && name !== titleCasePlace(foldText(name))) writtenNames.set(foldText(name), name);
  };
  for (const [code, entries] of Object.entries(file.cities)) {
    for (const entry of entries) {
      const [first, ...others] = entry.split('|');
      write(first!);
      cityNames.set(foldText(first!), [first!, ...others].map(foldText));
      for (const name of [first!, ...others]) {
        add(cities, name, code);
        canonicalCities.set(foldText(name), foldText(first!));
      }
    }
  }
  const subdivisions = new Map<string, string[]>();
  for (const [code, names] of Object.entries(file.subdivisions)) for (const name of names) add(subdivisions, name, code);
  // Every country's ISO code, for location fields ("Remote (DE, AT, NL)"), except where the code is
  // also a state's or province's ("CA" California, "IN" Indiana): there the places file decides.
  const isoCodes = new Map<string, string>();
  for (const code of Object.keys(file.countries)) {
    const key = code.toLowerCase();
    if (!countries.has(key) && !subdivisions.has(key) && !cities.has(key)) isoCodes.set(key, code);
  }
  const regions = new Map<string, Region>();
  for (const [key, region] of Object.entries(file.regions)) {
    const value: Region = { key, countries: region.countries.includes('*') ? 'anywhere' : new Set(region.countries) };
    for (const name of region.names) regions.set(foldText(name), value);
  }
  // Matched folded, like every other name.
  const localities: Gazetteer['localities'] = {};
  for (const [code, named] of Object.entries(file.localities)) {
    localities[code] = Object.fromEntries(Object.entries(named).map(([name, place]) => (write(name), [foldText(name), place])));
  }
  const allNames = [...countries.keys(), ...cities.keys(), ...subdivisions.keys(), ...regions.keys()];
  loaded = { countries, isoCodes, cities, canonicalCities, cityNames, localities, writtenNames, subdivisions, regions, longestName: Math.max(...allNames.map((name) => name.split(' ').length)) };
  return loaded;
}

/** The countries of a region, or of a country code. */
export function regionCountries(region: Region | string): Set<string> | 'anywhere' {
  return typeof region === 'string' ? new Set([region]) : region.countries;
}

/** The EU/EEA and Switzerland, where citizens of one may work in any other. */
export function europeanFreeMovement(): Set<string> {
  const region = gazetteer().regions.get('eu');
  return region && region.countries !== 'anywhere' ? region.countries : new Set();
}
