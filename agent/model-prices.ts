/** US dollars per million tokens. Cached input is what a prompt token read from the provider's cache costs. */
export interface ModelPrice {
  inputPerMillion: number;
  outputPerMillion: number;
  cachedInputPerMillion: number;
}

/**
 * What each model costs, to turn token counts into money. Prices change: update this table (and
 * `takenOn`) when the provider's page does. Gemini prices are the paid Standard tier for text, for
 * prompts up to 200k tokens (Atlas's are far smaller); output includes thinking tokens, which Gemini
 * bills as output. A model not listed here (a local model, a new release) costs 0 and is reported as
 * unpriced.
 */
export const modelPrices = {
  source: 'https://ai.google.dev/gemini-api/docs/pricing',
  takenOn: '2026-11-24',
  models: {
    'gemini-2.5-flash': { inputPerMillion: 0.3, outputPerMillion: 2.5, cachedInputPerMillion: 0.03 },
    'gemini-2.5-flash-lite': { inputPerMillion: 0.1, outputPerMillion: 0.4, cachedInputPerMillion: 0.01 },
    'gemini-2.5-pro': { inputPerMillion: 1.25, outputPerMillion: 10, cachedInputPerMillion: 0.125 },
    'gemini-3-flash-preview': { inputPerMillion: 0.5, outputPerMillion: 3, cachedInputPerMillion: 0.05 },
    'gemini-3.1-pro-preview': { inputPerMillion: 2, outputPerMillion: 12, cachedInputPerMillion: 0.2 },
  } satisfies Record<string, ModelPrice>,
} as const;

/** The price of a model by the id its provider reports (Gemini sometimes prefixes `models/`). */
export function priceOf(model: string): ModelPrice | undefined {
  const id = model.replace(/^models\//, '');
  return Object.hasOwn(modelPrices.models, id) ? modelPrices.models[id as keyof typeof modelPrices.models] : undefined;
}

/**
 * The cost in US dollars of one call, rounded to the micro-dollar the usage table keeps. Cached
 * prompt tokens are part of `inputTokens` and billed at the cached price instead.
 */
export function costOfCall(
  model: string,
  tokens: { inputTokens: number; cachedInputTokens: number; outputTokens: number },
): { costUsd: number; priced: boolean } {
  const price = priceOf(model);
  if (!price) return { costUsd: 0, priced: false };
  const uncachedInput = Math.max(0, tokens.inputTokens - tokens.cachedInputTokens);
  const dollars =
    (uncachedInput * price.inputPerMillion + tokens.cachedInputTokens * price.cachedInputPerMillion + tokens.outputTokens * price.outputPerMillion) /
    1_000_000;
  return { costUsd: Math.round(dollars * 1_000_000) / 1_000_000, priced: true };
}
