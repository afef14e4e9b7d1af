import { isPersonalMailAddress, parseMailbox } from './addresses.ts';
import type { MessageMetadata } from './gmail-api.ts';
import { hiringSenderOf } from './hiring-senders.ts';
import type { KnownApplication } from './known-correspondents.ts';
import { matchApplication, type ApplicationCandidate } from './match.ts';
import { isAutomatedAddress, isTeamAddress } from './who-writes.ts';

/**
 * The application each person writing in a batch of mail names somewhere in it: a recruiter at a
 * group's or a holding's domain, or an agency's on a free-mail address, names the company in one
 * message ("Invitación: Entrevista – Clínica Mediterrània") and writes the others about "your
 * application" or "the clinic" alone. Their other messages are about that application too, as a
 * guess for review, whichever came first. A person naming two tracked companies names neither; a
 * system, a team inbox or a hiring service writes for many, so only people count. A free-mail
 * address counts only where it named the role too: a friend mentioning the company is no recruiter.
 */
export function applicationsNamedBySenders(messages: MessageMetadata[], candidates: ApplicationCandidate[], ownAddress: string) {
  const named = new Map<string, Set<string>>();
  for (const message of messages) {
    if (message.labelIds.includes('SENT')) continue;
    const from = parseMailbox(message.headers.from);
    if (!from || from.email === ownAddress || hiringSenderOf(from.email) || isAutomatedAddress(from.email) || isTeamAddress(from.email)) continue;
    const match = matchApplication({ from, subject: message.headers.subject ?? '', snippet: message.snippet }, candidates);
    if (!match || match.evidence[0] === 'title' || match.evidence[0] === 'domain_abbreviation') continue;
    if (isPersonalMailAddress(from.email) && !match.evidence.includes('title')) continue;
    const applications = named.get(from.email) ?? new Set<string>();
    applications.add(match.applicationId);
    named.set(from.email, applications);
  }
  return {
    /** The one application this person named in the batch, as a guess. */
    lookup(email: string): KnownApplication | undefined {
      const applications = named.get(email.toLowerCase());
      if (!applications || applications.size !== 1) return undefined;
      return { applicationId: [...applications][0]!, vouched: false, by: 'contact' };
    },
  };
}
