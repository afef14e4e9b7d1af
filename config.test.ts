import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('runs locally with nothing set: embedded database, port 3000, no model', () => {
    const config = loadConfig({});

    expect(config).toMatchObject({ PORT: 3000, ATLAS_DATA_DIR: './.atlas', ATLAS_PUBLIC_URL: 'http://localhost:3000' });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.GOOGLE_GENERATIVE_AI_API_KEY).toBeUndefined();
  });

  it('snapshots the embedded database daily into a folder beside the data folder, never inside it, unless turned off', () => {
    expect(loadConfig({ ATLAS_DATA_DIR: '/data' })).toMatchObject({ ATLAS_SNAPSHOTS: true, ATLAS_SNAPSHOT_DIR: '/data-snapshots' });
    expect(loadConfig({ ATLAS_DATA_DIR: '/srv/atlas/db', ATLAS_SNAPSHOT_DIR: '', ATLAS_SNAPSHOTS: 'false' })).toMatchObject({
      ATLAS_SNAPSHOTS: false,
      ATLAS_SNAPSHOT_DIR: '/srv/atlas/db-snapshots',
    });
    expect(loadConfig({ ATLAS_SNAPSHOT_DIR: '/backups/atlas' }).ATLAS_SNAPSHOT_DIR).toBe('/backups/atlas');
  });

  it('treats empty variables, as .env.example leaves them, as unset', () => {
    const config = loadConfig({ DATABASE_URL: '', GOOGLE_GENERATIVE_AI_API_KEY: '  ' });

    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.GOOGLE_GENERATIVE_AI_API_KEY).toBeUndefined();
  });

  it('takes a read replica only beside a PostgreSQL server', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://atlas@primary:5432/atlas', DATABASE_REPLICA_URL: 'postgres://atlas@replica:5432/atlas' });

    expect(config.DATABASE_REPLICA_URL).toBe('postgres://atlas@replica:5432/atlas');
    expect(() => loadConfig({ DATABASE_REPLICA_URL: 'postgres://atlas@replica:5432/atlas' })).toThrow(/^Invalid DATABASE_REPLICA_URL: needs DATABASE_URL/);
  });

  it('fails with one line per bad variable, naming it and a value that works', () => {
    const attempt = () => loadConfig({ PORT: 'eighty', DATABASE_URL: 'not a url' });

    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(
      'Invalid PORT: must be a port number (for example PORT=3000)\n' +
        'Invalid DATABASE_URL: must be a postgres:// URL (for example DATABASE_URL=postgres://atlas:secret@localhost:5432/atlas)',
    );
  });

  it.each([
    ['ATLAS_PUBLIC_URL', 'localhost:3502'],
    ['ATLAS_PUBLIC_URL', 'ftp://atlas.example.com'],
    ['ATLAS_PUBLIC_URL', 'https://:3000'],
    ['PORT', '70000'],
    ['PORT', '30.5'],
    ['HOST', ' '],
    ['DATABASE_URL', 'mysql://atlas@localhost/atlas'],
    ['ATLAS_TRUST_PROXY', 'maybe'],
    ['ATLAS_LOG_LEVEL', 'loud'],
    ['ATLAS_EMBEDDING_WORKERS', '0'],
    ['ATLAS_ENCRYPTION_KEYS', 'main:short'],
    ['SENTRY_DSN', 'not a url'],
  ])('refuses %s=%s in one line that names it and shows a valid value', (variable, value) => {
    let message = '';
    try {
      loadConfig({ [variable]: value });
    } catch (error) {
      message = (error as ConfigError).message;
    }
    expect(message).toMatch(new RegExp(`^Invalid ${variable}: [^\n]+ \\(for example ${variable}=[^\n]+\\)$`));
    // A secret given in a bad value is never echoed back.
    expect(message).not.toContain(value.trim() || '\u0000');
  });

  it('serves at the address HOST and PORT give when ATLAS_PUBLIC_URL is unset', () => {
    expect(loadConfig({ PORT: '3100' }).ATLAS_PUBLIC_URL).toBe('http://localhost:3100');
    expect(loadConfig({ HOST: '127.0.0.1', PORT: '3100' }).ATLAS_PUBLIC_URL).toBe('http://127.0.0.1:3100');
    expect(loadConfig({ HOST: '0.0.0.0', PORT: '8080' }).ATLAS_PUBLIC_URL).toBe('http://localhost:8080');
    expect(loadConfig({ HOST: '::1', PORT: '3100' }).ATLAS_PUBLIC_URL).toBe('http://[::1]:3100');
    expect(loadConfig({ PORT: '3100', ATLAS_PUBLIC_URL: '' }).ATLAS_PUBLIC_URL).toBe('http://localhost:3100');
  });

  it('keeps ATLAS_PUBLIC_URL when it is set, whatever PORT is (a proxy in front)', () => {
    expect(loadConfig({ PORT: '3100', ATLAS_PUBLIC_URL: 'https://atlas.example.com' }).ATLAS_PUBLIC_URL).toBe('https://atlas.example.com');
  });

  it('accepts any NODE_ENV name, such as staging', () => {
    expect(loadConfig({ NODE_ENV: 'staging' }).NODE_ENV).toBe('staging');
  });
});
