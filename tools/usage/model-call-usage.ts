import { z } from 'zod';
import type { Transaction } from '../../db/database.ts';
import { usageEvents } from '../../db/schema.ts';
import { reportModelUsage } from './model-usage-observers.ts';

/**
 * What one model call cost, as telemetry stores it: counts, money and time, never content (a
 * promise to users: usage records hold no message or document text).
 */
export const modelCallUsageSchema = z.object({
  purpose: z.enum(['chat', 'draft', 'rerank', 'mail', 'briefing', 'embedding', 'resume', 'interview']).describe('What the model was used for'),
  provider: z.string().min(1).describe('The model provider, e.g. google or openai-compatible'),
  model: z.string().min(1).describe('The model id the provider reported'),
  inputTokens: z.number().int().min(0).describe('Prompt tokens, cached ones included'),
  outputTokens: z.number().int().min(0).describe('Generated tokens, reasoning included'),
  cachedInputTokens: z.number().int().min(0).describe('Prompt tokens read from the provider cache'),
  reasoningTokens: z.number().int().min(0).describe('Tokens the model spent thinking'),
  costUsd: z.number().min(0).describe('Cost in US dollars from the price table; 0 for a model it does not list'),
  latencyMs: z.number().int().min(0).describe('How long the call took'),
});

export type ModelCallUsage = z.infer<typeof modelCallUsageSchema>;

/** Stores usage records for the acting user (row-level security sets the owner). */
export async function recordModelUsage(db: Transaction, records: ModelCallUsage[]) {
  if (records.length === 0) return;
  // Counted even if the transaction later rolls back: the model was called and the cost was spent.
  reportModelUsage(records);
  await db.insert(usageEvents).values(
    records.map((record) => ({
      purpose: record.purpose,
      provider: record.provider,
      model: record.model,
      inputTokens: record.inputTokens,
      outputTokens: record.outputTokens,
      cachedInputTokens: record.cachedInputTokens,
      reasoningTokens: record.reasoningTokens,
      costUsd: record.costUsd.toFixed(6),
      latencyMs: record.latencyMs,
    })),
  );
}
