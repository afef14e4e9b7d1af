import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database.ts';
import { openTestDatabase } from '../db/test-database.ts';
import { createTestUser } from '../db/test-users.ts';
import { createTask } from './create-task.ts';
import { listTasks } from './list-tasks.ts';
import { runTool } from './run-tool.ts';
import { updateTask } from './update-task.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

let clock = new Date('2026-12-10T09:00:00Z');

async function userWithTask() {
  const user = await createTestUser(handle.db);
  const caller = { database: handle.db, userId: user.id, actor: 'web' as const, now: () => clock };
  const { task } = await runTool(createTask, { title: 'Send portfolio', dueOn: '2026-12-09' }, caller);
  return { caller, task };
}

describe('updateTask', () => {
  it('completes a task, keeps the first completion time, and reopens it', async () => {
    const { caller, task } = await userWithTask();

    const done = await runTool(updateTask, { taskId: task.id, done: true }, caller);
    clock = new Date('2026-12-11T09:00:00Z');
    const doneAgain = await runTool(updateTask, { taskId: task.id, done: true }, caller);
    const open = await runTool(listTasks, { suggestions: false }, caller);
    const finished = await runTool(listTasks, { show: 'done', suggestions: false }, caller);
    const reopened = await runTool(updateTask, { taskId: task.id, done: false }, caller);

    expect(done.task).toMatchObject({ state: 'done', doneAt: '2026-12-10T09:00:00.000Z' });
    expect(doneAgain.task?.doneAt).toBe('2026-12-10T09:00:00.000Z');
    expect(open.tasks).toEqual([]);
    expect(finished.tasks.map((each) => each.id)).toEqual([task.id]);
    expect(reopened.task).toMatchObject({ state: 'overdue', doneAt: null });
  });

  it('reschedules, edits and clears the due day', async () => {
    const { caller, task } = await userWithTask();

    const moved = await runTool(updateTask, { taskId: task.id, dueOn: '2027-01-05', title: 'Send the portfolio link', notes: 'PDF too' }, caller);
    const undated = await runTool(updateTask, { taskId: task.id, dueOn: null }, caller);

    expect(moved.task).toMatchObject({ dueOn: '2027-01-05', state: 'upcoming', title: 'Send the portfolio link', notes: 'PDF too' });
    expect(undated.task).toMatchObject({ dueOn: null, state: 'someday' });
  });

  it('deletes a task, and another user can neither change nor delete it', async () => {
    const { caller, task } = await userWithTask();
    const stranger = { ...caller, userId: (await createTestUser(handle.db)).id };

    await expect(runTool(updateTask, { taskId: task.id, delete: true }, stranger)).rejects.toMatchObject({ name: 'NotFoundError' });
    await expect(runTool(updateTask, { taskId: task.id, done: true }, stranger)).rejects.toMatchObject({ name: 'NotFoundError' });
    const deleted = await runTool(updateTask, { taskId: task.id, delete: true }, caller);

    expect(deleted).toEqual({ task: null, deleted: true });
    expect((await runTool(listTasks, { show: 'all', suggestions: false }, caller)).tasks).toEqual([]);
  });

  it('says what is missing when nothing would change', async () => {
    const { caller, task } = await userWithTask();

    await expect(runTool(updateTask, { taskId: task.id }, caller)).rejects.toMatchObject({ name: 'ValidationError' });
  });
});
