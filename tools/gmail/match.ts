import { foldText } from '../text/fold-text.ts';
import { domainOf, isPersonalMailAddress, type Mailbox } from './addresses.ts';
import { boardTokenOf, employerInDisplayName, hiringSenderDomains, hiringSenderOf, senderBoardTokens } from './hiring-senders.ts';

/**
 * Services that send candidate mail on a company's behalf (applicant-tracking systems, schedulers,
 * assessment and signing platforms, job boards; see hiring-senders.ts). From these, the sender's
 * domain says nothing about the company; its name in the display name, local part, subject or
 * snippet does.
 */
export const atsDomains = hiringSenderDomains;

/** Hosts of posting URLs that are not the company's own site. */
export const jobSiteDomains = [...atsDomains, 'linkedin.com', 'indeed.com', 'glassdoor.com', 'wellfound.com'];

const twoPartSuffixes = new Set(['co.uk', 'org.uk', 'ac.uk', 'com.au', 'co.jp', 'co.nz', 'com.br', 'org.br', 'co.in', 'com.sg', 'co.za', 'com.mx', 'com.ar', 'com.co', 'com.pe', 'com.uy', 'com.pt', 'co.at', 'or.at']);
// Legal forms, the Nordic ones among them ("DanLogi Partner ApS", "Lagerhuset AB", "Norlog AS").
const companyNoise = new Set(['inc', 'llc', 'ltd', 'limited', 'corp', 'corporation', 'co', 'company', 'gmbh', 'ag', 'sa', 'plc', 'the', 'and', 'group', 'holdings', 'spa', 'srl', 'sl', 'bv', 'nv', 'sas', 'sarl', 'lda', 'kg', 'se', 'aps', 'ab', 'as', 'asa', 'oy', 'oyj']);
// Words a company adds to its domain for the group it belongs to: "nordwerk-gruppe.de", "lumina-group.com".
const domainGroupWords = new Set(['group', 'gruppe', 'groupe', 'grupo', 'gruppo', 'groep', 'holding', 'holdings']);
// Country tags a company adds to its domain for its branch in one country: "mpc-cz.com", "acme-uk.com".
const domainCountryTags = new Set(['uk', 'de', 'at', 'ch', 'fr', 'be', 'nl', 'lu', 'it', 'es', 'pt', 'ie', 'cz', 'sk', 'pl', 'hu', 'ro', 'bg', 'gr', 'hr', 'si', 'se', 'no', 'dk', 'fi', 'us', 'ca', 'mx', 'br', 'au', 'nz', 'za', 'ae', 'sa', 'in', 'sg', 'hk', 'jp', 'kr', 'cn']);
// Words many companies share: a display name with only these in common names no one company.
const genericCompanyWords = new Set([
  'services', 'shared', 'solutions', 'international', 'consulting', 'partners', 'advisory', 'associados', 'associates', 'hospital', 'hospitals', 'university',
  'foundation', 'trust', 'health', 'healthcare', 'medical', 'staffing', 'energia', 'energie', 'energy', 'logistics', 'logistica', 'logistiek', 'mobility', 'group',
  'careers', 'recruitment', 'textil', 'bank', 'banca', 'capital', 'digital', 'systems', 'technologies', 'technology', 'software', 'labs', 'studio', 'global',
  'europe', 'italia', 'france', 'deutschland', 'espana', 'lisboa', 'london', 'school', 'college', 'lycee', 'institut', 'institute', 'academy', 'international',
  'payments', 'payment', 'analytics', 'insurance', 'versicherung', 'assurances', 'seguros', 'assicurazioni', 'verzekeringen', 'logistik', 'logistique', 'foods', 'food',
  'media', 'games', 'pharma', 'retail', 'finance', 'financial', 'renovables', 'energias', 'energies', 'alimentari', 'alimentos', 'brewery', 'brouwerij', 'atelier',
  'maison', 'clinic', 'clinique', 'klinik', 'kliniek', 'hotel', 'hotels', 'restaurant', 'studios', 'works', 'industries', 'industrie', 'engineering', 'consultants',
  // "Grupo Ipê Saúde" and "Grupo Tlalpan Alimentos" share only the word for a group.
  'grupo', 'gruppo', 'groupe', 'gruppe', 'groep',
  // Care is a trade, not a name: "Soins Plus Personnel" is not "Soins à Domicile Bruxelles-Est".
  'soins', 'sante', 'saude', 'salud', 'care', 'zorg', 'pflege', 'cura',
  // A clinic's or a practice's trade in the Romance languages: "Clínica Dental …", "Centro Odontoiatrico …".
  'clinica', 'clinicas', 'centro', 'centri', 'centre', 'center', 'dental', 'dentale', 'dentaire', 'odontoiatrico', 'odontoiatrici', 'dentistico',
]);
// Generic words that say what trade a company is in, never which company; hiring words are not among
// them, since `acme-careers.com` is how an imitation dresses.
const tradeWords = new Set([...genericCompanyWords].filter((word) => !['careers', 'recruitment', 'group', 'staffing'].includes(word)));
const titleNoise = new Set(['and', 'of', 'the', 'a', 'an', 'for', 'to', 'in', 'at', 'i', 'ii', 'iii', 'iv']);
const synonyms: Record<string, string> = { sr: 'senior', jr: 'junior', eng: 'engineer', engineering: 'engineer', mgr: 'manager', dev: 'developer', swe: 'software' };

