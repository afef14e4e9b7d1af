import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database.ts';
import { openTestDatabase } from '../db/test-database.ts';
import { createTestUser } from '../db/test-users.ts';
import { listApplications } from './list-applications.ts';
import { runTool } from './run-tool.ts';
import { saveJob } from './save-job.ts';
import { seedJobs } from './test-catalogue.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

const asUser = (userId: string) => ({ database: handle.db, userId, actor: 'agent' as const });

describe('saveJob', () => {
  it('puts a catalogue job into the pipeline with its company, title and link', async () => {
    const user = await createTestUser(handle.db);
    const [job] = await seedJobs(handle.db, [{ title: 'Product Designer', company: 'Figmentum', url: 'https://jobs.example.test/42' }]);

    const { application, created } = await runTool(saveJob, { jobId: job!.id, group: 'Design' }, asUser(user.id));

    expect(created).toBe(true);
    expect(application).toMatchObject({
      jobId: job!.id,
      company: 'Figmentum',
      title: 'Product Designer',
      url: 'https://jobs.example.test/42',
      group: 'Design',
      status: 'saved',
    });
  });

  it('returns the existing application when the same job is saved twice', async () => {
    const user = await createTestUser(handle.db);
    const [job] = await seedJobs(handle.db, [{ title: 'Data Analyst', company: 'Initech' }]);

    const first = await runTool(saveJob, { jobId: job!.id }, asUser(user.id));
    const second = await runTool(saveJob, { jobId: job!.id, group: 'Other', status: 'applied' }, asUser(user.id));

    expect(second).toEqual({ application: first.application, created: false });
    expect((await runTool(listApplications, {}, asUser(user.id))).total).toBe(1);
  });

  it('keeps each user’s pipeline apart', async () => {
    const alice = await createTestUser(handle.db);
    const bob = await createTestUser(handle.db);
    const [job] = await seedJobs(handle.db, [{ title: 'Nurse', company: 'St. Mary' }]);

    const saved = await runTool(saveJob, { jobId: job!.id }, asUser(alice.id));
    const bobSaves = await runTool(saveJob, { jobId: job!.id }, asUser(bob.id));

    expect(bobSaves.created).toBe(true);
    expect(bobSaves.application.id).not.toBe(saved.application.id);
    expect((await runTool(listApplications, {}, asUser(bob.id))).applications.map((a) => a.id)).toEqual([bobSaves.application.id]);
  });

  it('refuses a job id the catalogue does not have', async () => {
    const user = await createTestUser(handle.db);
    const unknown = randomUUID();

    await expect(runTool(saveJob, { jobId: unknown }, asUser(user.id))).rejects.toMatchObject({
      name: 'NotFoundError',
      message: `Job ${unknown} was not found`,
    });
  });
});
