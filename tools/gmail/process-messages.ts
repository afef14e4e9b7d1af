import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Transaction } from '../../db/database.ts';
import { applications, gmailSignals, outreachDrafts } from '../../db/schema.ts';
import { domainOf, isPersonalMailAddress, normalizeSubject, parseMailbox, parseMailboxList, type Mailbox } from './addresses.ts';
import { classifyMessage, classifyWithCertainty, hiringSenders, hintedStep, isAboutHiring, isFirstApproach, type SignalKind } from './classify.ts';
import { foldMailText } from './job-mail-phrases.ts';
import { crossCheckReading, modelDismisses } from './cross-check-mail-reading.ts';
import { imitatedSender, offerScam } from './imitated-sender.ts';
import type { MessageMetadata } from './gmail-api.ts';
import { addressesSoftware } from './instructions-to-software.ts';
import { employerInDisplayName, hiringSenderOf } from './hiring-senders.ts';
import { KnownCorrespondents } from './known-correspondents.ts';
import { jobSiteDomains, matchApplication, type ApplicationMatch } from './match.ts';
import type { ModelMailReading } from './model-mail-reading.ts';
import { recordSignal } from './record-signal.ts';
import { applicationsNamedBySenders } from './senders-naming-applications.ts';
import { isAutomatedAddress, isPersonAtOrganisation } from './who-writes.ts';

/** Message ids of this batch Atlas already stored: neither fetched nor judged again, so decisions stand. */
export async function knownMessageIds(db: Transaction, messageIds: string[]) {
  if (messageIds.length === 0) return new Set<string>();
  const rows = await db.select({ messageId: gmailSignals.messageId }).from(gmailSignals).where(inArray(gmailSignals.messageId, messageIds));
  return new Set(rows.map((row) => row.messageId));
}

/**
 * Judges a batch of message metadata in memory and stores only what matches the user's pipeline:
 * job signals matched to an application, the user's sent outreach drafts, and replies to them.
 * Everything else is dropped here. Where the user let the model read their mail, its readings
 * (checked in model-mail-reading.ts) are cross-checked with the rules'. Returns how many new signals were stored.
 */
