// Fixtures: workday-jobs.json and workday-job-details.json, hand-written in the shape Workday career
// sites' own pages read from their public JSON API (fixtures/SOURCES.md says how it was checked).
import type { IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshBoardFixture, startHttpStub, stubJobSources, uniqueName, type HttpStub, type StubAnswer } from './test-job-sources.ts';
import { workdayCompanyName, workdayPostedDate } from './workday.ts';

interface JobList {
  total: number;
  jobPostings: (Record<string, unknown> & { externalPath: string })[];
}
type JobDetail = Record<string, unknown> & { jobPostingInfo: Record<string, unknown> };

let stub: HttpStub;
beforeAll(async () => {
  stub = await startHttpStub();
});
afterAll(() => stub.close());

async function requestBody(request: IncomingMessage): Promise<Record<string, unknown>> {
  let text = '';
  for await (const chunk of request) text += String(chunk);
  return JSON.parse(text) as Record<string, unknown>;
}

const apiPath = (tenant: string, site: string, path: string) => `/workday/${tenant}.wd5/wday/cxs/${tenant}/${site}${path}`;

/** A site serving the fixture list and each posting's details; the tenant is new for each test. */
function serveSite(options: { list?: JobList; details?: JobDetail[] } = {}) {
  const tenant = uniqueName('acme');
  const list = options.list ?? freshBoardFixture<JobList>('workday-jobs.json');
  const details = options.details ?? freshBoardFixture<JobDetail[]>('workday-job-details.json');
  stub.on(apiPath(tenant, 'External', '/jobs'), { body: list });
  list.jobPostings.forEach((listed, index) => {
    if (details[index]) stub.on(apiPath(tenant, 'External', listed.externalPath), { body: details[index] });
  });
  return { tenant, board: `${tenant}.wd5.External` };
}

