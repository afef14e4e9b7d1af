import { foldText } from '../text/fold-text.ts';
import { gazetteer } from './gazetteer.ts';
import { towns } from './towns.ts';

// The sigle of Italy's provinces and metropolitan cities, as Italian addresses write them in
// brackets after the town: "Monza (MB)", "Rho (MI)", "Bergamo (BG)".
const italianProvinces = new Set(
  'AG AL AN AO AP AQ AR AT AV BA BG BI BL BN BO BR BS BT BZ CA CB CE CH CL CN CO CR CS CT CZ EN FC FE FG FI FM FR GE GO GR IM IS KR LC LE LI LO LT LU MB MC ME MI MN MO MS MT NA NO NU OR PA PC PD PE PG PI PN PO PR PT PU PV PZ RA RC RE RG RI RM RN RO SA SI SO SP SR SS SU SV TA TE TN TO TP TR TS TV UD VA VB VC VE VI VR VT VV'.split(' '),
);

function isItalianPlace(name: string) {
  const folded = foldText(name);
  return Boolean(gazetteer().cities.get(folded)?.includes('IT') || towns().get(folded)?.some((town) => town.country === 'IT'));
}

/**
 * A location field written the Italian way, a town with its province's code in brackets, with the
 * code read as the province it is rather than a US state or a country ("Palermo (PA)" is not in
 * Pennsylvania, "Bergamo (BG)" not in Bulgaria): the brackets become ", Italia" when the town is
 * an Italian one. Other fields come back as they are.
 */
export function withItalianProvince(location: string): string {
  return location.replace(/^([^()]*\p{L})\s*\(([A-Z]{2})\)/u, (whole, town: string, code: string) =>
    italianProvinces.has(code) && isItalianPlace(town.trim()) ? `${town.trim()}, Italia` : whole,
  );
}
