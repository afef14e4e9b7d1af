import { randomInt } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database.ts';
import { jobs } from '../db/schema.ts';
import { openTestDatabase } from '../db/test-database.ts';
import { createTestUser } from '../db/test-users.ts';
import { followBoard } from './follow-board.ts';
import { freshBoardFixture, readPageFixture, startHttpStub, stubJobSources, uniqueName, type HttpStub } from './jobs/test-job-sources.ts';
import { listFollowedBoards } from './list-followed-boards.ts';
import { runTool } from './run-tool.ts';
import { searchJobs } from './search-jobs.ts';
import { unfollowBoard } from './unfollow-board.ts';

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

async function newCaller() {
  const user = await createTestUser(handle.db);
  return { database: handle.db, userId: user.id, actor: 'web' as const, jobSources: stubJobSources(stub) };
}

/** A posting number no other test or run uses, for fixtures whose ids are plain numbers. */
function randomDigits() {
  return String(randomInt(1e9, 9e9));
}

function boardRows(source: string, board: string) {
  return handle.db.select().from(jobs).where(and(eq(jobs.source, source), eq(jobs.board, board)));
}

describe('followBoard', () => {
  it("follows a board and imports its open postings into the catalogue", async () => {
    const board = uniqueName('acme');
    const company = uniqueName('Acme Robotics');
    stub.on(`/v1/boards/${board}/jobs`, { body: freshBoardFixture('greenhouse-board.json', { 'Acme Robotics': company }) });
    const caller = await newCaller();

    const followed = await runTool(followBoard, { source: 'greenhouse', board }, caller);
    const listed = await runTool(listFollowedBoards, {}, caller);
    const stored = await boardRows('greenhouse', board);

    expect(followed.counts).toEqual({ added: 3, updated: 0, closed: 0, unchanged: 0 });
    expect(listed.boards).toEqual([followed.board]);
    expect(followed.board).toMatchObject({ source: 'greenhouse', board, company: null, lastRefreshedAt: expect.any(String) });
    expect(stored.map((job) => job.title).sort()).toEqual(['Data Scientist, Forecasting', 'Product Designer', 'Senior Backend Engineer']);
    expect(stored.every((job) => job.company === company && job.contentHash?.length === 64 && job.closedAt === null)).toBe(true);
  });

  it('stores the pay a Greenhouse description states, so a minimum salary search finds the posting', async () => {
    const board = uniqueName('acme');
    const company = uniqueName('Acme Robotics');
    stub.on(`/v1/boards/${board}/jobs`, { body: freshBoardFixture('greenhouse-board.json', { 'Acme Robotics': company }) });
    const caller = await newCaller();

    await runTool(followBoard, { source: 'greenhouse', board }, caller);
    const stored = await boardRows('greenhouse', board);
    const search = async (filters: Record<string, unknown>) =>
      (await runTool(searchJobs, { company, ...filters }, caller)).jobs.map((job) => job.title).sort();

    // Greenhouse has no pay field: these come from the descriptions' text.
    expect(stored.find((job) => job.title === 'Data Scientist, Forecasting')).toMatchObject({ salaryMin: 130_000, salaryMax: 160_000, salaryCurrency: 'USD' });
    expect(stored.find((job) => job.title === 'Senior Backend Engineer')).toMatchObject({ salaryMin: 85_000, salaryMax: 105_000, salaryCurrency: 'EUR' });
    expect(await search({ minimumSalary: 150_000 })).toEqual(['Data Scientist, Forecasting']);
    expect(await search({ minimumSalary: 100_000 })).toEqual(['Data Scientist, Forecasting', 'Senior Backend Engineer']);
    expect(await search({ minimumSalary: 100_000, salaryCurrency: 'EUR' })).toEqual(['Senior Backend Engineer']);
  });

  it('follows a board on one of the newer sources, whose name the job_source type gained in a later migration', async () => {
    const board = uniqueName('acme');
    const ids = { '2631774': randomDigits(), '2622523': randomDigits() };
    stub.on(`/recruitee/${board}/api/offers/`, { body: freshBoardFixture('recruitee-offers.json', ids) });
    const caller = await newCaller();

    const followed = await runTool(followBoard, { source: 'recruitee', board }, caller);
    const stored = await boardRows('recruitee', board);

    expect(followed.counts).toMatchObject({ added: 2 });
    expect(followed.board).toMatchObject({ source: 'recruitee', board });
    expect(stored.map((job) => job.externalId).sort()).toEqual(Object.values(ids).sort());
  });

  it('follows a Workday career site given by its address, stored as tenant.wdN.site', async () => {
    const tenant = uniqueName('acme');
    const replace = { JR19900: `JR${randomDigits()}`, 'Acme Robotics': uniqueName('Acme') };
    const list = freshBoardFixture<{ jobPostings: { externalPath: string }[] }>('workday-jobs.json', replace);
    const details = freshBoardFixture<unknown[]>('workday-job-details.json', replace);
    const api = `/workday/${tenant}.wd5/wday/cxs/${tenant}/External`;
    stub.on(`${api}/jobs`, { body: list });
    list.jobPostings.forEach((listed, index) => stub.on(`${api}${listed.externalPath}`, { body: details[index] }));
    const caller = await newCaller();

    const followed = await runTool(followBoard, { source: 'workday', board: `https://${tenant}.wd5.myworkdayjobs.com/en-US/External` }, caller);
    const stored = await boardRows('workday', `${tenant}.wd5.External`);

    expect(followed.board).toMatchObject({ source: 'workday', board: `${tenant}.wd5.External` });
    expect(followed.counts).toMatchObject({ added: 3 });
    expect(stored.map((job) => job.title).sort()).toEqual(['Field Service Technician', 'Senior Robotics Software Engineer', 'Technical Writer (Contract)']);
  });

  it('refuses a Workday board that names no career site, and an address for any other service', async () => {
    const caller = await newCaller();

    await expect(runTool(followBoard, { source: 'workday', board: 'acme' }, caller)).rejects.toMatchObject({ name: 'ValidationError', fields: [expect.objectContaining({ path: 'board' })] });
    await expect(runTool(followBoard, { source: 'workday', board: 'https://careers.acme.example/jobs' }, caller)).rejects.toMatchObject({ name: 'ValidationError' });
    await expect(runTool(followBoard, { source: 'greenhouse', board: 'https://boards.greenhouse.io/acme' }, caller)).rejects.toMatchObject({ name: 'ValidationError' });
  });

  it('follows the same board once, refreshing it when asked again', async () => {
    const board = uniqueName('acme');
    stub.on(`/v1/boards/${board}/jobs`, { body: freshBoardFixture('greenhouse-board.json', { 'Acme Robotics': uniqueName('Acme') }) });
    const caller = await newCaller();

    await runTool(followBoard, { source: 'greenhouse', board }, caller);
    const again = await runTool(followBoard, { source: 'greenhouse', board, company: 'Acme' }, caller);

    expect(again.counts).toEqual({ added: 0, updated: 0, closed: 0, unchanged: 3 });
    expect((await runTool(listFollowedBoards, {}, caller)).boards).toEqual([expect.objectContaining({ board, company: 'Acme' })]);
    expect(await boardRows('greenhouse', board)).toHaveLength(3);
  });

  it('writes nothing when the board keeps failing', async () => {
    const board = uniqueName('down');
    stub.on(`/v0/postings/${board}`, { status: 500, body: { ok: false, error: 'Internal error' } });
    const caller = await newCaller();

    await expect(runTool(followBoard, { source: 'lever', board }, caller)).rejects.toMatchObject({
      name: 'UpstreamError',
      message: 'Lever: answered HTTP 500 after 3 attempts',
    });
    expect((await runTool(listFollowedBoards, {}, caller)).boards).toEqual([]);
    expect(await boardRows('lever', board)).toEqual([]);
  });

  it('does not follow a board that does not exist', async () => {
    const caller = await newCaller();

    await expect(runTool(followBoard, { source: 'ashby', board: uniqueName('missing') }, caller)).rejects.toMatchObject({ name: 'NotFoundError' });
    expect((await runTool(listFollowedBoards, {}, caller)).boards).toEqual([]);
  });

  it('lists a role that two sources post only once', async () => {
    const company = uniqueName('Acme Robotics');
    const greenhouseBoard = uniqueName('acme');
    const ashbyBoard = uniqueName('acme');
    stub.on(`/v1/boards/${greenhouseBoard}/jobs`, { body: freshBoardFixture('greenhouse-board.json', { 'Acme Robotics': company }) });
    const ashbyListing = freshBoardFixture<{ jobs: { id: string }[] }>('ashby-board.json', { 'https://jobs.ashbyhq.com': stub.url });
    stub.on(`/posting-api/job-board/${ashbyBoard}`, { body: ashbyListing });
    // Ashby's API does not name the company; its posting page does.
    stub.on(`/acme/${ashbyListing.jobs[0]!.id}`, { body: readPageFixture('ashby-posting-page.html').replaceAll('Acme Robotics', company) });
    const caller = await newCaller();

    await runTool(followBoard, { source: 'greenhouse', board: greenhouseBoard }, caller);
    const ashby = await runTool(followBoard, { source: 'ashby', board: ashbyBoard }, caller);

    const [original] = (await boardRows('greenhouse', greenhouseBoard)).filter((job) => job.title === 'Senior Backend Engineer');
    const ashbyRows = await boardRows('ashby', ashbyBoard);
    expect(ashby.counts.added).toBe(2);
    // Same company, title and first location ("Berlin, Germany") as the Greenhouse posting.
    expect(ashbyRows.find((job) => job.title === 'Senior Backend Engineer')?.duplicateOf).toBe(original!.id);
    expect(ashbyRows.find((job) => job.title === 'Account Executive')?.duplicateOf).toBeNull();
  });

  it('keeps the company the board names when users follow it under labels of their own', async () => {
    const board = uniqueName('acme-robotics');
    const listing = freshBoardFixture<{ id: string }[]>('lever-postings.json', { 'https://jobs.lever.co': stub.url });
    stub.on(`/v0/postings/${board}`, { body: listing });
    stub.on(`/acme/${listing[0]!.id}`, { body: readPageFixture('lever-posting-page.html') });
    const first = await newCaller();
    const second = await newCaller();

    await runTool(followBoard, { source: 'lever', board, company: 'My dream job' }, first);
    const afterFirst = await boardRows('lever', board);
    const again = await runTool(followBoard, { source: 'lever', board, company: 'ACME (agency?)' }, second);
    const afterSecond = await boardRows('lever', board);

    expect(afterFirst.map((job) => job.company)).toEqual(['Acme Robotics GmbH', 'Acme Robotics GmbH']);
    expect(again.counts).toEqual({ added: 0, updated: 0, closed: 0, unchanged: 2 });
    expect(afterSecond.map((job) => job.company)).toEqual(['Acme Robotics GmbH', 'Acme Robotics GmbH']);
    expect((await runTool(listFollowedBoards, {}, second)).boards).toEqual([expect.objectContaining({ company: 'ACME (agency?)' })]);
    // Each label stays with its own follow: neither user sees the other's.
    expect((await runTool(listFollowedBoards, {}, first)).boards).toEqual([expect.objectContaining({ company: 'My dream job' })]);
    // Other test files may hold postings of the same company on a shared catalogue: count this board's.
    const found = await runTool(searchJobs, { company: 'Acme Robotics GmbH', limit: 50 }, first);
    const boardIds = new Set(afterSecond.map((job) => job.id));
    expect(found.jobs.filter((job) => boardIds.has(job.id))).toHaveLength(2);
    expect(JSON.stringify(found)).not.toMatch(/ACME \(agency\?\)|My dream job/);
  });

  it('refuses a board name that is not a board token', async () => {
    const caller = await newCaller();

    await expect(runTool(followBoard, { source: 'greenhouse', board: '../admin' }, caller)).rejects.toMatchObject({
      name: 'ValidationError',
      fields: [expect.objectContaining({ path: 'board' })],
    });
  });

  it('needs job sources from its caller', async () => {
    const user = await createTestUser(handle.db);

    await expect(
      runTool(followBoard, { source: 'greenhouse', board: 'acme' }, { database: handle.db, userId: user.id, actor: 'mcp' }),
    ).rejects.toMatchObject({ name: 'UnavailableError', code: 'job_sources_unavailable' });
  });
});

describe('unfollowBoard', () => {
  it('stops following a board, for its owner only, and keeps the postings', async () => {
    const board = uniqueName('acme');
    stub.on(`/v1/boards/${board}/jobs`, { body: freshBoardFixture('greenhouse-board.json', { 'Acme Robotics': uniqueName('Acme') }) });
    const owner = await newCaller();
    const stranger = await newCaller();
    const { board: followed } = await runTool(followBoard, { source: 'greenhouse', board }, owner);

    await expect(runTool(unfollowBoard, { boardId: followed.id }, stranger)).rejects.toMatchObject({ name: 'NotFoundError' });
    expect(await runTool(unfollowBoard, { boardId: followed.id }, owner)).toEqual({ unfollowed: true });
    expect((await runTool(listFollowedBoards, {}, owner)).boards).toEqual([]);
    expect(await boardRows('greenhouse', board)).toHaveLength(3);
  });
});
