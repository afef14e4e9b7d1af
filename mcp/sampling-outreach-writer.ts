import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { UnavailableError, UpstreamError } from '../tools/errors.ts';
import { outreachInstructions, outreachPromptFor } from '../tools/outreach/outreach-prompt.ts';
import { writtenDraftSchema, type OutreachRequest, type OutreachWriter, type WrittenDraft } from '../tools/outreach/outreach-writer.ts';

/** A client may ask its user to approve each sampling request first, which takes a person's time. */
const samplingTimeoutMs = 5 * 60 * 1000;
const maximumTokens = 2_000;

// The client's model has no structured output to hold it to the draft's shape, so the shape is spelled out.
const instructions = `${outreachInstructions}

Answer with one JSON object and nothing else:
{"subject": "…", "body": "…", "evidence": [{"passage": "P1", "quote": "…"}], "claims": [{"text": "…", "passages": ["P1"]}]}`;

/** The draft in a model's answer: the outermost JSON object, with or without a code fence around it. */
function draftIn(text: string): WrittenDraft | undefined {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start === -1 || end < start) return undefined;
  try {
    return writtenDraftSchema.safeParse(JSON.parse(text.slice(start, end + 1))).data;
  } catch {
    return undefined;
  }
}

/**
 * Writes outreach drafts with the MCP client's own model, through sampling (`sampling/createMessage`),
 * for an Atlas server without a model key. The client decides which model answers and may show the
 * request to its user first. draftOutreach checks the answer exactly as it checks the server's own
 * model: quotes must be in the CV, claims must be backed, or they are rewritten and then flagged.
 */
export function createSamplingOutreachWriter(server: McpServer): OutreachWriter {
  return {
    async write(request) {
      if (!server.server.getClientCapabilities()?.sampling) {
        throw new UnavailableError(
          'Drafting outreach needs a model: this Atlas server has no model key, and this MCP client does not lend its own model (sampling). Add a model key to Atlas (see .env.example), or use a client that supports sampling.',
          'model_not_configured',
        );
      }
      const started = performance.now();
      const answer = await server.server
        .createMessage(
          {
            systemPrompt: instructions,
            messages: [{ role: 'user', content: { type: 'text', text: outreachPromptFor(request) } }],
            // The client's own conversation is none of this draft's business, and would carry other data in.
            includeContext: 'none',
            maxTokens: maximumTokens,
            modelPreferences: { intelligencePriority: 0.7, speedPriority: 0.4, costPriority: 0.3 },
          },
          { timeout: samplingTimeoutMs },
        )
        .catch(() => {
          // The client's error may quote the prompt; the user needs only to know it did not answer.
          throw new UpstreamError("The MCP client's model", 'did not write the draft (declined, failed or too slow); try again');
        });
      const draft = answer.content.type === 'text' ? draftIn(answer.content.text) : undefined;
      if (!draft) throw new UpstreamError("The MCP client's model", 'returned a draft Atlas could not read; try again');
      return {
        draft,
        // Sampling reports no token counts and costs the user nothing at Atlas: only the model and the time are known.
        usage: [
          {
            purpose: 'draft',
            provider: 'mcp-sampling',
            model: answer.model || 'unknown',
            inputTokens: 0,
            outputTokens: 0,
            cachedInputTokens: 0,
            reasoningTokens: 0,
            costUsd: 0,
            latencyMs: Math.round(performance.now() - started),
          },
        ],
      };
    },
  };
}
