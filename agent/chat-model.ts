import { createGoogleGenerativeAI } from '@ai-sdk/google';
import type { LanguageModel } from 'ai';
import type { Config } from '../config.ts';

/**
 * The model free-form chat runs on, or `null` when no key is configured: the server still starts and
 * everything but chat works. `GEMINI_BASE_URL` points the real provider at a proxy or a local stub.
 */
export function createChatModel(config: Config): LanguageModel | null {
  if (!config.GOOGLE_GENERATIVE_AI_API_KEY) return null;
  const google = createGoogleGenerativeAI({
    apiKey: config.GOOGLE_GENERATIVE_AI_API_KEY,
    baseURL: config.GEMINI_BASE_URL,
  });
  return google(config.ATLAS_CHAT_MODEL);
}
