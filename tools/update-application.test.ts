import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database.ts';
import { applicationStatusHistory } from '../db/schema.ts';
import { openTestDatabase } from '../db/test-database.ts';
import { createTestUser } from '../db/test-users.ts';
import { withUser } from '../db/with-user.ts';
import { runTool } from './run-tool.ts';
import { seedApplications } from './test-pipeline.ts';
import { updateApplication } from './update-application.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

describe('updateApplication', () => {
  it('changes the status and records it in the history with who changed it', async () => {
    const user = await createTestUser(handle.db);
    const [application] = await seedApplications(handle.db, user.id, [{ company: 'Acme', title: 'SRE' }]);

    const result = await runTool(
      updateApplication,
      { applicationId: application!.id, status: 'interviewing', notes: 'Call with Dana on Friday' },
      { database: handle.db, userId: user.id, actor: 'agent' },
    );
    const history = await withUser(handle.db, user.id, (tx) =>
      tx.select().from(applicationStatusHistory).where(eq(applicationStatusHistory.applicationId, application!.id)),
    );

    expect(result.statusChanged).toBe(true);
    expect(result.application).toMatchObject({ status: 'interviewing', notes: 'Call with Dana on Friday' });
    expect(history).toEqual([
      expect.objectContaining({ fromStatus: 'saved', toStatus: 'interviewing', actor: 'agent', userId: user.id }),
    ]);
  });

  it('records no history when the status stays the same', async () => {
    const user = await createTestUser(handle.db);
    const [application] = await seedApplications(handle.db, user.id, [{ company: 'Acme', title: 'SRE' }]);

    const result = await runTool(
      updateApplication,
      { applicationId: application!.id, notes: 'Referred by Sam' },
      { database: handle.db, userId: user.id, actor: 'web' },
    );
    const history = await withUser(handle.db, user.id, (tx) => tx.select().from(applicationStatusHistory));

    expect(result.statusChanged).toBe(false);
    expect(history).toEqual([]);
  });

  it('cannot touch another user’s application', async () => {
    const owner = await createTestUser(handle.db);
    const intruder = await createTestUser(handle.db);
    const [application] = await seedApplications(handle.db, owner.id, [{ company: 'Acme', title: 'SRE' }]);

    await expect(
      runTool(
        updateApplication,
        { applicationId: application!.id, status: 'withdrawn' },
        { database: handle.db, userId: intruder.id, actor: 'mcp' },
      ),
    ).rejects.toMatchObject({ name: 'NotFoundError' });
    const [unchanged] = await withUser(handle.db, owner.id, (tx) => tx.query.applications.findMany());
    expect(unchanged?.status).toBe('saved');
  });

  it('refuses a call that changes nothing', async () => {
    const user = await createTestUser(handle.db);
    const [application] = await seedApplications(handle.db, user.id, [{ company: 'Acme', title: 'SRE' }]);

    await expect(
      runTool(updateApplication, { applicationId: application!.id }, { database: handle.db, userId: user.id, actor: 'web' }),
    ).rejects.toMatchObject({ name: 'ValidationError' });
  });
});