export interface ApplicationCandidate {
  id: string;
  company: string;
  title: string;
  url: string | null;
}

export interface MatchableMessage {
  from: Mailbox;
  subject: string;
  snippet: string;
}

export type MatchEvidence = 'company_domain' | 'ats_with_company_name' | 'ats_identifier' | 'domain_abbreviation' | 'company_name' | 'title';

export interface ApplicationMatch {
  applicationId: string;
  /** Confident enough to change the application's status without asking; otherwise it goes to review. */
  confident: boolean;
  evidence: MatchEvidence[];
}

function words(text: string) {
  return text
    // A legal form written with full stops ("S.p.A.", "B.V.", "S.r.l.") is one word, as its undotted spelling is.
    .replace(/(?<![\p{L}\p{N}])(?:\p{L}\.){2,}\p{L}?\.?(?![\p{L}\p{N}])/gu, (form) => form.replace(/\./g, '').toLowerCase())
    // "BlueHeron" is two words, as a domain's initials read it ("bhms.co.uk"); "GmbH" stays one.
    .replace(/(\p{Ll})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .replace(/&/g, ' and ')
    // Folded as every comparison of words is ("Nordisk Øl" is "nordisk ol", as its domain spells it), then split at every other sign.
    .split(/[^\p{L}\p{N}]+/u)
    .map(foldText)
    .join(' ')
    .split(' ')
    .filter(Boolean)
    .map((word) => synonyms[word] ?? word);
}

function containsSequence(haystack: string[], needle: string[]) {
  if (needle.length === 0) return false;
  outer: for (let start = 0; start + needle.length <= haystack.length; start++) {
    for (let offset = 0; offset < needle.length; offset++) if (haystack[start + offset] !== needle[offset]) continue outer;
    return true;
  }
  return false;
}

/** The name a domain is registered under: `mail.acme-robotics.co.uk` → `acme-robotics`. */
function registeredLabel(domain: string) {
  const labels = domain.split('.');
  const suffixLength = twoPartSuffixes.has(labels.slice(-2).join('.')) ? 2 : 1;
  // A public body registers under its government's zone and a state's code: `sbh.vic.gov.au`, `chu-lyon.sante.gouv.fr` read as `sbh`, `chu-lyon`.
  const government = labels.length >= 3 && /^(gov|gouv|gob|govt|gv)$/.test(labels[labels.length - 2]!);
  if (government) {
    const rest = labels.slice(0, -2);
    while (rest.length > 1 && (rest[rest.length - 1]!.length <= 3 || /^(sante|health|justice|education)$/.test(rest[rest.length - 1]!))) rest.pop();
    return rest[rest.length - 1] ?? '';
  }
  return labels[labels.length - suffixLength - 1] ?? '';
}

function underDomain(domain: string, parent: string) {
  return domain === parent || domain.endsWith(`.${parent}`);
}

/** Words an employer adds around its name in a domain or a sender's name: its group, its hiring team. */
const surroundingWords = new Set([
  ...domainGroupWords, 'careers', 'career', 'jobs', 'job', 'recruiting', 'recruitment', 'recrutement', 'recrutamento', 'reclutamiento', 'reclutamento', 'werving',
  'talent', 'talents', 'hiring', 'hr', 'rh', 'rrhh', 'people', 'team', 'selezione', 'seleccion', 'personale', 'personal', 'karriere', 'emploi', 'empleo', 'lavora', 'con', 'noi',
  'acquisition', 'acquisitie', 'apply', 'mail', 'email', 'noreply', 'the', 'de', 'du', 'des', 'la', 'le',
  // The department's own name, in the languages Atlas reads: "HVISD Human Resources", "Recursos Humanos", "Personaldienst".
  'human', 'resources', 'ressources', 'humaines', 'recursos', 'humanos', 'capital', 'humano', 'risorse', 'umane', 'personaldienst', 'personalabteilung', 'personalwesen',
]);
/** How "&" and "and" are written into a domain: "mathsetmoi", "smithandsons", "bauundbeton". */
const connectors = ['', 'and', 'et', 'und', 'en', 'y', 'e', 'n'];

export interface NameVariantOptions {
  /** Tokens of a domain label (`plt-group` → plt, group) or of a sender's name. */
  tokens: string[];
  companyWords: string[];
  /** The employer's board token from the apply URL (`lise-lyon` from `lise-lyon.teamtailor.com`). */
  boardToken?: string;
  /**
   * Where the tokens come from. A sender's name drops hiring words around the company ("Recrutamento
   * Grupo TE"); a domain drops only group words, since `acme-careers.com` is how an imitation dresses.
   */
  from?: 'domain' | 'name';
}

/**
 * Whether tokens are a form of a company's name: the name itself run together (with "&" written any
 * way), its first distinctive word, some of its words in order, its board token, or an abbreviation
 * built from the starts of its words (`plt` for Puerto Levante Terminales, `bancambro` for Banca
 * Ambrosiana, `kmob` for Kranich Mobility, `khft` for Kirkgate University Hospitals NHS Foundation
 * Trust, `te-group` for Tejo Energia). 'weak' is a looser abbreviation (the letters in order, first
 * letter first: `vdhl` for Van Dijk Havenlogistiek) that needs another sign to be trusted.
 */
export function nameVariant(options: NameVariantOptions): 'strong' | 'weak' | undefined {
  const { companyWords } = options;
  const tokens = options.tokens.map((token) => token.toLowerCase()).filter(Boolean);
  if (companyWords.length === 0 || tokens.length === 0) return undefined;
  // A legal form run into the domain ("omb-spa.it", "acme-gmbh.de") names the company no more than its group does.
  const dropped = options.from === 'name' ? surroundingWords : new Set([...domainGroupWords, ...companyNoise]);
  // A country tag after the name ("mpc-cz") is dropped like a group word; a tag alone or first is the name's own.
  const untagged = options.from !== 'name' && tokens.length > 1 && domainCountryTags.has(tokens.at(-1)!) ? tokens.slice(0, -1) : tokens;
  const kept = untagged.length > 1 ? untagged.filter((token) => !dropped.has(token)) : untagged;
  const hadGroupWord = tokens.some((token) => domainGroupWords.has(token));
  const label = kept.join('');
  if (!label) return undefined;
  const board = options.boardToken?.toLowerCase();
  if (board && (label === board.replace(/[-_]/g, '') || tokens.join('') === board.replace(/[-_]/g, '') || tokens.join('-') === board || kept.join('-') === board)) return 'strong';
  if (companyWords.length > 1 && connectors.some((connector) => label === companyWords.join(connector))) return 'strong';
  if (label === companyWords.join('')) return 'strong';
  // "summitledger.com" for Summit Ledger Accounting: the name's leading words run together, leaving out the trade at its end.
  if (companyWords.length > 2 && [2, 3].some((count) => count < companyWords.length && label === companyWords.slice(0, count).join('')) && label.length >= 8) return 'strong';
  // "brightwave.energy" for Brightwave Energy: the distinctive first word alone, when long enough not to collide.
  if (companyWords.length > 1 && companyWords[0]!.length >= 5 && label === companyWords[0]) return 'strong';
  // "goudenleeuw.be" for Brouwerij De Gouden Leeuw, "marceau.fr" for Atelier Marceau: a run of the
  // name's words after a generic first one, distinctive enough (two words, or one of six letters or
  // more that many companies do not share).
  for (let start = 1; start < companyWords.length; start++) {
    for (let end = start + 1; end <= companyWords.length; end++) {
      const run = companyWords.slice(start, end);
      if (run.join('') !== label) continue;
      if (run.length >= 2 || (label.length >= 6 && !genericCompanyWords.has(label))) return 'strong';
    }
  }
  // "carvalhal-sroc.pt" for Carvalhal & Associados SROC: some of the name's words, in order, from its first.
  if (kept.length > 1 && kept[0] === companyWords[0] && kept.every((token) => companyWords.includes(token))) return 'strong';
  // "hirschen-apotheke.at" for Apotheke zum Goldenen Hirschen: words of the name in another order, one of them distinctive.
  if (kept.length > 1 && kept.every((token) => companyWords.includes(token)) && kept.some((token) => token.length >= 5 && !genericCompanyWords.has(token))) return 'strong';
  // "ghsr-hotels.fr" for Groupe Hôtelier Saône & Rhône, "igl-lyon.fr" for Institut Gastronomique de Lyon:
  // the name's initials, then its trade or a word of the name (a city).
  if (kept.length > 1 && kept[0]!.length >= 3 && kept.slice(1).every((token) => tradeWords.has(token) || companyWords.includes(token)) && isAbbreviation(kept[0]!, companyWords)) return 'strong';
  // "bergmann-mt.de" for Bergmann Medizintechnik: the distinctive first word, then a short tag of the rest.
  if (kept.length > 1 && companyWords.length > 1 && companyWords[0]!.length >= 5 && !genericCompanyWords.has(companyWords[0]!) && kept[0] === companyWords[0] && kept.slice(1).every((token) => token.length <= 3)) return 'strong';
  // "castelli-hotels.ch" for Castelli Hospitality: the distinctive first word, then the trade it is in.
  if (kept.length > 1 && companyWords.length > 1 && companyWords[0]!.length >= 5 && !genericCompanyWords.has(companyWords[0]!) && kept[0] === companyWords[0] && kept.slice(1).every((token) => tradeWords.has(token))) return 'strong';
  // "hk-logistik.de" for Hafenkran Logistik: a short tag of the leading word, then the rest of the name word for word.
  if (kept.length > 1 && companyWords.length > 1 && kept[0]!.length >= 2 && kept[0]!.length <= 4) {
    const rest = kept.slice(1);
    const lead = companyWords.slice(0, companyWords.length - rest.length);
    if (lead.length >= 1 && rest.join(' ') === companyWords.slice(lead.length).join(' ') && kept[0]![0] === lead[0]![0] && isSubsequence(kept[0]!, lead.join(''))) return 'strong';
  }
  // "bwlogistik.de" for Brückenwerk Logistik: the same short tag and the rest of the name, run together.
  // Only a tag of one word: a tag over several ("ht" + "norte" for Hidrotécnica do Norte) is a loose abbreviation.
  if (kept.length === 1 && companyWords.length > 1) {
    const rest = companyWords.slice(1).join('');
    const tag = label.slice(0, label.length - rest.length);
    if (label.endsWith(rest) && tag.length >= 2 && tag.length <= 4 && tag[0] === companyWords[0]![0] && isSubsequence(tag, companyWords[0]!)) return 'strong';
  }
  // "rch-montreux.ch" for Riviera Congress Hotel: the name's initials, then a place or a word the name does not hold; needs another sign.
  if (kept.length === 2 && kept[0]!.length >= 3 && companyWords.length >= 3 && kept[0] === companyWords.map((word) => word[0]).join('') && kept[1]!.length >= 4) return 'weak';
  // "tsb-tirol.at" for Tiroler Seilbahnbau: a loose abbreviation, then the start of a word of the name (its region or city).
  if (kept.length > 1 && kept[0]!.length >= 3 && kept[0]![0] === companyWords[0]![0] && isSubsequence(kept[0]!, companyWords.join('')) && kept.slice(1).every((token) => token.length >= 4 && companyWords.some((word) => word !== token && word.startsWith(token)))) return 'weak';
  // "lxmob.pt" for Lisboa Mobilidade: the leading word as a two-letter tag (its initial, then a letter the
  // short form keeps, as "Lx" for Lisboa or "Bx" for Bruxelles), then the start of the rest of the name; needs another sign.
  if (kept.length === 1 && companyWords.length > 1 && label.length >= 5) {
    const rest = companyWords.slice(1).join('');
    const tag = label.slice(0, 2);
    const start = label.slice(2);
    if (tag[0] === companyWords[0]![0] && companyWords[0]!.length >= 3 && start.length >= 3 && rest.startsWith(start)) return 'weak';
  }
  // "te-group.com" for Tejo Energia: the initials of a two-word name, said to be a group.
  if (hadGroupWord && companyWords.length === 2 && label === companyWords.map((word) => word[0]).join('')) return 'strong';
  if (label.length >= 3 && isAbbreviation(label, companyWords)) return 'strong';
  if (board && label.length >= 3 && isAbbreviation(label, board.split(/[-_]/))) return 'strong';
  // The board token as the company runs it together ("vandijkhavenlogistiek"): the label's letters in order, first letter first.
  const whole = (board ?? companyWords.join('')).replace(/[-_]/g, '');
  // Up to eight letters: a compound word's parts count ("htnorte" for Hidrotécnica do Norte).
  if (label.length >= 3 && label[0] === whole[0] && isSubsequence(label, whole) && label.length <= 8) return 'weak';
  return undefined;
}

/**
 * Whether `label` is the starts of the name's words run together, in order, beginning with the first
 * word and skipping any after it (`khft` skips "University" and "NHS"): three words or more, or two
 * when the label has four letters or more, so "ka" names no one.
 */
function isAbbreviation(label: string, companyWords: string[]): boolean {
  const search = (rest: string, from: number, used: number): boolean => {
    if (rest === '') return used >= 3 || (used === 2 && label.length >= 4);
    for (let index = from; index < (used === 0 ? 1 : companyWords.length); index++) {
      const word = companyWords[index]!;
      for (let length = Math.min(word.length, rest.length); length >= 1; length--) {
        if (rest.startsWith(word.slice(0, length)) && search(rest.slice(length), index + 1, used + 1)) return true;
      }
    }
    return false;
  };
  return search(label, 0, 0);
}

function isSubsequence(needle: string, haystack: string) {
  let position = 0;
  for (const letter of needle) {
    position = haystack.indexOf(letter, position);
    if (position < 0) return false;
    position++;
  }
  return true;
}

function companyDomainMatches(options: { senderDomain: string; application: ApplicationCandidate; companyWords: string[] }): 'own' | 'strong' | 'weak' | undefined {
  const { senderDomain, application, companyWords } = options;
  if (application.url) {
    try {
      const host = new URL(application.url).hostname.replace(/^(www|careers|jobs)\./, '');
      if (!jobSiteDomains.some((site) => underDomain(host, site)) && underDomain(senderDomain, host)) return 'own';
    } catch {
      // A malformed URL on an application says nothing about the company's domain.
    }
  }
  const tokens = registeredLabel(senderDomain).split('-').filter(Boolean);
  return nameVariant({ tokens, companyWords, boardToken: boardTokenOf(application.url)?.token });
}

/**
 * The two names of a company written as one name and, in brackets, the other ("株式会社ホシゾラ
 * (Hoshizora Inc.)", "루미노 (Lumino)"), as words without the legal forms; none for a single name.
 */
function namesInTwoScripts(company: string): string[][] {
  const bracketed = /^(.+?)\s*\(([^()]+)\)\s*$/.exec(company);
  if (!bracketed) return [];
  // Only two scripts: "Acme (UK)" or "Acme (Berlin)" is one name and where it is.
  const latin = (name: string) => /\p{sc=Latin}/u.test(name);
  if (latin(bracketed[1]!) === latin(bracketed[2]!)) return [];
  return [bracketed[1]!, bracketed[2]!].map((name) => words(name).filter((word) => !companyNoise.has(word)));
}

/**
 * Finds the application a job message is about: by the sender's domain (the company's own, or an
 * ATS with the company named), then by job title when the user applied to several roles there.
 * A company named only in the text, or several equally likely roles, is a guess for review.
 */
export function matchApplication(message: MatchableMessage, applications: ApplicationCandidate[]): ApplicationMatch | undefined {
  const senderDomain = domainOf(message.from.email);
  const viaAts = hiringSenderOf(message.from.email) !== undefined;
  const text = words(`${message.from.name ?? ''} ${message.subject} ${message.snippet}`);
  const senderName = words(message.from.name ?? '');
  const heading = words(`${message.from.name ?? ''} ${message.subject}`);
  // What a hiring service's sender says of the employer: its board token, and the name it writes under.
  const atsTokens = viaAts ? senderBoardTokens(message.from) : [];
  const atsName = viaAts ? words(employerInDisplayName(message.from) ?? '') : [];
  // ATSs and calendars put the employer in the subject ("Invitation: Kranich | Technical interview"); a
  // booking tool's event names are whatever its owner typed, so only a full name counts there.
  const namesInText = viaAts && hiringSenderOf(message.from.email)?.role !== 'scheduler';
  const raw = `${message.subject}\n${message.snippet}`;
  const rawWords = `${message.from.name ?? ''} ${raw}`.split(/[^\p{L}\p{N}]+/u);

  const scored = applications.flatMap((application) => {
    const companyWords = words(application.company).filter((word) => !companyNoise.has(word));
    const board = boardTokenOf(application.url)?.token;
    const evidence: MatchEvidence[] = [];
    // The whole name in the text, or a word of it that no other company would use in the sender's name ("Lumina Careers").
    const named =
      containsSequence(text.filter((word) => word !== 'and'), companyWords) ||
      // A name written in two scripts ("株式会社ホシゾラ (Hoshizora Inc.)", "루미노 (Lumino)"): mail writes one of them.
      namesInTwoScripts(application.company).some((name) => name.length > 0 && containsSequence(text, name)) ||
      companyWords.some((word) => word.length >= 4 && !genericCompanyWords.has(word) && senderName.includes(word)) ||
      // A hiring service names the employer by its distinctive first word: "Invitation: Kranich | Technical interview".
      (namesInText && companyWords[0]!.length >= 5 && !genericCompanyWords.has(companyWords[0]!) && text.includes(companyWords[0]!)) ||
      // A name in the genitive ("Solbackens vårdcentral", "Müllers Backstube") is its owner's name, which heads the mail without the "s": "Din ansökan till Solbacken".
      ownerOfGenitiveName(companyWords, heading);
    // A brand spelled with a capital inside it ("DanLogi", "DentalPlus") is written that way by no one
    // else: found as spelled, it names the company, even in a booking tool's event name.
    const brand = brandSpellings(application.company).some((spelling) => rawWords.includes(spelling));
    // Someone at an organisation whose domain is not the company's (its group's, a holding's, an agency's)
    // heads the mail with the words of its name that say which company rather than which trade:
    // "Invitación: Entrevista – Clínica Mediterrània Gràcia" for Clínica Dental Mediterrània. A friend
    // mentions the company in passing, in the body ("did Maplecrest make you an offer?"), from a personal address.
    const distinctive = companyWords.filter((word) => !genericCompanyWords.has(word) && !nameParticles.has(word));
    const byDistinctiveWords =
      !viaAts &&
      !isPersonalMailAddress(message.from.email) &&
      distinctive.length > 0 &&
      distinctive.length < companyWords.length &&
      distinctive.some((word) => word.length >= 6) &&
      distinctive.every((word) => heading.includes(word));
    // A hiring service's subject naming the employer by its initials in capitals, as its people type them: "Invitation: ACL technical interview".
    // The initials skip the particles a name joins its words with: "SEAV" for Société Européenne d'Assurance-Vie.
    const initialWords = companyWords.filter((word) => word.length > 1 && !nameParticles.has(word));
    const acronym = viaAts && initialWords.length >= 3 && [companyWords, initialWords].some((list) => acronymsIn(message.subject).includes(list.map((word) => word[0]).join('')));
    // The name without its last word ("Kettle Brook" for Kettle Brook Roasters), when what is left is two words or more and one of them distinctive.
    const leading = companyWords.length >= 3 && containsSequence(text, companyWords.slice(0, -1)) && companyWords.slice(0, -1).some((word) => word.length >= 5 && !genericCompanyWords.has(word));
    // The name with one word of it left out, as people shorten it when they head their own mail: "Colegio Sierra Gorda" for
    // Colegio Bilingüe Sierra Gorda. Only from someone at an organisation, and only in the heading, where a sender names who they are.
    const shortenedName =
      !viaAts &&
      !isPersonalMailAddress(message.from.email) &&
      companyWords.length >= 3 &&
      companyWords.some((_, skipped) => {
        const rest = companyWords.filter((__, index) => index !== skipped);
        return containsSequence(heading, rest) && rest.some((word) => word.length >= 5 && !genericCompanyWords.has(word));
      });
    const domain = viaAts ? undefined : companyDomainMatches({ senderDomain, application, companyWords });
    // "careers-acme@icims.com" for the application at acme.icims.com, or "Recrutamento Grupo TE" for Tejo Energia.
    const identified =
      viaAts &&
      (atsTokens.some((token) => (board && token.replace(/[-_]/g, '') === board.replace(/[-_]/g, '')) || nameVariant({ tokens: token.split(/[-_.]/), companyWords }) === 'strong') ||
        (atsName.length > 0 && nameVariant({ tokens: atsName, companyWords, boardToken: board, from: 'name' }) === 'strong'));
    // The posting's own reference ("C9281-26-0417", "JR-88102") in the subject or snippet, from whoever sends it.
    // A number alone may carry the system's prefix in the mail ("REQ512233" for …-512233).
    const postingIds = requisitionIds(application.url);
    const referenced = postingIds.some((id) => new RegExp(`(?<![\\p{L}\\p{N}])${/^\d+$/.test(id) ? '(?:\\p{L}{1,4}[-#]?)?' : ''}${id}(?![\\p{L}\\p{N}])`, 'iu').test(raw));
    // A message naming another posting's requisition is about that posting, whoever sends it: a state's
    // health service writes every district's hiring from one domain, each requisition its own.
    if (!referenced && namesAnotherRequisition(postingIds, raw)) return [];
    if (domain === 'strong' || domain === 'own') evidence.push('company_domain');
    else if (viaAts && named) evidence.push('ats_with_company_name');
    else if (identified || referenced || acronym) evidence.push('ats_identifier');
    else if (named || leading || brand || byDistinctiveWords || shortenedName) evidence.push('company_name');
    else if (domain === 'weak') evidence.push('domain_abbreviation');
    else return [];
    if (titleNamed(application.title, text)) evidence.push('title');
    // A loose abbreviation of the name in the domain is trusted when the message also names the role.
    const strong = evidence[0] === 'domain_abbreviation' ? evidence.includes('title') : evidence[0] !== 'company_name';
    return [{ application, evidence, strong, own: domain === 'own' }];
  });
  if (scored.length === 0) return byTitleAlone(message, applications, text);

  // The domain of the posting's own site outranks a name the domain merely resembles ("sbh" for two hospitals).
  const own = scored.filter((candidate) => candidate.own);
  const strong = own.length === 1 ? own : scored.filter((candidate) => candidate.strong);
  const pool = strong.length ? strong : scored;
  const titled = pool.filter((candidate) => candidate.evidence.includes('title'));
  const narrowed = pool.length > 1 && titled.length ? titled : pool;
  const best = narrowed[0]!;
  return { applicationId: best.application.id, confident: strong.length > 0 && narrowed.length === 1, evidence: best.evidence };
}

/** The owner's word of a name in the genitive ("solbackens" of Solbackens vårdcentral), written without its "s" in the heading; long enough to name one place or person. */
function ownerOfGenitiveName(companyWords: string[], heading: string[]) {
  const first = companyWords[0];
  if (companyWords.length < 2 || !first || first.length < 7 || !first.endsWith('s') || genericCompanyWords.has(first)) return false;
  return heading.includes(first.slice(0, -1));
}

/** Words that join a name's parts and say nothing of which company: "Clínica Dental Ría de Vigo". */
const nameParticles = new Set(['de', 'di', 'da', 'do', 'del', 'della', 'des', 'du', 'la', 'le', 'el', 'van', 'von', 'der', 'den', 'zum', 'zur', 'y', 'e', 'et', 'und', 'en']);

/** The words of a company's name spelled with a capital inside ("DanLogi", "OdontoVida"), six letters or more, as written. */
function brandSpellings(company: string) {
  return company.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 6 && /^\p{Lu}\p{Ll}+\p{Lu}\p{L}*$/u.test(word));
}

