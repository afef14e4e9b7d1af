import { domainOf, type Mailbox } from './addresses.ts';

/**
 * Applicant tracking systems that send candidate mail on a company's behalf. From these, the sender
 * says nothing about the company; its name in the display name, subject or snippet does.
 */
export const atsDomains = [
  'greenhouse.io',
  'greenhouse-mail.io',
  'lever.co',
  'ashbyhq.com',
  'myworkday.com',
  'myworkdayjobs.com',
  'icims.com',
  'smartrecruiters.com',
  'workable.com',
  'workablemail.com',
  'jobvite.com',
  'bamboohr.com',
  'recruitee.com',
  'teamtailor.com',
  'successfactors.com',
  'successfactors.eu',
  'taleo.net',
  'personio.com',
  'personio.de',
  'inrecruiting.com',
  // Scheduling, assessment and signing tools an employer sends through.
  'calendly.com',
  'goodtime.io',
  'hirevue.com',
  'shl.com',
  'codility.com',
  'hackerrank.com',
  'testgorilla.com',
  'docusign.net',
];

/** Hosts of posting URLs that are not the company's own site. */
export const jobSiteDomains = [...atsDomains, 'linkedin.com', 'indeed.com', 'glassdoor.com', 'wellfound.com'];

const twoPartSuffixes = new Set(['co.uk', 'org.uk', 'ac.uk', 'com.au', 'co.jp', 'co.nz', 'com.br', 'co.in', 'com.sg', 'co.za']);
const companyNoise = new Set(['inc', 'llc', 'ltd', 'limited', 'corp', 'corporation', 'co', 'company', 'gmbh', 'ag', 'sa', 'plc', 'the', 'and', 'group', 'holdings', 'spa', 'srl', 'sl', 'bv', 'nv', 'sas', 'sarl', 'lda', 'kg', 'se']);
// Words a company adds to its domain for the group it belongs to: "nordwerk-gruppe.de", "lumina-group.com".
const domainGroupWords = new Set(['group', 'gruppe', 'groupe', 'grupo', 'gruppo', 'groep', 'holding', 'holdings']);
// Words many companies share: a display name with only these in common names no one company.
const genericCompanyWords = new Set([
  'services', 'shared', 'solutions', 'international', 'consulting', 'partners', 'advisory', 'associados', 'associates', 'hospital', 'hospitals', 'university',
  'foundation', 'trust', 'health', 'healthcare', 'medical', 'staffing', 'energia', 'energie', 'energy', 'logistics', 'logistica', 'logistiek', 'mobility', 'group',
  'careers', 'recruitment', 'textil', 'bank', 'banca', 'capital', 'digital', 'systems', 'technologies', 'technology', 'software', 'labs', 'studio', 'global',
  'europe', 'italia', 'france', 'deutschland', 'espana', 'lisboa', 'london', 'school', 'college', 'lycee', 'institut', 'institute', 'academy', 'international',
]);
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

export type MatchEvidence = 'company_domain' | 'ats_with_company_name' | 'company_name' | 'title';

export interface ApplicationMatch {
  applicationId: string;
  /** Confident enough to change the application's status without asking; otherwise it goes to review. */
  confident: boolean;
  evidence: MatchEvidence[];
}

function words(text: string) {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
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
  return labels[labels.length - suffixLength - 1] ?? '';
}

function underDomain(domain: string, parent: string) {
  return domain === parent || domain.endsWith(`.${parent}`);
}

function companyDomainMatches(options: { senderDomain: string; application: ApplicationCandidate; companyWords: string[] }) {
  const { senderDomain, application, companyWords } = options;
  if (application.url) {
    try {
      const host = new URL(application.url).hostname.replace(/^(www|careers|jobs)\./, '');
      if (!jobSiteDomains.some((site) => underDomain(host, site)) && underDomain(senderDomain, host)) return true;
    } catch {
      // A malformed URL on an application says nothing about the company's domain.
    }
  }
  const tokens = registeredLabel(senderDomain).split('-').filter(Boolean);
  const kept = tokens.length > 1 ? tokens.filter((token) => !domainGroupWords.has(token)) : tokens;
  const label = kept.join('');
  if (!label) return false;
  if (label === companyWords.join('')) return true;
  // "brightwave.energy" for Brightwave Energy: the distinctive first word alone, when long enough not to collide.
  if (companyWords.length > 1 && companyWords[0]!.length >= 5 && label === companyWords[0]) return true;
  // "carvalhal-sroc.pt" for Carvalhal & Associados SROC: some of the name's words, in order, from its first.
  if (kept.length > 1 && kept[0] === companyWords[0] && kept.every((token) => companyWords.includes(token))) return true;
  // "plt-group.com" for Puerto Levante Terminales: the initials of a name of three words or more.
  if (companyWords.length >= 3 && label === companyWords.map((word) => word[0]).join('')) return true;
  // "bancambro.it" for Banca Ambrosiana: the first letters of each of the name's first words, run together.
  return label.length >= 6 && isPrefixRun(label, companyWords);
}

/** Whether `label` is prefixes (three letters or more) of two or more consecutive words from the first. */
function isPrefixRun(label: string, companyWords: string[], from = 0, used = 0): boolean {
  if (label === '') return used >= 2;
  const word = companyWords[from];
  if (!word) return false;
  for (let length = Math.min(word.length, label.length); length >= 3; length--) {
    if (label.startsWith(word.slice(0, length)) && isPrefixRun(label.slice(length), companyWords, from + 1, used + 1)) return true;
  }
  return false;
}

/**
 * Finds the application a job message is about: by the sender's domain (the company's own, or an
 * ATS with the company named), then by job title when the user applied to several roles there.
 * A company named only in the text, or several equally likely roles, is a guess for review.
 */
export function matchApplication(message: MatchableMessage, applications: ApplicationCandidate[]): ApplicationMatch | undefined {
  const senderDomain = domainOf(message.from.email);
  const viaAts = atsDomains.some((ats) => underDomain(senderDomain, ats));
  const text = words(`${message.from.name ?? ''} ${message.subject} ${message.snippet}`);
  const senderName = words(message.from.name ?? '');

  const scored = applications.flatMap((application) => {
    const companyWords = words(application.company).filter((word) => !companyNoise.has(word));
    const evidence: MatchEvidence[] = [];
    // The whole name in the text, or a word of it that no other company would use in the sender's name ("Lumina Careers").
    const named =
      containsSequence(text.filter((word) => word !== 'and'), companyWords) ||
      companyWords.some((word) => word.length >= 4 && !genericCompanyWords.has(word) && senderName.includes(word));
    if (!viaAts && companyDomainMatches({ senderDomain, application, companyWords })) evidence.push('company_domain');
    else if (viaAts && named) evidence.push('ats_with_company_name');
    else if (named) evidence.push('company_name');
    else return [];
    const titleWords = words(application.title).filter((word) => !titleNoise.has(word));
    if (titleWords.length && titleWords.every((word) => text.includes(word))) evidence.push('title');
    return [{ application, evidence, strong: evidence[0] !== 'company_name' }];
  });
  if (scored.length === 0) return undefined;

  const strong = scored.filter((candidate) => candidate.strong);
  const pool = strong.length ? strong : scored;
  const titled = pool.filter((candidate) => candidate.evidence.includes('title'));
  const narrowed = pool.length > 1 && titled.length ? titled : pool;
  const best = narrowed[0]!;
  return { applicationId: best.application.id, confident: strong.length > 0 && narrowed.length === 1, evidence: best.evidence };
}
