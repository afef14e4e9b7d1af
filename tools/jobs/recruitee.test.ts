// Fixture: recruitee-offers.json, hand-written in the shape Recruitee's Careers Site API documents
// (fixtures/SOURCES.md names the pages).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshBoardFixture, startHttpStub, stubJobSources, type HttpStub } from './test-job-sources.ts';

interface RecruiteeOffers {
  offers: Record<string, unknown>[];
}

let stub: HttpStub;
beforeAll(async () => {
  stub = await startHttpStub();
});
afterAll(() => stub.close());

describe('Recruitee importer', () => {
  it('maps a company’s offers: stated salary by its period, locations, hybrid and remote flags, description with requirements', async () => {
    stub.on('/recruitee/acme/api/offers/', { body: freshBoardFixture<RecruiteeOffers>('recruitee-offers.json') });

    const postings = await stubJobSources(stub).boards.recruitee.listPostings('acme');

    const [backend, sales, office] = postings;
    expect(backend).toEqual({
      source: 'recruitee',
      externalId: '1192594',
      company: 'Acme Robotics',
      title: 'Senior Backend Engineer',
      locations: ['Berlin, Germany', 'Hamburg, Germany'],
      workplaceType: 'hybrid',
      employmentType: 'fulltime_permanent',
      salaryMin: 80_000,
      salaryMax: 95_000,
      salaryCurrency: 'EUR',
      description: 'Design APIs in Go & TypeScript.\n\n * 5+ years building backend services',
      url: 'https://acme.recruitee.com/o/senior-backend-engineer',
      applyUrl: 'https://acme.recruitee.com/o/senior-backend-engineer/c/new',
      publishedAt: new Date('2026-02-20T09:00:00Z'),
      updatedAt: new Date('2026-03-01T12:30:00Z'),
    });
    // 25–30 an hour, on a yearly scale.
    expect(sales).toMatchObject({ locations: ['Remote'], workplaceType: 'remote', employmentType: 'parttime', salaryMin: 52_000, salaryMax: 62_400, salaryCurrency: 'EUR' });
    // No salary field: the monthly pay its description states; no apply URL: the offer's page.
    expect(office).toMatchObject({
      locations: ['Amsterdam, Netherlands'],
      workplaceType: 'onsite',
      employmentType: null,
      salaryMin: 42_000,
      salaryMax: 48_000,
      salaryCurrency: 'EUR',
      applyUrl: 'https://acme.recruitee.com/o/office-manager',
    });
  });

  it('finds one offer by its number or by the slug its page is named by', async () => {
    stub.on('/recruitee/single/api/offers/', { body: freshBoardFixture<RecruiteeOffers>('recruitee-offers.json') });
    const { recruitee } = stubJobSources(stub).boards;

    expect(await recruitee.getPosting('single', '1192595')).toMatchObject({ title: 'Sales Development Representative' });
    expect(await recruitee.getPosting('single', 'office-manager')).toMatchObject({ externalId: '1192596' });
  });

  it('ignores fields it does not read and does without optional ones it does', async () => {
    const { offers } = freshBoardFixture<RecruiteeOffers>('recruitee-offers.json');
    const { company_name: _company, locations: _locations, location: _location, city: _city, country: _country, salary: _salary, description: _description, requirements: _requirements, published_at: _published, updated_at: _updated, created_at: _created, hybrid: _hybrid, ...bare } = offers[0]!;
    stub.on('/recruitee/acme-sparse/api/offers/', { body: { offers: [{ ...bare, brand_new: { nested: true } }], meta: { total: 1 } } });

    const [posting] = await stubJobSources(stub).boards.recruitee.listPostings('acme-sparse');

    expect(posting).toMatchObject({ company: 'Acme Sparse', locations: [], workplaceType: null, salaryMin: null, description: '', publishedAt: null });
  });

  it('retries a failing server and then reads the offers', async () => {
    stub.on('/recruitee/flaky/api/offers/', { status: 503, headers: { 'retry-after': '0' } }, { body: freshBoardFixture<RecruiteeOffers>('recruitee-offers.json') });

    expect(await stubJobSources(stub).boards.recruitee.listPostings('flaky')).toHaveLength(3);
    expect(stub.requests.filter((url) => url.pathname === '/recruitee/flaky/api/offers/')).toHaveLength(2);
  });

  it('reports a company that does not exist, or cannot be a host name, as not found', async () => {
    const { recruitee } = stubJobSources(stub).boards;

    await expect(recruitee.listPostings('no-such-company')).rejects.toMatchObject({ name: 'NotFoundError', message: 'Recruitee company no-such-company was not found' });
    await expect(recruitee.listPostings('evil.example')).rejects.toMatchObject({ name: 'NotFoundError' });
    expect(stub.requests.some((url) => url.pathname.includes('evil'))).toBe(false);
  });
});
