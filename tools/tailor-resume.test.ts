import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database.ts';
import { usageEvents } from '../db/schema.ts';
import { openTestDatabase } from '../db/test-database.ts';
import { createTestUser } from '../db/test-users.ts';
import { withUser } from '../db/with-user.ts';
import { NotFoundError, ValidationError } from './errors.ts';
import { getResume } from './get-resume.ts';
import { resumeLines } from './resume/resume-lines.ts';
import type { ResumeWriter } from './resume/resume-writer.ts';
import { dataEngineerPosting } from './resume/test-postings.ts';
import { runTool } from './run-tool.ts';
import { tailorResume } from './tailor-resume.ts';
import { seedCv, seedJobs } from './test-catalogue.ts';
import { seedApplications } from './test-pipeline.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

const cv = [
  { section: null, text: 'Priya Nair' },
  { section: null, text: 'priya.nair@mail.example' },
  { section: 'Summary', text: 'Data engineer with six years of batch and streaming pipelines.' },
  { section: 'Experience', text: 'Data Engineer, Gridwise Energy, 2021 – present' },
  { section: 'Experience', text: 'Built Kafka and Spark Structured Streaming pipelines for 400,000 smart meters' },
  { section: 'Experience', text: 'Organised the office summer party for 80 people' },
  { section: 'Experience', text: 'Moved nightly Airflow jobs to dbt models in Snowflake, cutting run time by half' },
  { section: 'Education', text: 'MSc Computer Science, University of Leeds, 2018' },
  { section: 'Skills', text: 'Python, SQL, Terraform, AWS' },
];

async function userWithApplication() {
  const user = await createTestUser(handle.db);
  await seedCv(handle.db, user.id, cv);
  const [job] = await seedJobs(handle.db, [dataEngineerPosting]);
  const [application] = await seedApplications(handle.db, user.id, [{ company: dataEngineerPosting.company, title: dataEngineerPosting.title, jobId: job!.id }]);
  return { user, application: application! };
}

/** A writer that rewords honestly but also invents a team it never led, every time it is asked. */
const inventingWriter: ResumeWriter = {
  async write(request) {
    const role = request.roles[0]!;
    const kafka = request.cvPassages.find((passage) => passage.text.startsWith('Built Kafka'))!;
    return {
      proposal: {
        summary: null,
        roles: [
          {
            role: role.reference,
            bullets: [
              { text: 'Built Kafka and Spark Structured Streaming pipelines for 400,000 smart meters', passages: [kafka.reference] },
              { text: 'Led a team of 40 engineers running Flink on Kubernetes', passages: [kafka.reference] },
            ],
          },
        ],
      },
      usage: [{ purpose: 'resume', provider: 'test', model: 'writer', inputTokens: 1200, outputTokens: 200, cachedInputTokens: 0, reasoningTokens: 0, costUsd: 0.001, latencyMs: 4 }],
    };
  },
};

describe('tailorResume', () => {
  it("builds a résumé from the CV's own lines, every line cited, the posting's skills first, as version 1 then 2", async () => {
    const { user, application } = await userWithApplication();
    const caller = { database: handle.db, userId: user.id, actor: 'agent' as const };

    const first = await runTool(tailorResume, { applicationId: application.id }, caller);
    const second = await runTool(tailorResume, { applicationId: application.id, reword: false }, caller);

    const resume = first.resume.tailored.resume as { basics: { name: string }; work: { highlights: string[] }[] };
    expect(first.resume.version).toBe(1);
    expect(second.resume.version).toBe(2);
    expect(first.resume.modelWritten).toBe(false);
    expect(resume.basics.name).toBe('Priya Nair');
    expect(resume.work[0]!.highlights.at(-1)).toBe('Organised the office summer party for 80 people');
    const cited = new Set(first.resume.tailored.citations.map((citation) => citation.pointer));
    const cvTexts = cv.map((passage) => passage.text).join('\n');
    for (const line of resumeLines(first.resume.tailored.resume)) {
      expect(cited.has(line.pointer) || line.pointer.endsWith('countryCode')).toBe(true);
      expect(cvTexts).toContain(line.text);
    }
    const kafka = first.resume.keywordReport.keywords.find((entry) => entry.keyword === 'Kafka')!;
    expect(kafka.status).toBe('covered');
    const gaps = first.resume.keywordReport.keywords.filter((entry) => entry.status === 'gap');
    expect(gaps.map((entry) => entry.keyword)).toContain('Kubernetes');
    expect(gaps.every((entry) => entry.suggestion === null)).toBe(true);
  });

  it('removes and reports a line the model invented, after one rewrite, and records the model calls', async () => {
    const { user, application } = await userWithApplication();

    const result = await runTool(tailorResume, { applicationId: application.id }, { database: handle.db, userId: user.id, actor: 'agent', resumeWriter: inventingWriter });

    const text = JSON.stringify(result.resume.tailored.resume);
    expect(result.rewritten).toBe(true);
    expect(text).not.toContain('team of 40');
    expect(result.resume.tailored.removedClaims).toEqual([expect.objectContaining({ text: 'Led a team of 40 engineers running Flink on Kubernetes' })]);
    const usage = await withUser(handle.db, user.id, (tx) => tx.select().from(usageEvents));
    expect(usage.map((event) => event.purpose)).toEqual(['resume', 'resume']);
  });

  it('refuses without a CV, and another user cannot tailor or read', async () => {
    const { user, application } = await userWithApplication();
    const withoutCv = await createTestUser(handle.db);
    const [own] = await seedApplications(handle.db, withoutCv.id, [{ company: 'Voltline Energy', title: 'Data Engineer' }]);
    const asStranger = { database: handle.db, userId: withoutCv.id, actor: 'mcp' as const };
    await runTool(tailorResume, { applicationId: application.id }, { database: handle.db, userId: user.id, actor: 'web' });

    await expect(runTool(tailorResume, { applicationId: own!.id }, asStranger)).rejects.toThrow(ValidationError);
    await expect(runTool(tailorResume, { applicationId: application.id }, asStranger)).rejects.toThrow(NotFoundError);
    await expect(runTool(getResume, { applicationId: application.id }, asStranger)).rejects.toThrow(NotFoundError);
    expect((await runTool(getResume, { applicationId: own!.id }, asStranger)).resume).toBeNull();
    expect((await runTool(getResume, { applicationId: application.id }, { database: handle.db, userId: user.id, actor: 'web' })).resume!.version).toBe(1);
  });
});