describe('Workday importer', () => {
  it('maps each listed posting from its own page: company without its code, places, hybrid, time type, pay in the description, start date', async () => {
    const { tenant, board } = serveSite();

    const postings = (await stubJobSources(stub).boards.workday.listPostings(board)).postings;

    const listRequest = stub.requests.find((url) => url.pathname === apiPath(tenant, 'External', '/jobs'));
    expect(listRequest).toBeDefined();
    expect(postings.map((posting) => posting.title)).toEqual(['Senior Robotics Software Engineer', 'Field Service Technician', 'Technical Writer (Contract)']);
    const [engineer, technician, writer] = postings;
    expect(engineer).toEqual({
      source: 'workday',
      externalId: 'US-CA-Santa-Clara/Senior-Robotics-Software-Engineer_JR1990001',
      company: 'Acme Robotics',
      title: 'Senior Robotics Software Engineer',
      locations: ['US, CA, Santa Clara', 'US, WA, Seattle'],
      workplaceType: 'hybrid',
      employmentType: 'Full time',
      salaryMin: 180_000,
      salaryMax: 240_000,
      salaryCurrency: 'USD',
      description: expect.stringContaining('Build motion planning in C++ & Python'),
      url: 'https://acme.wd5.myworkdayjobs.com/External/job/US-CA-Santa-Clara/Senior-Robotics-Software-Engineer_JR1990001',
      applyUrl: 'https://acme.wd5.myworkdayjobs.com/External/job/US-CA-Santa-Clara/Senior-Robotics-Software-Engineer_JR1990001/apply',
      publishedAt: new Date('2026-02-20T00:00:00Z'),
      updatedAt: new Date('2026-02-20T00:00:00Z'),
    });
    expect(engineer!.description).not.toContain('<');
    // No start date: "Posted Today" is today; the "- 1234" code goes; no remote type and a plain place say nothing.
    const today = new Date();
    expect(technician).toMatchObject({
      company: 'Acme Robotics GmbH',
      employmentType: 'Part time',
      workplaceType: null,
      salaryMin: null,
      publishedAt: new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate())),
    });
    // No external URL: the posting's page on the site; "Posted 30+ Days Ago" gives no date.
    expect(writer).toMatchObject({
      workplaceType: 'remote',
      url: `https://${tenant}.wd5.myworkdayjobs.com/External/job/Remote-US/Technical-Writer--Contract-_JR1990003`,
      publishedAt: null,
    });
  });

  it('asks for the list 20 at a time and reads every page the first page’s total promises', async () => {
    const tenant = uniqueName('paged');
    const [detail] = freshBoardFixture<JobDetail[]>('workday-job-details.json');
    const offsets: unknown[] = [];
    stub.on(apiPath(tenant, 'External', '/jobs'), async (_url, request): Promise<StubAnswer> => {
      const body = await requestBody(request);
      offsets.push(body.offset);
      expect(body).toMatchObject({ appliedFacets: {}, limit: 20, searchText: '' });
      const offset = Number(body.offset);
      const count = Math.min(20, 45 - offset);
      // Later pages say 0, as Workday's do.
      return { body: { total: offset === 0 ? 45 : 0, jobPostings: Array.from({ length: count }, (_, index) => ({ externalPath: `/job/Berlin/Role_JR${offset + index}` })) } };
    });
    for (let index = 0; index < 45; index += 1) {
      stub.on(apiPath(tenant, 'External', `/job/Berlin/Role_JR${index}`), {
        body: { ...detail, jobPostingInfo: { ...detail!.jobPostingInfo, title: `Role ${index}`, externalUrl: undefined } },
      });
    }

    // A generous limit: this test is about paging, not pacing.
    const { postings } = await stubJobSources(stub, { rateLimits: { workday: { requests: 1_000, perMs: 1_000 } } }).boards.workday.listPostings(`${tenant}.wd5.External`);

    expect(offsets).toEqual([0, 20, 40]);
    expect(postings.map((posting) => posting.title)).toEqual(Array.from({ length: 45 }, (_, index) => `Role ${index}`));
  });

  it('refuses a site listing 2,000 postings or more, saying why, without reading any posting', async () => {
    const tenant = uniqueName('huge');
    stub.on(apiPath(tenant, 'External', '/jobs'), { body: { total: 2_000, jobPostings: [{ externalPath: '/job/X/Y_1' }] } });

    await expect(stubJobSources(stub).boards.workday.listPostings(`${tenant}.wd5.External`)).rejects.toMatchObject({
      name: 'UnprocessableError',
      code: 'board_too_large',
      message: expect.stringContaining('lists 2000 postings'),
    });
    expect(stub.requests.filter((url) => url.pathname.startsWith(`/workday/${tenant}.wd5/`))).toHaveLength(1);
  });

  it('ignores fields it does not know and does without any it reads but is not sent', async () => {
    const tenant = uniqueName('sparse');
    stub.on(apiPath(tenant, 'External', '/jobs'), {
      body: { jobPostings: [{ externalPath: '/job/Nowhere/Bare_JR1', brandNew: { nested: [1] } }, { title: 'No path' }, { externalPath: 42 }] },
    });
    stub.on(apiPath(tenant, 'External', '/job/Nowhere/Bare_JR1'), {
      body: { jobPostingInfo: { title: 'Bare Role', additionalLocations: 'not a list', startDate: 'soon', brandNewField: true } },
    });

    const { postings, unreadable, unreadableIds } = await stubJobSources(stub).boards.workday.listPostings(`${tenant}.wd5.External`);

    // The two entries naming no posting cannot be read, nor can their ids.
    expect({ unreadable, unreadableIds }).toEqual({ unreadable: 2, unreadableIds: [] });
    expect(postings).toEqual([
      {
        source: 'workday',
        externalId: 'Nowhere/Bare_JR1',
        company: readableTenant(tenant),
        title: 'Bare Role',
        locations: [],
        workplaceType: null,
        employmentType: null,
        salaryMin: null,
        salaryMax: null,
        salaryCurrency: null,
        description: '',
        url: `https://${tenant}.wd5.myworkdayjobs.com/External/job/Nowhere/Bare_JR1`,
        applyUrl: `https://${tenant}.wd5.myworkdayjobs.com/External/job/Nowhere/Bare_JR1/apply`,
        publishedAt: null,
        updatedAt: null,
      },
    ]);
  });

  it('retries a failing site and then reads it', async () => {
    const list = freshBoardFixture<JobList>('workday-jobs.json');
    const { tenant, board } = serveSite({ list });
    stub.on(apiPath(tenant, 'External', '/jobs'), { status: 503 }, { status: 429 }, { body: list });

    const postings = (await stubJobSources(stub).boards.workday.listPostings(board)).postings;

    expect(postings).toHaveLength(3);
    expect(stub.requests.filter((url) => url.pathname === apiPath(tenant, 'External', '/jobs'))).toHaveLength(3);
  });

  it('reports a site or a posting that does not exist as not found', async () => {
    const sources = stubJobSources(stub);
    await expect(sources.boards.workday.listPostings('nosuch.wd5.External')).rejects.toMatchObject({
      name: 'NotFoundError',
      message: 'Workday career site nosuch.wd5.External was not found',
    });
    await expect(sources.boards.workday.getPosting('nosuch.wd5.External', 'Berlin/Gone_JR9')).rejects.toMatchObject({ name: 'NotFoundError' });
    // Not a site key, or an id that would walk the API: not found, and nothing is asked.
    const asked = stub.requests.length;
    await expect(sources.boards.workday.listPostings('not-a-site')).rejects.toMatchObject({ name: 'NotFoundError' });
    await expect(sources.boards.workday.getPosting('acme.wd5.External', '../../jobs')).rejects.toMatchObject({ name: 'NotFoundError' });
    expect(stub.requests.length).toBe(asked);
  });

  it('skips a posting taken down between the list and its own page', async () => {
    const list = freshBoardFixture<JobList>('workday-jobs.json');
    const details = freshBoardFixture<JobDetail[]>('workday-job-details.json');
    const { board } = serveSite({ list: { ...list, jobPostings: [...list.jobPostings, { externalPath: '/job/Gone/Gone_JR0' }] }, details });

    const postings = (await stubJobSources(stub).boards.workday.listPostings(board)).postings;

    expect(postings).toHaveLength(3);
  });

  it('keeps to the site’s request limit, list and postings alike', async () => {
    const { tenant, board } = serveSite();
    const sent: number[] = [];
    const list = freshBoardFixture<JobList>('workday-jobs.json');
    stub.on(apiPath(tenant, 'External', '/jobs'), () => {
      sent.push(Date.now());
      return { body: list };
    });
    const details = freshBoardFixture<JobDetail[]>('workday-job-details.json');
    list.jobPostings.forEach((listed, index) =>
      stub.on(apiPath(tenant, 'External', listed.externalPath), () => {
        sent.push(Date.now());
        return { body: details[index] };
      }),
    );

    const started = Date.now();
    await stubJobSources(stub, { rateLimits: { workday: { requests: 2, perMs: 150 } } }).boards.workday.listPostings(board);

    // Four requests at two per 150 ms: the third waits for the first window to pass.
    expect(sent).toHaveLength(4);
    expect(sent[2]! - started).toBeGreaterThanOrEqual(140);
  });
});

