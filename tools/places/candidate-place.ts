import { foldText } from '../text/fold-text.ts';
import { sinceWords, yearRangeStart } from '../text/work-dates.ts';
import { contactCountries } from './contact-country.ts';
import { europeanFreeMovement } from './gazetteer.ts';
import { placeMentions, type PlaceMention } from './place-mentions.ts';
import { relocationStance } from './relocation-stance.ts';
import { towns } from './towns.ts';

/** Where a person lives and may work, as their CV states it. */
export interface CandidatePlace {
  city: string | null;
  country: string | null;
  /** Countries the person may work in without a visa, as far as the CV tells. */
  authorised: Set<string>;
  /** True when the CV says the person would move, false when it says not, null when silent. */
  relocate: boolean | null;
}

const authorisation =
  /\b(citizen|citizenship|national|nationality|passport|right to work|authori[sz]ed to work|eligible to work|work permit|green card|permanent resident|settled status|blue card|staatsangehorigkeit|staatsburger|nationalitat|arbeitserlaubnis|aufenthaltstitel|nationalite|permis de travail|titre de sejour|nacionalidad|permiso de trabajo|residencia)\b/;
const nationalities: Record<string, string> = {
  british: 'GB', english: 'GB', irish: 'IE', german: 'DE', deutsch: 'DE', deutsche: 'DE', french: 'FR', francais: 'FR', francaise: 'FR',
  spanish: 'ES', espanol: 'ES', espanola: 'ES', dutch: 'NL', niederlandisch: 'NL', italian: 'IT', italiano: 'IT', polish: 'PL',
  portuguese: 'PT', portugues: 'PT', american: 'US', canadian: 'CA', indian: 'IN', australian: 'AU', austrian: 'AT', swiss: 'CH',
  belgian: 'BE', swedish: 'SE', danish: 'DK', norwegian: 'NO', finnish: 'FI', greek: 'GR', romanian: 'RO', mexican: 'MX', brazilian: 'BR',
};
function withFreeMovement(countries: Set<string>) {
  const european = europeanFreeMovement();
  const inEurope = [...countries].some((country) => european.has(country));
  // The Common Travel Area: British and Irish citizens may work in both countries.
  const inCommonTravelArea = countries.has('GB') || countries.has('IE');
  if (inEurope) for (const country of european) countries.add(country);
  if (inCommonTravelArea) for (const country of ['GB', 'IE']) countries.add(country);
  return countries;
}

// Where a line gives contact details: an address, phone number, e-mail, or fields set apart ("Naaldwijk | 06 …").
const contactLine = /@|\d|[|•·,]|\b(address|adres|adresse|anschrift|wohnort|location|locatie|standort|direccion|morada|residencia|woonplaats|domicile|based in|lives in)\b/i;
// E-mail addresses and links name people and sites, not places ("maria.santos@…", "linkedin.com/in/…").
const addressesAndLinks = /\S+@\S+|\S*(https?:\/\/|www\.|\.com|\.nl|\.de|linkedin|github)\S*/gi;

// A street is often named for a town ("Rua do Souto", "Amsterdamseweg"): the town is after the postcode.
const streetAddress = /\b(rua|avenida|av|travessa|largo|praca|street|road|rd|avenue|ave|lane|drive|straat|weg|laan|plein|gracht|kade|strasse|str|gasse|platz|allee|calle|paseo|plaza|rue|boulevard|chemin|via|viale|piazza|corso)\b|\p{L}(straat|weg|laan|strasse|str|gasse|platz)\b/u;

/**
 * Places in the top lines of a CV: the hand-written cities and countries anywhere there, and the
 * world's towns only in contact lines below the first (the person's name, which often is a town's:
 * "Santos", "Vries"), with e-mail addresses and links left out.
 */
function homeMentions(lines: string[]): PlaceMention[] {
  const mentions: PlaceMention[] = [];
  lines.forEach((line, index) => {
    const text = line
      .slice(0, 200)
      .replace(addressesAndLinks, ' ')
      .split(/[|•·,;]/)
      .filter((part) => !streetAddress.test(foldText(part)))
      .join(', ');
    const towns = index > 0 && (contactLine.test(line) || text.trim().split(/\s+/).length === 1) ? 'field' : 'none';
    mentions.push(...placeMentions(text, { codes: false, towns }));
  });
  return mentions;
}

/**
 * A country the contact details point to that holds a town of the city's name, where the city's own
 * countries are not among them: "Boston" with a "+44" number is the Lincolnshire town, "Hamilton"
 * with a "+64" one the New Zealand city.
 */
function townInHintedCountry(name: string, hinted: string[]): string | undefined {
  return towns()
    .get(name)
    ?.find((town) => hinted.includes(town.country))?.country;
}

