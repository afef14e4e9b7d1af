import type { LanguageModel } from 'ai';
import type { ToolCaller } from '../tools/run-tool.ts';
import { createInterviewScorer } from './interview-scorer.ts';
import { createOutreachWriter } from './outreach-writer.ts';
import { createResultReranker } from './result-reranker.ts';
import { createResumeWriter } from './resume-writer.ts';

/** The model-backed helpers tools take, all on one model. */
export type ModelHelpers = Pick<ToolCaller, 'outreachWriter' | 'resultReranker' | 'interviewScorer' | 'resumeWriter'>;

/**
 * Every model-backed helper on the given model, or none without one: tools that need a helper then
 * say a model is needed (or, over stdio MCP, ask the client's model through sampling).
 */
export function createModelHelpers(model: LanguageModel | null | undefined): ModelHelpers {
  if (!model) return {};
  return {
    outreachWriter: createOutreachWriter({ model }),
    resultReranker: createResultReranker({ model }),
    interviewScorer: createInterviewScorer({ model }),
    resumeWriter: createResumeWriter({ model }),
  };
}
