import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UpstreamError } from '../errors.ts';
import { freshBoardFixture, startHttpStub, stubJobSources, type HttpStub } from './test-job-sources.ts';

let stub: HttpStub;
beforeAll(async () => {
  stub = await startHttpStub();
});
afterAll(() => stub.close());

const adzunaKey = { appId: 'app-4f1c', appKey: 'adzuna-secret-key-7d3e9b', country: 'us' };

describe('Adzuna', () => {
  it("searches the user's country with their id and key, once per role, and maps its recorded answer: stated pay, places, contract", async () => {
    stub.on('/v1/api/jobs/us/search/1', { body: freshBoardFixture('adzuna-search.json') });
    stub.requests.length = 0;

    const { postings, skipped } = await stubJobSources(stub).keyed.adzuna.search({ words: 'software developer OR data engineer' }, adzunaKey);

    expect(stub.requests.map((request) => [request.searchParams.get('what'), request.searchParams.get('app_id'), request.searchParams.get('app_key')])).toEqual([
      ['software developer', 'app-4f1c', 'adzuna-secret-key-7d3e9b'],
      ['data engineer', 'app-4f1c', 'adzuna-secret-key-7d3e9b'],
    ]);
    expect(postings.map((posting) => posting.company)).toEqual(['SSG', 'Center For Health Information And Analysis', 'Apex Systems']);
    // Per answer: the job naming no company and the one without its address; the same two in the second answer.
    expect(skipped).toBe(4);
    expect(postings[0]).toMatchObject({
      source: 'adzuna',
      externalId: '5801147013',
      title: 'Senior Software Developer',
      locations: ['State Farm, Arlington County'],
      workplaceType: null,
      employmentType: 'Full-time',
      salaryMin: 85_389,
      salaryMax: 116_975,
      salaryCurrency: 'USD',
      url: 'https://www.adzuna.com/details/5801147013?utm_medium=api&utm_source=REDACTED_APP_ID',
      publishedAt: new Date('2026-07-15T08:33:45Z'),
    });
    expect(postings[0]!.description).toContain('Security Clearance Level: Public Trust');
    // Pay Adzuna only estimated ("salary_is_predicted": "1") is not taken as the employer's.
    expect(postings[1]).toMatchObject({ title: 'Manager of ETL Development', locations: ['Boston, Suffolk County'], employmentType: null, salaryMin: null, salaryMax: null });
    expect(postings[2]).toMatchObject({ title: 'Google Cloud Platform Data Engineer', salaryMin: null, salaryMax: null, publishedAt: new Date('2026-07-15T09:48:28Z') });
  });

  it('reads the words searched out of a highlighted title, a contract, a remote place and pay stated only in the text', async () => {
    const body = freshBoardFixture<{ results: Record<string, unknown>[] }>('adzuna-search.json');
    const [stated] = body.results;
    body.results = [
      { ...stated, id: '5801147014', title: 'Senior <strong>Software</strong> Developer (Remote)', contract_time: undefined, contract_type: 'contract', salary_min: undefined, salary_max: undefined, salary_is_predicted: undefined },
    ];
    stub.on('/v1/api/jobs/gb/search/1', { body });

    const { postings } = await stubJobSources(stub).keyed.adzuna.search({ words: 'software' }, { ...adzunaKey, country: 'gb' });

    expect(postings[0]).toMatchObject({ title: 'Senior Software Developer (Remote)', workplaceType: 'remote', employmentType: 'Contract', salaryMin: 85_389, salaryMax: 116_975, salaryCurrency: 'USD' });
  });

  it('says plainly when the key is refused, without the key in what it says', async () => {
    stub.on('/v1/api/jobs/us/search/1', { status: 401, body: { exception: 'AUTH_FAIL' } });

    const failure = await stubJobSources(stub).keyed.adzuna.search({ words: 'nurse' }, adzunaKey).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(UpstreamError);
    expect((failure as Error).message).toBe('Adzuna: refused your key; check it in Settings');
    expect(JSON.stringify(failure)).not.toContain(adzunaKey.appKey);
  });

  it("keeps each key to its own request limit", async () => {
    stub.on('/v1/api/jobs/us/search/1', { body: freshBoardFixture('adzuna-search.json') });
    const sources = stubJobSources(stub, { rateLimits: { adzuna: { requests: 1, perMs: 24 * 60 * 60_000 } } });

    await sources.keyed.adzuna.search({ words: 'nurse' }, adzunaKey);
    await expect(sources.keyed.adzuna.search({ words: 'nurse' }, adzunaKey)).rejects.toThrow(/^Adzuna: has had as many requests as it allows for now; try again in 24 hours$/);
    await expect(sources.keyed.adzuna.search({ words: 'nurse' }, { ...adzunaKey, appId: 'another-user' })).resolves.toMatchObject({ skipped: 2 });
  });
});

