import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database.ts';
import { openTestDatabase } from '../db/test-database.ts';
import { createTestUser } from '../db/test-users.ts';
import { listApplications } from './list-applications.ts';
import { runTool } from './run-tool.ts';
import { seedApplications } from './test-pipeline.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

describe('listApplications', () => {
  it('filters the pipeline by status and group', async () => {
    const user = await createTestUser(handle.db);
    await seedApplications(handle.db, user.id, [
      { company: 'Acme', title: 'Backend Engineer', group: 'Backend', status: 'applied' },
      { company: 'Globex', title: 'Platform Engineer', group: 'Backend', status: 'saved' },
      { company: 'Initech', title: 'Data Analyst', group: 'Data', status: 'applied' },
    ]);
    const caller = { database: handle.db, userId: user.id, actor: 'web' as const };

    const applied = await runTool(listApplications, { status: 'applied' }, caller);
    const backendApplied = await runTool(listApplications, { status: 'applied', group: 'Backend' }, caller);
    const everything = await runTool(listApplications, {}, caller);

    expect(applied.applications.map((a) => a.company).sort()).toEqual(['Acme', 'Initech']);
    expect(backendApplied.applications.map((a) => a.company)).toEqual(['Acme']);
    expect(everything.total).toBe(3);
  });

  it('returns only the acting user’s applications', async () => {
    const alice = await createTestUser(handle.db);
    const bob = await createTestUser(handle.db);
    await seedApplications(handle.db, alice.id, [{ company: 'Acme', title: 'Alice’s role' }]);

    const seenByBob = await runTool(listApplications, {}, { database: handle.db, userId: bob.id, actor: 'mcp' });

    expect(seenByBob).toEqual({ applications: [], total: 0 });
  });

  it('refuses an unknown status with the field that is wrong', async () => {
    const user = await createTestUser(handle.db);

    await expect(
      runTool(listApplications, { status: 'ghosted' }, { database: handle.db, userId: user.id, actor: 'web' }),
    ).rejects.toMatchObject({ name: 'ValidationError', fields: [expect.objectContaining({ path: 'status' })] });
  });
});
