import { z } from 'zod';
import { readApplicationPosting } from './application-posting.ts';
import { readCv } from './cv/read-cv.ts';
import { defineTool } from './define-tool.ts';
import { ValidationError } from './errors.ts';
import { resumeVersionToolSchema, saveResumeVersion } from './resume/resume-store.ts';
import { tailorResume as tailorFromCv } from './resume/tailor-resume.ts';
import { recordModelUsage } from './usage/model-call-usage.ts';

export const tailorResume = defineTool({
  name: 'tailorResume',
  title: 'Tailor a résumé to an application',
  description:
    "Build a résumé for one application from the user's CV only (JSON Resume), shaped by the posting. Every line cites its CV passages; a reworded line the CV does not back is removed and reported. Returns an ATS keyword report (covered, in the CV but not shown, gaps never to be claimed). Saved as a new version; PDF and DOCX on the Résumés page. Needs a CV.",
  effect: 'write',
  input: z.object({
    applicationId: z.uuid().describe('The application to tailor for, as listApplications returns it'),
    reword: z.boolean().default(true).describe("false: keep the CV's own words, only chosen and ordered"),
  }),
  output: z.object({
    resume: resumeVersionToolSchema,
    rewritten: z.boolean().describe('True when the model wrote lines again because the first try claimed what the CV does not say'),
    leftOut: z.array(z.object({ text: z.string(), reason: z.string() })).describe('CV lines the résumé does not show, and why'),
  }),
  async run(input, { db, userId, resumeWriter }) {
    const { application, posting } = await readApplicationPosting(db, input.applicationId);
    const cv = await readCv(db, userId);
    if (!cv || cv.passages.length === 0) {
      throw new ValidationError('Upload your CV first: Atlas builds a résumé only from what your CV says', [{ path: 'cv', message: 'no CV uploaded' }]);
    }
    const writer = input.reword ? resumeWriter : undefined;
    const result = await tailorFromCv({ passages: cv.passages, posting: { title: posting.title, company: posting.company, description: posting.description ?? '' }, writer });
    await recordModelUsage(db, result.usage);
    const resume = await saveResumeVersion(db, {
      applicationId: application.id,
      origin: 'tailored',
      modelWritten: writer !== undefined && result.usage.length > 0,
      tailored: result.tailored,
      keywordReport: result.keywordReport,
    });
    return { resume, rewritten: result.rewritten, leftOut: result.leftOut.map(({ text, reason }) => ({ text, reason })) };
  },
});