describe('Reed', () => {
  const key = { apiKey: 'reed-user-key-0a7d41' };

  it('searches with the key as the Basic user name and reads pay by its size: yearly, daily, or stated in the text', async () => {
    const authorizations: (string | undefined)[] = [];
    stub.on('/api/1.0/search', (_url, request) => {
      authorizations.push(request.headers.authorization);
      return { body: freshBoardFixture('reed-search.json') };
    });
    stub.requests.length = 0;

    const { postings, skipped } = await stubJobSources(stub).keyed.reed.search({ words: 'backend engineer' }, key);

    expect(stub.requests[0]!.searchParams.get('keywords')).toBe('backend engineer');
    expect(authorizations).toEqual([`Basic ${Buffer.from('reed-user-key-0a7d41:').toString('base64')}`]);
    expect(postings.map((posting) => posting.company)).toEqual(['Larkspur Digital', 'Thornbury Consulting', 'Meadow Health Trust']);
    expect(skipped).toBe(1);
    expect(postings[0]).toMatchObject({
      source: 'reed',
      externalId: '51234567',
      title: 'Backend Engineer (Python)',
      locations: ['Bristol'],
      salaryMin: 55_000,
      salaryMax: 65_000,
      salaryCurrency: 'GBP',
      url: 'https://www.reed.co.uk/jobs/backend-engineer-python/51234567',
      publishedAt: new Date(Date.UTC(2026, 11, 1)),
    });
    expect(postings[0]!.description).toBe('Larkspur Digital is looking for a backend engineer to build our booking platform in Python & Django...');
    expect(postings[1]).toMatchObject({ workplaceType: 'remote', salaryMin: 450 * 260, salaryMax: 550 * 260 });
    expect(postings[2]).toMatchObject({ salaryMin: 48_000, salaryMax: 52_000, salaryCurrency: 'GBP' });
  });
});

describe('USAJOBS', () => {
  const key = { email: 'someone@example.test', apiKey: 'usajobs-user-key-93bd02' };

  it('sends the key and the registered email as USAJOBS asks, and maps grades of pay, places, schedule and telework', async () => {
    const headers: Record<string, string | string[] | undefined>[] = [];
    stub.on('/api/search', (_url, request) => {
      headers.push(request.headers);
      return { body: freshBoardFixture('usajobs-search.json') };
    });
    stub.requests.length = 0;

    const { postings, skipped } = await stubJobSources(stub).keyed.usajobs.search({ words: 'data' }, key);

    expect(stub.requests[0]!.searchParams.get('Keyword')).toBe('data');
    expect(headers[0]).toMatchObject({ 'authorization-key': key.apiKey, 'user-agent': key.email });
    expect(postings.map((posting) => posting.externalId)).toEqual(['ABC-26-12345', 'VHA-26-777']);
    expect(skipped).toBe(1);
    expect(postings[0]).toMatchObject({
      source: 'usajobs',
      company: 'Bureau of Example Statistics',
      title: 'IT Specialist (Data Management)',
      locations: ['Denver, Colorado', 'Washington, District of Columbia'],
      workplaceType: 'hybrid',
      employmentType: 'Full-time',
      salaryMin: 99_200,
      salaryMax: 128_956,
      salaryCurrency: 'USD',
      applyUrl: 'https://www.usajobs.gov:443/GetJob/ViewDetails/801234500?PostingChannelID=example',
    });
    expect(postings[0]!.description).toBe("Join the team that publishes the nation's example statistics.\n\nYou must have one year of specialized experience managing data pipelines.");
    expect(postings[1]).toMatchObject({
      locations: ['Tucson, Arizona'],
      workplaceType: null,
      employmentType: 'Part-time',
      salaryMin: Math.round(21.5 * 2080),
      salaryMax: Math.round(27.95 * 2080),
      applyUrl: 'https://www.usajobs.gov:443/GetJob/ViewDetails/801234777',
    });
  });
});

describe('Jooble', () => {
  const key = { apiKey: 'jooble-user-key-55c0e9' };

  it('posts the search to its address with the key, keeps ids whole, reads pay from its text, and skips a job naming no company', async () => {
    const bodies: unknown[] = [];
    stub.on(`/api/${key.apiKey}`, async (_url, request) => {
      let text = '';
      for await (const chunk of request) text += chunk;
      bodies.push({ method: request.method, body: JSON.parse(text) });
      return { body: freshBoardFixture('jooble-search.json') };
    });

    const { postings, skipped } = await stubJobSources(stub).keyed.jooble.search({ words: 'backend engineer' }, key);

    expect(bodies).toEqual([{ method: 'POST', body: { keywords: 'backend engineer' } }]);
    expect(postings.map((posting) => posting.company)).toEqual(['Canalway Logistics', 'Skylark Apps']);
    expect(skipped).toBe(2);
    expect(postings[0]).toMatchObject({
      source: 'jooble',
      externalId: '-7312345678901234567',
      title: 'Senior Backend Engineer',
      locations: ['Amsterdam'],
      employmentType: 'Full-time',
      salaryMin: 70_000,
      salaryMax: 85_000,
      salaryCurrency: 'EUR',
      publishedAt: new Date('2026-12-01T00:00:00Z'),
    });
    expect(postings[0]!.description).toBe('...build backend services in Kotlin for our logistics platform...');
    expect(postings[1]).toMatchObject({ workplaceType: 'remote', salaryMin: 50 * 2080, salaryMax: 60 * 2080, salaryCurrency: 'USD' });
  });

  it('never puts the key, which is in its address, into what a failure says', async () => {
    stub.on(`/api/${key.apiKey}`, { status: 403 });

    const failure = (await stubJobSources(stub)
      .keyed.jooble.search({ words: 'nurse' }, key)
      .then(
        () => new Error('no failure'),
        (error: unknown) => error,
      )) as Error;

    expect(failure.message).toBe('Jooble: refused your key; check it in Settings');
    expect(`${failure.message} ${failure.stack}`).not.toContain(key.apiKey);
  });
});
