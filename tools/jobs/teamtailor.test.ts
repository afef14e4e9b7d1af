// Fixtures: teamtailor-jobs-page.html and teamtailor-job-page.html, hand-written after a Teamtailor
// career site's public pages (fixtures/SOURCES.md says why pages, not Teamtailor's API, which needs a key).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPageFixture, startHttpStub, stubJobSources, type HttpStub } from './test-job-sources.ts';

let stub: HttpStub;
beforeAll(async () => {
  stub = await startHttpStub();
});
afterAll(() => stub.close());

/** The fixtures' real career site moved onto the stub, as a site at {stub}/teamtailor/{board}. */
function page(name: string, board: string, replace: Record<string, string> = {}): string {
  let text = readPageFixture(name).replaceAll('https://acme.teamtailor.com', `${stub.url}/teamtailor/${board}`);
  for (const [from, to] of Object.entries(replace)) text = text.replaceAll(from, to);
  return text;
}

function serveSite(board: string) {
  stub.on(`/teamtailor/${board}/jobs`, { body: page('teamtailor-jobs-page.html', board) });
  stub.on(`/teamtailor/${board}/jobs/4567890-senior-backend-engineer`, { body: page('teamtailor-job-page.html', board) });
  stub.on(`/teamtailor/${board}/jobs/4567891-support-specialist`, {
    body: page('teamtailor-job-page.html', board, {
      '"title": "Senior Backend Engineer"': '"title": "Support Specialist", "jobLocationType": "TELECOMMUTE", "applicantLocationRequirements": { "@type": "Country", "name": "Sweden" }',
      '"employmentType": "FULL_TIME"': '"employmentType": "PART_TIME"',
    }),
  });
}

describe('Teamtailor importer', () => {
  it("reads the career site's job links, then each job page's JobPosting", async () => {
    serveSite('acme');

    const postings = (await stubJobSources(stub).boards.teamtailor.listPostings('acme')).postings;

    // Each job once, in the list's order; the other company's job and the department page are not read.
    expect(postings.map((posting) => posting.externalId)).toEqual(['4567890', '4567891']);
    expect(stub.requests.some((url) => url.pathname.includes('1111111') || url.pathname.includes('departments'))).toBe(false);
    expect(stub.requests.filter((url) => url.pathname === '/teamtailor/acme/jobs')).toHaveLength(1);
    const [backend, support] = postings;
    expect(backend).toEqual({
      source: 'teamtailor',
      externalId: '4567890',
      company: 'Acme Robotics AB',
      title: 'Senior Backend Engineer',
      locations: ['Stockholm, Stockholm County, SE'],
      workplaceType: null,
      employmentType: 'FULL_TIME',
      salaryMin: 660_000,
      salaryMax: 840_000,
      salaryCurrency: 'SEK',
      description: 'Design APIs in Go & TypeScript, three days a week in our Stockholm office.\n\nSalary: SEK 55,000 – 70,000 per month',
      url: `${stub.url}/teamtailor/acme/jobs/4567890-senior-backend-engineer`,
      applyUrl: `${stub.url}/teamtailor/acme/jobs/4567890-senior-backend-engineer`,
      publishedAt: new Date('2026-02-20T08:00:00Z'),
      updatedAt: new Date('2026-02-20T08:00:00Z'),
    });
    expect(support).toMatchObject({ title: 'Support Specialist', workplaceType: 'remote', employmentType: 'PART_TIME' });
  });

  it('follows the list page by page', async () => {
    serveSite('paged');
    stub.on('/teamtailor/paged/jobs', (url) => ({
      body:
        url.searchParams.get('page') === '2'
          ? page('teamtailor-jobs-page.html', 'paged')
          : // The first page lists one job and links the second, which lists both.
            page('teamtailor-jobs-page.html', 'paged').replace(/<li><a href="[^"]*4567891[\s\S]*?<\/li>/, '').replace('</head>', '<link rel="next" href="?page=2"></head>'),
    }));

    const postings = (await stubJobSources(stub).boards.teamtailor.listPostings('paged')).postings;

    expect(postings.map((posting) => posting.externalId)).toEqual(['4567890', '4567891']);
    expect(stub.requests.filter((url) => url.pathname === '/teamtailor/paged/jobs').map((url) => url.search)).toEqual(['', '?page=2']);
  });

  it('reads one job by its id', async () => {
    stub.on('/teamtailor/single/jobs/4567890', { body: page('teamtailor-job-page.html', 'single') });

    const posting = await stubJobSources(stub).boards.teamtailor.getPosting('single', '4567890');

    expect(posting).toMatchObject({ source: 'teamtailor', externalId: '4567890', title: 'Senior Backend Engineer' });
  });

  it('skips a job taken down between the list and its page, and does without optional fields', async () => {
    serveSite('partial');
    stub.on('/teamtailor/partial/jobs/4567891-support-specialist', { status: 404 });
    const sparse = page('teamtailor-job-page.html', 'partial')
      .replace(/"hiringOrganization": \{[^}]*\},/, '"brandNewField": { "nested": [1] },')
      .replace(/"jobLocation": \[[\s\S]*?\],/, '');
    stub.on('/teamtailor/partial/jobs/4567890-senior-backend-engineer', { body: sparse });

    const postings = (await stubJobSources(stub).boards.teamtailor.listPostings('partial')).postings;

    expect(postings).toHaveLength(1);
    expect(postings[0]).toMatchObject({ company: 'Partial', locations: [], title: 'Senior Backend Engineer' });
  });

  it('reads the other jobs when one job page carries no posting, counting it unreadable under its id', async () => {
    serveSite('one-broken');
    stub.on('/teamtailor/one-broken/jobs/4567891-support-specialist', { body: readPageFixture('page-without-posting.html') });

    const listing = await stubJobSources(stub).boards.teamtailor.listPostings('one-broken');

    expect(listing.postings.map((posting) => posting.externalId)).toEqual(['4567890']);
    expect(listing).toMatchObject({ unreadable: 1, unreadableIds: ['4567891'] });
  });

  it('retries a failing server and then reads the site', async () => {
    serveSite('flaky');
    stub.on('/teamtailor/flaky/jobs', { status: 503 }, { body: page('teamtailor-jobs-page.html', 'flaky') });

    expect((await stubJobSources(stub).boards.teamtailor.listPostings('flaky')).postings).toHaveLength(2);
    expect(stub.requests.filter((url) => url.pathname === '/teamtailor/flaky/jobs')).toHaveLength(2);
  });

  it('says so, rather than finding no jobs, when the site has moved to its own domain', async () => {
    const ownDomain = stub.url.replace('127.0.0.1', 'localhost');
    stub.on('/teamtailor/moved/jobs', { status: 301, headers: { location: `${ownDomain}/jobs` } });
    stub.on('/jobs', { body: page('teamtailor-jobs-page.html', 'moved') });

    await expect(stubJobSources(stub).boards.teamtailor.listPostings('moved')).rejects.toMatchObject({
      name: 'UpstreamError',
      message: `Teamtailor: 127.0.0.1 moved to ${ownDomain}; import its jobs by their links there`,
    });
  });

  it('reports a career site that does not exist as not found', async () => {
    await expect(stubJobSources(stub).boards.teamtailor.listPostings('no-such-site')).rejects.toMatchObject({
      name: 'NotFoundError',
      message: 'Teamtailor career site no-such-site was not found',
    });
  });
});
