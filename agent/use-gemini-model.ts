import { createGoogleGenerativeAI } from '@ai-sdk/google';
import type { LanguageModel } from 'ai';
import { afterAll, beforeAll } from 'vitest';
import type { DatabaseHandle } from '../db/database.ts';
import { openTestDatabase } from '../db/test-database.ts';
import { startGeminiStub, type GeminiStub } from './test-gemini-stub.ts';

const apiKey = 'test-key';

export interface GeminiModelWorld {
  stub: GeminiStub;
  /** Open when the file asked for a database. */
  handle: DatabaseHandle;
  /** The real Google provider's model, talking to the stub. */
  model(): LanguageModel;
}

/**
 * The hooks a test file of a model-backed feature shares: the Gemini API stub for the file (and,
 * with `database`, a test database beside it), and the real @ai-sdk/google model pointed at it.
 */
export function useGeminiModel(options: { database?: boolean } = {}): GeminiModelWorld {
  const current = {
    model: () => createGoogleGenerativeAI({ apiKey, baseURL: `${current.stub.url}/v1beta` })('gemini-2.5-flash'),
  } as GeminiModelWorld;
  beforeAll(async () => {
    if (options.database) current.handle = await openTestDatabase();
    current.stub = await startGeminiStub({ apiKey });
  });
  afterAll(async () => {
    await current.stub?.close();
    await current.handle?.close();
  });
  return current;
}
