import { readdirSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { applicationStatuses } from '../../db/schema.ts';

/** The kinds of RUBRIC.md: nine employer kinds, then everything else. */
export const employerKinds = [
  'application_confirmation',
  'recruiter_reply',
  'interview_invitation',
  'interview_scheduling',
  'assessment_invitation',
  'still_reviewing',
  'rejection',
  'offer',
  'position_closed',
] as const;
export const mailKinds = [...employerKinds, 'not_job'] as const;
export type MailKind = (typeof mailKinds)[number];
export type ApplicationStatus = (typeof applicationStatuses)[number];

const statusSchema = z.enum(applicationStatuses);
const languageSchema = z.string().regex(/^[a-z]{2}$/, 'an ISO 639-1 code');

const truthSchema = z.object({
  kind: z.enum(mailKinds),
  application: z.string().nullable().describe('The tracked application the message is about, or null'),
  statusAfter: statusSchema.nullable().describe("The application's status once this message is read; null without an application"),
  phishing: z.boolean(),
  injection: z.boolean(),
  language: languageSchema,
  employer: z.string().nullable().describe('The organisation hiring, for employer mail; null otherwise'),
  via: z.string().nullable().describe('The ATS, scheduling tool, assessment platform, calendar or job board that sent it for the employer'),
  note: z.string().optional(),
});

const headerSchema = z.object({ name: z.string(), value: z.string() });

/** A message as `users.messages.get?format=metadata` returns it, with the author's truth beside it. */
const messageSchema = z.object({
  id: z.string().regex(/^[0-9a-f]{16}$/),
  threadId: z.string().regex(/^[0-9a-f]{16}$/),
  labelIds: z.array(z.string()).min(1),
  snippet: z.string(),
  historyId: z.string().regex(/^\d+$/),
  internalDate: z.string().regex(/^\d{13}$/),
  sizeEstimate: z.number().int().positive(),
  payload: z.object({ mimeType: z.string(), headers: z.array(headerSchema).min(5) }),
  truth: truthSchema,
});

const applicationSchema = z.object({
  id: z.string(),
  company: z.string().min(1),
  title: z.string().min(1),
  url: z.url().nullable(),
  status: statusSchema,
});

const mailboxFileSchema = z.object({
  _source: z.string(),
  mailbox: z.object({
    id: z.string(),
    owner: z.object({ name: z.string(), email: z.email() }),
    place: z.string(),
    work: z.string(),
    languages: z.array(languageSchema).min(1),
  }),
  applications: z.array(applicationSchema),
  messages: z.array(messageSchema).min(1),
});

export type MailTruth = z.infer<typeof truthSchema>;
export type SetMessage = z.infer<typeof messageSchema>;
export type TrackedApplication = z.infer<typeof applicationSchema>;
export type Mailbox = z.infer<typeof mailboxFileSchema>;

export const isEmployerKind = (kind: MailKind) => kind !== 'not_job';

export function header(message: Pick<SetMessage, 'payload'>, name: string): string | undefined {
  return message.payload.headers.find((entry) => entry.name.toLowerCase() === name.toLowerCase())?.value;
}

/** The bare address of a From or To header: `"Name" <a@b>` → `a@b`, lower-cased. */
export function address(value: string | undefined): string {
  const match = value?.match(/<([^>]+)>/);
  return (match?.[1] ?? value ?? '').trim().toLowerCase();
}

const moves: Record<Exclude<MailKind, 'not_job'>, { from: ApplicationStatus[]; to: ApplicationStatus }> = {
  application_confirmation: { from: ['saved'], to: 'applied' },
  recruiter_reply: { from: ['saved'], to: 'applied' },
  still_reviewing: { from: ['saved'], to: 'applied' },
  interview_invitation: { from: ['saved', 'applied'], to: 'interviewing' },
  interview_scheduling: { from: ['saved', 'applied'], to: 'interviewing' },
  assessment_invitation: { from: ['saved', 'applied'], to: 'interviewing' },
  offer: { from: ['saved', 'applied', 'interviewing'], to: 'offer' },
  rejection: { from: ['saved', 'applied', 'interviewing'], to: 'rejected' },
  position_closed: { from: ['saved', 'applied', 'interviewing', 'offer'], to: 'withdrawn' },
};

/** RUBRIC.md's status table: where a message of this kind takes an application that is at `from`. */
export function statusAfterMessage(kind: MailKind, from: ApplicationStatus): ApplicationStatus {
  if (kind === 'not_job') return from;
  const move = moves[kind];
  return move.from.includes(from) ? move.to : from;
}

/** The status a message of this kind would set, whatever the application's status was. */
export const targetStatus = (kind: MailKind): ApplicationStatus | undefined => (kind === 'not_job' ? undefined : moves[kind].to);

export const isSent = (message: SetMessage, mailbox: Mailbox) =>
  message.labelIds.includes('SENT') || address(header(message, 'From')) === mailbox.mailbox.owner.email.toLowerCase();

/** Messages of a mailbox in the order they arrived. */
export const inArrivalOrder = (messages: SetMessage[]) =>
  [...messages].sort((left, right) => Number(left.internalDate) - Number(right.internalDate) || left.id.localeCompare(right.id));

/**
 * Problems with a mailbox file beyond its schema: ids, threads and references that do not hold
 * together, truth that contradicts RUBRIC.md (sent or phishing mail with a kind, a status that the
 * status table does not give).
 */
export function mailboxProblems(mailbox: Mailbox): string[] {
  const problems: string[] = [];
  const applicationIds = new Set(mailbox.applications.map((application) => application.id));
  const ids = new Set<string>();
  const messageIds = new Map<string, SetMessage>();
  const threadsSeen = new Map<string, SetMessage[]>();
  const status = new Map(mailbox.applications.map((application) => [application.id, application.status]));
  for (const message of inArrivalOrder(mailbox.messages)) {
    const where = `${mailbox.mailbox.id}/${message.id}`;
    if (ids.has(message.id)) problems.push(`${where}: id used twice`);
    ids.add(message.id);
    for (const name of ['From', 'To', 'Subject', 'Date', 'Message-ID']) if (!header(message, name)) problems.push(`${where}: no ${name} header`);
    const ownId = header(message, 'Message-ID');
    if (ownId) {
      if (messageIds.has(ownId)) problems.push(`${where}: Message-ID used twice`);
      messageIds.set(ownId, message);
    }
    const thread = threadsSeen.get(message.threadId) ?? [];
    if (thread.length === 0 && message.threadId !== message.id) problems.push(`${where}: a thread's first message must give the thread its id`);
    const inReplyTo = header(message, 'In-Reply-To');
    if (thread.length > 0 && !inReplyTo) problems.push(`${where}: continues a thread without In-Reply-To`);
    if (inReplyTo && messageIds.get(inReplyTo)?.threadId !== message.threadId) problems.push(`${where}: In-Reply-To names no earlier message of its thread`);
    threadsSeen.set(message.threadId, [...thread, message]);
    const { truth } = message;
    const sent = isSent(message, mailbox);
    if (sent && truth.kind !== 'not_job') problems.push(`${where}: sent by the user but labelled ${truth.kind}`);
    if (truth.phishing && (truth.kind !== 'not_job' || truth.application !== null)) problems.push(`${where}: phishing must be not_job with no application`);
    if (truth.kind === 'not_job' && (truth.application !== null || truth.employer !== null)) problems.push(`${where}: not_job has no application or employer`);
    if (truth.kind !== 'not_job' && !truth.employer) problems.push(`${where}: employer mail names its employer`);
    if (truth.application !== null && !applicationIds.has(truth.application)) problems.push(`${where}: unknown application ${truth.application}`);
    if (truth.application === null) {
      if (truth.statusAfter !== null) problems.push(`${where}: statusAfter without an application`);
      continue;
    }
    const before = status.get(truth.application)!;
    const after = truth.injection ? before : statusAfterMessage(truth.kind, before);
    if (truth.statusAfter !== after) problems.push(`${where}: statusAfter ${truth.statusAfter}, the rubric gives ${after} from ${before}`);
    status.set(truth.application, after);
  }
  for (const [threadId, messages] of threadsSeen) {
    const applications = new Set(messages.map((message) => message.truth.application).filter((id) => id !== null));
    if (applications.size > 1) problems.push(`${mailbox.mailbox.id}/${threadId}: one thread about ${[...applications].join(' and ')}`);
  }
  return problems;
}

const folder = new URL('./', import.meta.url);

/** Every mailbox of the set (or only the one named), parsed and checked against the rubric. */
export function loadMailSet(options: { only?: string } = {}): Mailbox[] {
  const mailboxes: Mailbox[] = [];
  for (const name of readdirSync(new URL('data/', folder)).filter((file) => file.endsWith('.json') && (!options.only || file === options.only)).sort()) {
    const mailbox = mailboxFileSchema.parse(JSON.parse(readFileSync(new URL(`data/${name}`, folder), 'utf8')));
    const problems = mailboxProblems(mailbox);
    if (problems.length > 0) throw new Error(`${name}:\n${problems.join('\n')}`);
    mailboxes.push(mailbox);
  }
  const ids = mailboxes.flatMap((mailbox) => mailbox.messages.map((message) => message.id));
  const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
  if (repeated.length > 0) throw new Error(`Message ids used in two mailboxes: ${repeated.join(', ')}`);
  return mailboxes;
}

/** The application's status after every message, following the truth: its last statusAfter, else its start. */
export function expectedFinalStatuses(mailbox: Mailbox): Map<string, ApplicationStatus> {
  const statuses = new Map(mailbox.applications.map((application) => [application.id, application.status]));
  for (const message of inArrivalOrder(mailbox.messages)) {
    if (message.truth.application && message.truth.statusAfter) statuses.set(message.truth.application, message.truth.statusAfter);
  }
  return statuses;
}

/** What a set holds, counted from its truth: the numbers RUBRIC.md and the README quote. */
export function summarizeMailSet(mailboxes: Mailbox[]) {
  const messages = mailboxes.flatMap((mailbox) => mailbox.messages.map((message) => ({ message, mailbox })));
  const count = (test: (entry: (typeof messages)[number]) => boolean) => messages.filter(test).length;
  const kinds = Object.fromEntries(mailKinds.map((kind) => [kind, count(({ message }) => message.truth.kind === kind)]));
  const distinct = (values: (string | null)[]) => [...new Set(values.filter((value): value is string => value !== null))].sort();
  const threads = new Map<string, number>();
  for (const { message, mailbox } of messages) threads.set(`${mailbox.mailbox.id}/${message.threadId}`, (threads.get(`${mailbox.mailbox.id}/${message.threadId}`) ?? 0) + 1);
  return {
    mailboxes: mailboxes.length,
    messages: messages.length,
    applications: mailboxes.reduce((sum, mailbox) => sum + mailbox.applications.length, 0),
    kinds,
    notJobShare: kinds.not_job! / Math.max(1, messages.length),
    employers: distinct(messages.map(({ message }) => message.truth.employer)),
    via: distinct(messages.filter(({ message }) => message.truth.kind !== 'not_job').map(({ message }) => message.truth.via)),
    languages: Object.fromEntries(distinct(messages.map(({ message }) => message.truth.language)).map((language) => [language, count(({ message }) => message.truth.language === language)])),
    sent: count(({ message, mailbox }) => isSent(message, mailbox)),
    phishing: count(({ message }) => message.truth.phishing),
    injections: count(({ message }) => message.truth.injection),
    threadsWithReplies: [...threads.values()].filter((size) => size > 1).length,
  };
}

export function describeMailSet(mailboxes: Mailbox[]): string {
  const summary = summarizeMailSet(mailboxes);
  return [
    `${summary.mailboxes} mailboxes, ${summary.messages} messages, ${summary.applications} tracked applications`,
    `kinds: ${Object.entries(summary.kinds).map(([kind, count]) => `${kind} ${count}`).join(', ')}`,
    `not_job share ${(summary.notJobShare * 100).toFixed(1)}%, sent ${summary.sent}, phishing ${summary.phishing}, injections ${summary.injections}, threads with replies ${summary.threadsWithReplies}`,
    `languages: ${Object.entries(summary.languages).map(([language, count]) => `${language} ${count}`).join(', ')}`,
    `${summary.employers.length} employers: ${summary.employers.join('; ')}`,
    `${summary.via.length} senders for employers: ${summary.via.join(', ')}`,
  ].join('\n');
}