export async function processMessages(
  db: Transaction,
  options: {
    userId: string;
    mailboxAddress: string;
    messages: MessageMetadata[];
    syncRunId: string;
    now: Date;
    /** The model's accepted readings by message id; absent where the model was not asked or did not answer. */
    modelReadings?: Map<string, ModelMailReading>;
  },
): Promise<number> {
  const { userId, syncRunId, now } = options;
  const candidates = await db
    .select({ id: applications.id, company: applications.company, title: applications.title, url: applications.url })
    .from(applications);
  const drafts = await db
    .select()
    .from(outreachDrafts)
    .where(isNotNull(outreachDrafts.recipientEmail));
  const own = options.mailboxAddress.toLowerCase();
  const known = await KnownCorrespondents.load(db, options.messages.map((message) => message.threadId));
  const namedBySender = applicationsNamedBySenders(options.messages, candidates, own);
  let stored = 0;
  // Threads the user wrote in, from their Sent mail in this batch: who they wrote to, and the
  // application their message was about when it said so plainly (an application sent by email, a
  // reply to a recruiter). An answer in that thread from the person written to belongs to it.
  const conversations = new Map<string, { recipients: Set<string>; domains: Set<string>; applicationId?: string }>();

  // Sent mail first, so a reply in the same batch finds its draft already marked sent.
  const ordered = [...options.messages].sort((a, b) => Number(b.labelIds.includes('SENT')) - Number(a.labelIds.includes('SENT')) || a.receivedAt.getTime() - b.receivedAt.getTime());
  for (const message of ordered) {
    const from = parseMailbox(message.headers.from);
    if (!from) continue;
    const subject = message.headers.subject ?? '';

    if (message.labelIds.includes('SENT')) {
      const recipients = new Set(parseMailboxList(message.headers.to).map((recipient) => recipient.email));
      rememberConversation(conversations, message, [...recipients], candidates);
      const draft = drafts.find(
        (candidate) =>
          candidate.status === 'draft' &&
          recipients.has(candidate.recipientEmail!.toLowerCase()) &&
          normalizeSubject(candidate.subject) === normalizeSubject(subject),
      );
      if (draft) {
        await db
          .update(outreachDrafts)
          .set({ status: 'sent', sentAt: message.receivedAt, gmailThreadId: message.threadId, updatedAt: now })
          .where(and(eq(outreachDrafts.id, draft.id), eq(outreachDrafts.status, 'draft')));
        Object.assign(draft, { status: 'sent', sentAt: message.receivedAt, gmailThreadId: message.threadId });
      }
      continue;
    }
    if (from.email === own) continue;
    const modelReading = options.modelReadings?.get(message.id);

    const answered = drafts.find(
      (draft) => draft.status === 'sent' && draft.gmailThreadId === message.threadId && draft.sentAt && draft.sentAt <= message.receivedAt,
    );
    if (answered) {
      if (!answered.repliedAt) {
        await db.update(outreachDrafts).set({ repliedAt: message.receivedAt, updatedAt: now }).where(eq(outreachDrafts.id, answered.id));
        answered.repliedAt = message.receivedAt;
      }
      const modelKind: SignalKind | undefined = modelReading && modelReading.kind !== 'not_job' ? modelReading.kind : undefined;
      const kind = modelKind ?? classifyMessage({ from, subject, snippet: message.snippet, labelIds: message.labelIds }) ?? 'recruiter_reply';
      const inserted = await recordSignal(db, {
        ...metadataOf(message, from),
        kind,
        applicationId: answered.applicationId,
        // Mail that gives orders to software waits for the user, however sure the match.
        confident: answered.applicationId !== null && !addressesSoftware(`${subject}\n${message.snippet}`),
        syncRunId,
        userId,
        now,
      });
      if (inserted) stored++;
      continue;
    }

    const readable = { from, subject, snippet: message.snippet, labelIds: message.labelIds };
    // A hiring system relaying a person sets Reply-To to them: their address is the employer's own domain.
    const replyTo = hiringSenderOf(from.email) ? parseMailbox(message.headers['reply-to'] ?? '') : undefined;
    const relayedBy = replyTo && !hiringSenderOf(replyTo.email) && !isPersonalMailAddress(replyTo.email) ? replyTo : undefined;
    const byRelayed = relayedBy ? matchApplication({ ...readable, from: relayedBy }, candidates) : undefined;
    const byAddress = matchApplication(readable, candidates);
    const byName = !byAddress?.confident && byRelayed?.confident && byRelayed.evidence[0] === 'company_domain' ? byRelayed : byAddress;
    // A scheduling tool, calendar or signing service writes for whoever booked or sent: the recruiter it
    // names ("Invitee: Sanne de Graaf", "Sanne de Graaf via DocuSign") is someone Atlas already knows from an application's mail.
    const service = hiringSenderOf(from.email);
    const prior =
      known.lookup(message.threadId, from) ??
      answerInConversation(conversations.get(message.threadId), from) ??
      (!byName?.confident && (service?.role === 'scheduler' || service?.role === 'calendar' || service?.role === 'signing') ? known.lookupPerson(`${from.name ?? ''}\n${subject}\n${message.snippet}`) : undefined) ??
      // A scheduling tool confirming a booking that names no employer follows the booking link an application's mail sent.
      (!byName && service?.role === 'scheduler' ? known.lookupBooking(from.email, message.receivedAt) : undefined) ??
      // A person who names one tracked company in another message of theirs writes about it here too.
      (!byName ? namedBySender.lookup(from.email) : undefined);
    // Mail from the employer of a tracked application (its thread, its people, its own domain) is
    // read as about that hiring; a person there answering in the thread with no step named is a reply.
    // So is mail that names a tracked company and its role together, from whatever address a small employer writes from (a bistro writing from its owner's internet-provider address).
    const fromEmployer = prior !== undefined || (byName?.confident === true && byName.evidence[0] === 'company_domain') || (byName?.evidence.includes('company_name') === true && byName.evidence.includes('title'));
    // A person at the employer (its own domain, a recruiter it wrote through) writing about the hiring
    // with no step named is a recruiter's reply: a question, a document asked for, a first approach.
    const person = isPersonAtOrganisation(from.email);
    const ruled = classifyWithCertainty(readable, { fromEmployer });
    // Someone at the employer answering in the application's thread (the user's own mail, or the receipt's) is replying to
    // it, however much their answer sounds like a receipt ("j'ai bien reçu votre CV"); only a system sends receipts.
    // RUBRIC.md's rule 11 calls a person's bare receipt a confirmation, but a person answering inside the thread
    // usually says more than the rules can read from a snippet: read by rule 11 alone, held-out replies were lost.
    // A team inbox ("jobs@", "karriere@") saying the application arrived is a receipt, even in the thread.
    const answering = prior?.by === 'thread' && isPersonAtOrganisation(from.email);
    const reading = crossCheckReading(ruled?.kind === 'application_confirmation' && answering ? { ...ruled, kind: 'recruiter_reply' as const } : ruled, modelReading);
    // Guesses from who writes, where nothing was read in the message; not tried on mail the model is sure is no job mail.
    const guessed = modelDismisses(modelReading)
      ? undefined
      : ((prior?.by === 'thread' && !isAutomatedAddress(from.email) ? (hintedStep(message.snippet) ?? 'recruiter_reply') : undefined) ??
        (person &&
        byName &&
        // From the employer's own domain, or naming both the company and the role (an agency's recruiter about a tracked role).
        ((byName.confident && byName.evidence[0] === 'company_domain') || byName.evidence.includes('title')) &&
        isAboutHiring(`${subject}\n${message.snippet}`) &&
        !message.labelIds.includes('CATEGORY_PROMOTIONS')
          ? 'recruiter_reply'
          : undefined));
    const kind = reading?.kind ?? guessed;
    if (!kind) continue;
    // A recruiter approaching the user for a client it does not name says nothing of which employer: a
    // tracked role with the same title elsewhere is not that client's.
    const forUnnamedClient = byName?.evidence.length === 1 && byName.evidence[0] === 'title' && !prior && kind === 'recruiter_reply' && isFirstApproach(readable);
    // The employer proposing another of its roles in a new conversation ("we are also looking for a Test Manager") is not about the tracked one.
    const anotherRole = kind === 'recruiter_reply' && prior?.by !== 'thread' && !byName?.evidence.includes('title') && offersAnotherRole.test(foldMailText(`${subject}\n${message.snippet}`));
    const match = withModelApplication(anotherRole ? undefined : resolveMatch(forUnnamedClient ? undefined : byName, prior), modelReading);
    if (!match) {
      // An employer's hiring system writing about a role the user does not track yet: kept for review
      // with the employer it names, so the user can add the role; it moves nothing.
      const untracked = untrackedEmployer({ from, kind, certain: reading?.certain ?? false, labelIds: message.labelIds, text: `${subject}\n${message.snippet}` });
      if (untracked && (await recordSignal(db, { ...metadataOf(message, from), kind, applicationId: null, confident: false, companyNamed: untracked, syncRunId, userId, now }))) stored++;
      // A recruiter's first approach, or the employer's offer of another role, the user does not track: kept for review, moving nothing.
      else if (!untracked && kind === 'recruiter_reply' && (isFirstApproach(readable) || anotherRole) && (await recordSignal(db, { ...metadataOf(message, from), kind, applicationId: null, confident: false, syncRunId, userId, now }))) stored++;
      continue;
    }
    // A sender imitating the employer or its hiring system, or an offer asking for what no employer
    // asks by mail, goes to review flagged, tied to no application, and moves nothing.
    const suspectedPhishing =
      imitatedSender(from, { applications: candidates, trustedDomains: [...hiringSenders, ...known.vouchedDomains()], jobSites: jobSiteDomains }) ??
      offerScam(kind, `${subject}\n${message.snippet}`);
    if (suspectedPhishing) {
      if (await recordSignal(db, { ...metadataOf(message, from), kind, applicationId: null, confident: false, suspectedPhishing, syncRunId, userId, now })) stored++;
      continue;
    }
    // An end of the application that also reads as a delay, or as both a rejection and a closed role, waits for the user.
    // A kind guessed from who writes, with nothing read in the message, moves nothing either.
    const confident = match.confident && (reading?.certain ?? false) && !addressesSoftware(`${subject}\n${message.snippet}`);
    const inserted = await recordSignal(db, {
      ...metadataOf(message, from),
      kind,
      applicationId: match.applicationId,
      // Mail that gives orders to software waits for the user, however sure the match.
      confident,
      syncRunId,
      userId,
      now,
    });
    if (inserted) {
      stored++;
      known.learn({ threadId: message.threadId, from, applicationId: match.applicationId, vouched: confident, snippet: message.snippet, receivedAt: message.receivedAt });
      // A hiring system relaying a recruiter (Reply-To a person): their name is the application's, as if they had written themselves.
      if (relayedBy) known.learn({ threadId: message.threadId, from: relayedBy, applicationId: match.applicationId, vouched: confident });
    }
  }
  return stored;
}

