import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UpstreamError } from '../errors.ts';
import { freshBoardFixture, startHttpStub, stubJobSources, type HttpStub } from './test-job-sources.ts';

let stub: HttpStub;
beforeAll(async () => {
  stub = await startHttpStub();
});
afterAll(() => stub.close());

describe('Remotive', () => {
  it('maps its remote jobs to postings, skipping a malformed one and ignoring fields it does not know', async () => {
    stub.on('/api/remote-jobs', { body: freshBoardFixture('remotive-search.json') });

    const postings = await stubJobSources(stub).aggregators.remotive.search({ words: 'backend engineer' });
    const request = stub.requests.at(-1)!;

    expect(request.searchParams.get('search')).toBe('backend engineer');
    expect(postings).toHaveLength(2);
    expect(postings[0]).toMatchObject({
      source: 'remotive',
      externalId: '1981234',
      company: 'Northwind Logistics',
      title: 'Senior Backend Engineer (Go)',
      locations: ['Europe'],
      workplaceType: 'remote',
      employmentType: 'Full-time',
      salaryMin: 70_000,
      salaryMax: 85_000,
      salaryCurrency: 'EUR',
      url: 'https://remotive.com/remote-jobs/software-dev/senior-backend-engineer-go-1981234',
    });
    expect(postings[0]!.description).toContain('Build Go services on PostgreSQL');
    expect(postings[0]!.description).not.toContain('<');
    expect(postings[1]).toMatchObject({ company: 'Brightdesk', locations: ['USA Only'], employmentType: 'Contract', salaryMin: null });
  });

  it('retries a failing answer, then says plainly that the service failed', async () => {
    stub.on('/api/remote-jobs', { status: 503 }, { body: freshBoardFixture('remotive-search.json') });
    await expect(stubJobSources(stub).aggregators.remotive.search({ words: 'nurse' })).resolves.toHaveLength(2);

    stub.on('/api/remote-jobs', { status: 500 });
    await expect(stubJobSources(stub).aggregators.remotive.search({ words: 'nurse' })).rejects.toThrow(UpstreamError);
  });
});

describe('Arbeitnow', () => {
  it('reads its newest jobs and keeps those that mention what was searched', async () => {
    stub.on('/api/job-board-api', { body: freshBoardFixture('arbeitnow-page.json') }, { body: { data: [], links: {}, meta: {} } });

    const postings = await stubJobSources(stub).aggregators.arbeitnow.search({ words: 'Go OR backend' });

    expect(postings.map((posting) => posting.title)).toEqual(['Backend-Entwickler Go (m/w/d)', 'Senior Go Engineer']);
    expect(postings[0]).toMatchObject({
      source: 'arbeitnow',
      company: 'Brandt & Söhne Logistik',
      locations: ['Hamburg'],
      workplaceType: null,
      employmentType: 'full time',
      salaryMin: 65_000,
      salaryMax: 80_000,
      salaryCurrency: 'EUR',
      publishedAt: new Date(1764846000 * 1000),
    });
    expect(postings[1]).toMatchObject({ workplaceType: 'remote' });
  });
});
