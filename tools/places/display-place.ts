/** A place as Atlas matched it (folded: "new york", "DE") in the form people write it: "New York", "DE". */
export function displayPlace(place: string): string {
  if (/^[A-Z]{2}$/.test(place)) return place;
  return place.replace(/(^|[\s-])(\p{L})/gu, (_match, space: string, letter: string) => `${space}${letter.toUpperCase()}`);
}
