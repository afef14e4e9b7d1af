import { and, eq, inArray, isNotNull, like, or } from 'drizzle-orm';
import type { Transaction } from '../../db/database.ts';
import { contactApplications, contacts, gmailSignals } from '../../db/schema.ts';
import { domainOf, isPersonalMailAddress, isSharedPublicDomain, type Mailbox } from './addresses.ts';
import { foldText } from '../text/fold-text.ts';
import { hiringSenderOf, hiringSenderRegistry } from './hiring-senders.ts';

/** An application a message belongs to by what Atlas already knows, and whether that knowledge was vouched for. */
export interface KnownApplication {
  applicationId: string;
  /** A confident match Atlas acted on, or one the user confirmed: enough to act on again. */
  vouched: boolean;
  by: 'thread' | 'contact' | 'domain';
}

/**
 * What earlier mail taught about who writes for which application: the threads already linked to
 * one, the people who wrote about one (contacts), and the employer domains of vouched matches. A
 * recruiter who answers in the thread of an ATS confirmation, or writes from a domain that is a
 * short form of the company's name, belongs to the application the thread or domain already does.
 */
export class KnownCorrespondents {
  private threads = new Map<string, KnownApplication>();
  private senders = new Map<string, Set<string>>();
  private domains = new Map<string, Set<string>>();
  private names = new Map<string, Set<string>>();
  /** People whose mail was tied to an application only as a guess: a scheduler naming them is a guess too. */
  private guessedNames = new Map<string, Set<string>>();
  /** Booking links an application's mail sent the candidate, by the scheduling tool's domain: what its confirmation follows. */
  private bookingLinks = new Map<string, { applicationId: string; sentAt: Date }[]>();

  static async load(db: Transaction, threadIds: string[]) {
    const known = new KnownCorrespondents();
    if (threadIds.length > 0) {
      const linked = await db
        .select({ threadId: gmailSignals.threadId, applicationId: gmailSignals.applicationId, review: gmailSignals.review, receivedAt: gmailSignals.receivedAt })
        .from(gmailSignals)
        .where(and(inArray(gmailSignals.threadId, [...new Set(threadIds)]), isNotNull(gmailSignals.applicationId)))
        .orderBy(gmailSignals.receivedAt);
      for (const row of linked) known.learnThread(row.threadId, row.applicationId!, vouchedReviews.has(row.review));
    }
    const people = await db
      .select({ email: contacts.email, name: contacts.name, applicationId: contactApplications.applicationId })
      .from(contacts)
      .innerJoin(contactApplications, eq(contactApplications.contactId, contacts.id));
    for (const person of people) {
      known.learnSender(person.email, person.applicationId);
      known.learnName(person.name, person.applicationId);
    }
    const vouchedSenders = await db
      .select({ email: gmailSignals.senderEmail, applicationId: gmailSignals.applicationId })
      .from(gmailSignals)
      .where(and(isNotNull(gmailSignals.applicationId), inArray(gmailSignals.review, ['applied', 'confirmed', 'corrected'])));
    for (const sender of vouchedSenders) known.learnDomain(sender.email, sender.applicationId!);
    const withLinks = await db
      .select({ snippet: gmailSignals.snippet, applicationId: gmailSignals.applicationId, receivedAt: gmailSignals.receivedAt })
      .from(gmailSignals)
      .where(and(isNotNull(gmailSignals.applicationId), or(...schedulerDomains.map((domain) => like(gmailSignals.snippet, `%${domain}/%`)))));
    for (const row of withLinks) known.learnBookingLink(row.snippet, row.applicationId!, row.receivedAt);
    return known;
  }

  /** Remembers what a stored signal showed, for the messages after it in the same batch. */
  learn(options: { threadId: string; from: Mailbox; applicationId: string; vouched: boolean; snippet?: string; receivedAt?: Date }) {
    this.learnThread(options.threadId, options.applicationId, options.vouched);
    if (options.snippet && options.receivedAt && !hiringSenderOf(options.from.email)) this.learnBookingLink(options.snippet, options.applicationId, options.receivedAt);
    if (options.vouched) {
      this.learnDomain(options.from.email, options.applicationId);
      if (!hiringSenderOf(options.from.email)) this.learnName(options.from.name, options.applicationId);
    } else if (!hiringSenderOf(options.from.email)) {
      this.learnName(options.from.name, options.applicationId, this.guessedNames);
    }
  }

  /**
   * The application whose recruiter a scheduling tool's or calendar's message names ("Invitee: Sanne
   * de Graaf"): a person who wrote about one application, named in full, and no other.
   */
  lookupPerson(text: string): KnownApplication | undefined {
    const folded = foldName(text);
    const named = (names: Map<string, Set<string>>) => {
      const found = new Set<string>();
      for (const [name, applications] of names) {
        if (` ${folded} `.includes(` ${name} `)) for (const id of applications) found.add(id);
      }
      return found;
    };
    const sure = named(this.names);
    if (sure.size > 0) {
      const applicationId = only(sure);
      return applicationId ? { applicationId, vouched: true, by: 'contact' } : undefined;
    }
    const applicationId = only(named(this.guessedNames));
    return applicationId ? { applicationId, vouched: false, by: 'contact' } : undefined;
  }