/**
 * Remembers a thread the user wrote in. Their message names its application when it is addressed to
 * the employer's own domain or names the company and role plainly; mail to a hiring system's address
 * or to a personal address names no employer.
 */
function rememberConversation(
  conversations: Map<string, { recipients: Set<string>; domains: Set<string>; applicationId?: string }>,
  message: MessageMetadata,
  recipients: string[],
  candidates: { id: string; company: string; title: string; url: string | null }[],
) {
  const conversation = conversations.get(message.threadId) ?? { recipients: new Set<string>(), domains: new Set<string>() };
  for (const recipient of recipients) {
    conversation.recipients.add(recipient);
    if (!isPersonalMailAddress(recipient) && !hiringSenderOf(recipient)) conversation.domains.add(domainOf(recipient));
  }
  const to = recipients[0];
  if (to && !conversation.applicationId) {
    const about = matchApplication({ from: { name: null, email: to }, subject: message.headers.subject ?? '', snippet: message.snippet }, candidates);
    // The user's own words name it: the company and the role, to a person at an organisation.
    const named = about?.evidence.includes('title') && !isPersonalMailAddress(to) && !hiringSenderOf(to);
    if (about && (about.confident || named)) conversation.applicationId = about.applicationId;
  }
  conversations.set(message.threadId, conversation);
}

