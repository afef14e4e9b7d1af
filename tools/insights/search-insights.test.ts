import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/database.ts';
import { applicationStatusHistory, gmailSignals } from '../../db/schema.ts';
import { openTestDatabase } from '../../db/test-database.ts';
import { createTestUser } from '../../db/test-users.ts';
import { withUser } from '../../db/with-user.ts';
import { seedApplications } from '../test-pipeline.ts';
import { searchInsights } from './search-insights.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

// Thursday 10 December 2026.
const now = new Date('2026-12-10T12:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);

/** Three applications: one only saved, one applied and turned down 3 days later, one applied and invited 5 days later. */
async function seededSearch() {
  const user = await createTestUser(handle.db);
  const [, rejected, interviewing] = await seedApplications(handle.db, user.id, [
    { company: 'Saved Co', title: 'Analyst', status: 'saved', group: 'Design' },
    { company: 'Nope Ltd', title: 'Designer', status: 'rejected', group: 'Design', createdAt: daysAgo(20) },
    { company: 'Kestrel', title: 'Product Designer', status: 'interviewing', group: 'Product', createdAt: daysAgo(30) },
  ]);
  await withUser(handle.db, user.id, async (tx) => {
    await tx.insert(applicationStatusHistory).values([
      { applicationId: rejected!.id, fromStatus: 'saved', toStatus: 'applied', actor: 'web', changedAt: daysAgo(10) },
      { applicationId: rejected!.id, fromStatus: 'applied', toStatus: 'rejected', actor: 'gmail', changedAt: daysAgo(7) },
      { applicationId: interviewing!.id, fromStatus: 'saved', toStatus: 'applied', actor: 'web', changedAt: daysAgo(20) },
      { applicationId: interviewing!.id, fromStatus: 'applied', toStatus: 'interviewing', actor: 'gmail', changedAt: daysAgo(15) },
    ]);
    const signal = (id: string, applicationId: string, kind: 'rejection' | 'interview_invitation' | 'application_confirmation', days: number) => ({
      messageId: id,
      threadId: id,
      kind,
      applicationId,
      review: 'applied' as const,
      senderEmail: 'people@employer.example',
      receivedAt: daysAgo(days),
    });
    await tx.insert(gmailSignals).values([
      signal('m1', rejected!.id, 'application_confirmation', 10),
      signal('m2', rejected!.id, 'rejection', 7),
      signal('m3', interviewing!.id, 'interview_invitation', 15),
    ]);
  });
  return user;
}

describe('searchInsights', () => {
  it('counts how far applications got, when they went out, who answered and how soon, from the pipeline and its mail', async () => {
    const user = await seededSearch();

    const insights = await withUser(handle.db, user.id, (tx) => searchInsights(tx, { now, followUpAfterDays: 7 }));

    expect(insights.funnel).toEqual([
      { stage: 'saved', reached: 3 },
      { stage: 'applied', reached: 2 },
      { stage: 'interviewing', reached: 1 },
      { stage: 'offer', reached: 0 },
      { stage: 'accepted', reached: 0 },
    ]);
    expect(insights.appliedByWeek).toHaveLength(12);
    expect(insights.appliedByWeek.at(-1)).toEqual({ weekOf: '2026-12-07', applied: 0 });
    expect(insights.appliedByWeek.filter((week) => week.applied > 0)).toEqual([
      { weekOf: '2026-11-16', applied: 1 },
      { weekOf: '2026-11-30', applied: 1 },
    ]);
    expect(insights.byGroup).toEqual([
      { name: 'Design', applied: 1, responded: 1, interviewed: 0 },
      { name: 'Product', applied: 1, responded: 1, interviewed: 1 },
    ]);
    expect(insights.bySource).toEqual([{ name: 'Added by hand', applied: 2, responded: 2, interviewed: 1 }]);
    // The receipt is no answer: 3 days to the rejection, 5 to the invitation.
    expect(insights.firstReply).toMatchObject({ answered: 2, medianDays: 4 });
    expect(insights.firstReply.buckets.map((bucket) => bucket.applications)).toEqual([0, 2, 0, 0]);
    expect(insights.followUpsPending).toBe(0);
  });

  it('counts nothing of another user’s search', async () => {
    await seededSearch();
    const stranger = await createTestUser(handle.db);

    const insights = await withUser(handle.db, stranger.id, (tx) => searchInsights(tx, { now, followUpAfterDays: 7 }));

    expect(insights.funnel.every((stage) => stage.reached === 0)).toBe(true);
    expect(insights.bySource).toEqual([]);
  });
});
