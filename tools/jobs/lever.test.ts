import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshBoardFixture, readPageFixture, startHttpStub, stubJobSources, type HttpStub } from './test-job-sources.ts';

interface LeverPosting {
  id: string;
  text: string;
  [field: string]: unknown;
}

let stub: HttpStub;
beforeAll(async () => {
  stub = await startHttpStub();
});
afterAll(() => stub.close());

describe('Lever importer', () => {
  it('maps postings: lists into the description, every location, workplace type, salary per year', async () => {
    const postings = freshBoardFixture<LeverPosting[]>('lever-postings.json');
    stub.on('/v0/postings/acme', { body: postings });

    const [backend, support] = (await stubJobSources(stub).boards.lever.listPostings('acme')).postings;

    expect(stub.requests.at(-1)?.searchParams.get('mode')).toBe('json');
    expect(backend).toEqual({
      source: 'lever',
      externalId: postings[0]!.id,
      // The hosted page on jobs.lever.co cannot be read here, so the site's name stands in.
      company: 'Acme',
      title: 'Senior Backend Engineer',
      locations: ['Berlin', 'Munich'],
      workplaceType: 'hybrid',
      employmentType: 'Full-time',
      salaryMin: 85_000,
      salaryMax: 105_000,
      salaryCurrency: 'EUR',
      description:
        "We're hiring & growing.\n\nWhat you'll do\n * Design APIs\n * Own our PostgreSQL clusters\n\nWhat you bring\n * 5+ years of backend work\n\nBenefits: 30 days off & a learning budget.",
      url: `https://jobs.lever.co/acme/${postings[0]!.id}`,
      applyUrl: `https://jobs.lever.co/acme/${postings[0]!.id}/apply`,
      publishedAt: new Date(1771581600000),
      updatedAt: new Date(1771581600000),
    });
    // $30–40 an hour, over a 2,080-hour working year.
    expect(support).toMatchObject({ workplaceType: 'remote', salaryMin: 62_400, salaryMax: 83_200, salaryCurrency: 'USD' });
  });

  it("names the company as the postings' hosted page does, for every posting on the site", async () => {
    const postings = freshBoardFixture<LeverPosting[]>('lever-postings.json', { 'https://jobs.lever.co': stub.url });
    stub.on('/v0/postings/acme-robotics', { body: postings });
    stub.on(`/acme/${postings[0]!.id}`, { body: readPageFixture('lever-posting-page.html') });

    const listed = (await stubJobSources(stub).boards.lever.listPostings('acme-robotics')).postings;

    expect(listed.map((posting) => posting.company)).toEqual(['Acme Robotics GmbH', 'Acme Robotics GmbH']);
    expect(stub.requests.filter((url) => url.pathname.startsWith('/acme/'))).toHaveLength(1);
  });

  it('imports the other postings when one has no link, counting it unreadable under its id', async () => {
    const postings = freshBoardFixture<(LeverPosting & { hostedUrl?: string })[]>('lever-postings.json', { 'https://jobs.lever.co': stub.url });
    const [broken, readable] = postings;
    delete broken!.hostedUrl;
    stub.on('/v0/postings/one-broken', { body: postings });
    stub.on(`/acme/${readable!.id}`, { body: readPageFixture('lever-posting-page.html') });

    const listing = await stubJobSources(stub).boards.lever.listPostings('one-broken');

    expect(listing.postings.map((posting) => posting.externalId)).toEqual([readable!.id]);
    expect(listing).toMatchObject({ unreadable: 1, unreadableIds: [broken!.id] });
  });

  it('reads pay from the salary note or description when there is no salary range, and prefers the range', async () => {
    const [ranged, unranged] = freshBoardFixture<LeverPosting[]>('lever-postings.json');
    ranged!.salaryDescriptionPlain = 'The range is $1 - $2 million for the right person.';
    delete unranged!.salaryRange;
    unranged!.salaryDescriptionPlain = 'Hourly pay: $32 - $38, depending on experience.';
    stub.on('/v0/postings/noted', { body: [ranged, unranged] });

    const [first, second] = (await stubJobSources(stub).boards.lever.listPostings('noted')).postings;

    expect(first).toMatchObject({ salaryMin: 85_000, salaryMax: 105_000, salaryCurrency: 'EUR' });
    // $32–38 an hour, over a 2,080-hour working year.
    expect(second).toMatchObject({ salaryMin: 66_560, salaryMax: 79_040, salaryCurrency: 'USD' });
  });

  it('pages through a large site with skip and limit', async () => {
    const [template] = freshBoardFixture<LeverPosting[]>('lever-postings.json');
    const all = Array.from({ length: 130 }, (_, index) => ({ ...template!, id: `${template!.id.slice(0, -3)}${String(index).padStart(3, '0')}`, text: `Role ${index}` }));
    stub.on('/v0/postings/bigco', (url) => {
      const skip = Number(url.searchParams.get('skip'));
      const limit = Number(url.searchParams.get('limit'));
      return { body: all.slice(skip, skip + limit) };
    });

    const postings = (await stubJobSources(stub).boards.lever.listPostings('bigco')).postings;

    expect(postings).toHaveLength(130);
    expect(postings.at(-1)?.title).toBe('Role 129');
    const pages = stub.requests.filter((url) => url.pathname === '/v0/postings/bigco').map((url) => url.searchParams.get('skip'));
    expect(pages).toEqual(['0', '100']);
  });

  it('finds a site on the EU host when the global host does not know it', async () => {
    const postings = freshBoardFixture<LeverPosting[]>('lever-postings.json');
    stub.on('/v0/postings/euro-site', { status: 404, body: { ok: false, error: 'Document not found' } });
    stub.on('/eu/v0/postings/euro-site', { body: postings });

    const found = (await stubJobSources(stub).boards.lever.listPostings('euro-site')).postings;

    expect(found.map((posting) => posting.externalId)).toEqual(postings.map((posting) => posting.id));
  });

  it('reads an empty site as no postings', async () => {
    stub.on('/v0/postings/quiet', { body: [] });

    expect((await stubJobSources(stub).boards.lever.listPostings('quiet')).postings).toEqual([]);
  });

  it('refuses a body that is not a list of postings, saying why', async () => {
    stub.on('/v0/postings/odd', { body: { ok: true, data: [] } });

    await expect(stubJobSources(stub).boards.lever.listPostings('odd')).rejects.toMatchObject({
      name: 'UpstreamError',
      message: expect.stringContaining('Lever: answered in an unexpected shape'),
    });
  });

  it('reports a site on neither host as not found', async () => {
    await expect(stubJobSources(stub).boards.lever.listPostings('nowhere')).rejects.toMatchObject({ name: 'NotFoundError' });
  });
  // Fixture: lever-postings-recorded.json, a recorded answer of the live postings API (fixtures/SOURCES.md names its source and licence).
  it('reads recorded postings: the structured yearly range, else the salary note; hybrid; unknown fields ignored', async () => {
    const postings = freshBoardFixture<LeverPosting[]>('lever-postings-recorded.json');
    stub.on('/v0/postings/spotify', { body: postings });

    const { postings: read, unreadable } = await stubJobSources(stub).boards.lever.listPostings('spotify');

    expect(unreadable).toBe(0);
    const [payables, advertising] = read;
    expect(payables).toMatchObject({
      company: 'Spotify',
      title: 'Accounts Payable Analyst',
      locations: ['New York, NY'],
      workplaceType: 'hybrid',
      employmentType: 'Permanent',
      salaryMin: 66_189,
      salaryMax: 94_556,
      salaryCurrency: 'USD',
      url: `https://jobs.lever.co/spotify/${postings[0]!.id}`,
      publishedAt: new Date(1778529611285),
    });
    expect(payables!.description).toMatch(/^You’ll join Spotify’s Finance team, supporting our Procure-to-Pay/);
    // No range field: the salary note says £70,000 - £90,000 per year.
    expect(advertising).toMatchObject({ title: 'Advertiser Solutions Vendor Lead - Programmatic and Direct Support', locations: ['London'], workplaceType: 'hybrid', salaryMin: 70_000, salaryMax: 90_000, salaryCurrency: 'GBP' });
  });
});