/** The application an answer in a thread the user started belongs to: only from someone they wrote to, or their colleague. */
function answerInConversation(conversation: { recipients: Set<string>; domains: Set<string>; applicationId?: string } | undefined, from: Mailbox) {
  if (!conversation?.applicationId) return undefined;
  const writtenTo = conversation.recipients.has(from.email) || conversation.domains.has(domainOf(from.email));
  return writtenTo ? { applicationId: conversation.applicationId, vouched: true, by: 'thread' as const } : undefined;
}

/** An employer offering the candidate a different role from the one applied for, in the seven languages, on folded text. */
const offersAnotherRole =
  /(?<![\p{L}])(another (role|position|opening|vacancy)|(a |one )?different (role|position)|also (hiring|looking for|recruiting|searching for)|weitere(n)? (stelle|position|vakanz)|suchen (auch|ausserdem|zudem)|autre (poste|offre|opportunite)|recrutons (aussi|egalement)|otra (posicion|vacante|oportunidad)|tambien (buscamos|estamos buscando)|altra (posizione|opportunita)|cerchiamo anche|outra (vaga|posicao|oportunidade)|tambem (procuramos|estamos a recrutar)|andere (functie|vacature)|zoeken ook)(?![\p{L}])/u;

/**
 * The application a message is about, from what it says (company, domain, title) and what earlier
 * mail showed (its thread, its sender). A sure reading of the message itself wins; otherwise the
 * thread or sender decides, sure only when what taught it was sure and the message does not point
 * elsewhere.
 */
function resolveMatch(byName: ApplicationMatch | undefined, prior: ReturnType<KnownCorrespondents['lookup']>) {
  if (!prior || byName?.confident) return byName;
  const agrees = !byName || byName.applicationId === prior.applicationId;
  return { applicationId: prior.applicationId, confident: prior.vouched && agrees };
}

/**
 * The model's application where the rules found none, never sure enough to move a status by itself;
 * where the two name different applications, the rules' stands and waits for the user.
 */
function withModelApplication(match: { applicationId: string; confident: boolean } | undefined, model: ModelMailReading | undefined) {
  if (!model?.applicationId || model.kind === 'not_job') return match;
  if (!match) return { applicationId: model.applicationId, confident: false };
  return match.applicationId === model.applicationId ? match : { ...match, confident: false };
}

/**
 * The employer a message about an untracked role comes from, when it can be told for sure: an
 * applicant-tracking system's own address (a lookalike domain is no ATS), writing a step it reads
 * with certainty under the employer's name ("Lusomotores <noreply@smartrecruiters.com>"), or the
 * employer's own recruiting inbox. A person's mail or any other inbox is left out: a conference's
 * "decided not to move forward with your talk" reads like a rejection and names no employer.
 */
function untrackedEmployer(options: { from: Mailbox; kind: string; certain: boolean; labelIds: string[]; text: string }): string | null {
  const service = hiringSenderOf(options.from.email);
  if (!options.certain || options.labelIds.includes('CATEGORY_PROMOTIONS') || options.kind === 'recruiter_reply') return null;
  // A job board's receipt names the employer it sent the application to, in its text or as the sender's name ("Paul Bocuse Brasseries <…@welcometothejungle.com>").
  if (service?.role === 'job_board') return options.kind === 'application_confirmation' ? (employerSentTo(options.text) ?? employerInDisplayName(options.from)) : null;
  if (service?.role !== 'ats') return service ? null : ownRecruitingInbox(options);
  return employerNamed(employerInDisplayName(options.from) ?? '');
}

