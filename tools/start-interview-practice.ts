import { z } from 'zod';
import { interviewPractices } from '../db/schema.ts';
import { readApplicationPosting } from './application-posting.ts';
import { readCv } from './cv/read-cv.ts';
import { defineTool } from './define-tool.ts';
import { drawInterviewQuestions } from './interview/draw-interview-questions.ts';
import { interviewPracticeSchema, toPracticeView } from './interview/practice-store.ts';

export const startInterviewPractice = defineTool({
  name: 'startInterviewPractice',
  title: 'Start a mock interview',
  description:
    "Start a mock interview for an application: questions from the posting and the user's CV (the role, its duties, behavioural situations, shared skills, CV gaps). Ask them one at a time; pass the answers to submitInterviewAnswers. Works without a model.",
  effect: 'write',
  input: z.object({
    applicationId: z.uuid().describe('The application to practise for, as listApplications returns it'),
  }),
  output: z.object({ practice: interviewPracticeSchema }),
  async run(input, { db, userId }) {
    const { application, posting } = await readApplicationPosting(db, input.applicationId);
    const cv = await readCv(db, userId);
    const questions = drawInterviewQuestions({ posting, passages: cv?.passages ?? [] });
    const [stored] = await db.insert(interviewPractices).values({ applicationId: application.id, questions }).returning();
    return { practice: toPracticeView(stored!) };
  },
});
