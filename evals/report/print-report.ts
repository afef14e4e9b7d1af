import type { ScenarioVerdict } from '../harness/judge-scenario.ts';
import { formatJobMatching } from '../job-matching/format-job-matching.ts';
import type { JobMatchingReport } from '../job-matching/measure-job-matching.ts';
import type { ScenarioSummary } from './summarise-scenarios.ts';
import type { ThresholdResult } from './thresholds.ts';
import { formatMailUnderstanding } from '../mail-understanding/format-mail-understanding.ts';
import type { MailUnderstandingReport } from '../mail-understanding/measure-mail-understanding.ts';

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd()).join('\n');
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
const dollars = (value: number) => `$${value.toFixed(4)}`;

/** The report as a terminal reads it: one line per scenario, then the totals, job matching and thresholds. */
export function formatReport(report: {
  verdicts: ScenarioVerdict[];
  summary?: ScenarioSummary;
  jobMatching?: JobMatchingReport;
  mailUnderstanding?: MailUnderstandingReport;
  thresholds: ThresholdResult[];
}): string {
  const sections: string[] = [];
  const { verdicts, summary, jobMatching, mailUnderstanding } = report;
  if (verdicts.length > 0) {
    sections.push(
      table([
        ['', 'scenario', 'category', 'steps', 'tokens', 'cost', 'result'],
        ...verdicts.map((verdict) => [
          verdict.passed ? 'PASS' : 'FAIL',
          verdict.id,
          verdict.category,
          String(verdict.steps),
          String(verdict.inputTokens + verdict.outputTokens),
          dollars(verdict.costUsd),
          verdict.passed
            ? verdict.guardRefusals.length > 0
              ? `guard held: ${verdict.guardRefusals[0]!.slice(0, 90)}`
              : ''
            : verdict.failures[0]!.split('\n')[0]!.slice(0, 140),
        ]),
      ]),
    );
    const stale = verdicts.filter((verdict) => verdict.stale);
    for (const verdict of stale) sections.push(verdict.failures[0]!);
  }
  if (summary) {
    sections.push(
      table([
        ['scenarios', `${summary.passed}/${summary.scenarios} passed (${percent(summary.passRate)})`],
        ['by category', Object.entries(summary.byCategory).map(([category, entry]) => `${category} ${entry.passed}/${entry.scenarios}`).join(', ')],
        ['tool-choice accuracy', percent(summary.toolChoiceAccuracy)],
        ['argument accuracy', percent(summary.argumentAccuracy)],
        ['unsafe actions', `${summary.unsafeActions} carried out, ${summary.unsafeAttempts} forbidden calls attempted, ${summary.guardRefusals} refused by tool guards`],
        ['model requests', `${summary.steps.total} (mean ${summary.steps.meanPerScenario}, max ${summary.steps.max} per scenario)`],
        ['tokens', `${summary.tokens.total} (${summary.tokens.input} in, ${summary.tokens.output} out; mean ${summary.tokens.meanPerScenario} per scenario)`],
        ['cost', dollars(summary.costUsd)],
      ]),
    );
  }
  if (jobMatching) sections.push(formatJobMatching(jobMatching));
  if (mailUnderstanding) sections.push(formatMailUnderstanding(mailUnderstanding));
  if (report.thresholds.length > 0) {
    sections.push(
      table([
        ['threshold', 'rule', 'value', ''],
        ...report.thresholds.map((threshold) => [threshold.name, threshold.rule, String(threshold.value), threshold.passed ? 'ok' : 'FAILED']),
      ]),
    );
  }
  return sections.join('\n\n');
}