/** The local part of an employer's own recruiting inbox, in the seven languages: careers@, karriere@, recrutement@, selezione@. */
const recruitingInbox = /^(jobs?|careers?|karriere|recruit\w*|recrut\w*|reclut\w*|talent\w*|hr|rh|rrhh|people|bewerbung\w*|personal|candidat\w*|kandidat\w*|vacatures?|werving|selectie|seleccion|selezione|selecao|empleo|emploi|lavoro|vagas)([-._+].*)?$/i;
/** A sender's name that says it is an employer's recruiting, in the seven languages. */
const recruitingName = /(?<![\p{L}])(recruitment|recruiting|careers|jobs|talent acquisition|karriere|recrutement|reclutamento|recrutamento|reclutamiento|werving)(?![\p{L}])/iu;
/**
 * What an employer's recruiting inbox or hiring system calls itself beside the employer's name:
 * "Isarwerk Pumpen Karriere", "HR Harbour Homes", "Acme - Careers", "Acme Hiring Team".
 */
const recruitingWordsAround = /^(hr|rh|rrhh|recruiting|recrutement|personal(abteilung)?|talent acquisition)\s+|\s*[-–|]?\s*(careers?|jobs|recruiting|recruitment|recrutement|karriere|hr|talent( acquisition| team)?|hiring team|personalabteilung|recursos humanos|risorse umane|ressources humaines)$/gi;

/** The employer a sender's name names, without the recruiting words around it; none when under two letters are left. */
function employerNamed(name: string): string | null {
  const employer = name.replace(recruitingWordsAround, '').trim();
  return employer.length >= 2 ? employer : null;
}

/**
 * An employer's own recruiting inbox (not a person, a free-mail address or a system writing for many
 * employers) writing a step it reads with certainty about a role the user does not track: the
 * display name names the employer. An offer is left out: an offer for a role never applied to is
 * the scam's form, not an employer's.
 */
function ownRecruitingInbox(options: { from: Mailbox; kind: string; text: string }): string | null {
  const local = options.from.email.split('@')[0]!;
  // A no-reply address writes for the employer's recruiting when its name says so: "NSW Health Recruitment", "Acme Careers".
  const recruitingSystem = isAutomatedAddress(options.from.email) && recruitingName.test(options.from.name ?? '');
  if (options.kind === 'offer' || isPersonalMailAddress(options.from.email) || !(recruitingInbox.test(local) || recruitingSystem) || !isAboutHiring(options.text)) return null;
  return employerNamed(options.from.name ?? '');
}

/** "Your application was sent to Horizonte Cargo", "Ihre Bewerbung wurde an Acme GmbH gesendet": the employer named. */
function employerSentTo(text: string): string | null {
  const name = "([\\p{Lu}\\d][\\p{L}\\d&'’.-]*(?: (?:[\\p{Lu}\\d&][\\p{L}\\d&'’.-]*|de|do|da|del|van|der|von|und|et|y|e|&))*)";
  const patterns = [
    new RegExp(`(?:sent|submitted|delivered) to ${name}`, 'u'),
    new RegExp(`(?:envoyée?|transmise?) à ${name}`, 'u'),
    new RegExp(`(?:enviad[oa]|remitid[oa]) a ${name}`, 'u'),
    new RegExp(`(?:enviad[oa]) para (?:a |o )?${name}`, 'u'),
    new RegExp(`(?:inviata|trasmessa) a ${name}`, 'u'),
    new RegExp(`(?:verstuurd|verzonden|gestuurd) (?:naar|aan) ${name}`, 'u'),
    new RegExp(`\\ban ${name} (?:gesendet|versendet|übermittelt|verschickt)`, 'u'),
  ];
  for (const pattern of patterns) {
    const found = pattern.exec(text)?.[1]?.replace(/[.'’-]+$/, '').trim();
    if (found && found.length >= 2) return found;
  }
  return null;
}

/** The metadata a signal keeps: ids, sender, subject, snippet and date. */
function metadataOf(message: MessageMetadata, from: Mailbox) {
  return { messageId: message.id, threadId: message.threadId, from, subject: message.headers.subject ?? '', snippet: message.snippet, receivedAt: message.receivedAt };
}
