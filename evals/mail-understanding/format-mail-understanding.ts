import { halves, wrongChangeReasons, type MailScore } from './mail-metrics.ts';
import { mailKinds } from './mail-set.ts';
import type { MailUnderstandingReport } from './measure-mail-understanding.ts';

const number = (value: number) => value.toFixed(2);
const prf = (score: { precision: number; recall: number; f1: number }) => `${number(score.precision)} ${number(score.recall)} ${number(score.f1)}`;

/** The report as one table per reader: per-kind P/R/F1 on each half, then the summary rows. */
export function formatMailUnderstanding(report: MailUnderstandingReport): string {
  const { set } = report;
  const lines = [
    `Mail understanding: ${set.mailboxes} mailboxes, ${set.messages} messages (${(set.notJobShare * 100).toFixed(0)}% not job mail), ${set.applications} tracked applications`,
  ];
  const cell = (text: string) => `${text.padEnd(36)} `;
  for (const result of report.readers) {
    lines.push('', `${result.reader}: ${result.what}`, `${''.padEnd(26)}${halves.map((half) => cell(`${half} P R F1 (n)`)).join('')}`);
    const row = (label: string, value: (score: MailScore) => string) => lines.push(`${label.padEnd(26)}${halves.map((half) => cell(value(result.halves[half]))).join('')}`);
    for (const kind of mailKinds) row(kind, (score) => `${prf(score.perKind[kind])} (${score.perKind[kind].support})`);
    row('micro, employer kinds', (score) => prf(score.micro));
    row('employer mail detected', (score) => prf(score.detection));
    row('application match', (score) => `${number(score.applicationMatch.accuracy)} (${score.applicationMatch.correct}/${score.applicationMatch.total})`);
    row('pipeline at true status', (score) => `${number(score.pipeline.accuracy)} (${score.pipeline.correct}/${score.pipeline.total})`);
    row('wrong status changes', (score) => `${score.statusChanges.wrong} of ${score.statusChanges.total}, phishing ${score.statusChanges.fromPhishing}`);
    row('  by reason', (score) => wrongChangeReasons.filter((reason) => score.statusChanges.byReason[reason] > 0).map((reason) => `${reason} ${score.statusChanges.byReason[reason]}`).join(', ') || '-');
  }
  return lines.join('\n');
}
