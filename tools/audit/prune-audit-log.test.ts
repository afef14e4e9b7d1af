import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/database.ts';
import { auditEvents } from '../../db/schema.ts';
import { openTestDatabase } from '../../db/test-database.ts';
import { createTestUser } from '../../db/test-users.ts';
import { withUser } from '../../db/with-user.ts';
import { listAuditEvents, recordAuditEvent } from './audit-log.ts';
import { pruneAuditLog } from './prune-audit-log.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

const day = 24 * 60 * 60 * 1000;
const now = new Date('2026-06-01T12:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * day);

async function logReadsAt(userId: string, dates: Date[]) {
  await withUser(handle.db, userId, async (tx) => {
    for (const at of dates) await recordAuditEvent(tx, { actor: 'web', action: 'getCv', recordKind: 'cv' }, at);
  });
}

describe('audit log retention', () => {
  it('prunes entries older than the retention period for every user and keeps the rest', async () => {
    const first = await createTestUser(handle.db);
    const second = await createTestUser(handle.db);
    await logReadsAt(first.id, [daysAgo(400), daysAgo(10)]);
    await logReadsAt(second.id, [daysAgo(91), daysAgo(89)]);

    await pruneAuditLog(handle.db, { retentionDays: 90, now });

    const remaining = async (userId: string) =>
      (await withUser(handle.db, userId, (tx) => tx.select().from(auditEvents))).map((entry) => entry.createdAt);
    expect(await remaining(first.id)).toEqual([daysAgo(10)]);
    expect(await remaining(second.id)).toEqual([daysAgo(89)]);
  });

  it('never shows entries past the retention period, even before they are pruned', async () => {
    const user = await createTestUser(handle.db);
    await logReadsAt(user.id, [daysAgo(40), daysAgo(20), daysAgo(1)]);

    const shown = await withUser(handle.db, user.id, (tx) => listAuditEvents(tx, { limit: 10, retentionDays: 30, now }));
    const olderPage = await withUser(handle.db, user.id, (tx) =>
      listAuditEvents(tx, { limit: 10, retentionDays: 30, now, before: daysAgo(1) }),
    );

    expect(shown.map((entry) => entry.createdAt)).toEqual([daysAgo(1), daysAgo(20)]);
    expect(olderPage.map((entry) => entry.createdAt)).toEqual([daysAgo(20)]);
  });
});
