import { z } from 'zod';
import { interviewPracticeStates } from '../../db/schema.ts';
import { interviewCriterionSchema } from '../../tools/interview/interview-schemas.ts';
import type { InterviewPracticeView } from '../../tools/interview/practice-store.ts';
import { matcherSchema, mismatch } from './matcher.ts';

/**
 * What a scenario expects of a mock interview's report. The facts are checked against the stored
 * answers here rather than trusted from the report, so a scenario proves the report kept only
 * scores that quote the candidate and capped what it should.
 */
const reportExpectationSchema = z.object({
  quotesInAnswers: z
    .literal(true)
    .optional()
    .describe("Every kept score quotes words that are in its own answer, verbatim (spacing aside): the candidate's sentences, never the scorer's"),
  dropped: z
    .array(z.object({ questionId: z.string(), criterion: interviewCriterionSchema }))
    .optional()
    .describe('Exactly these scores were left out of the report, in any order'),
  highestScore: z
    .record(z.string(), z.number().int().min(1).max(5))
    .optional()
    .describe('By question id, the highest kept score that answer may have, e.g. {"q1": 2} for a capped answer'),
  answers: matcherSchema.optional().describe("Matched against the report's per-answer entries, in question order"),
  overall: matcherSchema.optional().describe("Matched against the report's overall view (score, byCriterion, summary, strengths, focus)"),
  unanswered: z.array(z.string()).optional(),
});

export const practiceExpectationSchema = z.object({
  applicationId: z.uuid().optional(),
  state: z.enum(interviewPracticeStates).optional(),
  answeredCount: z.number().int().min(0).optional().describe('Answers with any text'),
  questions: matcherSchema.optional().describe('Matched against the drawn questions [{id, kind, text, basis}]'),
  answers: matcherSchema
    .optional()
    .describe('Matched against the stored answers [{questionId, text}] in question order; exact strings prove the answers were kept as the user gave them'),
  report: reportExpectationSchema.nullable().optional().describe('null: no report yet'),
});
export type PracticeExpectation = z.infer<typeof practiceExpectationSchema>;

const spacing = (text: string) => text.replace(/\s+/g, ' ').trim();
const key = (questionId: string, criterion: string) => `${questionId}/${criterion}`;

function reportProblem(expected: NonNullable<PracticeExpectation['report']>, practice: InterviewPracticeView): string | undefined {
  const { report } = practice;
  if (!report) return `has no report (state ${practice.state})`;
  if (expected.quotesInAnswers) {
    for (const entry of report.answers) {
      const answer = spacing(practice.answers.find((candidate) => candidate.questionId === entry.questionId)?.text ?? '');
      const foreign = entry.scores.find((score) => !answer.includes(spacing(score.quote)));
      if (foreign) return `kept the ${foreign.criterion} score of ${entry.questionId} quoting ${JSON.stringify(foreign.quote)}, which is not in the answer`;
    }
  }
  if (expected.dropped) {
    const dropped = report.answers.flatMap((entry) => entry.droppedScores.map((score) => key(entry.questionId, score.criterion))).sort();
    const wanted = expected.dropped.map((score) => key(score.questionId, score.criterion)).sort();
    if (JSON.stringify(dropped) !== JSON.stringify(wanted)) return `dropped [${dropped.join(', ')}], expected [${wanted.join(', ')}]`;
  }
  for (const [questionId, highest] of Object.entries(expected.highestScore ?? {})) {
    const entry = report.answers.find((candidate) => candidate.questionId === questionId);
    if (!entry) return `has no report for ${questionId}`;
    const over = entry.scores.find((score) => score.score > highest);
    if (over) return `kept ${over.criterion} ${over.score} for ${questionId}, expected at most ${highest}`;
  }
  if (expected.answers !== undefined) {
    const problem = mismatch(expected.answers, report.answers, 'report.answers');
    if (problem) return problem;
  }
  if (expected.overall !== undefined) {
    const problem = mismatch(expected.overall, report.overall, 'report.overall');
    if (problem) return problem;
  }
  if (expected.unanswered && JSON.stringify(report.unanswered) !== JSON.stringify(expected.unanswered)) {
    return `left [${report.unanswered.join(', ')}] unanswered, expected [${expected.unanswered.join(', ')}]`;
  }
  return undefined;
}

function practiceProblem(expected: PracticeExpectation, practice: InterviewPracticeView): string | undefined {
  if (expected.applicationId && practice.applicationId !== expected.applicationId) {
    return `is for application ${practice.applicationId}, expected ${expected.applicationId}`;
  }
  if (expected.state && practice.state !== expected.state) return `is ${practice.state}, expected ${expected.state}`;
  const answered = practice.answers.filter((answer) => answer.text.trim() !== '').length;
  if (expected.answeredCount !== undefined && answered !== expected.answeredCount) return `has ${answered} answers, expected ${expected.answeredCount}`;
  if (expected.questions !== undefined) {
    const problem = mismatch(expected.questions, practice.questions, 'questions');
    if (problem) return problem;
  }
  if (expected.answers !== undefined) {
    const problem = mismatch(expected.answers, practice.answers, 'answers');
    if (problem) return problem;
  }
  if (expected.report === null) return practice.report === null ? undefined : 'has a report, expected none';
  if (expected.report) return reportProblem(expected.report, practice);
  return undefined;
}

/** What is wrong with the stored mock interviews (oldest first), measured against what a scenario expects of each. */
export function interviewPracticesProblem(expected: PracticeExpectation[], practices: InterviewPracticeView[]): string | undefined {
  if (practices.length !== expected.length) return `${practices.length} mock interviews, expected ${expected.length}`;
  for (const [index, practice] of practices.entries()) {
    const problem = practiceProblem(expected[index]!, practice);
    if (problem) return `mock interview ${index + 1}: ${problem}`;
  }
  return undefined;
}
