import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/database.ts';
import { openTestDatabase } from '../../db/test-database.ts';
import { loadMailSet } from './mail-set.ts';
import { runAtlasOnMailbox } from './measure-mail-understanding.ts';

describe('runAtlasOnMailbox', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabase();
  });
  afterAll(async () => {
    await handle?.close();
  });

  it("syncs a whole mailbox through Atlas and reads back its signals, status changes and final statuses in the set's ids", async () => {
    const mailbox = loadMailSet({ only: 'uk-nurse.json' })[0]!;
    const lines: string[] = [];
    const run = await runAtlasOnMailbox({ database: handle.db, mailbox, now: new Date('2026-12-01T09:00:00.000Z'), onProgress: (line) => lines.push(line) });
    expect(lines).toEqual([`uk-nurse: sync completed, ${mailbox.messages.length} messages scanned, ${run.predictions.size} signals`]);
    const messageIds = new Set(mailbox.messages.map((message) => message.id));
    const applicationIds = mailbox.applications.map((application) => application.id);
    expect([...run.predictions.keys()].every((id) => messageIds.has(id))).toBe(true);
    expect([...run.finalStatuses.keys()].sort()).toEqual([...applicationIds].sort());
    for (const change of run.changes) {
      expect(applicationIds).toContain(change.application);
      expect(change.messageId === null || messageIds.has(change.messageId)).toBe(true);
    }
    const changed = new Set(run.changes.map((change) => change.application));
    for (const application of mailbox.applications.filter((entry) => !changed.has(entry.id))) expect(run.finalStatuses.get(application.id)).toBe(application.status);
  });
});
