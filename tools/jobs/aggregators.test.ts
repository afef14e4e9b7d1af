import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UpstreamError } from '../errors.ts';
import { freshBoardFixture, startHttpStub, stubJobSources, type HttpStub } from './test-job-sources.ts';

let stub: HttpStub;
beforeAll(async () => {
  stub = await startHttpStub();
});
afterAll(() => stub.close());

describe('Remotive', () => {
  it('maps its recorded answer: the region it hires in, pay as text, HTML with entities, dates without a zone read as UTC; a malformed job is skipped', async () => {
    stub.on('/api/remote-jobs', { body: freshBoardFixture('remotive-search.json') });

    const { postings, skipped } = await stubJobSources(stub).aggregators.remotive.search({ words: 'business transformation' });
    const request = stub.requests.at(-1)!;

    expect(request.searchParams.get('search')).toBe('business transformation');
    expect(postings).toHaveLength(2);
    expect(skipped).toBe(1);
    expect(postings[0]).toMatchObject({
      source: 'remotive',
      externalId: '2090881',
      company: 'Expion Health',
      title: 'Business Transformation Lead',
      locations: ['USA'],
      workplaceType: 'remote',
      employmentType: 'Full-time',
      salaryMin: 175_000,
      salaryMax: 225_000,
      salaryCurrency: 'USD',
      url: 'https://remotive.com/remote-jobs/artificial-intelligence/business-transformation-lead-2090881',
      applyUrl: 'https://remotive.com/remote-jobs/artificial-intelligence/business-transformation-lead-2090881',
      publishedAt: new Date('2026-06-12T21:30:58Z'),
    });
    expect(postings[0]!.description).toContain('Reports To: President, Service & Growth');
    expect(postings[0]!.description).not.toMatch(/<|&amp;/);
    // An empty salary and no pay in the text: no pay, not a guess.
    expect(postings[1]).toMatchObject({
      company: 'Lemon.io',
      title: 'Head of Engineering',
      locations: ['LATAM', 'Europe', 'Central America'],
      salaryMin: null,
      publishedAt: new Date('2026-06-12T09:35:12Z'),
    });
  });

  it('retries a failing answer, then says plainly that the service failed', async () => {
    stub.on('/api/remote-jobs', { status: 503 }, { body: freshBoardFixture('remotive-search.json') });
    expect((await stubJobSources(stub).aggregators.remotive.search({ words: 'nurse' })).postings).toHaveLength(2);

    stub.on('/api/remote-jobs', { status: 500 });
    await expect(stubJobSources(stub).aggregators.remotive.search({ words: 'nurse' })).rejects.toThrow(UpstreamError);
  });
});

describe('Arbeitnow', () => {
  it('maps its recorded answer and keeps the jobs that mention what was searched; a malformed job is skipped', async () => {
    stub.on('/api/job-board-api', { body: freshBoardFixture('arbeitnow-page.json') }, { body: { data: [], links: {}, meta: {} } });

    const { postings, skipped } = await stubJobSources(stub).aggregators.arbeitnow.search({ words: 'marketing OR steuerberater' });

    expect(postings.map((posting) => posting.company)).toEqual(['Schulz Digital GmbH', 'Taxtalente.de']);
    expect(skipped).toBe(1);
    expect(postings[0]).toMatchObject({
      source: 'arbeitnow',
      externalId: 'marketing-operations-manager-100-remote-cologne-332231',
      title: 'Marketing Operations Manager (m/w/d) | 100 % Remote',
      locations: ['Cologne'],
      workplaceType: 'remote',
      employmentType: 'full time',
      url: 'https://www.arbeitnow.com/jobs/companies/schulz-digital-gmbh/marketing-operations-manager-100-remote-cologne-332231',
      publishedAt: new Date(1781589630 * 1000),
    });
    expect(postings[0]!.description).toContain('Aufträge & Mitarbeiter zu finden');
    expect(postings[0]).toMatchObject({ salaryMin: null, salaryMax: null });
    // No job type listed, not remote, nothing about the place in its words; the pay is stated in the title only.
    expect(postings[1]).toMatchObject({
      locations: ['Oftersheim'],
      workplaceType: null,
      employmentType: null,
      salaryMin: 90_000,
      salaryCurrency: 'EUR',
      publishedAt: new Date(1781591433 * 1000),
    });
  });
});

