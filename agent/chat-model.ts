import { createGoogleGenerativeAI } from '@ai-sdk/google';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import type { LanguageModel } from 'ai';
import type { Config } from '../config.ts';

/** The Gemini model chat uses when ATLAS_CHAT_MODEL is unset: fast and cheap, with a small thinking budget. */
export const defaultGeminiModel = 'gemini-2.5-flash';

/**
 * The model chat and drafting run on, or `null` when none is configured: the server still starts and
 * everything but the model's work goes on. Gemini by default (`GEMINI_BASE_URL` points the real
 * provider at a proxy or a local stub); with `ATLAS_MODEL_PROVIDER=openai-compatible`, any server
 * speaking OpenAI's chat completions (Ollama, llama.cpp, vLLM), so nothing leaves the machine.
 */
export function createChatModel(config: Config): LanguageModel | null {
  if (config.ATLAS_MODEL_PROVIDER === 'openai-compatible') {
    // config.ts refuses to start without both, so these are set here.
    const provider = createOpenAICompatible({
      name: 'openai-compatible',
      baseURL: config.OPENAI_COMPATIBLE_BASE_URL!,
      apiKey: config.OPENAI_COMPATIBLE_API_KEY,
      // Token counts arrive only when asked for in a stream; usage telemetry needs them.
      includeUsage: true,
      // Ollama, llama.cpp's server and vLLM all constrain output to a JSON schema (response_format json_schema).
      supportsStructuredOutputs: true,
    });
    return provider.chatModel(config.ATLAS_CHAT_MODEL!);
  }
  if (!config.GOOGLE_GENERATIVE_AI_API_KEY) return null;
  const google = createGoogleGenerativeAI({
    apiKey: config.GOOGLE_GENERATIVE_AI_API_KEY,
    baseURL: config.GEMINI_BASE_URL,
  });
  return google(config.ATLAS_CHAT_MODEL ?? defaultGeminiModel);
}

/**
 * A small thinking budget on Gemini (2.5: a token budget, 3: thinkingLevel "low"): pipeline questions
 * need tools, not long deliberation, and this keeps each turn fast. Local servers get no effort at all:
 * Ollama refuses a reasoning effort for a model that cannot think.
 */
export function reasoningEffortFor(model: LanguageModel) {
  return typeof model === 'object' && model.provider.startsWith('google') ? ('low' as const) : undefined;
}
