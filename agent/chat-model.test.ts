import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config.ts';
import { createChatModel } from './chat-model.ts';

describe('createChatModel', () => {
  it('runs Gemini 2.5 Flash when a key is set and nothing else is', () => {
    const model = createChatModel(loadConfig({ GOOGLE_GENERATIVE_AI_API_KEY: 'key' }));

    expect(model).toMatchObject({ provider: 'google.generative-ai', modelId: 'gemini-2.5-flash' });
  });

  it('has no model without a Gemini key, so everything but the model’s work still runs', () => {
    expect(createChatModel(loadConfig({}))).toBeNull();
  });

  it('runs the named model on an OpenAI-compatible server, with no Gemini key needed', () => {
    const model = createChatModel(
      loadConfig({ ATLAS_MODEL_PROVIDER: 'openai-compatible', OPENAI_COMPATIBLE_BASE_URL: 'http://localhost:11434/v1', ATLAS_CHAT_MODEL: 'qwen3:8b' }),
    );

    expect(model).toMatchObject({ provider: 'openai-compatible.chat', modelId: 'qwen3:8b' });
  });

  it('refuses to start an OpenAI-compatible set-up that does not say where the server is or which model to run', () => {
    const attempt = () => loadConfig({ ATLAS_MODEL_PROVIDER: 'openai-compatible' });

    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/OPENAI_COMPATIBLE_BASE_URL: required .*\n.*ATLAS_CHAT_MODEL: required/s);
  });
});