/** Words written in capitals of three to five letters ("ACL", "NWH"), lower-cased: how people type a company's initials. */
function acronymsIn(text: string) {
  return (text.match(/(?<![\p{L}\p{N}])\p{Lu}{3,5}(?![\p{L}\p{N}])/gu) ?? []).map((word) => word.toLowerCase());
}

/**
 * A person at an organisation whose name Atlas cannot tie to any tracked company (a group's domain, a
 * brand, an agency), naming one tracked role in full: a guess for review, never confident. A role of
 * one word ("Nurse") or one tracked at several companies names none of them.
 */
function byTitleAlone(message: MatchableMessage, applications: ApplicationCandidate[], text: string[]): ApplicationMatch | undefined {
  if (isPersonalMailAddress(message.from.email)) return undefined;
  // A hiring system writes for many employers: the role it names is one applied for through it (the
  // apply URL on its own domain, "jobs.nhs.uk" for NHS Jobs), never one applied for elsewhere.
  const service = hiringSenderOf(message.from.email);
  // One that writes under an employer's name ("Lusomotores <noreply@smartrecruiters.com>") names an employer none of the tracked ones is.
  if (service && employerInDisplayName(message.from)) return undefined;
  if (service) applications = applications.filter((application) => appliedThrough(application.url, service.domains));
  // An organisation that names itself in its mail ("Thanks for applying to Zephyr Labs" from
  // zephyrlabs.com) and is none of the tracked companies is another employer hiring for that title.
  const label = service ? '' : registeredLabel(domainOf(message.from.email)).replace(/-/g, '');
  for (let start = 0; label && start < text.length; start++) {
    if ([1, 2, 3].some((length) => start + length <= text.length && text.slice(start, start + length).join('') === label)) return undefined;
  }
  // The title written out as one phrase, not its words scattered ("data … engineer").
  const said = text.map(ungendered);
  const named = applications.filter((application) => {
    const title = words(application.title.replace(/\([^)]*\)/g, ' ')).map(ungendered);
    return title.filter((word) => !titleNoise.has(word)).length >= 2 && (containsSequence(said, title) || containsShortened(said, title));
  });
  const titles = new Set(named.map((application) => words(application.title).join(' ')));
  if (named.length !== 1 || titles.size !== 1) return undefined;
  return { applicationId: named[0]!.id, confident: false, evidence: ['title'] };
}

