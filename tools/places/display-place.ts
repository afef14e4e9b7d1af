import { gazetteer } from './gazetteer.ts';
import { titleCasePlace } from './title-case-place.ts';
import { towns } from './towns.ts';

/**
 * A place as Atlas matched it (folded: "koln", "new york", "DE") in the form people write it: "Köln",
 * "New York", "DE". A hand-written city shows as places.json writes it ("Zürich", "Cologne"); a town
 * as GeoNames writes it ("Frankfurt am Main", "'s-Hertogenbosch"), the one of that name in `country`
 * when the caller knows it, the most populous otherwise; any other place title-cased.
 */
export function displayPlace(place: string, country?: string | null): string {
  if (/^[A-Z]{2}$/.test(place)) return place;
  const places = gazetteer();
  const written = places.writtenNames.get(place);
  if (written) return written;
  // A city Atlas names by its own first name keeps that name ("Cologne", "Thessaloniki"), not the town's.
  if (places.cityNames.has(place)) return titleCasePlace(place);
  const named = towns().get(place);
  const town = named?.find((each) => each.country === country) ?? named?.[0];
  return town?.written ?? titleCasePlace(place);
}
