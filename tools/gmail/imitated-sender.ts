import { domainToUnicode } from 'node:url';
import { readWithKnowledge } from './job-mail-knowledge.ts';
import { domainOf, isPersonalMailAddress, type Mailbox } from './addresses.ts';
import { atsDomains, type ApplicationCandidate } from './match.ts';
import { foldMailLetters } from './fold-mail-letters.ts';

/**
 * Letters a lookalike domain swaps in for the real ones: digits that read as letters, letter pairs
 * that read as one, and the Cyrillic and Greek letters that look Latin.
 */
const lookalikes: [RegExp, string][] = [
  [/0/g, 'o'], [/1/g, 'l'], [/3/g, 'e'], [/4/g, 'a'], [/5/g, 's'], [/7/g, 't'], [/8/g, 'b'], [/rn/g, 'm'], [/vv/g, 'w'], [/cl/g, 'd'],
  [/[аα]/g, 'a'], [/[еε]/g, 'e'], [/[оο]/g, 'o'], [/[рρ]/g, 'p'], [/[сς]/g, 'c'], [/[хχ]/g, 'x'], [/[іι]/g, 'i'], [/[уγ]/g, 'y'], [/[кκ]/g, 'k'], [/[νv]/g, 'v'], [/ј/g, 'j'], [/ѕ/g, 's'],
];

/** A domain label as it may read to the eye: a "1" reads as "l" or as "i". */
function readings(label: string) {
  const plain = lookalikes.reduce((text, [pattern, letter]) => text.replace(pattern, letter), label.normalize('NFKD').replace(/\p{M}/gu, ''));
  const withI = plain === label ? plain : lookalikes.reduce((text, [pattern, letter]) => text.replace(pattern, pattern.source === '1' ? 'i' : letter), label.normalize('NFKD').replace(/\p{M}/gu, ''));
  return [...new Set([plain, withI])].filter((reading) => reading !== label);
}

/** Words a phishing domain wraps around a company's name to look like its hiring site. */
// With the Nordic and Finnish words for hiring and employment: "regionvast-rekrytering.com" dresses a region's domain as its hiring office.
const hiringWords = /^(careers?|jobs?|hr|recruit\w*|talent|apply|hiring|offers?|onboard\w*|portal|hire|people|team|staffing|vacanc\w*|karriere|emploi|empleo|lavoro|vagas|ansaettelse\w*|ansettelse\w*|anstallning\w*|rekryter\w*|rekrutter\w*|rekrytointi|karriar|jobb|jobs?portal|tyopaikat)$/;
/** Top-level domains an employer's own hiring mail rarely comes from. */
const throwawayTlds = new Set(['help', 'top', 'xyz', 'online', 'site', 'info', 'live', 'click', 'work', 'support', 'services', 'email', 'link', 'icu', 'buzz', 'cfd', 'sbs', 'monster', 'shop', 'store', 'vip', 'club']);
const groupWords = new Set(['group', 'gruppe', 'groupe', 'grupo', 'gruppo', 'groep', 'holding', 'holdings']);
const nameNoise = new Set(['inc', 'llc', 'ltd', 'limited', 'corp', 'co', 'company', 'gmbh', 'ag', 'sa', 'plc', 'the', 'and', 'spa', 'srl', 'sl', 'bv', 'nv', 'sas', 'lda', 'se', 'services', 'shared', 'international', 'private', 'careers', 'group']);

function editDistance(a: string, b: string) {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

function underDomain(domain: string, parent: string) {
  return domain === parent || domain.endsWith(`.${parent}`);
}

/** The registrable part of a domain and its label: `mail.lumina-group.com` → `lumina-group`. */
function registered(domain: string) {
  const labels = domain.split('.');
  const twoPart = /^(co|com|org|ac|gov|net|nhs)\.[a-z]{2}$/.test(labels.slice(-2).join('.'));
  const suffixLength = twoPart ? 2 : 1;
  return { label: labels[labels.length - suffixLength - 1] ?? '', tld: labels.slice(-suffixLength).join('.') };
}

/** The distinctive words of a company's name, long enough that another company is unlikely to share them. */
function distinctiveWords(company: string) {
  return company
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length >= 5 && !nameNoise.has(word));
}

