/** A mailbox from a From or To header: `"Ada Lovelace" <ada@example.com>` or a bare address. */
export interface Mailbox {
  name: string | null;
  email: string;
}

export function parseMailbox(header: string | undefined): Mailbox | undefined {
  if (!header) return undefined;
  const first = header.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)[0]!.trim();
  const angled = /^(.*?)<([^<>\s]+@[^<>\s]+)>\s*$/.exec(first);
  const email = (angled ? angled[2]! : first).trim().toLowerCase();
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) return undefined;
  const name = angled ? angled[1]!.trim().replace(/^"|"$/g, '').trim() : '';
  return { name: name || null, email };
}

/** Every address in a To header. */
export function parseMailboxList(header: string | undefined): Mailbox[] {
  if (!header) return [];
  return header.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/).flatMap((part) => parseMailbox(part) ?? []);
}

export function domainOf(email: string) {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

/** Subjects compared the way a mail client threads them: no Re:/Fwd: prefixes, case or spacing. */
export function normalizeSubject(subject: string) {
  return subject
    .replace(/^(\s*(re|fw|fwd|aw|wg)\s*(\[\d+\])?\s*:\s*)+/i, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

// Mail services anyone can sign up to: an address there names a person, never an organisation.
const personalMailDomains = /^(gmail|googlemail|hotmail|outlook|live|msn|yahoo|ymail|aol|icloud|me|mac|proton|protonmail|pm|gmx|web|t-online|freenet|orange|free|laposte|sfr|wanadoo|libero|virgilio|tiscali|alice|sapo|ziggo|kpnmail|telfort|terra|mail|yandex|zoho)\.[a-z.]+$/;

/** Whether an address is at a personal mail service (a friend, or someone posing as an employer). */
export function isPersonalMailAddress(email: string) {
  return personalMailDomains.test(domainOf(email));
}

// Public-sector mail domains many employers share: each hospital trust, health network, ministry and
// agency of a state writes from the same government domain (`nhs.net`, `ssss.gouv.qc.ca`, `*.gov.uk`).
const sharedPublicDomain = /(^|\.)(gov|gouv|gob|govt|gv|overheid|admin\.ch|nhs\.net|nhs\.uk|hscni\.net|hse\.ie)(\.[a-z]{2,3})*$/;

/**
 * Whether a domain is shared by many employers of a public sector, so that mail from it says which
 * state or network writes but not which of its employers: one vouched match must not teach that the
 * whole domain belongs to one application.
 */
export function isSharedPublicDomain(email: string) {
  return sharedPublicDomain.test(domainOf(email));
}
