import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { outreachInstructions, outreachPromptFor } from '../tools/outreach/outreach-prompt.ts';
import { writtenDraftSchema, type OutreachWriter } from '../tools/outreach/outreach-writer.ts';
import { sampleStructured } from './sample-structured.ts';

// The client's model has no structured output to hold it to the draft's shape, so the shape is spelled out.
const instructions = `${outreachInstructions}

Answer with one JSON object and nothing else:
{"subject": "…", "body": "…", "evidence": [{"passage": "P1", "quote": "…"}], "claims": [{"text": "…", "passages": ["P1"]}]}`;

/**
 * Writes outreach drafts with the MCP client's own model, through sampling. draftOutreach checks the
 * answer exactly as it checks the server's own model: quotes must be in the CV, claims must be
 * backed, or they are rewritten and then flagged.
 */
export function createSamplingOutreachWriter(server: McpServer): OutreachWriter {
  return {
    async write(request) {
      const { result, usage } = await sampleStructured(server, {
        instructions,
        prompt: outreachPromptFor(request),
        schema: writtenDraftSchema,
        purpose: 'draft',
        work: 'Drafting outreach',
        product: 'a draft',
        maxTokens: 2_000,
      });
      return { draft: result, usage };
    },
  };
}
