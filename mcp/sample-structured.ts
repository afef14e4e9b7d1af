import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { z } from 'zod';
import { UnavailableError, UpstreamError } from '../tools/errors.ts';
import type { ModelCallUsage } from '../tools/usage/model-call-usage.ts';

/** A client may ask its user to approve each sampling request first, which takes a person's time. */
const samplingTimeoutMs = 5 * 60 * 1000;

/** The outermost JSON object in a model's answer, with or without a code fence around it, if it fits the schema. */
export function objectIn<Schema extends z.ZodType>(text: string, schema: Schema): z.output<Schema> | undefined {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start === -1 || end < start) return undefined;
  try {
    return schema.safeParse(JSON.parse(text.slice(start, end + 1))).data;
  } catch {
    return undefined;
  }
}

export interface SamplingTask<Schema extends z.ZodType> {
  /** What the model is told; the client's model has no structured output, so it ends with the answer's shape spelled out. */
  instructions: string;
  prompt: string;
  schema: Schema;
  purpose: ModelCallUsage['purpose'];
  /** What the work is, for messages: "Drafting outreach", "Scoring the interview". */
  work: string;
  /** What the model writes, for messages: "the draft", "the scores". */
  product: string;
  maxTokens: number;
}

/**
 * Asks the MCP client's own model for one JSON answer through sampling (`sampling/createMessage`), for
 * an Atlas server without a model key. The client decides which model answers and may show the
 * request to its user first. The caller checks the answer as it checks the server's own model.
 */
export async function sampleStructured<Schema extends z.ZodType>(
  server: McpServer,
  task: SamplingTask<Schema>,
): Promise<{ result: z.output<Schema>; usage: ModelCallUsage[] }> {
  if (!server.server.getClientCapabilities()?.sampling) {
    throw new UnavailableError(
      `${task.work} needs a model: this Atlas server has no model key, and this MCP client does not lend its own model (sampling). Add a model key to Atlas (see .env.example), or use a client that supports sampling.`,
      'model_not_configured',
    );
  }
  const started = performance.now();
  const answer = await server.server
    .createMessage(
      {
        systemPrompt: task.instructions,
        messages: [{ role: 'user', content: { type: 'text', text: task.prompt } }],
        // The client's own conversation is none of this task's business, and would carry other data in.
        includeContext: 'none',
        maxTokens: task.maxTokens,
        modelPreferences: { intelligencePriority: 0.7, speedPriority: 0.4, costPriority: 0.3 },
      },
      { timeout: samplingTimeoutMs },
    )
    .catch(() => {
      // The client's error may quote the prompt; the user needs only to know it did not answer.
      throw new UpstreamError("The MCP client's model", `did not write ${task.product} (declined, failed or too slow); try again`);
    });
  const result = answer.content.type === 'text' ? objectIn(answer.content.text, task.schema) : undefined;
  if (result === undefined) throw new UpstreamError("The MCP client's model", `returned ${task.product} Atlas could not read; try again`);
  return {
    result,
    // Sampling reports no token counts and costs the user nothing at Atlas: only the model and the time are known.
    usage: [
      {
        purpose: task.purpose,
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
}
