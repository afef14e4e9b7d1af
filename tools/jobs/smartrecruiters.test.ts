// Fixtures: smartrecruiters-postings.json and smartrecruiters-posting-details.json, hand-written in the
// shape SmartRecruiters' Posting API documents (fixtures/SOURCES.md names the pages).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshBoardFixture, startHttpStub, stubJobSources, type HttpStub } from './test-job-sources.ts';

interface PostingList {
  totalFound: number;
  content: Record<string, unknown>[];
}
type PostingDetail = Record<string, unknown> & { id: string };

let stub: HttpStub;
beforeAll(async () => {
  stub = await startHttpStub();
});
afterAll(() => stub.close());

function serveCompany(company: string, details = freshBoardFixture<PostingDetail[]>('smartrecruiters-posting-details.json')) {
  stub.on(`/v1/companies/${company}/postings`, { body: freshBoardFixture<PostingList>('smartrecruiters-postings.json') });
  for (const detail of details) stub.on(`/v1/companies/${company}/postings/${detail.id}`, { body: detail });
  return details;
}

describe('SmartRecruiters importer', () => {
  it('maps each listed posting from its own page: job ad sections, place, hybrid, employment type, pay in the ad', async () => {
    serveCompany('AcmeRobotics');

    const postings = (await stubJobSources(stub).boards.smartrecruiters.listPostings('AcmeRobotics')).postings;

    expect(stub.requests.find((url) => url.pathname === '/v1/companies/AcmeRobotics/postings')?.search).toBe('?limit=100&offset=0');
    expect(postings.map((posting) => posting.title)).toEqual(['Senior Backend Engineer', 'Customer Success Manager', 'Warehouse Technician']);
    const [backend, success, technician] = postings;
    expect(backend).toEqual({
      source: 'smartrecruiters',
      externalId: '744000012345678',
      company: 'Acme Robotics GmbH',
      title: 'Senior Backend Engineer',
      locations: ['Berlin, Berlin, Germany'],
      workplaceType: 'hybrid',
      employmentType: 'Full-time',
      salaryMin: 85_000,
      salaryMax: 100_000,
      salaryCurrency: 'EUR',
      description:
        'Job Description\nDesign APIs in Go & TypeScript.\n\n * Own the fleet service\n\n' +
        'Qualifications\n * 5+ years building backend services\n\n' +
        'Additional Information\nSalary: €85,000 – €100,000 per year.\n\n' +
        'Company Description\nWe build warehouse robots & the software that runs them.',
      url: 'https://jobs.smartrecruiters.com/AcmeRobotics/744000012345678-senior-backend-engineer',
      applyUrl: 'https://jobs.smartrecruiters.com/AcmeRobotics/744000012345678-senior-backend-engineer?oga=true',
      publishedAt: new Date('2026-02-20T10:15:30.123Z'),
      updatedAt: new Date('2026-02-20T10:15:30.123Z'),
    });
    // "Dublin, , Ireland" as the API sends it, without the empty part.
    expect(success).toMatchObject({ locations: ['Dublin, Ireland'], workplaceType: 'remote', employmentType: 'Contract', salaryMin: null });
    // No fullLocation, no employment type, no apply URL: the parts, null, and the posting page.
    expect(technician).toMatchObject({
      locations: ['Leipzig, Saxony, DE'],
      workplaceType: 'onsite',
      employmentType: null,
      applyUrl: 'https://jobs.smartrecruiters.com/AcmeRobotics/744000012345680-warehouse-technician',
    });
  });

  it('reads the list page by page until it has every posting the company says it has', async () => {
    const [first, second] = freshBoardFixture<PostingDetail[]>('smartrecruiters-posting-details.json');
    stub.on('/v1/companies/paged/postings', (url) => ({
      body: { offset: Number(url.searchParams.get('offset')), limit: 100, totalFound: 2, content: url.searchParams.get('offset') === '0' ? [{ id: first!.id }] : [{ id: second!.id }] },
    }));
    stub.on(`/v1/companies/paged/postings/${first!.id}`, { body: first });
    stub.on(`/v1/companies/paged/postings/${second!.id}`, { body: second });

    const postings = (await stubJobSources(stub).boards.smartrecruiters.listPostings('paged')).postings;

    expect(postings.map((posting) => posting.externalId)).toEqual([first!.id, second!.id]);
    expect(stub.requests.filter((url) => url.pathname === '/v1/companies/paged/postings').map((url) => url.searchParams.get('offset'))).toEqual(['0', '100']);
  });

  it('ignores fields it does not read and does without optional ones it does', async () => {
    const [detail] = freshBoardFixture<PostingDetail[]>('smartrecruiters-posting-details.json');
    const { company: _company, location: _location, jobAd: _jobAd, releasedDate: _released, ...bare } = detail!;
    stub.on(`/v1/companies/sparse/postings/${detail!.id}`, { body: { ...bare, brandNewField: { nested: [1, 2] } } });

    const posting = await stubJobSources(stub).boards.smartrecruiters.getPosting('sparse', detail!.id);

    expect(posting).toMatchObject({ company: 'Sparse', locations: [], workplaceType: null, description: '', publishedAt: null, title: 'Senior Backend Engineer' });
  });

  it('skips a posting withdrawn between the list and its own page', async () => {
    const [first, , third] = freshBoardFixture<PostingDetail[]>('smartrecruiters-posting-details.json');
    serveCompany('withdrawn', [first!, third!]);

    const postings = (await stubJobSources(stub).boards.smartrecruiters.listPostings('withdrawn')).postings;

    expect(postings.map((posting) => posting.externalId)).toEqual([first!.id, third!.id]);
  });

  it('reads the other postings when one posting page has no link, counting it unreadable under its id', async () => {
    const details = freshBoardFixture<PostingDetail[]>('smartrecruiters-posting-details.json');
    delete details[1]!.postingUrl;
    serveCompany('one-broken', details);

    const listing = await stubJobSources(stub).boards.smartrecruiters.listPostings('one-broken');

    expect(listing.postings.map((posting) => posting.externalId)).toEqual([details[0]!.id, details[2]!.id]);
    expect(listing).toMatchObject({ unreadable: 1, unreadableIds: [details[1]!.id] });
  });

  it('retries a failing server and then reads the board', async () => {
    const details = freshBoardFixture<PostingDetail[]>('smartrecruiters-posting-details.json');
    serveCompany('flaky', details);
    stub.on('/v1/companies/flaky/postings', { status: 503 }, { body: freshBoardFixture<PostingList>('smartrecruiters-postings.json') });

    const postings = (await stubJobSources(stub).boards.smartrecruiters.listPostings('flaky')).postings;

    expect(postings).toHaveLength(3);
    expect(stub.requests.filter((url) => url.pathname === '/v1/companies/flaky/postings')).toHaveLength(2);
  });

  it('reports a company that does not exist as not found', async () => {
    await expect(stubJobSources(stub).boards.smartrecruiters.listPostings('no-such-company')).rejects.toMatchObject({
      name: 'NotFoundError',
      message: 'SmartRecruiters company no-such-company was not found',
    });
  });
});
