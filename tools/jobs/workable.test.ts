// Fixture: workable-account.json, hand-written in the shape of Workable's public jobs widget endpoint
// (fixtures/SOURCES.md names the pages).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshBoardFixture, startHttpStub, stubJobSources, type HttpStub } from './test-job-sources.ts';

interface WorkableAccount {
  name?: string;
  jobs: Record<string, unknown>[];
}

let stub: HttpStub;
beforeAll(async () => {
  stub = await startHttpStub();
});
afterAll(() => stub.close());

describe('Workable importer', () => {
  it('maps an account’s jobs: the company it names, shown locations, remote flag, pay in the description', async () => {
    stub.on('/api/v1/widget/accounts/acme', { body: freshBoardFixture<WorkableAccount>('workable-account.json') });

    const postings = (await stubJobSources(stub).boards.workable.listPostings('acme')).postings;

    expect(stub.requests.at(-1)?.search).toBe('?details=true');
    const [backend, support, office] = postings;
    expect(backend).toEqual({
      source: 'workable',
      externalId: 'A1B2C3D4E5',
      company: 'Acme Robotics',
      title: 'Senior Backend Engineer',
      locations: ['Berlin, Berlin, Germany', 'Munich, Bavaria, Germany'],
      workplaceType: null,
      employmentType: 'Full-time',
      salaryMin: 85_000,
      salaryMax: 100_000,
      salaryCurrency: 'EUR',
      description: 'Design APIs in Go & TypeScript, two days a week in our Berlin office.\n\nSalary: €85,000 – €100,000 per year',
      url: 'https://apply.workable.com/j/A1B2C3D4E5',
      applyUrl: 'https://apply.workable.com/j/A1B2C3D4E5/apply',
      publishedAt: new Date('2026-02-20'),
      updatedAt: new Date('2026-02-20'),
    });
    // A hidden location is not where the job is advertised.
    expect(support).toMatchObject({ locations: ['Lisbon, Lisbon, Portugal'], workplaceType: 'remote', employmentType: 'Contract', salaryMin: null });
    // No locations list and no employment type: the job's own place, and null; "(Hybrid)" in the title.
    expect(office).toMatchObject({ locations: ['Amsterdam, North Holland, Netherlands'], workplaceType: 'hybrid', employmentType: null });
  });

  it('finds one job on its account by its shortcode', async () => {
    stub.on('/api/v1/widget/accounts/single', { body: freshBoardFixture<WorkableAccount>('workable-account.json') });

    const posting = await stubJobSources(stub).boards.workable.getPosting('single', 'f6g7h8i9j0');

    expect(posting).toMatchObject({ externalId: 'F6G7H8I9J0', title: 'Support Engineer' });
    await expect(stubJobSources(stub).boards.workable.getPosting('single', 'ZZZZZZZZZZ')).rejects.toMatchObject({ name: 'NotFoundError' });
  });

  it('imports the other jobs when one has no link, counting it unreadable under its shortcode', async () => {
    const account = freshBoardFixture<WorkableAccount>('workable-account.json');
    const broken = account.jobs[0]!;
    delete broken.url;
    stub.on('/api/v1/widget/accounts/one-broken', { body: account });

    const listing = await stubJobSources(stub).boards.workable.listPostings('one-broken');

    expect(listing.postings.map((posting) => posting.externalId)).toEqual(account.jobs.slice(1).map((job) => job.shortcode));
    expect(listing).toMatchObject({ unreadable: 1, unreadableIds: [broken.shortcode] });
  });

  it('ignores fields it does not read and does without optional ones it does', async () => {
    const account = freshBoardFixture<WorkableAccount>('workable-account.json');
    delete account.name;
    const { description: _description, locations: _locations, city: _city, state: _state, country: _country, published_on: _published, created_at: _created, ...bare } = account.jobs[0]!;
    stub.on('/api/v1/widget/accounts/acme-sparse', { body: { ...account, jobs: [{ ...bare, workplace: { brand: 'new' } }] } });

    const [posting] = (await stubJobSources(stub).boards.workable.listPostings('acme-sparse')).postings;

    expect(posting).toMatchObject({ company: 'Acme Sparse', locations: [], description: '', salaryMin: null, publishedAt: null });
  });

  it('retries a failing server and then reads the account', async () => {
    stub.on('/api/v1/widget/accounts/flaky', { status: 502 }, { status: 500 }, { body: freshBoardFixture<WorkableAccount>('workable-account.json') });

    expect((await stubJobSources(stub).boards.workable.listPostings('flaky')).postings).toHaveLength(3);
    expect(stub.requests.filter((url) => url.pathname === '/api/v1/widget/accounts/flaky')).toHaveLength(3);
  });

  it('reports an account that does not exist as not found', async () => {
    await expect(stubJobSources(stub).boards.workable.listPostings('no-such-account')).rejects.toMatchObject({
      name: 'NotFoundError',
      message: 'Workable account no-such-account was not found',
    });
  });
});