/** The employer's own domain, from the application's URL when it is not a job site's. */
function ownDomain(application: ApplicationCandidate, jobSites: string[]) {
  if (!application.url) return null;
  try {
    const host = new URL(application.url).hostname.replace(/^(www|careers|jobs)\./, '');
    return jobSites.some((site) => underDomain(host, site)) ? null : host;
  } catch {
    return null;
  }
}

export interface ImitationContext {
  applications: ApplicationCandidate[];
  /** Domains mail was trusted from before: hiring systems, and employers' domains the user's matches vouched for. */
  trustedDomains: string[];
  /** Hosts of job sites, which say nothing about an employer's own domain. */
  jobSites: string[];
}

/**
 * Why a sender looks like an imitation of an employer the user applied to or of a hiring system,
 * or null: a lookalike of a trusted domain (a swapped letter, a digit for a letter, another
 * alphabet), a trusted domain inside a foreign one (`greenhouse.io.apply-portal.net`), a company's
 * name wrapped in hiring words on a domain that is not its own (`northwind-careers.help`), or a
 * personal address calling itself a company's HR. Mail from a trusted domain is never suspected.
 */
export function imitatedSender(from: Mailbox, context: ImitationContext): string | null {
  const domain = domainToUnicode(domainOf(from.email)) || domainOf(from.email);
  const ownDomains = context.applications.flatMap((application) => ownDomain(application, context.jobSites) ?? []);
  const trusted = [...new Set([...atsDomains, ...context.trustedDomains, ...ownDomains])];
  if (trusted.some((parent) => underDomain(domain, parent))) return null;

  const embedded = trusted.find((parent) => domain.includes(`${parent}.`) || domain.includes(`${parent}-`));
  if (embedded) return `The sender's domain ${domain} carries ${embedded} inside a different domain`;

  const { label, tld } = registered(domain);
  const lookalikeReadings = readings(label);
  const tokens = label.split('-').filter(Boolean);
  const coreOf = (text: string) => text.split('-').filter((token) => token && !groupWords.has(token) && !hiringWords.test(token)).join('');
  for (const parent of trusted) {
    const real = registered(parent).label;
    if (real.length < 5) continue;
    const realCore = real.split('-').filter((token) => !groupWords.has(token)).join('');
    const lookalike = lookalikeReadings.some((reading) => reading === real || coreOf(reading) === realCore);
    // A trusted employer's own name dressed in hiring words on another domain ("regionvast-rekrytering.com" beside regionvast.se), as a company's name is below.
    const dressed = tokens.length > 1 && tokens.some((token) => hiringWords.test(token)) && coreOf(label) === realCore && !atsDomains.includes(parent) && !ownDomains.includes(parent);
    const flat = label.replace(/-/g, '');
    const realFlat = real.replace(/-/g, '');
    const oneOff = flat !== realFlat && editDistance(flat, realFlat) <= (realFlat.length >= 9 ? 2 : 1);
    if (lookalike || oneOff || dressed) return `The sender's domain ${domain} imitates ${parent}`;
  }

  for (const application of context.applications) {
    const words = distinctiveWords(application.company);
    if (words.some((word) => !label.includes(word) && lookalikeReadings.some((reading) => reading.includes(word)))) {
      return `The sender's domain ${domain} spells ${application.company} with lookalike characters`;
    }
    if (!words.some((word) => label.includes(word))) continue;
    const wrapped = tokens.some((token) => hiringWords.test(token));
    const own = ownDomain(application, context.jobSites);
    if (wrapped && (throwawayTlds.has(tld) || (own !== null && !underDomain(domain, own)))) {
      return `The sender's domain ${domain} wraps ${application.company}'s name in hiring words on a domain that is not the company's`;
    }
  }

  if (isPersonalMailAddress(from.email)) {
    const name = `${from.name ?? ''} ${from.email.split('@')[0]}`.toLowerCase();
    const posingAs = context.applications.find((application) => distinctiveWords(application.company).some((word) => name.includes(word)));
    if (posingAs && /\b(hr|human resources|recruit\w*|talent|careers?|hiring|onboarding)\b/.test(name)) {
      return `A personal address presents itself as ${posingAs.company}'s hiring team`;
    }
  }
  return null;
}

