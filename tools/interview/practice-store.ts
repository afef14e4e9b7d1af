import { z } from 'zod';
import { interviewPracticeStates, type interviewPractices } from '../../db/schema.ts';
import { interviewAnswerSchema, interviewQuestionSchema, interviewReportSchema } from './interview-schemas.ts';

/** A mock interview as tools and the REST API return it. */
export const interviewPracticeSchema = z.object({
  id: z.uuid(),
  applicationId: z.uuid(),
  state: z.enum(interviewPracticeStates).describe('answering: waiting for answers; scored: the report is ready; needs_model: answers kept, scoring needs a model'),
  questions: z.array(interviewQuestionSchema),
  answers: z.array(interviewAnswerSchema),
  report: interviewReportSchema.nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type InterviewPracticeView = z.infer<typeof interviewPracticeSchema>;

export function toPracticeView(row: typeof interviewPractices.$inferSelect): InterviewPracticeView {
  return {
    id: row.id,
    applicationId: row.applicationId,
    state: row.state,
    questions: z.array(interviewQuestionSchema).parse(row.questions),
    answers: z.array(interviewAnswerSchema).parse(row.answers),
    report: row.report === null ? null : interviewReportSchema.parse(row.report),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