/**
 * The countries the whole CV names, most often first: its countries, regions' and counties' countries
 * and cities of one country ("Grantham, Lincolnshire", "NHS England", "Lisboa"), and pounds sterling
 * for Britain. Where the contact lines name a town several countries have, the person's history
 * tells which.
 */
function countriesNamed(cvText: string): string[] {
  const tally = new Map<string, number>();
  const count = (country: string, weight = 1) => tally.set(country, (tally.get(country) ?? 0) + weight);
  for (const mention of placeMentions(cvText)) {
    if (mention.kind === 'country') count(mention.country);
    else if ((mention.kind === 'city' || mention.kind === 'subdivision') && mention.countries.length === 1) count(mention.countries[0]!);
  }
  if (/£\s?\d|\d\s?(GBP)\b/.test(cvText)) count('GB');
  return [...tally].sort((left, right) => right[1] - left[1]).map(([country]) => country);
}

/**
 * The country the CV names most, where it holds the contact lines' city: one of the city's own
 * countries, or a town of some size of that name ("Richmond" in a CV of NHS trusts and pounds is the
 * London borough's town, not Virginia's city).
 */
function countryOfHistory(city: { name: string; countries: string[] }, named: string[]): string | undefined {
  const most = named[0];
  if (!most) return undefined;
  if (city.countries.includes(most)) return most;
  return towns()
    .get(city.name)
    ?.find((town) => town.country === most && town.population >= 10_000)?.country;
}

// Where a person was born is not where they live: "Geboren 1990 in Nowy Targ", "née à Tunis".
const birthLine = /\b(geboren|geb|born|birthplace|place of birth|ne|nee|ne le|nee le|nacid[oa]|nat[oa]|nascid[oa]|urodzon[ya]|lugar de nacimiento|luogo di nascita|date of birth|geburtsort)\b/;
// A dated line of work: "seit 2019 in München", "2021 – heute", "depuis mars 2020", "desde 2019".
const datedWork = new RegExp(String.raw`${yearRangeStart}|\b${sinceWords}\s+(\p{L}+\.?\s+|\d{1,2}[/.])?(19|20)\d{2}\b`, 'iu');

/**
 * The city of the first dated line of work that names one (the line, or the one above or below it), for a CV
 * whose contact lines give only a phone number: CVs list the current job first.
 */
function currentWorkplace(cvText: string): Extract<PlaceMention, { kind: 'city' }> | undefined {
  const lines = cvText.split(/\r?\n/).filter((line) => line.trim());
  for (let index = 0; index < lines.length; index += 1) {
    if (!datedWork.test(lines[index]!)) continue;
    // The employer's place is on the dated line, the title line above it or the line below.
    const text = `${lines[index]}\n${lines[index - 1] ?? ''}\n${lines[index + 1] ?? ''}`;
    const city = placeMentions(text).find((mention) => mention.kind === 'city');
    if (city?.kind === 'city') return city;
  }
  return undefined;
}

/**
 * The person's home from the top of the CV (the contact lines, where a CV says where its person
 * lives), the countries they may work in (home, citizenship and permits the CV states, with free
 * movement in the EU/EEA) and whether they would relocate.
 */
export function readCandidatePlace(cvText: string): CandidatePlace {
  const lines = cvText
    .split(/\r?\n/)
    .filter((line) => line.trim())
    .slice(0, 8)
    .filter((line) => !birthLine.test(foldText(line)));
  const mentions = homeMentions(lines);
  const countryMention = mentions.find((mention) => mention.kind === 'country');
  // Without a home in the contact lines, where the person works now is where they live.
  const city = mentions.find((mention) => mention.kind === 'city') ?? currentWorkplace(cvText);
  // A country the lines name decides between towns of one name; else the phone number or postcode.
  const hinted = contactCountries(lines);
  const country =
    city?.kind === 'city'
      ? (city.countries.find((code) => countryMention?.kind === 'country' && countryMention.country === code) ??
        city.countries.find((code) => hinted.includes(code)) ??
        townInHintedCountry(city.name, hinted) ??
        countryOfHistory(city, countriesNamed(cvText)) ??
        city.countries[0] ??
        null)
      : countryMention?.kind === 'country'
        ? countryMention.country
        : hinted.length === 1
          ? hinted[0]!
          : null;

  const authorised = new Set<string>(country ? [country] : []);
  for (const sentence of cvText.split(/(?<=[.!?;])\s+|\n+/).map(foldText)) {
    if (!authorisation.test(sentence)) continue;
    for (const mention of placeMentions(sentence)) {
      if (mention.kind === 'country') authorised.add(mention.country);
    }
    for (const word of sentence.split(' ')) if (nationalities[word]) authorised.add(nationalities[word]);
  }
  return { city: city?.name ?? null, country, authorised: withFreeMovement(authorised), relocate: relocationStance(cvText) };
}
