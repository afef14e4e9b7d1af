import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshBoardFixture, readPageFixture, startHttpStub, stubJobSources, type HttpStub } from './test-job-sources.ts';

interface AshbyBoard {
  jobs: { id: string; title: string }[];
}

let stub: HttpStub;
beforeAll(async () => {
  stub = await startHttpStub();
});
afterAll(() => stub.close());

describe('Ashby importer', () => {
  it('maps listed jobs: compensation, secondary locations, remote flag, decoded description', async () => {
    const board = freshBoardFixture<AshbyBoard>('ashby-board.json');
    stub.on('/posting-api/job-board/acme', { body: board });

    const postings = (await stubJobSources(stub).boards.ashby.listPostings('acme')).postings;

    expect(stub.requests.at(-1)?.searchParams.get('includeCompensation')).toBe('true');
    expect(postings.map((posting) => posting.title)).toEqual(['Senior Backend Engineer', 'Account Executive']);
    const [backend, sales] = postings;
    expect(backend).toEqual({
      source: 'ashby',
      externalId: board.jobs[0]!.id,
      // The hosted page on jobs.ashbyhq.com cannot be read here, so the board's name stands in.
      company: 'Acme',
      title: 'Senior Backend Engineer',
      locations: ['Berlin, Germany', 'Munich, Germany'],
      workplaceType: 'hybrid',
      employmentType: 'FullTime',
      salaryMin: 80_000,
      salaryMax: 100_000,
      salaryCurrency: 'EUR',
      description: 'Tom & Jerry’s favourite robots — built in Berlin.\n\n * Go\n * PostgreSQL',
      url: `https://jobs.ashbyhq.com/acme/${board.jobs[0]!.id}`,
      applyUrl: `https://jobs.ashbyhq.com/acme/${board.jobs[0]!.id}/application`,
      publishedAt: new Date('2026-02-21T09:30:00Z'),
      updatedAt: new Date('2026-02-21T09:30:00Z'),
    });
    // No compensation in the API: the base salary its description states, not the on-target earnings.
    expect(sales).toMatchObject({ workplaceType: 'remote', locations: ['Remote (EMEA)'], salaryMin: 60_000, salaryMax: 75_000, salaryCurrency: 'EUR' });
  });

  it('names the company as the hosted posting page\'s JobPosting does', async () => {
    const board = freshBoardFixture<AshbyBoard>('ashby-board.json', { 'https://jobs.ashbyhq.com': stub.url });
    stub.on('/posting-api/job-board/acmerobotics', { body: board });
    stub.on(`/acme/${board.jobs[0]!.id}`, { body: readPageFixture('ashby-posting-page.html') });

    const postings = (await stubJobSources(stub).boards.ashby.listPostings('acmerobotics')).postings;

    expect(postings.map((posting) => posting.company)).toEqual(['Acme Robotics', 'Acme Robotics']);
  });

  it('reads an unlisted job by its link, though the board does not list it', async () => {
    const board = freshBoardFixture<AshbyBoard>('ashby-board.json');
    stub.on('/posting-api/job-board/linked', { body: board });

    const posting = await stubJobSources(stub).boards.ashby.getPosting('linked', board.jobs[2]!.id);

    expect(posting).toMatchObject({ title: 'Internal Transfer: Ops Lead', workplaceType: 'onsite' });
  });

  it('reads an empty board as no postings', async () => {
    stub.on('/posting-api/job-board/quiet', { body: { apiVersion: '1', jobs: [] } });

    expect((await stubJobSources(stub).boards.ashby.listPostings('quiet')).postings).toEqual([]);
  });

  it('refuses a body that is not JSON', async () => {
    stub.on('/posting-api/job-board/html', { body: '<html>Maintenance</html>' });

    await expect(stubJobSources(stub).boards.ashby.listPostings('html')).rejects.toMatchObject({
      name: 'UpstreamError',
      message: 'Ashby: answered with a body that is not JSON',
    });
  });

  it('leaves out a job without its required fields, counting it unreadable under its id', async () => {
    stub.on('/posting-api/job-board/partial', { body: { apiVersion: '1', jobs: [{ id: 'x', title: 'No URL' }] } });

    expect(await stubJobSources(stub).boards.ashby.listPostings('partial')).toEqual({ postings: [], unreadable: 1, unreadableIds: ['x'] });
    await expect(stubJobSources(stub).boards.ashby.getPosting('partial', 'x')).rejects.toMatchObject({ name: 'UpstreamError' });
  });

  it('refuses a board whose job list is not a list, naming the field', async () => {
    stub.on('/posting-api/job-board/odd', { body: { apiVersion: '1', jobs: { id: 'x' } } });

    await expect(stubJobSources(stub).boards.ashby.listPostings('odd')).rejects.toMatchObject({
      message: expect.stringContaining('(jobs:'),
    });
  });
  // Fixture: ashby-board-recorded.json, a recorded answer of the live job posting API (fixtures/SOURCES.md names its source and licence).
  it('reads a recorded board: yearly and monthly salary, equity left out, every location, stated workplace over the remote flag', async () => {
    const board = freshBoardFixture<AshbyBoard>('ashby-board-recorded.json');
    stub.on('/posting-api/job-board/ramp', { body: board });

    const { postings, unreadable } = await stubJobSources(stub).boards.ashby.listPostings('ramp');

    expect(unreadable).toBe(0);
    const [security, intern, gtm] = postings;
    expect(security).toMatchObject({
      company: 'Ramp',
      title: 'Security Engineer, Cloud',
      locations: ['New York, NY (HQ)', 'Miami, FL', 'Remote (US)', 'Remote (Canada)'],
      // isRemote is true, but the job says it is hybrid.
      workplaceType: 'hybrid',
      employmentType: 'FullTime',
      salaryMin: 211_400,
      salaryMax: 290_600,
      salaryCurrency: 'USD',
      publishedAt: new Date('2026-04-07T17:12:35.753Z'),
    });
    expect(security!.description).toMatch(/^About Ramp\n\nRamp is building the smart infrastructure for finance teams/);
    // $11.7K a month, over twelve months.
    expect(intern).toMatchObject({ title: 'Software Engineer Internship, Android', employmentType: 'Intern', salaryMin: 140_400, salaryMax: 140_400, salaryCurrency: 'USD' });
    expect(gtm).toMatchObject({ title: 'Founding GTM', locations: ['London'], workplaceType: 'onsite', salaryMin: null, salaryMax: null, salaryCurrency: null });
  });
});
