/**
 * The plain baseline Atlas's mail reading must beat: a handful of English keywords on the subject
 * and snippet, the application whose company name shows up in the message, and RUBRIC.md's status
 * table applied to whatever that finds. What anyone would write in ten minutes; no languages, no
 * senders, no threads.
 */
import type { MailboxRun, MailPrediction, StatusChange } from './mail-metrics.ts';
import { header, inArrivalOrder, statusAfterMessage, type MailKind, type Mailbox, type SetMessage, type TrackedApplication } from './mail-set.ts';

const rules: [RegExp, MailKind][] = [
  [/\b(unfortunately|regret|unsuccessful|other candidates)\b/, 'rejection'],
  [/\boffer\b/, 'offer'],
  [/\binterview\b/, 'interview_invitation'],
  [/\b(application|applying|applied)\b/, 'application_confirmation'],
];

/** The first rule whose word is in the subject or snippet; mail the user sent is skipped. */
export function baselineKind(message: SetMessage): MailKind {
  if (message.labelIds.includes('SENT')) return 'not_job';
  const text = `${header(message, 'Subject') ?? ''} ${message.snippet}`.toLowerCase();
  return rules.find(([pattern]) => pattern.test(text))?.[1] ?? 'not_job';
}

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** The tracked application whose company name (or a word of it of five letters or more) appears in the sender, subject or snippet. */
export function baselineApplication(message: SetMessage, applications: TrackedApplication[]): string | null {
  const text = `${header(message, 'From') ?? ''} ${header(message, 'Subject') ?? ''} ${message.snippet}`.toLowerCase();
  const seen = new Set(words(text));
  const whole = applications.find((application) => text.includes(application.company.toLowerCase()));
  const partly = applications.find((application) => words(application.company).some((word) => word.length >= 5 && seen.has(word)));
  return (whole ?? partly)?.id ?? null;
}

/** The baseline's reading of a whole mailbox, in arrival order, with the status changes it would make. */
export function runBaseline(mailbox: Mailbox): MailboxRun {
  const predictions = new Map<string, MailPrediction>();
  const changes: StatusChange[] = [];
  const finalStatuses = new Map(mailbox.applications.map((application) => [application.id, application.status]));
  for (const message of inArrivalOrder(mailbox.messages)) {
    const kind = baselineKind(message);
    const application = kind === 'not_job' ? null : baselineApplication(message, mailbox.applications);
    predictions.set(message.id, { kind, application });
    if (!application) continue;
    const from = finalStatuses.get(application)!;
    const to = statusAfterMessage(kind, from);
    if (to === from) continue;
    changes.push({ messageId: message.id, application, from, to });
    finalStatuses.set(application, to);
  }
  return { predictions, changes, finalStatuses };
}
