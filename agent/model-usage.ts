import type { LanguageModelCallEndEvent } from 'ai';
import type { ModelCallUsage } from '../tools/usage/model-call-usage.ts';
import { costOfCall } from './model-prices.ts';

/**
 * The usage record of one model call, from the AI SDK's `onLanguageModelCallEnd` event: counts,
 * cost and latency only. The event also carries the generated content; none of it is copied.
 */
export function usageOfModelCall(event: LanguageModelCallEndEvent, purpose: ModelCallUsage['purpose']): ModelCallUsage {
  const tokens = {
    inputTokens: event.usage.inputTokens ?? 0,
    cachedInputTokens: event.usage.inputTokenDetails.cacheReadTokens ?? 0,
    outputTokens: event.usage.outputTokens ?? 0,
  };
  return {
    purpose,
    // The SDK names providers `google.generative-ai`, `openai-compatible.chat`: the part before the dot is the provider.
    provider: event.provider.split('.')[0]!,
    model: event.modelId,
    ...tokens,
    reasoningTokens: event.usage.outputTokenDetails.reasoningTokens ?? 0,
    costUsd: costOfCall(event.modelId, tokens).costUsd,
    latencyMs: Math.round(event.performance.responseTimeMs),
  };
}
