/**
 * A folded place name ("new york", "koln") title-cased: how Atlas shows a place whose written name it
 * does not hold, and the form towns.json and places.json leave unwritten (a name stored only where
 * GeoNames or people write it otherwise: "Köln", "Frankfurt am Main").
 */
export function titleCasePlace(folded: string): string {
  return folded.replace(/(^|[\s-])(\p{L})/gu, (_match, space: string, letter: string) => `${space}${letter.toUpperCase()}`);
}
