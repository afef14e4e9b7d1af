import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/database.ts';
import { applicationStatusHistory, gmailSignals, outreachDrafts, searchHistory, tasks } from '../../db/schema.ts';
import { openTestDatabase } from '../../db/test-database.ts';
import { createTestUser } from '../../db/test-users.ts';
import { withUser } from '../../db/with-user.ts';
import { runTool } from '../run-tool.ts';
import { searchJobs } from '../search-jobs.ts';
import { seedCv, seedJobs } from '../test-catalogue.ts';
import { seedApplications } from '../test-pipeline.ts';
import { fitScoreAtLeast } from './briefing-facts.ts';
import { briefingFactsSchema } from './briefing-facts.ts';
import { writeBriefing } from './write-briefing.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

// Monday 14 December 2026, 09:00 in Berlin.
const now = new Date('2026-12-14T08:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000);

function write(userId: string, at = now) {
  return writeBriefing(handle.db, { context: { userId, actor: 'web', now: () => at }, weekOf: '2026-12-14', timeZone: 'Europe/Berlin', followUpAfterDays: 7 });
}

/** A pipeline with one of everything a briefing speaks of, and things it must leave out. */
async function seedPipeline() {
  const user = await createTestUser(handle.db);
  const company = `Zentrix ${randomUUID().slice(0, 8)}`;
  await seedCv(handle.db, user.id, [
    { section: 'Summary', text: 'Backend engineer based in Berlin, Germany. Languages: English, German.' },
    { section: 'Experience', text: 'Senior Backend Engineer, Acme Bank, Mar 2016 – Present\nBackend Engineer, Initrode, Jan 2011 – Feb 2016' },
    { section: 'Skills', text: 'Python, Postgres, Docker' },
  ]);
  const posting = { title: 'Backend Engineer', description: 'Build Python services, Docker images and PostgreSQL schemas for our payments platform.', company, locations: ['Berlin, Germany'], publishedAt: daysAgo(1) };
  // The one already saved fits as well as the one the briefing should bring up; a junior-level fit falls short of 70.
  const [savedJob] = await seedJobs(handle.db, [
    { ...posting, title: 'Senior Backend Engineer' },
    { ...posting, title: 'Senior Backend Engineer, Payments' },
    posting,
  ]);
  const [acme, globex] = await seedApplications(handle.db, user.id, [
    { company: 'Acme', title: 'Staff Engineer', status: 'interviewing', updatedAt: daysAgo(2) },
    { company: 'Globex', title: 'SRE', status: 'applied', updatedAt: daysAgo(21) },
    { company: 'Initech', title: 'Backend Engineer', status: 'saved', updatedAt: daysAgo(30), jobId: savedJob!.id },
  ]);
  await withUser(handle.db, user.id, async (tx) => {
    await tx.insert(applicationStatusHistory).values([
      { applicationId: acme!.id, fromStatus: 'saved', toStatus: 'applied', actor: 'web', changedAt: daysAgo(20) },
      { applicationId: acme!.id, fromStatus: 'applied', toStatus: 'interviewing', actor: 'gmail', changedAt: daysAgo(2) },
    ]);
    await tx.insert(outreachDrafts).values([
      { applicationId: globex!.id, recipientName: 'Dana', subject: 'SRE role', body: 'Hello', status: 'sent', sentAt: daysAgo(9) },
      { applicationId: acme!.id, recipientName: 'Lee', subject: 'Staff Engineer', body: 'Hello', status: 'sent', sentAt: daysAgo(3) },
      { applicationId: acme!.id, recipientName: 'Kim', subject: 'Answered', body: 'Hello', status: 'sent', sentAt: daysAgo(10), repliedAt: daysAgo(8) },
    ]);
    const mail = { kind: 'interview_invitation' as const, review: 'applied' as const, senderEmail: 'dana@acme.example', applicationId: acme!.id };
    await tx.insert(gmailSignals).values([
      { ...mail, messageId: randomUUID(), threadId: randomUUID(), subject: 'Interview invitation', snippet: 'Can you meet us on 16 December 2026 at 14:30?', receivedAt: daysAgo(1) },
      { ...mail, messageId: randomUUID(), threadId: randomUUID(), subject: 'Interview invitation', snippet: 'Can you meet us on 1 December 2026 at 10:00?', receivedAt: daysAgo(20) },
    ]);
    await tx.insert(tasks).values([
      { title: 'Call Dana', dueOn: '2026-12-16' },
      { title: 'Update the CV', dueOn: '2026-12-10' },
      { title: 'Next month', dueOn: '2027-01-15' },
      { title: 'Done already', dueOn: '2026-12-15', doneAt: daysAgo(1) },
    ]);
  });
  return { user, acme: acme!, globex: globex!, savedJob: savedJob!, company };
}

describe('writeBriefing', () => {
  it('gathers the facts of the week from a seeded pipeline and says each in a plain sentence', async () => {
    const { user, acme, globex, savedJob, company } = await seedPipeline();
    const historyBefore = await withUser(handle.db, user.id, (tx) => tx.select().from(searchHistory));

    const { briefing, written } = await write(user.id);
    const facts = briefingFactsSchema.parse(briefing.facts);

    expect(written).toBe(true);
    expect(briefing.weekOf).toBe('2026-12-14');
    expect(facts.today).toBe('2026-12-14');
    expect(facts.moved).toEqual([
      { applicationId: acme.id, company: 'Acme', title: 'Staff Engineer', fromStatus: 'applied', toStatus: 'interviewing', changedAt: daysAgo(2).toISOString() },
    ]);
    expect(facts.stuck).toEqual([{ applicationId: globex.id, company: 'Globex', title: 'SRE', status: 'applied', idleDays: 21 }]);
    expect(facts.overdueFollowUps).toEqual([expect.objectContaining({ recipient: 'Dana', subject: 'SRE role', daysWithoutReply: 9 })]);
    expect(facts.repliesAwaited).toEqual([expect.objectContaining({ recipient: 'Lee', subject: 'Staff Engineer', daysWithoutReply: 3 })]);
    expect(facts.interviewsAhead).toEqual([{ applicationId: acme.id, employer: 'Acme', day: '2026-12-16', time: '14:30' }]);
    expect(facts.tasksDue.map((task) => [task.title, task.dueOn])).toEqual([['Call Dana', '2026-12-16']]);
    expect(facts.tasksOverdue.map((task) => [task.title, task.dueOn])).toEqual([['Update the CV', '2026-12-10']]);

    // Jobs for the user are what "jobs for me" finds with a match of 70 or more, less those already saved.
    const forMe = await runTool(searchJobs, { query: '', limit: 20 }, { database: handle.db, userId: user.id, actor: 'web', now: () => now });
    const expectedJobs = forMe.jobs.filter((job) => job.match && job.match.score >= fitScoreAtLeast && job.id !== savedJob.id).slice(0, 3);
    expect(facts.jobsForYou).toEqual(expectedJobs.map((job) => ({ jobId: job.id, title: job.title, company: job.company, score: job.match!.score })));
    expect(facts.jobsForYou.map((job) => job.jobId)).not.toContain(savedJob.id);
    expect(facts.jobsForYou).toContainEqual(expect.objectContaining({ title: 'Senior Backend Engineer, Payments', company }));
    expect(facts.jobsForYou).not.toContainEqual(expect.objectContaining({ title: 'Backend Engineer', company }));
    expect(forMe.jobs.find((job) => job.id === savedJob.id)?.match?.score).toBeGreaterThanOrEqual(fitScoreAtLeast);
    // The briefing's own search leaves the user's search history as it was.
    expect(await withUser(handle.db, user.id, (tx) => tx.select().from(searchHistory))).toHaveLength(historyBefore.length + 1);

    // Other files' postings share the catalogue on a Postgres server, so the jobs are read from the facts checked above.
    const jobs = facts.jobsForYou.map((job) => `${job.title} at ${job.company}, match ${job.score}`).join('; ');
    const jobsSentence = `${facts.jobsForYou.length} new ${facts.jobsForYou.length === 1 ? 'job fits' : 'jobs fit'} you: ${jobs}.`;
    expect(briefing.text.split('\n')).toEqual([
      'Your briefing for the week of 2026-12-14.',
      '1 status change in the past 7 days: Staff Engineer at Acme, applied to interviewing.',
      '1 application has not moved for 14 days or more: SRE at Globex, applied for 21 days.',
      '1 follow-up is overdue: Dana about "SRE role", no reply in 9 days.',
      'You are waiting for 1 reply: Lee about "Staff Engineer", sent 3 days ago.',
      '1 interview ahead: Acme on 2026-12-16 at 14:30.',
      jobsSentence,
      '1 task is overdue: Update the CV, due 2026-12-10.',
      '1 task is due this week: Call Dana, due 2026-12-16.',
    ]);
  });

  it('writes one briefing per week: a second run keeps the first as it was', async () => {
    const { user } = await seedPipeline();

    const first = await write(user.id);
    await withUser(handle.db, user.id, (tx) => tx.insert(tasks).values({ title: 'Added later', dueOn: '2026-12-17' }));
    const second = await write(user.id, new Date(now.getTime() + 60 * 60 * 1000));

    expect(second.written).toBe(false);
    expect(second.briefing).toEqual(first.briefing);
    expect(second.briefing.text).not.toContain('Added later');
  });

  it('says plainly that nothing moved for a user with an empty pipeline', async () => {
    const user = await createTestUser(handle.db);

    const { briefing } = await write(user.id);

    expect(briefing.text).toBe('Your briefing for the week of 2026-12-14.\nNothing in your pipeline moved in the past 7 days.');
  });
});