describe('The Muse', () => {
  type MusePage = { page_count: number; results: Record<string, unknown>[] };
  // The recorded page says there are thousands more; the page after it is served empty so a search reads one page.
  const noMoreJobs = { body: { page: 2, page_count: 24958, results: [] } };

  it('maps its recorded newest jobs and keeps those whose title, text, level or category mention the search; a malformed job is skipped', async () => {
    stub.on('/api/public/jobs', { body: freshBoardFixture('themuse-jobs-page.json') }, noMoreJobs);

    const { postings, skipped } = await stubJobSources(stub).aggregators.themuse.search({ words: 'merchandising OR nurse' });
    const request = stub.requests.find((url) => url.pathname === '/api/public/jobs' && url.searchParams.get('page') === '1')!;

    expect(request.searchParams.get('descending')).toBe('true');
    expect(postings.map((posting) => posting.title)).toEqual(['Sr Category Manager, Japan Merchandising, Retail', 'Licensed Practical Nurse (LPN) - Sign On Bonus']);
    expect(skipped).toBe(1);
    expect(postings[0]).toMatchObject({
      source: 'themuse',
      externalId: '21643383',
      company: 'Uber',
      locations: ['Tokyo, Japan'],
      workplaceType: null,
      employmentType: null,
      salaryMin: null,
      url: 'https://www.themuse.com/jobs/uber/sr-category-manager-japan-merchandising-retail',
      publishedAt: new Date('2026-06-11T00:12:35Z'),
    });
    expect(postings[0]!.description).toContain('Merchandising & Content Strategy');
    expect(postings[0]!.description).not.toMatch(/<|&amp;/);
    // A sign-on bonus is not the pay.
    expect(postings[1]).toMatchObject({ company: 'The Laurels of Kent', locations: ['Caledonia, MI'], salaryMin: null, salaryMax: null });
    expect(postings[1]!.description).toContain('someone’s life every day');
  });

  it('matches a search by the category a job is filed under, and reads an internship and a remote place as such', async () => {
    const body = freshBoardFixture<MusePage>('themuse-jobs-page.json');
    const uber = body.results[0]!;
    body.results.push({ ...uber, id: 21643384, levels: [{ name: 'Internship', short_name: 'internship' }], locations: [{ name: 'Flexible / Remote' }] });
    stub.on('/api/public/jobs', { body }, noMoreJobs);

    const { postings } = await stubJobSources(stub).aggregators.themuse.search({ words: 'business operations' });

    expect(postings.map((posting) => posting.externalId)).toEqual(['21643383', '21643384']);
    expect(postings[0]).toMatchObject({ employmentType: null, workplaceType: null });
    expect(postings[1]).toMatchObject({ employmentType: 'Internship', workplaceType: 'remote', locations: [] });
  });

  it('keeps to its request limit: a page past it fails the search with when to try again, without asking The Muse', async () => {
    const body = freshBoardFixture<{ page_count: number }>('themuse-jobs-page.json');
    body.page_count = 3;
    stub.on('/api/public/jobs', { body });
    stub.requests.length = 0;

    const search = stubJobSources(stub, { rateLimits: { themuse: { requests: 2, perMs: 60 * 60_000 } } }).aggregators.themuse.search({ words: 'engineer' });

    await expect(search).rejects.toThrow(/^The Muse: has had as many requests as it allows for now; try again in 60 minutes$/);
    expect(stub.requests.map((request) => request.searchParams.get('page'))).toEqual(['1', '2']);
  });

  it('retries a failing answer, then says plainly that the service failed', async () => {
    stub.on('/api/public/jobs', { status: 503 }, { body: freshBoardFixture('themuse-jobs-page.json') }, noMoreJobs);
    expect((await stubJobSources(stub).aggregators.themuse.search({ words: 'nurse' })).postings).toHaveLength(1);

    stub.on('/api/public/jobs', { status: 403, body: { error: 'rate limit' } });
    await expect(stubJobSources(stub).aggregators.themuse.search({ words: 'nurse' })).rejects.toThrow('The Muse: answered HTTP 403');
  });
});

