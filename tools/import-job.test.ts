import { randomInt } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database.ts';
import { jobs } from '../db/schema.ts';
import { openTestDatabase } from '../db/test-database.ts';
import { createTestUser } from '../db/test-users.ts';
import { followBoard } from './follow-board.ts';
import { importJob } from './import-job.ts';
import { freshBoardFixture, readPageFixture, startHttpStub, stubJobSources, uniqueName, type HttpStub } from './jobs/test-job-sources.ts';
import { runTool } from './run-tool.ts';
import { saveJob } from './save-job.ts';

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
  return { database: handle.db, userId: user.id, actor: 'mcp' as const, jobSources: stubJobSources(stub) };
}

/** A page path no other test serves, so each import is a posting of its own in the shared catalogue. */
function servePage(html: string) {
  const path = `/careers/${uniqueName('job')}`;
  stub.on(path, { body: html });
  return `${stub.url}${path}`;
}

describe('importJob', () => {
  it('saves the posting a page describes in JSON-LD and returns it', async () => {
    const url = servePage(readPageFixture('job-page-json-ld-array.html'));
    const caller = await newCaller();

    const { job, outcome } = await runTool(importJob, { url }, caller);

    expect(outcome).toBe('added');
    expect(job).toMatchObject({
      source: 'web',
      externalId: url,
      company: 'Northwind Traders',
      title: 'Staff Platform Engineer & Tech Lead',
      locations: ['Amsterdam, North Holland, NL', 'Lisbon, PT'],
      salaryMin: 108_000,
      salaryMax: 132_000,
      salaryCurrency: 'EUR',
      url,
      publishedAt: '2026-03-01T00:00:00.000Z',
      closedAt: null,
    });
  });

  it('updates rather than duplicates when the same page is imported again', async () => {
    const url = servePage(readPageFixture('job-page-microdata.html'));
    const caller = await newCaller();

    const first = await runTool(importJob, { url }, caller);
    const second = await runTool(importJob, { url }, await newCaller());

    expect(second).toEqual({ job: first.job, outcome: 'unchanged', application: null });
  });

  it('says when the imported job is already in the user’s pipeline, and only for that user', async () => {
    const url = servePage(readPageFixture('job-page-microdata.html').replace('</body>', `<!-- ${uniqueName('page')} --></body>`));
    const owner = await newCaller();
    const { job } = await runTool(importJob, { url }, owner);
    const { application } = await runTool(saveJob, { jobId: job.id }, owner);

    const again = await runTool(importJob, { url }, owner);
    const someoneElse = await runTool(importJob, { url }, await newCaller());

    expect(again.application).toEqual({ id: application.id, status: 'saved' });
    expect(someoneElse.application).toBeNull();
  });

  it('reads a Greenhouse posting page through the Greenhouse API', async () => {
    const board = uniqueName('acme');
    const listing = freshBoardFixture<{ jobs: { id: number }[] }>('greenhouse-board.json', { 'Acme Robotics': uniqueName('Acme') });
    const posting = listing.jobs[0]!;
    stub.on(`/v1/boards/${board}/jobs/${posting.id}`, { body: posting });

    const { job } = await runTool(importJob, { url: `https://boards.greenhouse.io/${board}/jobs/${posting.id}` }, await newCaller());

    expect(job).toMatchObject({ source: 'greenhouse', externalId: String(posting.id), title: 'Senior Backend Engineer' });
    expect(stub.requests.at(-1)?.pathname).toBe(`/v1/boards/${board}/jobs/${posting.id}`);
  });

  it('reads a posting page on a board with its own host through that board’s API', async () => {
    const board = uniqueName('acme');
    const id = String(randomInt(1e9, 9e9));
    stub.on(`/teamtailor/${board}/jobs/${id}`, {
      body: readPageFixture('teamtailor-job-page.html').replace('"title": "Senior Backend Engineer"', `"title": "Robot Whisperer ${id}"`),
    });

    const { job } = await runTool(importJob, { url: `https://${board}.teamtailor.com/jobs/${id}-robot-whisperer` }, await newCaller());

    expect(job).toMatchObject({ source: 'teamtailor', externalId: id, title: `Robot Whisperer ${id}`, company: 'Acme Robotics AB' });
    expect(stub.requests.at(-1)?.pathname).toBe(`/teamtailor/${board}/jobs/${id}`);
  });

  it('reads a Workday posting page through the career site’s API', async () => {
    const tenant = uniqueName('acme');
    const id = String(randomInt(1e9, 9e9));
    const [detail] = freshBoardFixture<{ jobPostingInfo: Record<string, unknown> }[]>('workday-job-details.json');
    stub.on(`/workday/${tenant}.wd5/wday/cxs/${tenant}/External/job/Berlin/Robot-Whisperer_JR${id}`, {
      body: { ...detail, jobPostingInfo: { ...detail!.jobPostingInfo, title: `Robot Whisperer ${id}`, externalUrl: undefined } },
    });

    const { job } = await runTool(importJob, { url: `https://${tenant}.wd5.myworkdayjobs.com/en-US/External/job/Berlin/Robot-Whisperer_JR${id}` }, await newCaller());

    expect(job).toMatchObject({ source: 'workday', externalId: `Berlin/Robot-Whisperer_JR${id}`, title: `Robot Whisperer ${id}`, company: 'Acme Robotics' });
  });

  it('files a Lever posting under the company its hosted page names', async () => {
    const site = uniqueName('acme-robotics');
    const [posting] = freshBoardFixture<{ id: string }[]>('lever-postings.json', { 'https://jobs.lever.co': stub.url });
    stub.on(`/v0/postings/${site}/${posting!.id}`, { body: posting });
    stub.on(`/acme/${posting!.id}`, { body: readPageFixture('lever-posting-page.html') });

    const { job } = await runTool(importJob, { url: `https://jobs.lever.co/${site}/${posting!.id}` }, await newCaller());

    expect(job).toMatchObject({ source: 'lever', externalId: posting!.id, company: 'Acme Robotics GmbH', title: 'Senior Backend Engineer' });
  });

  it('files an Ashby posting under the company its hosted page names, or its board made readable', async () => {
    const board = uniqueName('acme-robotics');
    const listing = freshBoardFixture<{ jobs: { id: string }[] }>('ashby-board.json', { 'https://jobs.ashbyhq.com': stub.url });
    const [named, unnamed] = listing.jobs;
    stub.on(`/posting-api/job-board/${board}`, { body: listing });
    stub.on(`/acme/${named!.id}`, { body: readPageFixture('ashby-posting-page.html') });
    // A page without a JobPosting, a site name or the role in its title names no company.
    stub.on(`/acme/${unnamed!.id}`, { body: '<!doctype html><title>Jobs</title>' });

    const first = await runTool(importJob, { url: `https://jobs.ashbyhq.com/${board}/${named!.id}` }, await newCaller());
    const second = await runTool(importJob, { url: `https://jobs.ashbyhq.com/${board}/${unnamed!.id}` }, await newCaller());

    expect(first.job).toMatchObject({ source: 'ashby', company: 'Acme Robotics', title: 'Senior Backend Engineer' });
    // The board's random suffix is a word of the name too, capitalised when it starts with a letter.
    const suffix = board.split('-').at(-1)!;
    expect(second.job).toMatchObject({ source: 'ashby', company: `Acme Robotics ${suffix.charAt(0).toUpperCase()}${suffix.slice(1)}`, title: 'Account Executive' });
  });

  it('merges a page into the board posting with the same title, company and text', async () => {
    const company = uniqueName('Acme Robotics');
    const board = uniqueName('acme');
    stub.on(`/v1/boards/${board}/jobs`, { body: freshBoardFixture('greenhouse-board.json', { 'Acme Robotics': company }) });
    const caller = await newCaller();
    const followed = await runTool(followBoard, { source: 'greenhouse', board }, caller);
    expect(followed.counts.added).toBe(3);
    // The same designer role, re-posted on the company's own site with another location.
    const url = servePage(`<script type="application/ld+json">${JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Product Designer',
      hiringOrganization: { '@type': 'Organization', name: company },
      description: '<p>Design the tools our operators use every day.</p>',
      jobLocation: { '@type': 'Place', address: { addressLocality: 'Brooklyn', addressRegion: 'NY' } },
    })}</script>`);

    const { job } = await runTool(importJob, { url }, caller);

    const [original] = await handle.db
      .select({ id: jobs.id })
      .from(jobs)
      .where(and(eq(jobs.board, board), eq(jobs.title, 'Product Designer')));
    expect(job).toMatchObject({ source: 'web', locations: ['Brooklyn, NY'], duplicateOf: original!.id });
  });

  it('answers 422 for a page that holds no job posting', async () => {
    const url = servePage(readPageFixture('page-without-posting.html'));

    await expect(runTool(importJob, { url }, await newCaller())).rejects.toMatchObject({
      name: 'UnprocessableError',
      code: 'no_job_posting',
      message: expect.stringContaining('No job posting found'),
    });
  });

  it('refuses an address that is not http or https', async () => {
    await expect(runTool(importJob, { url: 'file:///etc/passwd' }, await newCaller())).rejects.toMatchObject({
      name: 'ValidationError',
      fields: [expect.objectContaining({ path: 'url' })],
    });
  });

  it('needs job sources from its caller', async () => {
    const user = await createTestUser(handle.db);

    await expect(
      runTool(importJob, { url: 'https://jobs.example.com/1' }, { database: handle.db, userId: user.id, actor: 'agent' }),
    ).rejects.toMatchObject({ name: 'UnavailableError' });
  });
});
