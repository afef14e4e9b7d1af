import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database.ts';
import { auditEvents, briefings } from '../db/schema.ts';
import { openTestDatabase } from '../db/test-database.ts';
import { createTestUser } from '../db/test-users.ts';
import { withUser } from '../db/with-user.ts';
import { getBriefing } from './get-briefing.ts';
import { runTool } from './run-tool.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

const call = (userId: string, input: Record<string, unknown> = {}) => runTool(getBriefing, input, { database: handle.db, userId, actor: 'agent' });

describe('getBriefing', () => {
  it('returns the latest briefing, or the week asked for, and null for a user with none', async () => {
    const user = await createTestUser(handle.db);
    const other = await createTestUser(handle.db);
    await withUser(handle.db, user.id, (tx) =>
      tx.insert(briefings).values([
        { weekOf: '2026-12-07', facts: {}, text: 'Week one.' },
        { weekOf: '2026-12-14', facts: {}, text: 'Week two.' },
      ]),
    );

    const latest = await call(user.id);
    const earlier = await call(user.id, { weekOf: '2026-12-07' });
    const otherUsers = await call(other.id);

    expect(latest.briefing).toMatchObject({ weekOf: '2026-12-14', text: 'Week two.' });
    expect(earlier.briefing).toMatchObject({ weekOf: '2026-12-07', text: 'Week one.' });
    expect(otherUsers.briefing).toBeNull();
    const logged = await withUser(handle.db, user.id, (tx) => tx.select().from(auditEvents));
    expect(logged.map((event) => [event.action, event.recordKind])).toEqual([
      ['getBriefing', 'briefing'],
      ['getBriefing', 'briefing'],
    ]);
    await expect(call(user.id, { weekOf: 'last Monday' })).rejects.toThrow(/Invalid input for getBriefing/);
  });
});