describe('RemoteOK', () => {
  it('maps its recorded list, skipping the legal notice and counting a malformed entry, and keeps jobs whose title, tags or text mention the search', async () => {
    stub.on('/api', { body: freshBoardFixture('remoteok-api.json') });

    const { postings, skipped } = await stubJobSources(stub).aggregators.remoteok.search({ words: 'golang OR qa' });

    expect(postings.map((posting) => posting.title)).toEqual(['Senior Backend Golang Engineer Mailgun Send', 'Job 19004 Junior Quality Assurance Engineer Brazil']);
    expect(skipped).toBe(1);
    expect(postings[0]).toMatchObject({
      source: 'remoteok',
      externalId: '1059249',
      company: 'Mailgun',
      locations: [],
      workplaceType: 'remote',
      salaryMin: 70_000,
      salaryMax: 110_000,
      salaryCurrency: 'USD',
      url: 'https://remoteOK.com/remote-jobs/remote-senior-backend-golang-engineer-mailgun-send-mailgun-1059249',
      publishedAt: new Date(1733260504 * 1000),
    });
    expect(postings[1]).toMatchObject({ externalId: '1059247', company: 'CI&T', locations: ['Campinas, SP'], salaryMin: 55_000, salaryMax: 100_000 });
    const text = postings[1]!.description;
    expect(text).toContain('Test APIs (RESTful and SOAP)');
    expect(text).toContain('CI&Ters’ identities');
    expect(text).not.toMatch(/<|&amp;|\\n|â\u0080/);
  });

  it('repairs text sent with mis-decoded UTF-8 and keeps the apply link a job gives', async () => {
    stub.on('/api', { body: freshBoardFixture('remoteok-api.json') });

    const { postings } = await stubJobSources(stub).aggregators.remoteok.search({ words: 'elixir' });

    expect(postings).toHaveLength(1);
    expect(postings[0]).toMatchObject({ company: 'Jump', title: 'Software Engineer', applyUrl: 'https://applicantai.com/jump/software-engineer/3439?ref=remoteok#apply' });
    expect(postings[0]!.description).toContain('it’s very easy to debug problems');
  });

  it('fails plainly when the answer is not its list, and when its request limit is used up', async () => {
    stub.on('/api', { body: { error: 'blocked' } });
    await expect(stubJobSources(stub).aggregators.remoteok.search({ words: 'go' })).rejects.toThrow(/^RemoteOK: answered in an unexpected shape/);

    stub.on('/api', { body: freshBoardFixture('remoteok-api.json') });
    const sources = stubJobSources(stub, { rateLimits: { remoteok: { requests: 1, perMs: 60 * 60_000 } } });
    await sources.aggregators.remoteok.search({ words: 'go' });
    await expect(sources.aggregators.remoteok.search({ words: 'go' })).rejects.toThrow(/^RemoteOK: has had as many requests as it allows for now/);
  });
});

describe('Himalayas', () => {
  type HimalayasPage = { jobs: Record<string, unknown>[]; totalCount: number };

  it('maps its recorded answer: countries as names, yearly pay in its currency, dates in seconds; a malformed job is skipped', async () => {
    stub.on('/jobs/api', { body: freshBoardFixture('himalayas-jobs.json') });

    const { postings, skipped } = await stubJobSources(stub).aggregators.himalayas.search({ words: 'java OR elixir' });
    const request = stub.requests.at(-1)!;

    expect(request.searchParams.get('limit')).toBe('20');
    expect(request.searchParams.get('offset')).toBe('0');
    expect(postings.map((posting) => posting.title)).toEqual(['Remote Java Architect', 'Senior Backend Engineer (Elixir)']);
    expect(skipped).toBe(1);
    expect(postings[0]).toMatchObject({
      source: 'himalayas',
      externalId: 'https://himalayas.app/companies/nymphis-technologies/jobs/remote-java-architect-9079704681',
      company: 'Nymphis Technologies',
      locations: ['Australia', 'Canada', 'Germany', 'India', 'Netherlands', 'United Kingdom', 'United States'],
      workplaceType: 'remote',
      employmentType: 'Full Time',
      // No pay stated and null currency: no pay.
      salaryMin: null,
      salaryMax: null,
      url: 'https://himalayas.app/companies/nymphis-technologies/jobs/remote-java-architect-9079704681',
      applyUrl: 'https://himalayas.app/companies/nymphis-technologies/jobs/remote-java-architect-9079704681',
      publishedAt: new Date(1781591469 * 1000),
    });
    expect(postings[0]!.description).toContain('We are looking to hire an experienced Java Architect');
    expect(postings[0]!.description).not.toContain('<');
    expect(postings[1]).toMatchObject({
      company: 'Remote',
      locations: ['Germany'],
      salaryMin: 53_300,
      salaryMax: 119_850,
      salaryCurrency: 'USD',
      publishedAt: new Date(1781589519 * 1000),
    });
  });

  it('matches a search through the categories a job is filed under', async () => {
    stub.on('/jobs/api', { body: freshBoardFixture('himalayas-jobs.json') });

    const { postings } = await stubJobSources(stub).aggregators.himalayas.search({ words: 'devops engineering' });

    expect(postings.map((posting) => posting.company)).toEqual(['Oracle']);
    expect(postings[0]).toMatchObject({ locations: ['United States'], salaryMin: null });
  });

  it('reads the shape its data dictionary documents too: countries as objects, dates in milliseconds, no countries meaning anywhere, a guid that is no address', async () => {
    const body = freshBoardFixture<HimalayasPage>('himalayas-jobs.json');
    const java = body.jobs[0]!;
    body.jobs = [
      { ...java, locationRestrictions: [{ name: 'Germany', alpha2: 'DE' }, { name: 'Netherlands' }], pubDate: 1781591469000 },
      { ...java, guid: 'nymphis-java-anywhere-7781', applicationLink: 'https://nymphis.example/careers/java', locationRestrictions: [] },
    ];
    stub.on('/jobs/api', { body });

    const { postings } = await stubJobSources(stub).aggregators.himalayas.search({ words: 'java' });

    expect(postings[0]).toMatchObject({ locations: ['Germany', 'Netherlands'], publishedAt: new Date(1781591469 * 1000) });
    expect(postings[1]).toMatchObject({ externalId: 'nymphis-java-anywhere-7781', locations: ['Worldwide'], url: 'https://nymphis.example/careers/java' });
  });

  it('reads further pages while they are full, and stops at the last', async () => {
    const full = freshBoardFixture<HimalayasPage>('himalayas-jobs.json');
    full.jobs = Array.from({ length: 5 }, () => full.jobs).flat();
    full.totalCount = 25;
    stub.on('/jobs/api', { body: full }, { body: freshBoardFixture('himalayas-jobs.json') });
    stub.requests.length = 0;

    const { postings, skipped } = await stubJobSources(stub).aggregators.himalayas.search({ words: 'elixir' });

    expect(stub.requests.map((request) => request.searchParams.get('offset'))).toEqual(['0', '20']);
    expect(postings).toHaveLength(6);
    expect(skipped).toBe(6);
  });
});