/** Whether an apply URL is on one of a hiring system's domains. */
function appliedThrough(url: string | null, domains: string[]) {
  if (!url) return false;
  try {
    const host = new URL(url).hostname;
    return domains.some((domain) => underDomain(host, domain));
  } catch {
    return false;
  }
}

/**
 * A title written with a compound word cut to its first part, as people shorten it in a subject:
 * "Sykepleier, intensiv" for Sykepleier, Intensivavdelingen, "Pflegefachkraft Intensiv" for
 * Pflegefachkraft Intensivstation. The part is six letters or more and leaves four or more out.
 */
function containsShortened(haystack: string[], needle: string[]) {
  const fits = (said: string, word: string) => said === word || (said.length >= 6 && word.length >= said.length + 4 && word.startsWith(said));
  outer: for (let start = 0; start + needle.length <= haystack.length; start++) {
    for (let offset = 0; offset < needle.length; offset++) if (!fits(haystack[start + offset]!, needle[offset]!)) continue outer;
    return true;
  }
  return false;
}

/**
 * The references a posting's URL carries that a hiring system repeats in its mail: requisition and
 * job numbers ("C9281-26-0417", "JR-88102", "R-104233", "26001842"), five characters or more with four
 * digits or more, so a year or a page number is not one.
 */
