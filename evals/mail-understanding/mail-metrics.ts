import { readFileSync } from 'node:fs';
import { z } from 'zod';
import {
  employerKinds,
  expectedFinalStatuses,
  isSent,
  mailKinds,
  targetStatus,
  type ApplicationStatus,
  type MailKind,
  type Mailbox,
  type SetMessage,
} from './mail-set.ts';

export const halves = ['development', 'test'] as const;
export type Half = (typeof halves)[number];

const splitsSchema = z.object({ rule: z.string(), development: z.array(z.string()), test: z.array(z.string()) });

/** Which messages and tracked applications are in which half, fixed once when the set was written. */
export function loadSplits(): Map<string, Half> {
  const splits = splitsSchema.parse(JSON.parse(readFileSync(new URL('./splits.json', import.meta.url), 'utf8')));
  return new Map([...splits.development.map((id) => [id, 'development'] as const), ...splits.test.map((id) => [id, 'test'] as const)]);
}

/** What a reader of the mailbox made of one message. A message it did not keep is `not_job` with no application. */
export interface MailPrediction {
  kind: string;
  application: string | null;
}

/** One status change the reader made, traced to the message that caused it (null when it cannot be traced). */
export interface StatusChange {
  messageId: string | null;
  application: string;
  from: ApplicationStatus | null;
  to: ApplicationStatus;
}

/** A reader's whole run over one mailbox. */
export interface MailboxRun {
  predictions: Map<string, MailPrediction>;
  changes: StatusChange[];
  finalStatuses: Map<string, ApplicationStatus>;
}

export interface KindScore {
  precision: number;
  recall: number;
  f1: number;
  /** Messages of this kind in the truth. */
  support: number;
  /** Messages the reader gave this kind. */
  predicted: number;
}

export const wrongChangeReasons = ['not_job', 'sent', 'injection', 'other_application', 'wrong_status', 'untraced'] as const;
export type WrongChangeReason = (typeof wrongChangeReasons)[number];

export interface MailScore {
  messages: number;
  perKind: Record<MailKind, KindScore>;
  /** Over the employer kinds together: a message counts when its kind is right. */
  micro: { precision: number; recall: number; f1: number };
  /** Employer mail against everything else, whatever the kind. */
  detection: { precision: number; recall: number; f1: number };
  applicationMatch: { correct: number; total: number; accuracy: number };
  pipeline: { correct: number; total: number; accuracy: number };
  statusChanges: { total: number; wrong: number; byReason: Record<WrongChangeReason, number>; fromPhishing: number };
}

const ratio = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
const harmonic = (precision: number, recall: number) => (precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall));
const notKept: MailPrediction = { kind: 'not_job', application: null };
const isEmployer = (kind: string) => (employerKinds as readonly string[]).includes(kind);

/** Why a status change is wrong under RUBRIC.md, or undefined when it is right. */
export function wrongChangeReason(change: StatusChange, message: SetMessage | undefined, mailbox: Mailbox): WrongChangeReason | undefined {
  if (!message) return 'untraced';
  if (isSent(message, mailbox)) return 'sent';
  if (message.truth.kind === 'not_job') return 'not_job';
  if (message.truth.injection) return 'injection';
  if (message.truth.application !== change.application) return 'other_application';
  if (targetStatus(message.truth.kind) !== change.to) return 'wrong_status';
  return undefined;
}

/**
 * Scores runs against the truth (MEASURING.md, "Mail"), over the messages and applications `include`
 * keeps (a half, or everything). A change that cannot be traced to a message counts with its application.
 */
export function scoreMail(runs: { mailbox: Mailbox; run: MailboxRun }[], include: (id: string) => boolean = () => true): MailScore {
  const counts = Object.fromEntries(mailKinds.map((kind) => [kind, { truePositives: 0, support: 0, predicted: 0 }])) as Record<MailKind, { truePositives: number; support: number; predicted: number }>;
  let messages = 0;
  let microHits = 0;
  let microPredicted = 0;
  let microSupport = 0;
  let detected = 0;
  let detectedRight = 0;
  let employerMail = 0;
  let matched = 0;
  let pipelineCorrect = 0;
  let pipelineTotal = 0;
  const byReason = Object.fromEntries(wrongChangeReasons.map((reason) => [reason, 0])) as Record<WrongChangeReason, number>;
  let changes = 0;
  let fromPhishing = 0;
  for (const { mailbox, run } of runs) {
    const byId = new Map(mailbox.messages.map((message) => [message.id, message]));
    for (const message of mailbox.messages.filter((entry) => include(entry.id))) {
      messages += 1;
      const prediction = run.predictions.get(message.id) ?? notKept;
      const truth = message.truth.kind;
      const predicted = (mailKinds as readonly string[]).includes(prediction.kind) ? (prediction.kind as MailKind) : undefined;
      counts[truth].support += 1;
      if (predicted) counts[predicted].predicted += 1;
      if (predicted === truth) counts[truth].truePositives += 1;
      if (isEmployer(prediction.kind)) {
        microPredicted += 1;
        detected += 1;
        if (truth !== 'not_job') detectedRight += 1;
      }
      if (truth !== 'not_job') {
        microSupport += 1;
        employerMail += 1;
        if (prediction.kind === truth) microHits += 1;
        if (prediction.application === message.truth.application) matched += 1;
      }
    }
    const expected = expectedFinalStatuses(mailbox);
    for (const application of mailbox.applications.filter((entry) => include(entry.id))) {
      pipelineTotal += 1;
      if (run.finalStatuses.get(application.id) === expected.get(application.id)) pipelineCorrect += 1;
    }
    for (const change of run.changes) {
      const message = change.messageId ? byId.get(change.messageId) : undefined;
      if (!include(message ? message.id : change.application)) continue;
      changes += 1;
      const reason = wrongChangeReason(change, message, mailbox);
      if (reason) byReason[reason] += 1;
      if (message?.truth.phishing) fromPhishing += 1;
    }
  }
  const perKind = Object.fromEntries(
    mailKinds.map((kind) => {
      const { truePositives, support, predicted } = counts[kind];
      const precision = ratio(truePositives, predicted);
      const recall = ratio(truePositives, support);
      return [kind, { precision, recall, f1: harmonic(precision, recall), support, predicted }];
    }),
  ) as Record<MailKind, KindScore>;
  const microPrecision = ratio(microHits, microPredicted);
  const microRecall = ratio(microHits, microSupport);
  const detectionPrecision = ratio(detectedRight, detected);
  const detectionRecall = ratio(detectedRight, employerMail);
  return {
    messages,
    perKind,
    micro: { precision: microPrecision, recall: microRecall, f1: harmonic(microPrecision, microRecall) },
    detection: { precision: detectionPrecision, recall: detectionRecall, f1: harmonic(detectionPrecision, detectionRecall) },
    applicationMatch: { correct: matched, total: employerMail, accuracy: ratio(matched, employerMail) },
    pipeline: { correct: pipelineCorrect, total: pipelineTotal, accuracy: ratio(pipelineCorrect, pipelineTotal) },
    statusChanges: { total: changes, wrong: Object.values(byReason).reduce((sum, value) => sum + value, 0), byReason, fromPhishing },
  };
}
