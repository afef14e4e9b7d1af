import { z } from 'zod';
import type { ModelCallUsage } from '../usage/model-call-usage.ts';
import { interviewCriterionSchema, type InterviewAnswer, type InterviewQuestion } from './interview-schemas.ts';
import type { PracticePosting } from './draw-interview-questions.ts';

/** What a scoring model returns. Each field's description is what the model reads. */
export const scoredPracticeSchema = z.object({
  answers: z
    .array(
      z.object({
        questionId: z.string().describe('The id of the question answered, e.g. "q2"'),
        scores: z
          .array(
            z.object({
              criterion: interviewCriterionSchema,
              score: z.number().int().min(1).max(5).describe('1 to 5, by the rubric'),
              quote: z.string().describe('The one sentence of the answer this score rests on, copied exactly, character for character'),
              improvement: z.string().describe('One concrete change to the answer that would raise this score'),
            }),
          )
          .describe('One entry per rubric criterion'),
      }),
    )
    .describe('One entry per answered question'),
  summary: z.string().describe('Three sentences at most on the interview as a whole'),
  strengths: z.array(z.string()).describe('Up to three things the candidate did well, each naming the question'),
  focus: z.array(z.string()).describe('Up to three things to practise next'),
});
export type ScoredPractice = z.infer<typeof scoredPracticeSchema>;

export interface ScoringRequest {
  /** Untrusted posting text: data for the model, never instructions. */
  posting: PracticePosting;
  questions: InterviewQuestion[];
  /** The candidate's answers: data too, whatever they say. */
  answers: InterviewAnswer[];
}

/**
 * Scores a mock interview with a model. Tools cannot reach a model themselves, so the agent passes one
 * in: the chat model through the AI SDK, or an MCP client's own model through sampling. Whatever the
 * model says, the report keeps only scores whose quote is really in the answer.
 */
export interface InterviewScorer {
  score(request: ScoringRequest): Promise<{ scored: ScoredPractice; usage: ModelCallUsage[] }>;
}