describe('Jobicy', () => {
  it('maps its recorded answer: yearly pay sent as text, the region it hires in, HTML with entities, dates without a zone', async () => {
    stub.on('/api/v2/remote-jobs', { body: freshBoardFixture('jobicy-remote-jobs.json') });

    const { postings, skipped } = await stubJobSources(stub).aggregators.jobicy.search({ words: 'python' });
    const request = stub.requests.at(-1)!;

    expect(request.searchParams.get('tag')).toBe('python');
    expect(request.searchParams.get('count')).toBe('50');
    expect(postings.map((posting) => posting.title)).toEqual(['Senior Site Reliability Engineer', 'Research Scientist (Voice AI Foundations)']);
    expect(skipped).toBe(1);
    expect(postings[0]).toMatchObject({
      source: 'jobicy',
      externalId: '113597',
      company: 'Dynatrace',
      locations: ['Anywhere'],
      workplaceType: 'remote',
      employmentType: 'Full-time',
      salaryMin: null,
      url: 'https://jobicy.com/jobs/113597-senior-site-reliability-engineer',
      publishedAt: new Date('2024-12-07T04:10:26Z'),
    });
    expect(postings[0]!.description).toContain('team meetings & events');
    expect(postings[1]).toMatchObject({ company: 'Deepgram', locations: ['USA'], salaryMin: 150_000, salaryMax: 220_000, salaryCurrency: 'USD' });
    expect(postings[1]!.description).toContain('customers’ most challenging problems');
    expect(postings[1]!.description).not.toMatch(/<|&#8217;|&amp;/);
  });

  it('asks once per role, at most three, keeping a job listed for two roles once', async () => {
    stub.on('/api/v2/remote-jobs', { body: freshBoardFixture('jobicy-remote-jobs.json') });
    stub.requests.length = 0;

    const { postings } = await stubJobSources(stub).aggregators.jobicy.search({ words: 'python OR site reliability OR data science OR voice' });

    expect(stub.requests.map((request) => request.searchParams.get('tag'))).toEqual(['python', 'site reliability', 'data science']);
    expect(postings).toHaveLength(2);
  });

  it('keeps to a day\'s request limit, saying in hours when to try again', async () => {
    stub.on('/api/v2/remote-jobs', { body: freshBoardFixture('jobicy-remote-jobs.json') });
    const sources = stubJobSources(stub, { rateLimits: { jobicy: { requests: 1, perMs: 24 * 60 * 60_000 } } });

    await sources.aggregators.jobicy.search({ words: 'python' });
    await expect(sources.aggregators.jobicy.search({ words: 'python' })).rejects.toThrow('Jobicy: has had as many requests as it allows for now; try again in 24 hours');
  });
});
