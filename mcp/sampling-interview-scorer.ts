import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { interviewScoringInstructions, interviewScoringPromptFor } from '../tools/interview/interview-prompt.ts';
import { scoredPracticeSchema, type InterviewScorer } from '../tools/interview/interview-scorer.ts';
import { sampleStructured } from './sample-structured.ts';

const instructions = `${interviewScoringInstructions}

Answer with one JSON object and nothing else:
{"answers": [{"questionId": "q1", "scores": [{"criterion": "structure", "score": 3, "quote": "…", "improvement": "…"}]}], "summary": "…", "strengths": ["…"], "focus": ["…"]}
criterion is one of structure, relevance, evidence, clarity.`;

/** Scores mock interviews with the MCP client's own model, through sampling; the report keeps only scores quoting the answers. */
export function createSamplingInterviewScorer(server: McpServer): InterviewScorer {
  return {
    async score(request) {
      const { result, usage } = await sampleStructured(server, {
        instructions,
        prompt: interviewScoringPromptFor(request),
        schema: scoredPracticeSchema,
        purpose: 'interview',
        work: 'Scoring a mock interview',
        product: 'the scores',
        maxTokens: 4_000,
      });
      return { scored: result, usage };
    },
  };
}
