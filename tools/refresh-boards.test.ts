import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database.ts';
import { followedBoards, jobs } from '../db/schema.ts';
import { openTestDatabase } from '../db/test-database.ts';
import { createTestUser } from '../db/test-users.ts';
import { withUser } from '../db/with-user.ts';
import { followBoard } from './follow-board.ts';
import { freshBoardFixture, startHttpStub, stubJobSources, uniqueName, type HttpStub } from './jobs/test-job-sources.ts';
import { refreshBoards } from './refresh-boards.ts';
import { runTool } from './run-tool.ts';

interface GreenhouseJob {
  id: number;
  title: string;
  content: string;
  updated_at: string;
}

let handle: DatabaseHandle;
let stub: HttpStub;
beforeAll(async () => {
  handle = await openTestDatabase();
  stub = await startHttpStub();
});
afterAll(async () => {
  await stub.close();
  await handle.close();
});

async function newCaller(now: () => Date) {
  const user = await createTestUser(handle.db);
  return { database: handle.db, userId: user.id, actor: 'agent' as const, now, jobSources: stubJobSources(stub) };
}

function boardRows(source: string, board: string) {
  return handle.db
    .select()
    .from(jobs)
    .where(and(eq(jobs.source, source), eq(jobs.board, board)))
    .orderBy(jobs.externalId);
}

