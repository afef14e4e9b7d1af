import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { interviewPractices } from '../db/schema.ts';
import { readApplicationPosting } from './application-posting.ts';
import { defineTool } from './define-tool.ts';
import { ValidationError } from './errors.ts';
import { buildInterviewReport } from './interview/build-interview-report.ts';
import type { InterviewAnswer } from './interview/interview-schemas.ts';
import { interviewPracticeSchema, readPractice, toPracticeView } from './interview/practice-store.ts';
import { storableText } from './storable-input.ts';
import { recordModelUsage } from './usage/model-call-usage.ts';

// About ten minutes of speech: a longer answer is not one an interviewer would sit through.
const maximumAnswerCharacters = 6_000;

export const submitInterviewAnswers = defineTool({
  name: 'submitInterviewAnswers',
  title: 'Answer mock interview questions',
  description:
    "Save the user's answers to mock interview questions, exactly as given, and (score: true) score them on the rubric: structure, relevance, evidence, clarity, each quoting the answer with one improvement. Scoring needs a model; without one the answers are kept.",
  effect: 'write',
  // A new answer to a question replaces the one before it, and the report made from it.
  destructive: true,
  input: z.object({
    practiceId: z.uuid().describe('The mock interview, as startInterviewPractice returned it'),
    answers: z
      .array(z.object({ questionId: z.string().max(20), text: storableText().max(maximumAnswerCharacters).describe("The user's answer, exactly as they gave it") }))
      .max(30)
      .describe('Answers to add or replace, by question id'),
    score: z.boolean().default(true).describe('Score the interview now; false to save answers and carry on'),
  }),
  output: z.object({
    practice: interviewPracticeSchema,
    message: z.string().nullable().describe('Why no report was made, when none was'),
  }),
  async run(input, { db, interviewScorer }) {
    const practice = await readPractice(db, input.practiceId);
    const known = new Set(practice.questions.map((question) => question.id));
    const unknown = input.answers.filter((answer) => !known.has(answer.questionId));
    if (unknown.length > 0) {
      throw new ValidationError(
        `No question ${unknown.map((answer) => answer.questionId).join(', ')} in this interview`,
        unknown.map((answer) => ({ path: 'answers', message: `unknown question ${answer.questionId}` })),
      );
    }
    const answers = new Map<string, InterviewAnswer>(practice.answers.map((answer) => [answer.questionId, answer]));
    for (const answer of input.answers) answers.set(answer.questionId, { questionId: answer.questionId, text: answer.text });
    const merged = practice.questions.flatMap((question) => (answers.has(question.id) ? [answers.get(question.id)!] : []));

    let report = practice.report;
    let state = practice.state;
    let message: string | null = null;
    if (input.score) {
      if (!merged.some((answer) => answer.text.trim() !== '')) {
        throw new ValidationError('Answer at least one question before scoring', [{ path: 'answers', message: 'no answers yet' }]);
      }
      if (interviewScorer) {
        const { posting } = await readApplicationPosting(db, practice.applicationId);
        const { scored, usage } = await interviewScorer.score({ posting, questions: practice.questions, answers: merged });
        await recordModelUsage(db, usage);
        report = buildInterviewReport({ questions: practice.questions, answers: merged, scored });
        state = 'scored';
      } else {
        state = 'needs_model';
        report = null;
        message = 'Your answers are saved. Scoring them needs a model: configure one (see .env.example) or use an MCP client that lends its model, then score again.';
      }
    } else if (state === 'scored') {
      // New answers make the old report describe answers that are no longer there.
      state = 'answering';
      report = null;
    }
    const [updated] = await db
      .update(interviewPractices)
      .set({ answers: merged, report, state, updatedAt: new Date() })
      .where(eq(interviewPractices.id, practice.id))
      .returning();
    return { practice: toPracticeView(updated!), message };
  },
});
