import { foldText } from '../text/fold-text.ts';
import { withItalianProvince } from './bracketed-province.ts';
import { placeMentions, type PlaceMention } from './place-mentions.ts';

export type Workplace = 'remote' | 'hybrid' | 'onsite';

/** Where a job is done and from where it may be done remotely, as a posting states it. */
export interface PostingPlace {
  workplace: Workplace | null;
  /** The offices or sites named; a city is null when only a country is. */
  sites: { city: string | null; country: string | null }[];
  /** For remote work, the countries the employer hires from; null when the posting does not say. */
  remoteFrom: Set<string> | 'anywhere' | null;
  /** True when the posting offers visa sponsorship, false when it rules it out, null when silent. */
  sponsorship: boolean | null;
}

// Remote work as location fields say it, in the languages Atlas reads (French "à distance", Italian "da remoto", Portuguese "teletrabalho", Dutch "op afstand").
const remoteWords = /\b(remote|anywhere|home[\s-]?based|work from home|wfh|telearbeit|homeoffice|home office|ortsunabhangig|teletravail|a distance|en distanciel|remoto|teletrabajo|en remoto|a distancia|teletrabalho|lavoro da casa|telelavoro|thuiswerken|op afstand)\b/;
const hybridWords = /\b(hybrid|hybride|hibrido|flexible working|teilweise remote|mobiles arbeiten)\b/;
// Phrases that make a whole job remote or hybrid in its text; "remote monitoring" does not.
const remoteJob =
  /\b(fully remote|100 remote|remote[ -]first|remote only|this is a remote|remote (role|position|job|opportunity|team|contract)|work (fully )?remotely|work from anywhere|work from home|(vollstandig|komplett|voll) remote|100 (homeoffice|home office|mobil)|full remote|teletravail (complet|total|a 100)|100 teletravail|(entierement|100|totalement) a distance|poste a distance|en remoto|100 remoto|teletrabajo (100|total|completo)|remote (within|from|in) )/;
const hybridJob = /\b(hybrid (role|position|working|model|setup|schedule)|(\d|two|three|one) days? (a week |per week )?(in|at) (the|our) (office|hub|studio)|tage (pro woche )?im buro|jours (par semaine )?(sur site|au bureau)|dias (a la semana )?en (la )?oficina|teletravail partiel|modelo hibrido|hybrides arbeiten)\b/;
const remoteScope =
  /\b(remote|based in|located in|live in|living in|reside in|residing in|resident|hire in|hiring in|hire from|hiring from|candidates in|candidates from|anywhere in|only|eligible to work|right to work|authori[sz]ed to work|time ?zones?|timezone|within|wohnsitz in|ansassig|base en|residant|residente en|desde)\b/;
// "Anywhere" alone or "in the world"; "anywhere in the UK" names the UK.
// "Open to translators anywhere", "candidates based anywhere": the people, not the place, are anywhere.
const anywhere =
  /\b(worldwide|anywhere in the world|(work )?from anywhere(?! in (?!the world))|(open to|welcome|hire|hiring|accept\w*) (\w+ ){0,2}(anywhere|from any country)(?! in (?!the world))|(based|located|living) anywhere(?! in (?!the world))|any (country|location|time ?zone)|globally distributed|fully distributed|weltweit|partout dans le monde|desde cualquier (lugar|pais))\b/;
const sponsors =
  /\b(visa sponsorship (is |will be )?(available|provided|offered|possible)|we (can |will |do |are able to )?sponsor|(offer|provide|including|includes|with) (visa|work permit) sponsorship|sponsorship (is )?available|relocation (and|&) visa|visa (and relocation )?support|visa assistance|help with (your )?visa|visumsunterstutzung|unterstutzung (beim|bei der) visum|parrainage (de|du) visa|aide (au|pour le) visa|patrocinio de visado|ayuda con (el )?visado|gestionamos (el|tu) visado)\b/;
const doesNotSponsor =
  /\b((unable|not able|cannot|can ?not|can t|do not|don t|does not|doesn t|won t|will not|are not able to|no) (to )?(offer |provide |support )?(visa |work permit |immigration )?sponsor\w*|without (visa )?sponsorship|no (visa )?sponsorship|sponsorship (is )?not (available|offered|possible)|must (already )?(have|hold|possess) (the |a valid )?(full )?(right|authori[sz]ation|permission|work permit) to work|must be (legally )?(authori[sz]ed|eligible|entitled) to work|(right|authori[sz]ation|eligibility) to work in [a-z ]+ (is )?(required|essential|mandatory)|keine (visa|visum)|ohne visum|arbeitserlaubnis (ist )?(erforderlich|voraussetzung)|sans (parrainage|sponsoring)|pas de (parrainage|sponsoring)|autorisation de travail (requise|obligatoire)|no (ofrecemos|podemos ofrecer) (patrocinio|visado)|permiso de trabajo (en vigor )?(requerido|necesario|imprescindible))\b/;

function countriesOf(mentions: PlaceMention[]): Set<string> | 'anywhere' | null {
  const countries = new Set<string>();
  let world = false;
  for (const mention of mentions) {
    if (mention.kind === 'region') {
      // "Remote – anywhere in the UK": the UK, not the world.
      if (mention.region.countries === 'anywhere') {
        world = true;
        continue;
      }
      for (const country of mention.region.countries) countries.add(country);
    } else if (mention.kind === 'country') countries.add(mention.country);
    else if (mention.countries.length === 1) countries.add(mention.countries[0]!);
  }
  if (countries.size > 0) return countries;
  return world ? 'anywhere' : null;
}

