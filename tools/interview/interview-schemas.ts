import { z } from 'zod';

/**
 * behavioural: how the candidate acted in a situation the role will bring (answered best with STAR);
 * role: what the posting says the job is; skill: a skill both the posting and the CV name;
 * gap: something the posting asks for that the CV does not show.
 */
export const interviewQuestionKinds = ['behavioural', 'role', 'skill', 'gap'] as const;

export const interviewQuestionSchema = z.object({
  id: z.string().describe('Stable within one practice, e.g. "q3"'),
  kind: z.enum(interviewQuestionKinds),
  text: z.string().describe('The question as the interviewer asks it'),
  basis: z.string().describe('Why it is asked: the posting line or CV line it comes from, quoted'),
});
export type InterviewQuestion = z.infer<typeof interviewQuestionSchema>;

/** One typed (or browser-transcribed) answer; audio never reaches Atlas. */
export const interviewAnswerSchema = z.object({
  questionId: z.string(),
  text: z.string(),
});
export type InterviewAnswer = z.infer<typeof interviewAnswerSchema>;

/** The rubric's criteria, in the order a report shows them. */
export const interviewCriteria = ['structure', 'relevance', 'evidence', 'clarity'] as const;
export const interviewCriterionSchema = z.enum(interviewCriteria);
export type InterviewCriterion = z.infer<typeof interviewCriterionSchema>;

export const criterionScoreSchema = z.object({
  criterion: interviewCriterionSchema,
  score: z.number().int().min(1).max(5),
  quote: z.string().describe("The sentence of the answer the score rests on, copied exactly from the answer"),
  improvement: z.string().describe('One concrete change that would raise this score'),
});
export type CriterionScore = z.infer<typeof criterionScoreSchema>;

export const answerReportSchema = z.object({
  questionId: z.string(),
  scores: z.array(criterionScoreSchema),
  /** Scores whose quote was not in the answer: left out, and said so, rather than shown as evidence. */
  droppedScores: z.array(z.object({ criterion: interviewCriterionSchema, reason: z.string() })),
  average: z.number().nullable().describe('Mean of the kept scores, 1–5; null when none could be kept'),
});
export type AnswerReport = z.infer<typeof answerReportSchema>;

export const interviewReportSchema = z.object({
  answers: z.array(answerReportSchema),
  overall: z.object({
    score: z.number().nullable().describe('Mean over answered questions, 1–5'),
    byCriterion: z.record(interviewCriterionSchema, z.number().nullable()),
    summary: z.string(),
    strengths: z.array(z.string()),
    focus: z.array(z.string()).describe('What to practise next'),
  }),
  unanswered: z.array(z.string()).describe('Questions with no answer, by id'),
});
export type InterviewReport = z.infer<typeof interviewReportSchema>;
