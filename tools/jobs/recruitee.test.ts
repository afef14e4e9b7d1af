// Fixture: recruitee-offers.json, a recorded answer of Recruitee's Careers Site API (fixtures/SOURCES.md names
// its source and licence); the shapes it does not show are built from a recorded offer inside the tests.
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
  it('maps a company’s recorded offers: monthly pay sent as text, places, the hybrid flag, dates with a UTC suffix', async () => {
    stub.on('/recruitee/acme/api/offers/', { body: freshBoardFixture<RecruiteeOffers>('recruitee-offers.json') });

    const postings = (await stubJobSources(stub).boards.recruitee.listPostings('acme')).postings;

    expect(postings.map((posting) => posting.title)).toEqual(['Account Executive France', 'AI Engineer']);
    const [sales, engineer] = postings;
    expect(sales).toMatchObject({
      source: 'recruitee',
      externalId: '2631774',
      company: 'Channable',
      locations: ['Utrecht, Netherlands'],
      workplaceType: 'hybrid',
      employmentType: 'fulltime_fixed_term',
      // 5,253–6,152 a month, on a yearly scale.
      salaryMin: 5253 * 12,
      salaryMax: 6152 * 12,
      salaryCurrency: 'EUR',
      url: 'https://jobs.channable.com/o/account-executive-france-2028',
      applyUrl: 'https://jobs.channable.com/o/account-executive-france-2028/c/new',
      publishedAt: new Date('2026-06-08T13:03:54Z'),
      updatedAt: new Date('2026-06-09T09:38:11Z'),
    });
    expect(sales!.description).toMatch(/^You are the core driver of Channable’s growth in your region\./);
    expect(sales!.description).not.toContain('<');
    expect(engineer).toMatchObject({ employmentType: 'fulltime_permanent', salaryMin: 60_000, salaryMax: 84_000, publishedAt: new Date('2026-06-02T10:10:41Z') });
    expect(engineer!.description).toContain('In this position, you will join our AI team!');
  });

  it('reads pay by its period or from the text, the remote and on-site flags, and the offer page when there is no apply link', async () => {
    const { offers } = freshBoardFixture<RecruiteeOffers>('recruitee-offers.json');
    const { careers_apply_url: _apply, salary: _salary, ...recorded } = offers[0]!;
    const hourly = { ...recorded, id: 2631775, slug: 'hourly', hybrid: false, remote: true, locations: [], location: 'Remote', salary: { min: 25, max: 30, currency: 'eur', period: 'hour' } };
    const inText = { ...recorded, id: 2631776, slug: 'in-text', hybrid: false, on_site: true, description: '<p>Salary: €3,500 – €4,000 per month.</p>' };
    stub.on('/recruitee/acme-pay/api/offers/', { body: { offers: [hourly, inText] } });

    const [remote, office] = (await stubJobSources(stub).boards.recruitee.listPostings('acme-pay')).postings;

    // 25–30 an hour, on a yearly scale.
    expect(remote).toMatchObject({ locations: ['Remote'], workplaceType: 'remote', salaryMin: 52_000, salaryMax: 62_400, salaryCurrency: 'EUR' });
    expect(office).toMatchObject({
      locations: ['Utrecht, Netherlands'],
      workplaceType: 'onsite',
      salaryMin: 42_000,
      salaryMax: 48_000,
      salaryCurrency: 'EUR',
      applyUrl: 'https://jobs.channable.com/o/account-executive-france-2028',
    });
  });

  it('finds one offer by its number or by the slug its page is named by', async () => {
    stub.on('/recruitee/single/api/offers/', { body: freshBoardFixture<RecruiteeOffers>('recruitee-offers.json') });
    const { recruitee } = stubJobSources(stub).boards;

    expect(await recruitee.getPosting('single', '2622523')).toMatchObject({ title: 'AI Engineer' });
    expect(await recruitee.getPosting('single', 'account-executive-france-2028')).toMatchObject({ externalId: '2631774' });
  });

  it('imports the other offers when one has no link, counting it unreadable under its id', async () => {
    const body = freshBoardFixture<RecruiteeOffers>('recruitee-offers.json');
    const broken = body.offers[0]!;
    delete broken.careers_url;
    stub.on('/recruitee/one-broken/api/offers/', { body });

    const listing = await stubJobSources(stub).boards.recruitee.listPostings('one-broken');

    expect(listing.postings.map((posting) => posting.externalId)).toEqual(body.offers.slice(1).map((offer) => String(offer.id)));
    expect(listing).toMatchObject({ unreadable: 1, unreadableIds: [String(broken.id)] });
  });

  it('ignores fields it does not read and does without optional ones it does', async () => {
    const { offers } = freshBoardFixture<RecruiteeOffers>('recruitee-offers.json');
    const { company_name: _company, locations: _locations, location: _location, city: _city, country: _country, salary: _salary, description: _description, requirements: _requirements, published_at: _published, updated_at: _updated, created_at: _created, hybrid: _hybrid, ...bare } = offers[0]!;
    stub.on('/recruitee/acme-sparse/api/offers/', { body: { offers: [{ ...bare, brand_new: { nested: true } }], meta: { total: 1 } } });

    const [posting] = (await stubJobSources(stub).boards.recruitee.listPostings('acme-sparse')).postings;

    expect(posting).toMatchObject({ company: 'Acme Sparse', locations: [], workplaceType: null, salaryMin: null, description: '', publishedAt: null });
  });

  it('retries a failing server and then reads the offers', async () => {
    stub.on('/recruitee/flaky/api/offers/', { status: 503, headers: { 'retry-after': '0' } }, { body: freshBoardFixture<RecruiteeOffers>('recruitee-offers.json') });

    expect((await stubJobSources(stub).boards.recruitee.listPostings('flaky')).postings).toHaveLength(2);
    expect(stub.requests.filter((url) => url.pathname === '/recruitee/flaky/api/offers/')).toHaveLength(2);
  });

  it('reports a company that does not exist, or cannot be a host name, as not found', async () => {
    const { recruitee } = stubJobSources(stub).boards;

    await expect(recruitee.listPostings('no-such-company')).rejects.toMatchObject({ name: 'NotFoundError', message: 'Recruitee company no-such-company was not found' });
    await expect(recruitee.listPostings('evil.example')).rejects.toMatchObject({ name: 'NotFoundError' });
    expect(stub.requests.some((url) => url.pathname.includes('evil'))).toBe(false);
  });
});