function merge(left: Set<string> | 'anywhere' | null, right: Set<string> | 'anywhere' | null) {
  if (left === 'anywhere' || right === 'anywhere') return 'anywhere';
  if (!left) return right;
  if (!right) return left;
  return new Set([...left, ...right]);
}

function sitesOf(mentions: PlaceMention[]) {
  const sites: PostingPlace['sites'] = [];
  const countries = mentions.flatMap((mention) => (mention.kind === 'country' ? [mention.country] : []));
  const subdivisionCountries = mentions.flatMap((mention) => (mention.kind === 'subdivision' ? mention.countries : []));
  for (const mention of mentions) {
    if (mention.kind !== 'city') continue;
    const country = mention.countries.find((code) => countries.includes(code) || subdivisionCountries.includes(code)) ?? mention.countries[0] ?? null;
    sites.push({ city: mention.name, country });
  }
  if (sites.length === 0) {
    for (const mention of mentions) {
      if (mention.kind === 'country') sites.push({ city: null, country: mention.country });
      else if (mention.kind === 'subdivision' && mention.countries.length === 1) sites.push({ city: null, country: mention.countries[0]! });
    }
  }
  return sites;
}

/** The sentences of a text that speak of remote work or where candidates must be. */
function scopeSentences(folded: string[]) {
  return folded.filter((sentence) => remoteScope.test(sentence));
}

/**
 * Reads where a posting's work happens from its locations, workplace type, title and text: remote
 * work and the region it is open to ("Remote – US", "Remote (EMEA)", "must be based in the UK"),
 * the sites of on-site and hybrid work, and whether it sponsors visas.
 */
export function readPostingPlace(input: { locations: string[]; workplaceType: string | null; title: string; description: string }): PostingPlace {
  const posting = { ...input, locations: input.locations.map(withItalianProvince) };
  const foldedLocations = posting.locations.map(foldText);
  const foldedTitle = foldText(posting.title);
  const sentences = posting.description.split(/(?<=[.!?;:])\s+|\n+/).map(foldText).filter(Boolean);
  const text = sentences.join(' \n ');

  const locationSaysRemote = foldedLocations.some((location) => remoteWords.test(location)) || /\b(remote|remoto|teletravail|a distance|teletrabajo|teletrabalho|telelavoro)\b/.test(foldedTitle);
  const locationSaysHybrid = foldedLocations.some((location) => hybridWords.test(location)) || /\bhybrid\b/.test(foldedTitle);
  let workplace: Workplace | null = null;
  if (posting.workplaceType === 'remote' || posting.workplaceType === 'hybrid' || posting.workplaceType === 'onsite') workplace = posting.workplaceType;
  else if (locationSaysHybrid) workplace = 'hybrid';
  else if (locationSaysRemote) workplace = 'remote';
  else if (hybridJob.test(text)) workplace = 'hybrid';
  else if (remoteJob.test(text)) workplace = 'remote';

  // Places in the location fields, codes included ("Austin, TX", "Remote - US").
  // Towns only where a place is expected (a location field, or a title's "in Naaldwijk"), in the
  // country the posting's other places name when a town's name is in several.
  const countryOf = (mentions: PlaceMention[]) => mentions.flatMap((mention) => (mention.kind === 'country' ? [mention.country] : mention.kind === 'subdivision' && mention.countries.length === 1 ? mention.countries : []))[0] ?? null;
  const statedCountry = countryOf(posting.locations.flatMap((location) => placeMentions(location, { codes: true, isoCodes: true })));
  const readLocations = (country: string | null) => posting.locations.flatMap((location) => placeMentions(location, { codes: true, isoCodes: true, towns: 'field', country }));
  let locationMentions = readLocations(statedCountry);
  // A town several countries have ("Lincoln") is in the country the posting's text names, when its fields name none.
  if (!statedCountry && locationMentions.some((mention) => mention.kind === 'city' && mention.town && mention.countries.length > 1)) {
    // Pay in pounds is paid in the UK: "£15.50 an hour … near Lincoln" is not in Nebraska.
    const textCountry = countryOf(placeMentions(posting.description.slice(0, 4000), { codes: false })) ?? (/£\s?\d/.test(posting.description) ? 'GB' : null);
    if (textCountry) locationMentions = readLocations(textCountry);
  }
  const sites = sitesOf(locationMentions.length > 0 ? locationMentions : placeMentions(posting.title, { towns: 'lead' }));

  let remoteFrom: PostingPlace['remoteFrom'] = null;
  if (workplace === 'remote') {
    remoteFrom = countriesOf(locationMentions);
    const scoped = scopeSentences(sentences);
    const stated = countriesOf(scoped.flatMap((sentence) => placeMentions(sentence, { codes: false })));
    if (anywhere.test(text) || foldedLocations.some((location) => anywhere.test(location))) remoteFrom = 'anywhere';
    else remoteFrom = merge(remoteFrom, stated);
  }

  const sponsorship = doesNotSponsor.test(text) ? false : sponsors.test(text) ? true : null;
  return { workplace, sites: workplace === 'remote' && sites.every((site) => site.city === null) ? [] : sites, remoteFrom, sponsorship };
}
