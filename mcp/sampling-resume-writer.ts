import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { resumePromptFor, resumeProposalSchema, resumeWriterInstructions, type ResumeWriter } from '../tools/resume/resume-writer.ts';
import { sampleStructured } from './sample-structured.ts';

const instructions = `${resumeWriterInstructions}

Answer with one JSON object and nothing else:
{"summary": {"text": "…", "passages": ["P1"]} or null, "roles": [{"role": "R1", "bullets": [{"text": "…", "passages": ["P3"]}]}]}`;

/** Rewords tailored résumés with the MCP client's own model, through sampling; every line is claim-checked as with Atlas's own model. */
export function createSamplingResumeWriter(server: McpServer): ResumeWriter {
  return {
    async write(request) {
      const { result, usage } = await sampleStructured(server, {
        instructions,
        prompt: resumePromptFor(request),
        schema: resumeProposalSchema,
        purpose: 'resume',
        work: 'Rewording a résumé',
        product: 'the résumé',
        maxTokens: 4_000,
      });
      return { proposal: result, usage };
    },
  };
}
