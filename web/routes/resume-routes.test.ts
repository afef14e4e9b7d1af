import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractCvText } from '../../tools/cv/extract-cv-text.ts';
import { seedCv, seedJobs } from '../../tools/test-catalogue.ts';
import { seedApplications } from '../../tools/test-pipeline.ts';
import { startTestServer, type TestServer } from '../test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const cv = [
  { section: null, text: 'Joana Ferreira' },
  { section: 'Experience', text: 'Site Manager, Ferreira Build Ltd, 2018 – present' },
  { section: 'Experience', text: 'Ran six residential builds worth £12m, handing over every one on programme' },
  { section: 'Experience', text: 'Wrote the site safety plan and led daily toolbox talks' },
  { section: 'Education', text: 'BSc Construction Management, Oxford Brookes University, 2017' },
];

async function candidate() {
  const { cookie, user } = await server.signUp();
  await seedCv(server.handle.db, user.id, cv);
  const [job] = await seedJobs(server.handle.db, [
    {
      title: 'Senior Site Manager',
      company: 'Oakridge Homes',
      description: 'About us\nWe build homes.\nRequirements\n- Site safety leadership and toolbox talks\n- Residential builds delivered on programme\n- CSCS black card',
    },
  ]);
  const [application] = await seedApplications(server.handle.db, user.id, [{ company: 'Oakridge Homes', title: 'Senior Site Manager', jobId: job!.id }]);
  return { cookie, application: application! };
}

describe('résumés API', () => {
  it('tailors a résumé, shows where each line comes from, keeps an edit as a new version, and exports PDF, DOCX and JSON Resume', async () => {
    const { cookie, application } = await candidate();

    const created = await server.request('/api/resumes', { method: 'POST', cookie, body: JSON.stringify({ applicationId: application.id }) });
    const { resume } = await created.json();
    const read = await (await server.request(`/api/resumes/${resume.id}`, { cookie })).json();
    const edited = structuredClone(resume.tailored.resume);
    edited.work[0].highlights[0] = 'Led daily toolbox talks for crews of up to 60';
    const saved = await server.request(`/api/resumes/${resume.id}`, { method: 'PUT', cookie, body: JSON.stringify({ resume: edited, sectionOrder: resume.tailored.sectionOrder }) });
    const version2 = (await saved.json()).resume;
    const listed = await (await server.request(`/api/resumes?applicationId=${application.id}`, { cookie })).json();
    const pdf = await server.request(`/api/resumes/${version2.id}/resume.pdf?pageSize=LETTER`, { cookie });
    const docx = await server.request(`/api/resumes/${version2.id}/resume.docx`, { cookie });
    const json = await (await server.request(`/api/resumes/${version2.id}/resume.json`, { cookie })).json();

    expect(created.status).toBe(201);
    expect(resume.version).toBe(1);
    expect(read.passages.map((passage: { text: string }) => passage.text)).toContain('Wrote the site safety plan and led daily toolbox talks');
    expect(resume.keywordReport.keywords).toEqual(expect.arrayContaining([expect.objectContaining({ status: 'gap', suggestion: null })]));
    expect(saved.status).toBe(201);
    expect(version2).toMatchObject({ version: 2, origin: 'edited' });
    const pointers = new Set(version2.tailored.citations.map((citation: { pointer: string }) => citation.pointer));
    expect(pointers.has('/work/0/highlights/0')).toBe(false);
    expect(pointers.has('/work/0/highlights/1')).toBe(true);
    expect(listed.resumes.map((summary: { version: number }) => summary.version)).toEqual([2, 1]);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toContain('Joana-Ferreira-Oakridge-Homes-Senior-Site-Manager-v2.pdf');
    const pdfText = (await extractCvText({ bytes: new Uint8Array(await pdf.arrayBuffer()), declaredType: 'application/pdf', fileName: 'r.pdf' })).text;
    const docxText = (await extractCvText({ bytes: new Uint8Array(await docx.arrayBuffer()), declaredType: docx.headers.get('content-type')!, fileName: 'r.docx' })).text;
    for (const text of [pdfText, docxText]) {
      expect(text).toContain('Led daily toolbox talks for crews of up to 60');
      expect(text).toContain('Joana Ferreira');
    }
    expect(json.basics.name).toBe('Joana Ferreira');
    expect(json.$schema).toContain('jsonresume');
  });

  it('refuses a malformed edit with a reason and changes nothing', async () => {
    const { cookie, application } = await candidate();
    const { resume } = await (await server.request('/api/resumes', { method: 'POST', cookie, body: JSON.stringify({ applicationId: application.id }) })).json();

    const response = await server.request(`/api/resumes/${resume.id}`, { method: 'PUT', cookie, body: JSON.stringify({ resume: { work: 'not a list' }, sectionOrder: ['work'] }) });
    const listed = await (await server.request(`/api/resumes?applicationId=${application.id}`, { cookie })).json();

    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toBeTruthy();
    expect(listed.resumes).toHaveLength(1);
  });

  it("answers 404 for another user's résumé, and deletes one's own", async () => {
    const { cookie, application } = await candidate();
    const other = await server.signUp();
    const { resume } = await (await server.request('/api/resumes', { method: 'POST', cookie, body: JSON.stringify({ applicationId: application.id }) })).json();

    expect((await server.request(`/api/resumes/${resume.id}`, { cookie: other.cookie })).status).toBe(404);
    expect((await server.request(`/api/resumes/${resume.id}/resume.pdf`, { cookie: other.cookie })).status).toBe(404);
    expect((await server.request(`/api/resumes/${resume.id}`, { method: 'DELETE', cookie: other.cookie })).status).toBe(404);
    expect((await server.request(`/api/resumes/${resume.id}`, { method: 'DELETE', cookie })).status).toBe(204);
    expect((await server.request(`/api/resumes/${resume.id}`, { cookie })).status).toBe(404);
  });
});
