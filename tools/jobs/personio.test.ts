// Fixture: personio-positions.xml, hand-written in the shape of Personio's documented XML feed of open
// positions (fixtures/SOURCES.md names the pages).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPageFixture, startHttpStub, stubJobSources, type HttpStub } from './test-job-sources.ts';

const xmlHeaders = { 'content-type': 'text/xml; charset=utf-8' };
const feed = () => ({ headers: xmlHeaders, body: readPageFixture('personio-positions.xml') });

let stub: HttpStub;
beforeAll(async () => {
  stub = await startHttpStub();
});
afterAll(() => stub.close());

describe('Personio importer', () => {
  it('maps the feed: hiring entity, offices, employment type and schedule, named description parts, pay stated in them', async () => {
    stub.on('/personio/acme/xml', feed());

    const postings = (await stubJobSources(stub).boards.personio.listPostings('acme')).postings;

    const [backend, student] = postings;
    expect(backend).toEqual({
      source: 'personio',
      externalId: '1234567',
      company: 'Acme Robotics GmbH',
      title: 'Senior Backend Engineer (m/f/d)',
      locations: ['Berlin', 'Munich'],
      workplaceType: null,
      employmentType: 'permanent, full-time',
      salaryMin: 85_000,
      salaryMax: 100_000,
      salaryCurrency: 'EUR',
      description:
        'Your mission\nDesign APIs in Go & TypeScript.\n\n' +
        'Your profile\n * 5+ years building backend services\n\n' +
        'What we offer\n€85,000 – €100,000 per year, 30 days of holiday.',
      url: `${stub.url}/personio/acme/job/1234567`,
      applyUrl: `${stub.url}/personio/acme/job/1234567`,
      publishedAt: new Date('2026-02-20T09:00:00Z'),
      updatedAt: new Date('2026-02-20T09:00:00Z'),
    });
    // No hiring entity, and its page (not served here) cannot be read: the board's name stands in.
    expect(student).toMatchObject({
      company: 'Acme',
      locations: ['Remote (Germany)'],
      workplaceType: 'remote',
      employmentType: 'working_student, part-time',
      salaryMin: null,
      publishedAt: new Date('2026-03-01T09:30:00Z'),
    });
  });

  it('names the company as the position’s hosted page does when the feed gives no hiring entity', async () => {
    stub.on('/personio/named/xml', feed());
    stub.on('/personio/named/job/1234568', {
      body: '<html><head><script type="application/ld+json">{"@type":"JobPosting","title":"Working Student Marketing","hiringOrganization":{"name":"Acme Robotics"}}</script></head></html>',
    });

    const posting = await stubJobSources(stub).boards.personio.getPosting('named', '1234568');

    expect(posting).toMatchObject({ company: 'Acme Robotics', title: 'Working Student Marketing' });
  });

  it('imports the other positions when one has no title, counting it unreadable under its id', async () => {
    stub.on('/personio/one-broken/xml', { headers: xmlHeaders, body: readPageFixture('personio-positions.xml').replace('<name>Working Student Marketing</name>', '') });

    const listing = await stubJobSources(stub).boards.personio.listPostings('one-broken');

    expect(listing.postings.map((posting) => posting.externalId)).toEqual(['1234567']);
    expect(listing).toMatchObject({ unreadable: 1, unreadableIds: ['1234568'] });
  });

  it('counts a position without an id as unreadable, naming none', async () => {
    stub.on('/personio/no-id/xml', { headers: xmlHeaders, body: readPageFixture('personio-positions.xml').replace('<id>1234568</id>', '') });

    const listing = await stubJobSources(stub).boards.personio.listPostings('no-id');

    expect(listing).toMatchObject({ postings: [expect.objectContaining({ externalId: '1234567' })], unreadable: 1, unreadableIds: [] });
  });

  it('ignores elements it does not read and does without optional ones it does', async () => {
    const sparse = readPageFixture('personio-positions.xml')
      .replace(/<additionalOffices>[\s\S]*?<\/additionalOffices>/, '<brandNewElement><nested>1</nested></brandNewElement>')
      .replace(/<jobDescriptions>[\s\S]*?<\/jobDescriptions>/, '')
      .replace('<schedule>full-time</schedule>', '')
      .replace('<createdAt>2026-02-20T09:00:00+00:00</createdAt>', '');
    stub.on('/personio/sparse/xml', { headers: xmlHeaders, body: sparse });

    const [posting] = (await stubJobSources(stub).boards.personio.listPostings('sparse')).postings;

    expect(posting).toMatchObject({ locations: ['Berlin'], employmentType: 'permanent', description: '', salaryMin: null, publishedAt: null });
  });

  it('refuses a body that is not the feed', async () => {
    stub.on('/personio/html/xml', { body: '<html><body>Maintenance</body></html>' });

    await expect(stubJobSources(stub).boards.personio.listPostings('html')).rejects.toMatchObject({
      name: 'UpstreamError',
      message: 'Personio: answered with a body that is not XML',
    });
  });

  it('retries a failing server and then reads the feed', async () => {
    stub.on('/personio/flaky/xml', { status: 500 }, feed());

    expect((await stubJobSources(stub).boards.personio.listPostings('flaky')).postings).toHaveLength(2);
    expect(stub.requests.filter((url) => url.pathname === '/personio/flaky/xml')).toHaveLength(2);
  });

  it('reports a company that does not exist as not found', async () => {
    await expect(stubJobSources(stub).boards.personio.listPostings('no-such-company')).rejects.toMatchObject({
      name: 'NotFoundError',
      message: 'Personio company no-such-company was not found',
    });
    stub.on('/personio/acme/xml', feed());
    await expect(stubJobSources(stub).boards.personio.getPosting('acme', '999')).rejects.toMatchObject({ name: 'NotFoundError' });
  });
});