export function requisitionIds(url: string | null): string[] {
  if (!url) return [];
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [];
  }
  const parts = `${decodeURIComponent(parsed.pathname)} ${[...parsed.searchParams.values()].join(' ')}`;
  const found = parts.match(/(?<![\p{L}\p{N}])[a-z]{0,3}-?\d[\d-]*\d(?![\p{L}\p{N}])/giu) ?? [];
  return [...new Set(found.map((id) => id.replace(/^-/, '')).filter((id) => id.length >= 5 && (id.match(/\d/g)?.length ?? 0) >= 4 && !/^(19|20)\d\d$/.test(id)))];
}

/** A posting's requisition as mail names it: "REQ509871", "Req ID: 509871", "Job ID 26001842", "Kennziffer 48213", "vacature-id 77120". */
const requisitionReference =
  /(?<![\p{L}\p{N}])(?:req(?:uisition)?|job|vacancy|stellen|vacature|offre|oferta|vacante|vaga|annuncio|posizione)?(?:[-\s]*(?:id|no\.?|nr\.?|number|ref(?:erence)?|#|nummer|kennziffer|numero|número|codice|code))?\s*[-#:.]?\s*(\d{5,})(?![\p{N}])/giu;
const requisitionWord = /^(req|requisition|job|vacancy|stellen|vacature|kennziffer|offre|oferta|vacante|vaga|annuncio|posizione)/i;

/**
 * Whether a message names a posting's requisition that is not the application's own: the
 * application's URL carries a number alone ("…-512233") and the mail a differently numbered
 * requisition, tagged as one ("REQ509871", "Job ID 26001842").
 */
export function namesAnotherRequisition(postingIds: string[], text: string) {
  const numbers = postingIds.filter((id) => /^\d{5,}$/.test(id));
  if (numbers.length === 0) return false;
  const named = [...text.matchAll(requisitionReference)].filter((found) => requisitionWord.test(found[0].trim())).map((found) => found[1]!);
  return named.length > 0 && named.every((id) => !numbers.includes(id));
}

/**
 * Whether a message names the role: every word of the title, leaving out what postings add in
 * brackets ("(m/w/d)", "(EN/ES)", "(Band 5)") when the rest is two words or more.
 */
function titleNamed(title: string, text: string[]) {
  const all = words(title).filter((word) => !titleNoise.has(word));
  const core = words(title.replace(/\([^)]*\)/g, ' ')).filter((word) => !titleNoise.has(word));
  const required = (core.length >= 2 ? core : all).map(ungendered);
  const said = new Set(text.map(ungendered));
  return required.length > 0 && required.every((word) => said.has(word));
}

/**
 * A job title's word without its grammatical gender, so a posting's "Engenheira Mecânica" is the
 * mail's "Engenheiro Mecânico", "Ingénieure" is "Ingénieur" and "Konstrukteurin" is "Konstrukteur":
 * postings and recruiters write either form, and often both ("Engenheiro(a)").
 */
function ungendered(word: string) {
  if (word.length < 5) return word;
  return word
    .replace(/(?<=[a-z]{4})(innen|in)$/, '')
    .replace(/(?<=[a-z]{3}(eur|ien|ier|ais))(e|ne)$/, '')
    .replace(/(?<=[a-z]{3})(a|o|as|os)$/, '');
}