  /**
   * The application whose mail sent the candidate a link to book a time on this scheduling tool, when
   * one application's did in the weeks before: the tool's confirmation of a booking that names no
   * employer ("Confirmado: Conversa com a Head de Dados") is most likely the time picked on that link.
   * Only a guess, since the link's page is not the confirmation's: it waits for the user.
   */
  lookupBooking(schedulerEmail: string, receivedAt: Date): KnownApplication | undefined {
    const domain = schedulerDomains.find((candidate) => domainOf(schedulerEmail) === candidate || domainOf(schedulerEmail).endsWith(`.${candidate}`));
    if (!domain) return undefined;
    const recent = (this.bookingLinks.get(domain) ?? []).filter((link) => link.sentAt <= receivedAt && receivedAt.getTime() - link.sentAt.getTime() <= bookingWindow);
    const applicationId = only(new Set(recent.map((link) => link.applicationId)));
    return applicationId ? { applicationId, vouched: false, by: 'contact' } : undefined;
  }

  private learnBookingLink(snippet: string, applicationId: string, sentAt: Date) {
    for (const domain of schedulerDomains) {
      if (!new RegExp(`(^|[^\\w.-])(www\\.)?${domain.replace(/\./g, '\\.')}/\\S`, 'i').test(snippet)) continue;
      const links = this.bookingLinks.get(domain) ?? [];
      links.push({ applicationId, sentAt });
      this.bookingLinks.set(domain, links);
    }
  }

  /** The application a message's thread, sender or sender's domain already belongs to, when only one. */
  lookup(threadId: string, from: Mailbox): KnownApplication | undefined {
    const thread = this.threads.get(threadId);
    if (thread) return thread;
    const sender = only(this.senders.get(from.email.toLowerCase()));
    if (sender) return { applicationId: sender, vouched: true, by: 'contact' };
    const domain = only(this.domains.get(domainOf(from.email)));
    return domain ? { applicationId: domain, vouched: true, by: 'domain' } : undefined;
  }

  /** Employer domains that confident or confirmed matches came from. */
  vouchedDomains() {
    return [...this.domains.keys()];
  }

  private learnThread(threadId: string, applicationId: string, vouched: boolean) {
    const current = this.threads.get(threadId);
    // A vouched link outranks a guess; two vouched links to different applications make the thread say nothing.
    if (!current || (!current.vouched && vouched)) this.threads.set(threadId, { applicationId, vouched, by: 'thread' });
    else if (current.applicationId !== applicationId && current.vouched === vouched) this.threads.set(threadId, { ...current, vouched: false });
  }

  private learnSender(email: string, applicationId: string) {
    add(this.senders, email.toLowerCase(), applicationId);
  }

  private learnName(name: string | null, applicationId: string, names = this.names) {
    // A person's full name: two words or more, the way a scheduler writes the invitee. "Careers" names no one.
    const folded = foldName((name ?? '').replace(/\(.*?\)|\|.*$/g, ' '));
    if (folded.split(' ').filter((word) => word.length >= 2).length < 2 || /\b(careers?|recruit\w*|talent|team|hr|rh|jobs?|noreply|hiring)\b/.test(folded)) return;
    add(names, folded, applicationId);
  }

  private learnDomain(email: string, applicationId: string) {
    const domain = domainOf(email);
    // A service that writes for many employers, anyone's personal address, or a public sector's shared
    // domain (every health network of a province writes from one) names no employer.
    if (isPersonalMailAddress(email) || hiringSenderOf(email) || isSharedPublicDomain(email)) return;
    add(this.domains, domain, applicationId);
  }
}

const vouchedReviews = new Set<string>(['applied', 'confirmed', 'corrected']);

/** Domains of scheduling tools whose booking pages an employer links to, and which then confirm the booking. */
const schedulerDomains = hiringSenderRegistry.filter((sender) => sender.role === 'scheduler').flatMap((sender) => sender.domains);
/** How long a booking link stays the likely source of a confirmation: candidates book within days, rarely weeks. */
const bookingWindow = 21 * 24 * 60 * 60 * 1000;

function add(map: Map<string, Set<string>>, key: string, value: string) {
  const set = map.get(key) ?? new Set<string>();
  set.add(value);
  map.set(key, set);
}

/** A name as written anywhere, folded to compare: "Núria Puig" is "nuria puig", "Łukasz Nowak" "lukasz nowak". */
function foldName(text: string) {
  return foldText(text.replace(/[&+#]/g, ' '));
}

function only(set: Set<string> | undefined) {
  return set && set.size === 1 ? [...set][0] : undefined;
}
