import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database.ts';
import { openTestDatabase } from '../db/test-database.ts';
import { createTestUser } from '../db/test-users.ts';
import { withUser } from '../db/with-user.ts';
import { setTimeZone } from './briefings/user-time-zone.ts';
import { createTask } from './create-task.ts';
import { listTasks } from './list-tasks.ts';
import { runTool } from './run-tool.ts';
import { seedApplications } from './test-pipeline.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

const now = new Date('2026-12-10T09:00:00Z');

describe('createTask', () => {
  it('adds a task linked to an application, and listTasks shows it as due on its day', async () => {
    const user = await createTestUser(handle.db);
    const [application] = await seedApplications(handle.db, user.id, [{ company: 'Acme', title: 'SRE' }]);
    const caller = { database: handle.db, userId: user.id, actor: 'agent' as const, now: () => now };

    const { task } = await runTool(createTask, { title: 'Send portfolio', dueOn: '2026-12-10', applicationId: application!.id }, caller);
    const listed = await runTool(listTasks, { suggestions: false }, caller);

    expect(task).toMatchObject({ title: 'Send portfolio', notes: '', dueOn: '2026-12-10', state: 'due', applicationId: application!.id, doneAt: null });
    expect(listed.tasks).toEqual([task]);
  });

  it("counts a task's day in the user's time zone: in Auckland the morning of the 11th is the 11th, while it is still the 10th in UTC", async () => {
    const user = await createTestUser(handle.db);
    await withUser(handle.db, user.id, (tx) => setTimeZone(tx, { userId: user.id, timeZone: 'Pacific/Auckland' }));
    const evening = new Date('2026-12-10T20:00:00Z');
    const caller = { database: handle.db, userId: user.id, actor: 'web' as const, now: () => evening };
    for (const [title, dueOn] of [['Yesterday there', '2026-12-10'], ['Today there', '2026-12-11']] as const) {
      await runTool(createTask, { title, dueOn }, caller);
    }

    const { tasks } = await runTool(listTasks, { suggestions: false }, caller);

    expect(tasks.map((task) => [task.title, task.state])).toEqual([
      ['Yesterday there', 'overdue'],
      ['Today there', 'due'],
    ]);
  });

  it('lists overdue before due before upcoming before undated tasks', async () => {
    const user = await createTestUser(handle.db);
    const caller = { database: handle.db, userId: user.id, actor: 'web' as const, now: () => now };
    for (const [title, dueOn] of [['Someday', undefined], ['Later', '2026-12-20'], ['Today', '2026-12-10'], ['Late', '2026-12-01']] as const) {
      await runTool(createTask, { title, dueOn }, caller);
    }

    const { tasks } = await runTool(listTasks, { suggestions: false }, caller);

    expect(tasks.map((task) => [task.title, task.state])).toEqual([
      ['Late', 'overdue'],
      ['Today', 'due'],
      ['Later', 'upcoming'],
      ['Someday', 'someday'],
    ]);
  });

  it('refuses a link to another user’s application, and a task without a title or with an impossible day', async () => {
    const owner = await createTestUser(handle.db);
    const stranger = await createTestUser(handle.db);
    const [application] = await seedApplications(handle.db, owner.id, [{ company: 'Acme', title: 'SRE' }]);
    const caller = { database: handle.db, userId: stranger.id, actor: 'mcp' as const, now: () => now };

    await expect(runTool(createTask, { title: 'Snoop', applicationId: application!.id }, caller)).rejects.toMatchObject({ name: 'NotFoundError' });
    await expect(runTool(createTask, { notes: 'no title' }, caller)).rejects.toMatchObject({ name: 'ValidationError' });
    await expect(runTool(createTask, { title: 'Leap', dueOn: '2026-02-30' }, caller)).rejects.toMatchObject({ name: 'ValidationError' });
    expect((await runTool(listTasks, { suggestions: false }, caller)).tasks).toEqual([]);
  });

  it('is written to the audit log, by id, with who made it', async () => {
    const user = await createTestUser(handle.db);
    const caller = { database: handle.db, userId: user.id, actor: 'mcp' as const, actorDetail: 'access token "Laptop"', now: () => now };

    const { task } = await runTool(createTask, { title: 'Call Dana' }, caller);
    const entries = await handle.db.execute(`select actor, action, record_kind, record_id from audit_events where user_id = '${user.id}'`);

    expect((entries as unknown as { rows: unknown[] }).rows).toEqual([{ actor: 'mcp', action: 'createTask', record_kind: 'task', record_id: task.id }]);
  });
});