/** An offer or a hiring step that asks for what no employer asks by mail: money, bank or identity details, a chat app, a password. */
const scamAsks =
  /\b(telegram|whatsapp|signal app|wire (the|a) (fee|deposit)|processing fee|registration fee|pay (a|the) (fee|deposit)|gift cards?|crypto|bitcoin|bank (details|account details)|(your|gmail|microsoft 365|email) password|no interview (needed|required)|ssn|social security number|(bank )?routing number|iban|driver'?s licen[cs]e|without (an|any) interview|upload (a copy of )?(your )?(passport|id card|identity card|cartao de cidadao)|(scan|photo|copy|picture) of (your )?(passport|id card|identity card)|bank card|(credit|debit) card|card (number|details)|cvv|carte bancaire|bankkarte|tarjeta bancaria|carta di credito|bankpas|frais de (dossier|gestion|traitement|placement|formation)|(regler|payer|verser) (les|des) frais|vermittlungsgebuhr|bearbeitungsgebuhr|anmeldegebuhr|gastos de (gestion|tramitacion)|tasa de (inscripcion|tramitacion)|spese di (iscrizione|pratica|gestione)|quota di iscrizione|inschrijfkosten|administratiekosten|taxa de (inscricao|processamento)|copie de (votre|ton) passeport|kopie (ihres|deines) (reise)?passes|copia del (pasaporte|passaporto)|kopie van (uw|je) paspoort|copia do passaporte|ohne vorstellungsgesprach|sans entretien|sin entrevista|senza colloquio|zonder sollicitatiegesprek|sem entrevista)\b/;

/** The same asks in Korean, Japanese, Greek, Romanian and Turkish: a deposit or fee, money sent to an account, a copy of an identity card. */
const scamAsksAbroad =
  /(보증금|등록비|입금|계좌로|신분증 사본|통장 사본|保証金|登録料|振り?込|口座に|παραβολο|ταυτοτητασ|(?<![\p{L}])(taxa de (inscriere|procesare)|depozit|kapora|ucret(i)? yatir\p{L}*|para yatir\p{L}*|kimlik fotokopi\p{L}*))/u;

/**
 * The same asks in Danish, Norwegian, Swedish and Finnish: a copy of the passport or the bank account
 * (NemKonto, bank details) sent by mail or through a link. The national identity number alone is left
 * out: a real contract needs it, and it is asked for once the contract is drawn up.
 */
const scamAsksNordic =
  /(?<![\p{L}])(kopi af (dit |jeres )?pas|kopi av (ditt )?pass|passkopi|kopia (pa|av) (ditt )?pass|passin kopio|nemkonto|bankoplysninger|bankopplysninger|bankuppgifter|pankkitiedot|tilitiedot)(?![\p{L}])/u;

/** Why a message's content reads as a hiring scam, or null. */
export function scamRequest(text: string): string | null {
  // Folded as the rest of mail is read: Turkish "yatırın" as "yatirin", Greek "ταυτότητας" as "ταυτοτητασ", Korean syllables whole.
  const folded = foldMailLetters(text);
  const ask = scamAsks.exec(folded) ?? scamAsksAbroad.exec(folded) ?? scamAsksNordic.exec(folded);
  return ask ? `It asks for something no employer asks by mail ("${ask[0]}")` : null;
}

/**
 * Why a message that offers the job reads as a scam, or null: its kind is an offer, or an offer is read
 * anywhere in it though a threat in the same mail reads stronger ("you are selected… without your
 * passport copy the position is cancelled"). Mail that offers nothing is not judged by its asks.
 */
export function offerScam(kind: string, text: string): string | null {
  return kind === 'offer' || readWithKnowledge(text).some((reading) => reading.kind === 'offer') ? scamRequest(text) : null;
}
