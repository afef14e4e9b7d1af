import type { CitedText, CvStructure, UnplacedPassage } from './cv-structure.ts';
import { splitOutsideBrackets } from './split-outside-brackets.ts';

const email = /[^\s@|·•,;()]+@[^\s@|·•,;()]+\.[\p{L}]{2,}/u;
const phone = /^\+?[\d\s().\/-]{7,}$/;
const web = /^(?:https?:\/\/)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:\/\S*)?$/i;
const networks: [RegExp, string][] = [
  [/linkedin\./i, 'LinkedIn'], [/github\./i, 'GitHub'], [/gitlab\./i, 'GitLab'], [/xing\./i, 'XING'],
  [/behance\./i, 'Behance'], [/dribbble\./i, 'Dribbble'], [/twitter\.|x\.com\//i, 'X'], [/medium\./i, 'Medium'],
];
// Countries as CVs name them (in English and in their own languages) with their ISO codes: only a
// line that ends in one is read as a location, so a job title with a comma is not mistaken for one.
const countryCodes = new Map(Object.entries({
  'united kingdom': 'GB', uk: 'GB', england: 'GB', scotland: 'GB', wales: 'GB', ireland: 'IE', germany: 'DE', deutschland: 'DE',
  austria: 'AT', österreich: 'AT', switzerland: 'CH', schweiz: 'CH', suisse: 'CH', france: 'FR', spain: 'ES', españa: 'ES', espana: 'ES',
  netherlands: 'NL', 'the netherlands': 'NL', nederland: 'NL', belgium: 'BE', italy: 'IT', italia: 'IT', portugal: 'PT', poland: 'PL',
  'united states': 'US', usa: 'US', us: 'US', canada: 'CA', india: 'IN', australia: 'AU', 'new zealand': 'NZ', sweden: 'SE', denmark: 'DK',
  norway: 'NO', finland: 'FI', 'irlande': 'IE', allemagne: 'DE', espagne: 'ES', 'royaume-uni': 'GB', alemania: 'DE', 'reino unido': 'GB',
}));
const namePattern = /^(?:(?:Dr|Prof)\.?\s+)?[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){1,3}$/u;
const titleWords = /^(?:Dr|Prof|Mr|Ms|Mrs|Dipl)\.?$/;

/** A location line: "Manchester, United Kingdom" or "Toronto, Ontario, Canada", ending in a known country. */
function readLocation(piece: string): Record<string, string> | undefined {
  const parts = piece.split(/\s*,\s*/);
  if (parts.length < 2 || parts.length > 3) return undefined;
  const code = countryCodes.get(parts.at(-1)!.toLowerCase());
  if (!code || parts[0]!.split(/\s+/).length > 3 || !parts.every((part) => /^[\p{Lu}][\p{L}\s.'’-]*$/u.test(part))) return undefined;
  // The line as written is kept in address, so the country's name (not only its code) is on the résumé.
  return { address: piece, city: parts[0]!, ...(parts.length === 3 ? { region: parts[1]! } : {}), countryCode: code };
}

/**
 * Reads the lines above the first section (name, headline, contact details) into JSON Resume's
 * basics. `heading` is a section name that is really the candidate's name (a Markdown "# Jane Doe").
 * Pieces that fit no basics field (e.g. "British citizen") are returned as unplaced, never dropped.
 */
export function readCvHeader(
  passages: { id: string; text: string }[],
  basics: CvStructure['basics'],
  heading?: { text: string; passageId: string },
): UnplacedPassage[] {
  const unplaced: UnplacedPassage[] = [];
  const cited = (text: string, passageId: string): CitedText => ({ text, passageIds: [passageId] });
  // "Anjali Menon, RPh, PharmD": the name is before the first comma, the letters after it are credentials.
  const headingName = heading?.text.split(',')[0]!.trim();
  if (heading && headingName && !basics.fields.name && namePattern.test(headingName)) basics.fields.name = cited(headingName, heading.passageId);
  const firstPassage = passages[0]?.id;
  let labelPassage: string | undefined;

  for (const passage of passages) {
    const pieces = splitOutsideBrackets(passage.text, /\s+[|·•—–]\s+|\s{2,}/);
    for (let index = 0; index < pieces.length; index++) {
      let piece = pieces[index]!;
      const mail = email.exec(piece);
      if (mail && !basics.fields.email) {
        basics.fields.email = cited(mail[0], passage.id);
        piece = piece.replace(mail[0], '').replace(/^[\s,;:|·•–—-]+|[\s,;:|·•–—-]+$/g, '');
        if (piece === '') continue;
      }
      const network = networks.find(([pattern]) => pattern.test(piece));
      if (web.test(piece)) {
        if (network) basics.profiles.push({ fields: { network: cited(network[1], passage.id), url: cited(piece, passage.id) }, lists: {} });
        else if (!basics.fields.url) basics.fields.url = cited(piece, passage.id);
        else unplaced.push({ passageId: passage.id, text: piece, reason: 'a second web address; the résumé shows one' });
        continue;
      }
      if (phone.test(piece) && (piece.match(/\d/g)?.length ?? 0) >= 7 && !basics.fields.phone) {
        basics.fields.phone = cited(piece, passage.id);
        continue;
      }
      const location = readLocation(piece);
      if (location && Object.keys(basics.location).length === 0) {
        for (const [field, value] of Object.entries(location)) basics.location[field] = cited(value, passage.id);
        continue;
      }
      // Only the first words of the header can be the name; a line further down is a headline or a detail.
      if (!basics.fields.name && passage.id === firstPassage && index === 0) {
        const comma = piece.indexOf(', ');
        if (comma > 0 && namePattern.test(piece.slice(0, comma))) {
          basics.fields.name = cited(piece.slice(0, comma), passage.id);
          pieces.splice(index + 1, 0, piece.slice(comma + 2));
          continue;
        }
        const words = piece.split(/\s+/);
        // A name run together with the headline ("Katharina Becker Lehrerin für die Primarstufe"): the
        // first two words (three after a title such as "Dr.") are the name, the rest the headline.
        const nameLength = words.length > 5 ? (titleWords.test(words[0]!) ? 3 : 2) : words.length;
        const name = words.slice(0, nameLength).join(' ');
        if (namePattern.test(name) && !/\d/.test(name)) {
          basics.fields.name = cited(name, passage.id);
          const rest = words.slice(nameLength).join(' ');
          if (rest !== '') pieces.splice(index + 1, 0, rest);
          continue;
        }
      }
      if (!basics.fields.label && !/[.!?]$/.test(piece) && piece.split(/\s+/).length <= 14) {
        basics.fields.label = cited(piece, passage.id);
        labelPassage = passage.id;
        continue;
      }
      if (labelPassage === passage.id && basics.fields.label && piece.split(/\s+/).length <= 6) {
        // The headline went on past a separator ("Syndikusrechtsanwältin · Senior Legal Counsel"): keep it whole.
        const from = passage.text.indexOf(basics.fields.label.text);
        const to = passage.text.indexOf(piece, from) + piece.length;
        if (from >= 0 && to > from) basics.fields.label = { text: passage.text.slice(from, to), passageIds: [passage.id] };
        else unplaced.push({ passageId: passage.id, text: piece, reason: 'a header detail JSON Resume has no field for' });
        continue;
      }
      unplaced.push({ passageId: passage.id, text: piece, reason: 'a header detail JSON Resume has no field for' });
    }
  }
  return unplaced;
}
