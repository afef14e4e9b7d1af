/**
 * Writes splits.json by one fixed rule (RUBRIC.md, "Splits"), decided before anything was measured on
 * the set. The unit is the employer: a thread about a tracked application goes with that
 * application's company, any other thread naming an employer with that employer, and a thread with
 * neither is its own unit. In each mailbox, units in order of their first message alternate
 * development, test; so a thread, an application and an employer never straddle the halves. Tracked
 * applications go with their company's unit; one with no mail is a unit after the mailbox's mail.
 * Usage: node --import tsx evals/mail-understanding/write-splits.ts
 */
import { writeFileSync } from 'node:fs';
import { inArrivalOrder, loadMailSet } from './mail-set.ts';

const development: string[] = [];
const test: string[] = [];
for (const mailbox of loadMailSet()) {
  const companies = new Map(mailbox.applications.map((application) => [application.id, application.company]));
  const threadUnit = new Map<string, string>();
  for (const message of mailbox.messages) {
    if (message.truth.application) threadUnit.set(message.threadId, `company:${companies.get(message.truth.application)}`);
  }
  for (const message of mailbox.messages) {
    if (message.truth.employer && !threadUnit.has(message.threadId)) threadUnit.set(message.threadId, `company:${message.truth.employer}`);
  }
  const units = new Map<string, string[]>();
  for (const message of inArrivalOrder(mailbox.messages)) {
    const unit = threadUnit.get(message.threadId) ?? `thread:${message.threadId}`;
    units.set(unit, [...(units.get(unit) ?? []), message.id]);
  }
  for (const application of mailbox.applications) {
    const unit = `company:${application.company}`;
    units.set(unit, [...(units.get(unit) ?? []), application.id]);
  }
  [...units.values()].forEach((ids, index) => (index % 2 === 0 ? development : test).push(...ids));
}
writeFileSync(new URL('./splits.json', import.meta.url), `${JSON.stringify({ rule: 'write-splits.ts', development: development.sort(), test: test.sort() }, null, 2)}\n`);
console.log(`development: ${development.length} messages and applications, test: ${test.length}`);
