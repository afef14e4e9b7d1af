import { z } from 'zod';
import { readApplicationPosting } from './application-posting.ts';
import { defineTool } from './define-tool.ts';
import { latestResumeVersion, resumeVersionToolSchema } from './resume/resume-store.ts';

export const getResume = defineTool({
  name: 'getResume',
  title: 'Read a tailored résumé',
  description: 'Read the newest résumé for an application (maybe edited by the user), with its CV citations and keyword report; null before tailorResume.',
  effect: 'read',
  input: z.object({
    applicationId: z.uuid().describe('The application, as listApplications returns it'),
  }),
  output: z.object({ resume: resumeVersionToolSchema.nullable() }),
  async run(input, { db }) {
    // Reading the application first makes another user's application not found, not merely empty.
    await readApplicationPosting(db, input.applicationId);
    return { resume: await latestResumeVersion(db, input.applicationId) };
  },
});
