import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHiringLine } from './hacker-news.ts';
import { freshBoardFixture, startHttpStub, stubJobSources, type HttpStub } from './test-job-sources.ts';

let stub: HttpStub;
beforeAll(async () => {
  stub = await startHttpStub();
});
afterAll(() => stub.close());

function serveThread() {
  stub.on('/api/v1/search_by_date', { body: freshBoardFixture('hackernews-whoishiring-search.json') });
  stub.on('/api/v1/items/46100000', { body: freshBoardFixture('hackernews-whoishiring-thread.json') });
}

describe('Hacker News: Who is hiring?', () => {
  it("finds the month's hiring thread among whoishiring's stories and reads each top-level posting's heading", async () => {
    serveThread();
    stub.requests.length = 0;

    const { postings, skipped } = await stubJobSources(stub).aggregators.hackernews.search({ words: 'backend engineer OR data analyst' });

    const [search, thread] = stub.requests;
    expect(search!.searchParams.get('tags')).toBe('story,author_whoishiring');
    expect(thread!.pathname).toBe('/api/v1/items/46100000');
    expect(postings.map((posting) => posting.company)).toEqual(['Quillbase', 'Meadowlark Health']);
    // The comment without an id is counted; the question, the deleted comment and the reply are no postings and not counted.
    expect(skipped).toBe(1);
    expect(postings[0]).toMatchObject({
      source: 'hackernews',
      externalId: '46100210',
      title: 'Senior Backend Engineer (Go)',
      locations: ['Berlin, Germany', 'EU'],
      workplaceType: 'remote',
      employmentType: 'Full-time',
      salaryMin: 85_000,
      salaryMax: 105_000,
      salaryCurrency: 'EUR',
      url: 'https://news.ycombinator.com/item?id=46100210',
      publishedAt: new Date(1796141042 * 1000),
    });
    expect(postings[0]!.description).toContain("You'll own the storage engine's replication & backups.");
    expect(postings[0]!.description).not.toMatch(/<|&#x27;|&amp;/);
    // Pay stated in the text rather than the heading is read from the text.
    expect(postings[1]).toMatchObject({
      title: 'Data Analyst, Analytics Engineer',
      locations: ['New York, NY'],
      workplaceType: 'onsite',
      salaryMin: 120_000,
      salaryMax: 145_000,
      salaryCurrency: 'USD',
    });
  });

  it('keeps every posting when there is nothing to search for, and never a comment that is not one', async () => {
    serveThread();

    const { postings } = await stubJobSources(stub).aggregators.hackernews.search({ words: '' });

    expect(postings.map((posting) => posting.externalId)).toEqual(['46100210', '46100233', '46100320']);
    expect(postings[2]).toMatchObject({
      company: 'Rivet Robotics',
      title: 'Multiple roles: Firmware Engineer, ML Engineer, Technician',
      locations: ['Pittsburgh, PA'],
      workplaceType: 'hybrid',
      salaryMin: null,
    });
  });

  it('says plainly when there is no hiring thread to read, and when the service fails', async () => {
    stub.on('/api/v1/search_by_date', { body: { hits: [{ objectID: '1', title: 'Ask HN: Who wants to be hired? (December 2026)' }] } });
    await expect(stubJobSources(stub).aggregators.hackernews.search({ words: 'go' })).rejects.toThrow('Hacker News: lists no "Who is hiring?" thread at the moment');

    stub.on('/api/v1/search_by_date', { status: 502 });
    await expect(stubJobSources(stub).aggregators.hackernews.search({ words: 'go' })).rejects.toThrow(/^Hacker News: answered HTTP 502 after 3 attempts/);
  });
});

describe('a "Who is hiring?" heading', () => {
  it('reads company, role, place, workplace, employment and pay in any order after the company', () => {
    expect(parseHiringLine('Acme Corp (YC W21) | Staff Engineer | San Francisco or Remote (US) | $180k-$220k + equity')).toEqual({
      company: 'Acme Corp (YC W21)',
      roles: ['Staff Engineer'],
      locations: ['San Francisco', 'US'],
      workplaceType: 'remote',
      employmentType: null,
      pay: '$180k-$220k + equity',
    });
    expect(parseHiringLine('Foo Labs - foolabs.example | Part-time | Product Designer (Remote) | Lisbon')).toMatchObject({
      company: 'Foo Labs',
      roles: ['Product Designer'],
      locations: ['Lisbon'],
      workplaceType: 'remote',
      employmentType: 'Part-time',
    });
  });

  it('reads a role that carries its pay or workplace in brackets', () => {
    expect(parseHiringLine('Brightloom | ONSITE | San Francisco | Founding Engineer ($180k–$220k + equity)')).toMatchObject({
      company: 'Brightloom',
      roles: ['Founding Engineer'],
      locations: ['San Francisco'],
      workplaceType: 'onsite',
      pay: '$180k–$220k + equity',
    });
  });

  it('is no heading without pipes, a company or a role', () => {
    expect(parseHiringLine('We are hiring engineers in Berlin, DM me')).toBeNull();
    expect(parseHiringLine('Ternwise | Amsterdam | Hybrid')).toBeNull();
    expect(parseHiringLine('https://acme.example | Backend Engineer')).toBeNull();
  });
});
