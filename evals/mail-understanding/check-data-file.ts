/**
 * For authors of the set: checks a mailbox file (or all of them) against its schema and RUBRIC.md,
 * and prints what it holds, so a file can be read against its intent.
 * Usage: node --import tsx evals/mail-understanding/check-data-file.ts [mailbox-file.json]
 */
import { describeMailSet, loadMailSet } from './mail-set.ts';

const mailboxes = loadMailSet({ only: process.argv[2] });
console.log(describeMailSet(mailboxes));
