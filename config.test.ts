import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('runs locally with nothing set: embedded database, port 3000, no model', () => {
    const config = loadConfig({});

    expect(config).toMatchObject({ PORT: 3000, ATLAS_DATA_DIR: './.atlas', ATLAS_PUBLIC_URL: 'http://localhost:3000' });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.GOOGLE_GENERATIVE_AI_API_KEY).toBeUndefined();
  });

  it('treats empty variables, as .env.example leaves them, as unset', () => {
    const config = loadConfig({ DATABASE_URL: '', GOOGLE_GENERATIVE_AI_API_KEY: '  ' });

    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.GOOGLE_GENERATIVE_AI_API_KEY).toBeUndefined();
  });

  it('fails with a message naming each bad variable', () => {
    const attempt = () => loadConfig({ PORT: 'eighty', DATABASE_URL: 'not a url' });

    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/PORT: .*\n.*DATABASE_URL: /s);
  });
});