describe('Workday names and dates', () => {
  it('drops a trailing company code and nothing else', () => {
    expect(workdayCompanyName('NVIDIA (NVDA)')).toBe('NVIDIA');
    expect(workdayCompanyName('Acme Inc. - 1234')).toBe('Acme Inc.');
    expect(workdayCompanyName('Acme - Europe')).toBe('Acme - Europe');
    expect(workdayCompanyName('Procter & Gamble')).toBe('Procter & Gamble');
  });

  it('reads a start date, else how long ago Workday says it was posted', () => {
    const now = new Date('2026-03-10T15:00:00Z');
    expect(workdayPostedDate('2026-02-01', 'Posted Today', now)).toEqual(new Date('2026-02-01T00:00:00Z'));
    expect(workdayPostedDate(null, 'Posted Today', now)).toEqual(new Date('2026-03-10T00:00:00Z'));
    expect(workdayPostedDate(null, 'Posted Yesterday', now)).toEqual(new Date('2026-03-09T00:00:00Z'));
    expect(workdayPostedDate(undefined, 'Posted 3 Days Ago', now)).toEqual(new Date('2026-03-07T00:00:00Z'));
    expect(workdayPostedDate(null, 'Posted 30+ Days Ago', now)).toBeNull();
    expect(workdayPostedDate('not a date', null, now)).toBeNull();
  });
});

function readableTenant(tenant: string) {
  return tenant
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}
