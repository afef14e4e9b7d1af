import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshBoardFixture, startHttpStub, stubJobSources, type HttpStub } from './test-job-sources.ts';

interface GreenhouseBoard {
  jobs: { id: number; title: string }[];
}

let stub: HttpStub;
beforeAll(async () => {
  stub = await startHttpStub();
});
afterAll(() => stub.close());

describe('Greenhouse importer', () => {
  it('maps a board to postings: decoded text, pay stated in it, several locations, remote, employment type', async () => {
    const board = freshBoardFixture<GreenhouseBoard>('greenhouse-board.json');
    stub.on('/v1/boards/acme/jobs', { body: board });

    const postings = (await stubJobSources(stub).boards.greenhouse.listPostings('acme')).postings;

    expect(stub.requests.at(-1)?.search).toBe('?content=true&pay_transparency=true');
    expect(postings).toHaveLength(3);
    const [backend, designer, scientist] = postings;
    expect(backend).toEqual({
      source: 'greenhouse',
      externalId: String(board.jobs[0]!.id),
      company: 'Acme Robotics',
      title: 'Senior Backend Engineer',
      locations: ['Berlin, Germany', 'Remote - Europe'],
      workplaceType: 'remote',
      employmentType: 'Full-time',
      salaryMin: 85_000,
      salaryMax: 105_000,
      salaryCurrency: 'EUR',
      description: expect.any(String),
      url: `https://boards.greenhouse.io/acme/jobs/${board.jobs[0]!.id}`,
      applyUrl: `https://boards.greenhouse.io/acme/jobs/${board.jobs[0]!.id}`,
      publishedAt: new Date('2026-02-20T14:00:00Z'),
      updatedAt: new Date('2026-03-02T15:15:00Z'),
    });
    expect(backend!.description).toContain('We build warehouse robots & the software that runs them. R&D is in Berlin.');
    expect(backend!.description).toContain("What you'll do");
    expect(backend!.description).toContain('Design APIs in Go & TypeScript');
    expect(backend!.description).toContain('€85,000 – €105,000');
    expect(backend!.description).not.toMatch(/<|&amp;|&lt;|trackApplicant/);
    expect(designer).toMatchObject({ locations: ['New York, NY'], workplaceType: null, employmentType: null, salaryMin: null, salaryMax: null, salaryCurrency: null });
    // The pay transparency block, past the funding and headcount in the text above it.
    expect(scientist).toMatchObject({ title: 'Data Scientist, Forecasting', workplaceType: 'remote', employmentType: 'Contract', salaryMin: 130_000, salaryMax: 160_000, salaryCurrency: 'USD' });
  });

  it("files postings under the board's name made readable when the board does not name the company", async () => {
    const board = freshBoardFixture<{ jobs: Record<string, unknown>[] }>('greenhouse-board.json');
    for (const job of board.jobs) delete job.company_name;
    stub.on('/v1/boards/acme-robotics/jobs', { body: board });

    const postings = (await stubJobSources(stub).boards.greenhouse.listPostings('acme-robotics')).postings;

    expect(new Set(postings.map((posting) => posting.company))).toEqual(new Set(['Acme Robotics']));
  });

  it('reads an empty board as no postings', async () => {
    stub.on('/v1/boards/quiet/jobs', { body: { jobs: [], meta: { total: 0 } } });

    expect((await stubJobSources(stub).boards.greenhouse.listPostings('quiet')).postings).toEqual([]);
  });

  it('reads one posting from its own endpoint', async () => {
    const board = freshBoardFixture<GreenhouseBoard>('greenhouse-board.json');
    const job = board.jobs[1]!;
    stub.on(`/v1/boards/acme/jobs/${job.id}`, { body: job });

    const posting = await stubJobSources(stub).boards.greenhouse.getPosting('acme', String(job.id));

    expect(posting).toMatchObject({ externalId: String(job.id), title: 'Product Designer' });
  });

  it('says which field is wrong when the board itself is not the documented shape', async () => {
    stub.on('/v1/boards/broken/jobs', { body: { jobs: 'not a list' } });

    await expect(stubJobSources(stub).boards.greenhouse.listPostings('broken')).rejects.toMatchObject({
      name: 'UpstreamError',
      message: expect.stringMatching(/^Greenhouse: answered in an unexpected shape \(jobs: .+\)$/),
    });
  });

  it('imports the other jobs when one has no link, counting it unreadable under its id', async () => {
    const board = freshBoardFixture<GreenhouseBoard & { jobs: { absolute_url?: string }[] }>('greenhouse-board.json');
    const broken = board.jobs[0]!;
    delete broken.absolute_url;
    stub.on('/v1/boards/one-broken/jobs', { body: board });

    const listing = await stubJobSources(stub).boards.greenhouse.listPostings('one-broken');

    expect(listing.postings.map((posting) => posting.externalId)).toEqual(board.jobs.slice(1).map((job) => String(job.id)));
    expect(listing).toMatchObject({ unreadable: 1, unreadableIds: [String(broken.id)] });
  });

  it('counts a job whose id cannot be read without naming it', async () => {
    const board = freshBoardFixture<GreenhouseBoard>('greenhouse-board.json');
    (board.jobs[0] as { id: unknown }).id = 'not-a-number';
    stub.on('/v1/boards/no-id/jobs', { body: board });

    const listing = await stubJobSources(stub).boards.greenhouse.listPostings('no-id');

    expect(listing.postings).toHaveLength(board.jobs.length - 1);
    expect(listing).toMatchObject({ unreadable: 1, unreadableIds: [] });
  });

  it('reports a board that does not exist as not found', async () => {
    await expect(stubJobSources(stub).boards.greenhouse.listPostings('no-such-board')).rejects.toMatchObject({
      name: 'NotFoundError',
      message: 'Greenhouse board no-such-board was not found',
    });
  });
  // Fixture: greenhouse-board-recorded.json, a recorded answer of the live Job Board API (fixtures/SOURCES.md names its source and licence).
  it('reads a recorded board: published pay ranges, the board\'s own workplace field, unknown fields ignored', async () => {
    const board = freshBoardFixture<GreenhouseBoard>('greenhouse-board-recorded.json');
    stub.on('/v1/boards/airbnb/jobs', { body: board });

    const { postings, unreadable } = await stubJobSources(stub).boards.greenhouse.listPostings('airbnb');

    expect(unreadable).toBe(0);
    expect(postings).toHaveLength(2);
    const [acquisition, aiEngineer] = postings;
    expect(acquisition).toMatchObject({
      company: 'Airbnb',
      title: 'Acquisition Manager',
      locations: ['Berlin, Germany'],
      workplaceType: 'hybrid',
      salaryMin: 80_000,
      salaryMax: 120_000,
      salaryCurrency: 'USD',
      url: 'https://careers.airbnb.com/positions/7995153?gh_jid=7995153',
      publishedAt: new Date('2026-06-10T12:50:56Z'),
    });
    expect(acquisition!.description).toMatch(/^Airbnb was born in 2007 when two hosts welcomed three guests/);
    expect(acquisition!.description).not.toMatch(/<|&lt;|&quot;/);
    // No pay range published and none in its text; "China - Remote" and the board's field agree.
    expect(aiEngineer).toMatchObject({ title: 'AI Engineer, Community Support Engineering', locations: ['China - Remote'], workplaceType: 'remote', salaryMin: null, salaryMax: null, salaryCurrency: null });
  });

  it('spans every published zone in one currency and asks for pay on a single posting too', async () => {
    const board = freshBoardFixture<{ jobs: Record<string, unknown>[] }>('greenhouse-board-recorded.json');
    const job = board.jobs[0]!;
    job.pay_input_ranges = [
      { min_cents: 9_000_000, max_cents: 11_000_000, currency_type: 'USD', title: 'Zone 2' },
      { min_cents: 10_000_000, max_cents: 13_500_000, currency_type: 'USD', title: 'Zone 1' },
      { min_cents: 12_000_000, max_cents: 16_000_000, currency_type: 'CAD', title: 'Toronto, ON' },
    ];
    job.metadata = [{ id: 1, name: 'Workplace Type', value: 'On-site', value_type: 'single_select' }];
    stub.on(`/v1/boards/airbnb/jobs/${String(job.id)}`, { body: job });

    const posting = await stubJobSources(stub).boards.greenhouse.getPosting('airbnb', String(job.id));

    expect(stub.requests.at(-1)?.search).toBe('?pay_transparency=true');
    expect(posting).toMatchObject({ workplaceType: 'onsite', salaryMin: 90_000, salaryMax: 135_000, salaryCurrency: 'USD' });
  });
});
