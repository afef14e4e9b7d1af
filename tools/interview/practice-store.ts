import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Transaction } from '../../db/database.ts';
import { applications, interviewPracticeStates, interviewPractices } from '../../db/schema.ts';
import { NotFoundError } from '../errors.ts';
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

/** A mock interview in a list: enough to pick one, without every answer. */
export const practiceSummarySchema = z.object({
  id: z.uuid(),
  applicationId: z.uuid(),
  company: z.string(),
  title: z.string(),
  state: z.enum(interviewPracticeStates),
  questionCount: z.number().int(),
  answeredCount: z.number().int(),
  overallScore: z.number().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type PracticeSummary = z.infer<typeof practiceSummarySchema>;

async function findPractice(db: Transaction, id: string) {
  if (!z.uuid().safeParse(id).success) throw new NotFoundError('Interview practice', id);
  const [row] = await db.select().from(interviewPractices).where(eq(interviewPractices.id, id));
  if (!row) throw new NotFoundError('Interview practice', id);
  return row;
}

export async function readPractice(db: Transaction, id: string) {
  return toPracticeView(await findPractice(db, id));
}

/** The acting user's mock interviews, newest first; for one application when it is given. */
export async function listPractices(db: Transaction, options: { applicationId?: string } = {}): Promise<PracticeSummary[]> {
  const rows = await db
    .select({ practice: interviewPractices, company: applications.company, title: applications.title })
    .from(interviewPractices)
    .innerJoin(applications, eq(applications.id, interviewPractices.applicationId))
    .where(options.applicationId ? eq(interviewPractices.applicationId, options.applicationId) : undefined)
    .orderBy(desc(interviewPractices.createdAt));
  return rows.map(({ practice, company, title }) => {
    const view = toPracticeView(practice);
    return {
      id: view.id,
      applicationId: view.applicationId,
      company,
      title,
      state: view.state,
      questionCount: view.questions.length,
      answeredCount: view.answers.filter((answer) => answer.text.trim() !== '').length,
      overallScore: view.report?.overall.score ?? null,
      createdAt: view.createdAt,
      updatedAt: view.updatedAt,
    };
  });
}

export async function deletePractice(db: Transaction, id: string) {
  await findPractice(db, id);
  await db.delete(interviewPractices).where(eq(interviewPractices.id, id));
}