describe('refreshBoards', () => {
  it('adds new postings, updates changed ones and closes vanished ones, then changes nothing on a second run', async () => {
    const board = uniqueName('acme');
    const company = uniqueName('Acme Robotics');
    const first = freshBoardFixture<{ jobs: GreenhouseJob[] }>('greenhouse-board.json', { 'Acme Robotics': company });
    const [backend, designer, scientist] = first.jobs as [GreenhouseJob, GreenhouseJob, GreenhouseJob];
    const extra = freshBoardFixture<{ jobs: GreenhouseJob[] }>('greenhouse-board.json', { 'Acme Robotics': company }).jobs[2]!;
    let clock = new Date('2026-03-03T09:00:00Z');
    const caller = await newCaller(() => clock);
    stub.on(`/v1/boards/${board}/jobs`, { body: first });
    await runTool(followBoard, { source: 'greenhouse', board }, caller);

    const changedBackend = { ...backend, title: 'Staff Backend Engineer', content: '&lt;p&gt;Now leading the platform team.&lt;/p&gt;' };
    const newcomer = { ...extra, title: 'Site Reliability Engineer' };
    stub.on(`/v1/boards/${board}/jobs`, { body: { jobs: [changedBackend, designer, newcomer], meta: { total: 3 } } });
    clock = new Date('2026-03-04T09:00:00Z');
    const refreshed = await runTool(refreshBoards, {}, caller);
    clock = new Date('2026-03-05T09:00:00Z');
    const again = await runTool(refreshBoards, {}, caller);

    expect(refreshed.boards).toEqual([
      expect.objectContaining({ status: 'refreshed', counts: { added: 1, updated: 1, closed: 1, unchanged: 1 } }),
    ]);
    expect(again.boards).toEqual([
      expect.objectContaining({
        status: 'refreshed',
        board: expect.objectContaining({ board, lastRefreshedAt: '2026-03-05T09:00:00.000Z' }),
        counts: { added: 0, updated: 0, closed: 0, unchanged: 3 },
      }),
    ]);
    const byId = new Map((await boardRows('greenhouse', board)).map((job) => [job.externalId, job]));
    expect(byId.size).toBe(4);
    expect(byId.get(String(backend.id))).toMatchObject({
      title: 'Staff Backend Engineer',
      description: 'Now leading the platform team.',
      updatedAt: new Date('2026-03-04T09:00:00Z'),
      closedAt: null,
    });
    expect(byId.get(String(scientist.id))?.closedAt).toEqual(new Date('2026-03-04T09:00:00Z'));
    expect(byId.get(String(designer.id))).toMatchObject({ closedAt: null, lastSeenAt: new Date('2026-03-05T09:00:00Z') });
    expect(byId.get(String(newcomer.id))).toMatchObject({ title: 'Site Reliability Engineer', closedAt: null });
  });

  it('reopens a posting the board lists again', async () => {
    const board = uniqueName('acme');
    const listing = freshBoardFixture<{ jobs: GreenhouseJob[] }>('greenhouse-board.json', { 'Acme Robotics': uniqueName('Acme') });
    const caller = await newCaller(() => new Date());
    stub.on(`/v1/boards/${board}/jobs`, { body: listing });
    await runTool(followBoard, { source: 'greenhouse', board }, caller);

    stub.on(`/v1/boards/${board}/jobs`, { body: { jobs: [], meta: { total: 0 } } });
    const emptied = await runTool(refreshBoards, {}, caller);
    stub.on(`/v1/boards/${board}/jobs`, { body: listing });
    const restored = await runTool(refreshBoards, {}, caller);

    expect(emptied.boards[0]).toMatchObject({ counts: { added: 0, updated: 0, closed: 3, unchanged: 0 } });
    expect(restored.boards[0]).toMatchObject({ counts: { added: 0, updated: 3, closed: 0, unchanged: 0 } });
    expect((await boardRows('greenhouse', board)).every((job) => job.closedAt === null)).toBe(true);
  });

  it('reports a failing board and leaves its postings exactly as they were, while the others refresh', async () => {
    const healthy = uniqueName('acme');
    const failing = uniqueName('flaky');
    const caller = await newCaller(() => new Date());
    stub.on(`/v1/boards/${healthy}/jobs`, { body: freshBoardFixture('greenhouse-board.json', { 'Acme Robotics': uniqueName('Acme') }) });
    stub.on(`/v0/postings/${failing}`, { body: freshBoardFixture('lever-postings.json') });
    await runTool(followBoard, { source: 'greenhouse', board: healthy }, caller);
    await runTool(followBoard, { source: 'lever', board: failing, company: uniqueName('Flaky') }, caller);
    const before = await boardRows('lever', failing);
    const [followedBefore] = await withUser(handle.db, caller.userId, (tx) =>
      tx.select().from(followedBoards).where(eq(followedBoards.board, failing)),
    );

    stub.on(`/v0/postings/${failing}`, { status: 503, headers: { 'retry-after': '0' } });
    stub.on(`/v1/boards/${healthy}/jobs`, { body: { jobs: [], meta: { total: 0 } } });
    const result = await runTool(refreshBoards, {}, caller);

    expect(result.boards).toEqual([
      expect.objectContaining({ status: 'refreshed', board: expect.objectContaining({ board: healthy }), counts: expect.objectContaining({ closed: 3 }) }),
      {
        status: 'failed',
        board: expect.objectContaining({ board: failing }),
        error: 'Lever: answered HTTP 503 after 3 attempts',
      },
    ]);
    expect(await boardRows('lever', failing)).toEqual(before);
    const [followedAfter] = await withUser(handle.db, caller.userId, (tx) =>
      tx.select().from(followedBoards).where(eq(followedBoards.board, failing)),
    );
    expect(followedAfter?.lastRefreshedAt).toEqual(followedBefore?.lastRefreshedAt);
  });

  it('imports the other postings of a board where one has no link, and says one could not be read', async () => {
    const board = uniqueName('acme');
    const listing = freshBoardFixture<{ jobs: (GreenhouseJob & { absolute_url?: string })[] }>('greenhouse-board.json', { 'Acme Robotics': uniqueName('Acme') });
    delete listing.jobs[0]!.absolute_url;
    const caller = await newCaller(() => new Date());
    stub.on(`/v1/boards/${board}/jobs`, { body: listing });

    const followed = await runTool(followBoard, { source: 'greenhouse', board }, caller);

    expect(followed.counts).toEqual({ added: 2, updated: 0, closed: 0, unchanged: 0, unreadable: 1 });
    expect((await boardRows('greenhouse', board)).map((job) => job.externalId)).toEqual(listing.jobs.slice(1).map((job) => String(job.id)).sort());
  });

  it('keeps open a posting whose entry can no longer be read but still names its id', async () => {
    const board = uniqueName('acme');
    const listing = freshBoardFixture<{ jobs: (GreenhouseJob & { absolute_url?: string })[] }>('greenhouse-board.json', { 'Acme Robotics': uniqueName('Acme') });
    const caller = await newCaller(() => new Date());
    stub.on(`/v1/boards/${board}/jobs`, { body: listing });
    await runTool(followBoard, { source: 'greenhouse', board }, caller);

    const [first, ...others] = listing.jobs;
    const { absolute_url: _link, ...withoutLink } = first!;
    stub.on(`/v1/boards/${board}/jobs`, { body: { jobs: [withoutLink, ...others.slice(1)] } });
    const result = await runTool(refreshBoards, {}, caller);

    expect(result.boards[0]).toMatchObject({ status: 'refreshed', counts: { added: 0, updated: 0, closed: 1, unchanged: 1, unreadable: 1 } });
    const byId = new Map((await boardRows('greenhouse', board)).map((job) => [job.externalId, job]));
    expect(byId.get(String(first!.id))?.closedAt).toBeNull();
    expect(byId.get(String(others[0]!.id))?.closedAt).not.toBeNull();
  });

  it('closes nothing when an entry cannot be read even for its id', async () => {
    const board = uniqueName('acme');
    const listing = freshBoardFixture<{ jobs: GreenhouseJob[] }>('greenhouse-board.json', { 'Acme Robotics': uniqueName('Acme') });
    const caller = await newCaller(() => new Date());
    stub.on(`/v1/boards/${board}/jobs`, { body: listing });
    await runTool(followBoard, { source: 'greenhouse', board }, caller);

    const [first, second] = listing.jobs;
    const { id: _id, ...withoutId } = second!;
    stub.on(`/v1/boards/${board}/jobs`, { body: { jobs: [first, withoutId] } });
    const result = await runTool(refreshBoards, {}, caller);

    expect(result.boards[0]).toMatchObject({ status: 'refreshed', counts: { added: 0, updated: 0, closed: 0, unchanged: 1, unreadable: 1 } });
    expect((await boardRows('greenhouse', board)).every((job) => job.closedAt === null)).toBe(true);
  });

  it('answers with no boards when the user follows none', async () => {
    expect(await runTool(refreshBoards, {}, await newCaller(() => new Date()))).toEqual({ boards: [] });
  });
});
