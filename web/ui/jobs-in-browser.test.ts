import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { seedJobs } from '../../tools/test-catalogue.ts';
import { freshBoardFixture, readPageFixture, startHttpStub, uniqueName, type HttpStub } from '../../tools/jobs/test-job-sources.ts';
import { startTestServer, type TestServer } from '../test-server.ts';
import { chromiumInstalled, launchChromium, saveScreenshot, signUpInBrowser } from './test-browser.ts';

describe.skipIf(!chromiumInstalled)('the Jobs page in a browser', () => {
  let boards: HttpStub;
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    boards = await startHttpStub();
    server = await startTestServer({
      environment: {
        GREENHOUSE_API_URL: boards.url,
        LEVER_API_URL: boards.url,
        LEVER_EU_API_URL: `${boards.url}/eu`,
        ASHBY_API_URL: boards.url,
        REMOTIVE_API_URL: boards.url,
        ARBEITNOW_API_URL: `${boards.url}/arbeitnow`,
        THEMUSE_API_URL: `${boards.url}/themuse`,
        REMOTEOK_API_URL: `${boards.url}/remoteok`,
        HIMALAYAS_API_URL: `${boards.url}/himalayas`,
        JOBICY_API_URL: `${boards.url}/jobicy`,
        HN_SEARCH_API_URL: `${boards.url}/hackernews`,
        SMARTRECRUITERS_API_URL: boards.url,
        WORKABLE_API_URL: boards.url,
        RECRUITEE_BOARD_URL: `${boards.url}/recruitee/{board}`,
        PERSONIO_BOARD_URL: `${boards.url}/personio/{board}`,
        TEAMTAILOR_BOARD_URL: `${boards.url}/teamtailor/{board}`,
        WORKDAY_SITE_URL: `${boards.url}/workday/{board}`,
        ATLAS_ALLOW_PRIVATE_FETCH: 'true',
      },
    });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(15_000);
    await signUpInBrowser(page, `${server.url}/jobs`);
  });
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') await saveScreenshot(page, 'jobs-failure');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await boards?.close();
  });

  it('finds jobs on the open boards once the user agrees, showing each board\'s outcome, a failing one included', async () => {
    const body = freshBoardFixture<{ jobs: { id: number }[] }>('remotive-search.json');
    for (const job of body.jobs) job.id += Math.floor(Math.random() * 1e6) * 10;
    boards.on('/api/remote-jobs', { body });
    boards.on('/arbeitnow/api/job-board-api', { status: 503 });
    const panel = page.getByRole('region', { name: 'Find jobs from open job boards' });

    await panel.getByRole('button', { name: 'Find jobs for me' }).click();
    const outcome = panel.getByRole('status');
    await outcome.getByText('Remotive: 2 found').waitFor();
    await outcome.getByText(/Arbeitnow could not be searched \(Arbeitnow: answered HTTP 503/).waitFor();

    expect(await panel.getByRole('button', { name: 'Search again now' }).isVisible()).toBe(true);
    await panel.getByRole('button', { name: 'Stop finding jobs for me' }).click();
    await panel.getByRole('button', { name: 'Find jobs for me' }).waitFor();
  });

  it('imports a posting by its address and saves it to the pipeline', async () => {
    const path = `/careers/${uniqueName('job')}`;
    boards.on(path, { body: readPageFixture('job-page-json-ld-graph.html') });

    await page.getByLabel('Posting URL').fill(boards.url + path);
    await page.getByRole('button', { name: 'Import' }).click();
    const imported = page.getByRole('status').filter({ hasText: 'Imported:' });
    const text = await imported.textContent();
    await imported.getByRole('button', { name: /^Save/ }).click();
    await imported.getByText('Saved to your pipeline').waitFor();
    await page.getByRole('button', { name: 'Import' }).click();
    const again = page.getByRole('status').filter({ hasText: 'Already in the catalogue' });
    await again.getByText('Already in your pipeline (saved)').waitFor();

    expect(text).toContain('Imported: Data Engineer at Contoso');
    expect(await again.getByRole('button', { name: /^Save/ }).count()).toBe(0);
  });

  it('searches with filters, lists the search with its filters in the history at once, and deletes it from there', async () => {
    const company = uniqueName('Fabrikam');
    await seedJobs(server.handle.db, [
      { title: 'Analytics Engineer', company, locations: ['Lisbon, Portugal'], description: 'Analytics engineering with dbt and SQL.' },
      { title: 'Office Manager', company, locations: ['Lisbon, Portugal'], description: 'Run the Lisbon office.' },
    ]);
    await page.getByLabel('What are you looking for?').fill('analytics engineer');
    await page.getByLabel('Company', { exact: true }).fill(company);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const results = page.getByRole('list', { name: 'Search results' });
    await results.getByRole('listitem').first().waitFor();
    const titles = await results.getByRole('heading').allTextContents();
    const history = page.getByRole('region', { name: 'Search history' });
    const entry = history.getByRole('listitem').filter({ hasText: 'analytics engineer' });
    await entry.waitFor();
    const entryText = await entry.textContent();
    await entry.getByRole('button', { name: /Delete/ }).click();
    await history.getByText('No searches yet.').waitFor();

    expect(titles).toEqual(['Analytics Engineer']);
    expect(entryText).toContain(`at ${company}`);
  });

  it('orders results by the fit score each one shows, best first', async () => {
    const company = uniqueName('Northwind');
    await seedJobs(server.handle.db, [
      { title: 'Office Coordinator', company, locations: ['Porto, Portugal'], description: 'Keeps the office running; some data entry.' },
      { title: 'Data Engineer', company, locations: ['Porto, Portugal'], description: 'Data engineer building data pipelines in Python and SQL for a data platform.' },
      { title: 'Senior Data Engineer', company, locations: ['Porto, Portugal'], description: 'Senior data engineer: streaming data pipelines, Spark, Kafka, data modelling.' },
    ]);
    await page.getByLabel('What are you looking for?').fill('data engineer');
    await page.getByLabel('Company', { exact: true }).fill(company);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const results = page.getByRole('list', { name: 'Search results' });
    // The list of an earlier search stays on screen until this one answers: wait for this one's jobs.
    await results.getByRole('listitem').filter({ hasText: company }).nth(1).waitFor();
    const badges = await results.locator('.badge').allTextContents();
    const fits = badges.map((badge) => Number(/^Fit ([\d.]+)\/100/.exec(badge)![1]));

    expect(fits.length).toBeGreaterThanOrEqual(2);
    expect(fits).toEqual([...fits].sort((left, right) => right - left));
    expect(await results.locator('.badge').first().getAttribute('title')).toMatch(/what this list is ordered by/);
  });

  it('follows a company by its name, finding its board on the service where one answers', async () => {
    const company = uniqueName('Initech');
    const slug = company.toLowerCase();
    boards.on(`/v1/boards/${slug}/jobs`, { body: freshBoardFixture('greenhouse-board.json', { 'Acme Robotics': company }) });
    const boardList = page.getByRole('region', { name: 'Company boards you follow' });

    await page.getByLabel('Follow a company by its name').fill(company);
    await page.getByRole('button', { name: 'Find and follow' }).click();
    await boardList.getByRole('status').filter({ hasText: `Following ${company} on greenhouse` }).waitFor();
    await boardList.getByRole('listitem').filter({ hasText: company }).getByText('3 new').waitFor();
  });

  it('follows boards, then refreshes them one by one, saying which one failed and why', async () => {
    const ashby = uniqueName('acme');
    const greenhouse = uniqueName('globex');
    // Its hosted pages on the stub too, so no test reaches jobs.ashbyhq.com.
    boards.on(`/posting-api/job-board/${ashby}`, { body: freshBoardFixture('ashby-board.json', { 'https://jobs.ashbyhq.com': boards.url }) });
    // Readable when followed, then answering in a shape Greenhouse never sends.
    boards.on(`/v1/boards/${greenhouse}/jobs`, { body: freshBoardFixture('greenhouse-board.json') }, { body: { jobs: 'not a list' } });
    const boardList = page.getByRole('region', { name: 'Company boards you follow' });

    await page.getByLabel('Board service').selectOption('ashby');
    await page.getByLabel('Board name').fill(ashby);
    await page.getByLabel('Company (optional)').fill('Acme Robotics');
    await page.getByRole('button', { name: 'Follow', exact: true }).click();
    await boardList.getByRole('listitem').filter({ hasText: 'Acme Robotics' }).getByText('2 new').waitFor();
    await page.getByLabel('Board service').selectOption('greenhouse');
    await page.getByLabel('Board name').fill(greenhouse);
    await page.getByRole('button', { name: 'Follow', exact: true }).click();
    await boardList.getByRole('listitem').filter({ hasText: greenhouse }).getByText(/new/).waitFor();

    await page.getByRole('button', { name: 'Refresh all boards' }).click();
    const failed = boardList.getByRole('listitem').filter({ hasText: greenhouse }).getByText(/Could not refresh/);
    await failed.waitFor();
    const acmeOutcome = await boardList.getByRole('listitem').filter({ hasText: 'Acme Robotics' }).locator('.meta').last().textContent();

    expect(acmeOutcome).toBe('0 new, 0 updated, 0 closed, 2 unchanged');
    expect(await failed.textContent()).toMatch(/^Could not refresh: Greenhouse: answered in an unexpected shape/);
  });
});
