import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/database.ts';
import { auditEvents, briefings } from '../../db/schema.ts';
import { openTestDatabase } from '../../db/test-database.ts';
import { createTestUser } from '../../db/test-users.ts';
import { withUser } from '../../db/with-user.ts';
import { briefingCron, startBriefingQueue } from './briefing-queue.ts';
import { briefingDue, weekOf } from './week.ts';
import { setTimeZone } from './user-time-zone.ts';
import { scheduleActorDetail, writeDueBriefings } from './write-due-briefings.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  // A database of its own: on a shared server every other file's users would be due on Monday morning too.
  handle = await openTestDatabase({ ownCatalogue: true });
});
afterAll(() => handle.close());

async function userIn(timeZone: string | null) {
  const user = await createTestUser(handle.db);
  if (timeZone) await withUser(handle.db, user.id, (tx) => setTimeZone(tx, { userId: user.id, timeZone }));
  return user;
}
const weeksOf = async (userId: string) => (await withUser(handle.db, userId, (tx) => tx.select().from(briefings))).map((briefing) => briefing.weekOf);
const run = (now: Date) => writeDueBriefings(handle.db, { now, followUpAfterDays: 7, logError: () => {} });

describe('the weekly briefing schedule', () => {
  it('reads the week and Monday morning in the user’s time zone', () => {
    // Sunday 20:00 UTC is already Monday 09:00 in Auckland (UTC+13 in December).
    const sundayEvening = new Date('2026-12-13T20:00:00Z');

    expect(weekOf(sundayEvening, 'Pacific/Auckland')).toBe('2026-12-14');
    expect(weekOf(sundayEvening, 'Europe/Berlin')).toBe('2026-12-07');
    expect(briefingDue(sundayEvening, 'Pacific/Auckland')).toBe(true);
    expect(briefingDue(sundayEvening, 'Europe/Berlin')).toBe(false);
    expect(briefingDue(new Date('2026-12-14T06:30:00Z'), 'Europe/Berlin')).toBe(true);
    expect(briefingDue(new Date('2026-12-14T06:30:00Z'), 'UTC')).toBe(false);
    expect(briefingDue(new Date('2026-12-15T08:00:00Z'), 'UTC')).toBe(false);
  });

  it('writes each user’s briefing on their Monday morning, once a week, and logs it', async () => {
    const auckland = await userIn('Pacific/Auckland');
    const berlin = await userIn('Europe/Berlin');
    const utc = await userIn(null);

    const first = await run(new Date('2026-12-13T20:00:00Z'));
    const second = await run(new Date('2026-12-14T06:30:00Z'));
    const again = await run(new Date('2026-12-14T07:30:00Z'));

    expect(first).toContain(auckland.id);
    expect(first).not.toContain(berlin.id);
    expect(second).toContain(berlin.id);
    expect(second).not.toContain(auckland.id);
    expect(again).toContain(utc.id);
    expect(again).not.toContain(berlin.id);
    expect(await weeksOf(auckland.id)).toEqual(['2026-12-14']);
    expect(await weeksOf(berlin.id)).toEqual(['2026-12-14']);
    expect(await weeksOf(utc.id)).toEqual(['2026-12-14']);
    const logged = await withUser(handle.db, berlin.id, (tx) => tx.select().from(auditEvents));
    expect(logged).toEqual([expect.objectContaining({ action: 'writeBriefing', recordKind: 'briefing', actorDetail: scheduleActorDetail })]);
  });

  it('keeps an hourly schedule on pg-boss', async () => {
    const queueName = `weekly-briefing-${crypto.randomUUID()}`;
    const queue = await startBriefingQueue({ handle, followUpAfterDays: 7, queueName, logError: () => {} });
    try {
      const result = (await handle.db.execute(sql`select cron from pgboss.schedule where name = ${queueName}`)) as unknown as { rows: { cron: string }[] };
      expect(result.rows).toEqual([{ cron: briefingCron }]);
    } finally {
      await queue.stop();
    }
  });
});
