/**
 * Measures how Atlas reads mail, on an embedded database:
 * `node --import tsx evals/mail-understanding/run-mail-understanding.ts [--baseline-only] [--explain <kind>] [--explain-changes]`.
 * Each mailbox of the set goes through a full Gmail sync against local Google and Gmail stubs; the
 * keyword baseline reads the same messages. --explain lists the development half's messages whose
 * truth or Atlas's reading is that kind and that Atlas got wrong, --explain-changes its wrong status
 * changes (the test half is never listed). --confusion prints, for each half, counts only: employer
 * mail by what went wrong (not stored, another kind, another application) and by language.
 */
import { parseArgs } from 'node:util';
import { openEvalDatabase } from '../harness/eval-database.ts';
import { formatMailUnderstanding } from './format-mail-understanding.ts';
import { loadSplits, wrongChangeReason } from './mail-metrics.ts';
import { header } from './mail-set.ts';
import { measureMailUnderstanding } from './measure-mail-understanding.ts';

const { values } = parseArgs({ options: { 'baseline-only': { type: 'boolean', default: false }, explain: { type: 'string', multiple: true, default: [] }, 'explain-changes': { type: 'boolean', default: false }, confusion: { type: 'boolean', default: false } } });
const now = new Date('2026-12-01T09:00:00.000Z');

const database = values['baseline-only'] ? undefined : await openEvalDatabase(process.env.DATABASE_URL);
try {
  await database?.reset();
  const report = await measureMailUnderstanding({ database: database?.handle.db, now, onProgress: (line) => console.error(line) });
  console.log(formatMailUnderstanding(report));
  const splits = loadSplits();
  const atlas = report.readers.find((result) => !result.baseline);
  for (const kind of values.explain) {
    console.log(`\n${kind}: development messages Atlas read wrong`);
    for (const { mailbox, run } of atlas?.runs ?? []) {
      for (const message of mailbox.messages.filter((entry) => splits.get(entry.id) === 'development')) {
        const reading = run.predictions.get(message.id) ?? { kind: 'not_job', application: null };
        if (message.truth.kind !== kind && reading.kind !== kind) continue;
        if (reading.kind === message.truth.kind && reading.application === message.truth.application) continue;
        console.log(`  ${mailbox.mailbox.id}/${message.id} truth ${message.truth.kind} ${message.truth.application ?? '-'}, Atlas ${reading.kind} ${reading.application ?? '-'}`);
        console.log(`      ${header(message, 'From')} | ${header(message, 'Subject')}`);
      }
    }
  }
  if (values.confusion) {
    for (const half of ['development', 'test'] as const) {
      const counts = new Map<string, number>();
      const count = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
      for (const { mailbox, run } of atlas?.runs ?? []) {
        for (const message of mailbox.messages.filter((entry) => splits.get(entry.id) === half && entry.truth.kind !== 'not_job')) {
          const reading = run.predictions.get(message.id) ?? { kind: 'not_job', application: null };
          const outcome = reading.kind === 'not_job' ? 'not stored' : reading.kind !== message.truth.kind ? `read as ${reading.kind}` : reading.application !== message.truth.application ? 'other application' : 'right';
          count(`${message.truth.kind}: ${outcome}${message.truth.application ? '' : ' (untracked)'}`);
          count(`language ${message.truth.language}: ${outcome === 'right' ? 'right' : 'wrong'}`);
          count(`sender ${message.truth.via ?? 'person'}: ${outcome === 'right' ? 'right' : 'wrong'}`);
        }
      }
      console.log(`\n${half}: employer mail by outcome (counts only)`);
      for (const [key, value] of [...counts].sort()) console.log(`  ${key} ${value}`);
    }
  }
  if (values['explain-changes']) {
    console.log('\nwrong status changes in the development half');
    for (const { mailbox, run } of atlas?.runs ?? []) {
      const byId = new Map(mailbox.messages.map((message) => [message.id, message]));
      for (const change of run.changes.filter((entry) => splits.get(entry.application) === 'development')) {
        const message = change.messageId ? byId.get(change.messageId) : undefined;
        const reason = wrongChangeReason(change, message, mailbox);
        if (!reason) continue;
        console.log(`  ${mailbox.mailbox.id} ${change.application} ${change.from ?? '-'} → ${change.to}: ${reason}; truth ${message?.truth.kind ?? '?'}`);
        if (message) console.log(`      ${header(message, 'From')} | ${header(message, 'Subject')} | ${message.snippet.slice(0, 160)}`);
      }
    }
  }
} finally {
  await database?.close();
}
