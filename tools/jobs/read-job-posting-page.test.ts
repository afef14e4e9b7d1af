import { describe, expect, it } from 'vitest';
import { readJobPostingPage } from './read-job-posting-page.ts';
import { readPageFixture } from './test-job-sources.ts';

function page(fixture: string, url: string, contentType = 'text/html; charset=utf-8') {
  return { url: new URL(url), contentType, body: Buffer.from(readPageFixture(fixture)) };
}

describe('reading a job posting from a page', () => {
  it('finds the JobPosting in a JSON-LD array, past a broken block', () => {
    const posting = readJobPostingPage(page('job-page-json-ld-array.html', 'https://careers.northwind.example/jobs/4471#apply'));

    expect(posting).toEqual({
      source: 'web',
      externalId: 'https://careers.northwind.example/jobs/4471',
      company: 'Northwind Traders',
      title: 'Staff Platform Engineer & Tech Lead',
      locations: ['Amsterdam, North Holland, NL', 'Lisbon, PT'],
      workplaceType: null,
      employmentType: 'FULL_TIME, CONTRACTOR',
      // €9,000–11,000 a month, as a yearly range.
      salaryMin: 108_000,
      salaryMax: 132_000,
      salaryCurrency: 'EUR',
      description: 'Northwind ships groceries to 2 million homes.\n\n * Kubernetes\n * Terraform & Go',
      url: 'https://careers.northwind.example/jobs/4471',
      applyUrl: 'https://careers.northwind.example/jobs/4471',
      publishedAt: new Date('2026-03-01T00:00:00Z'),
      updatedAt: new Date('2026-03-01T00:00:00Z'),
    });
  });

  it('reads the pay from the description when the JobPosting has no baseSalary', () => {
    const posting = readJobPostingPage(page('job-page-pay-in-description.html', 'https://karriere.tailspin.example/jobs/backend'));

    // 4.200 € a month, as a yearly amount; the team size, the founding year and the training budget are not pay.
    expect(posting).toMatchObject({ company: 'Tailspin Logistik GmbH', salaryMin: 50_400, salaryMax: 50_400, salaryCurrency: 'EUR' });
  });

  it('finds the JobPosting inside an @graph, remote with an entity-escaped description', () => {
    const posting = readJobPostingPage(page('job-page-json-ld-graph.html', 'https://contoso.example/jobs/data-engineer'));

    expect(posting).toMatchObject({
      company: 'Contoso',
      title: 'Data Engineer',
      workplaceType: 'remote',
      locations: ['Germany', 'France'],
      employmentType: 'FULL_TIME',
      salaryMin: 93_600,
      salaryMax: 93_600,
      salaryCurrency: 'EUR',
      description: 'Build pipelines in Python & dbt.\n\nWork from anywhere in the EU.',
      publishedAt: new Date('2026-02-15T08:00:00Z'),
    });
  });

  it('reads schema.org microdata when the page has no JSON-LD', () => {
    const posting = readJobPostingPage(page('job-page-microdata.html', 'https://jobs.fabrikam.example/qa'));

    expect(posting).toMatchObject({
      company: 'Fabrikam & Sons',
      title: 'QA Engineer',
      locations: ['Leeds, GB'],
      employmentType: 'PART_TIME',
      salaryMin: 32_000,
      salaryMax: 38_000,
      salaryCurrency: 'GBP',
      publishedAt: new Date('2026-01-30T00:00:00Z'),
    });
    expect(posting?.description).toBe('Test our warehouse software before it ships.\n\n * Playwright\n * Exploratory testing');
  });

  it('finds nothing on a page that describes no job', () => {
    expect(readJobPostingPage(page('page-without-posting.html', 'https://contoso.example/blog/growing'))).toBeNull();
  });

  it('decodes a page in the charset its server declares', () => {
    const html = '<script type="application/ld+json">{"@type":"JobPosting","title":"Ingénieur logiciel","hiringOrganization":"Société"}</script>';
    const posting = readJobPostingPage({
      url: new URL('https://emplois.example/1'),
      contentType: 'text/html; charset=iso-8859-1',
      body: Buffer.from(html, 'latin1'),
    });

    expect(posting).toMatchObject({ title: 'Ingénieur logiciel', company: 'Société' });
  });
});
