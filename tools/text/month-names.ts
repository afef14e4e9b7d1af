/**
 * Month names as CVs write them in English, German, French, Spanish, Italian, Dutch and Portuguese,
 * full and shortened ("September", "sept.", "septiembre", "settembre", "setembro", "März", "mrt"):
 * a date range or a job held "depuis septembre 2021" is read whatever the CV's language.
 */
const months: string[][] = [
  ['january', 'jan', 'januar', 'jänner', 'janvier', 'janv', 'enero', 'ene', 'gennaio', 'gen', 'januari', 'janeiro'],
  ['february', 'feb', 'februar', 'février', 'fevrier', 'févr', 'fevr', 'fév', 'febrero', 'febbraio', 'febr', 'februari', 'fevereiro', 'fev'],
  ['march', 'mar', 'märz', 'maerz', 'marz', 'mars', 'marzo', 'maart', 'mrt', 'março', 'marco'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile'],
  ['may', 'mai', 'mayo', 'maggio', 'mag', 'mei', 'maio'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu', 'junho'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug', 'julho'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'settembre', 'set', 'setembro'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'ott', 'outubro', 'out'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro'],
  ['december', 'dec', 'dezember', 'dez', 'décembre', 'decembre', 'déc', 'diciembre', 'dic', 'dicembre', 'dezembro'],
];

const indexOfName = new Map(months.flatMap((names, index) => names.map((name) => [name, index] as const)));

/** A pattern source matching one month name, longest first so "septembre" is not read as "sept". */
export const monthNamePattern = [...indexOfName.keys()].sort((left, right) => right.length - left.length).join('|');

/** The month's index 0–11 for a name as written ("Sept.", "août", "MärTZ" in any case), or -1. */
export function monthOfName(name: string): number {
  return indexOfName.get(name.toLowerCase().replace(/\.$/, '')) ?? -1;
}
