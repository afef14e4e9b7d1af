import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig } from './config.ts';
import packageJson from './package.json' with { type: 'json' };

const dockerfile = readFileSync(new URL('./Dockerfile', import.meta.url), 'utf8');
const compose = parse(readFileSync(new URL('./compose.yaml', import.meta.url), 'utf8')) as {
  services: Record<string, { environment?: Record<string, string>; depends_on?: Record<string, { condition: string }>; build?: string; image?: string }>;
};
const documentedSettings = new Set([...readFileSync(new URL('./.env.example', import.meta.url), 'utf8').matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((match) => match[1]!));

/** The final stage of the Dockerfile: what the image runs. */
const finalStage = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));

/** The Dockerfile's ENV settings in the final stage, as a map. */
function imageEnvironment() {
  const block = /ENV ([\s\S]*?)\n(?!\s)/.exec(finalStage)![1]!.replace(/\\\n/g, ' ');
  return Object.fromEntries([...block.matchAll(/([A-Z_]+)=(\S+)/g)].map((match) => [match[1]!, match[2]!]));
}

/** Compose's `${NAME}`, `${NAME:-default}` and `${NAME:?message}` filled in from an .env file. */
function interpolate(value: string, env: Record<string, string>) {
  return value.replace(/\$\{([A-Z_]+)(?::([-?])([^}]*))?\}/g, (_whole, name: string, kind?: string, rest?: string) => {
    if (env[name] !== undefined && env[name] !== '') return env[name]!;
    if (kind === '?') throw new Error(`${name} is required: ${rest}`);
    return kind === '-' ? (rest ?? '') : '';
  });
}

describe('the container image and compose file', () => {
  it('runs what npm start runs, without rebuilding the browser app at every start', () => {
    const startArguments = packageJson.scripts.start.replace(/^bash scripts\/node\.sh /, '').split(' ');
    const command = JSON.parse(/^CMD (\[.*\])$/m.exec(finalStage)![1]!) as string[];

    expect(command).toEqual(['node', ...startArguments]);
    expect(dockerfile).toMatch(/RUN npm run build/);
  });

  it('runs as an unprivileged user, with a health check that asks the database', () => {
    expect(finalStage).toMatch(/^USER node$/m);
    expect(finalStage).toMatch(/^HEALTHCHECK [\s\S]*\/api\/health\/ready/m);
  });

  it('starts Atlas on Postgres with settings the app accepts, after the database is healthy', () => {
    const atlas = compose.services.atlas!;
    const env = { POSTGRES_PASSWORD: 'correct-horse-battery' };
    const environment = { ...imageEnvironment(), ...Object.fromEntries(Object.entries(atlas.environment ?? {}).map(([key, value]) => [key, interpolate(String(value), env)])) };

    const config = loadConfig(environment);

    expect(config.DATABASE_URL).toBe('postgres://atlas:correct-horse-battery@postgres:5432/atlas');
    expect(Object.keys(compose.services)).toContain(new URL(config.DATABASE_URL!).hostname);
    expect(compose.services.postgres!.image).toMatch(/pgvector/);
    expect(atlas.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
    expect(config).toMatchObject({ HOST: '0.0.0.0', PORT: 3000, ATLAS_DATA_DIR: '/data' });
    expect(() => interpolate(String(compose.services.postgres!.environment!.POSTGRES_PASSWORD), {})).toThrow('POSTGRES_PASSWORD is required');
  });

  it('sets only settings .env.example documents, so a misspelt one cannot pass unnoticed', () => {
    const used = [...Object.keys(imageEnvironment()), ...Object.keys(compose.services.atlas!.environment ?? {})];

    expect(used.filter((name) => !documentedSettings.has(name))).toEqual([]);
  });

  it('keeps secrets and local data out of the build', () => {
    const ignored = readFileSync(new URL('./.dockerignore', import.meta.url), 'utf8').split('\n');

    expect(ignored).toEqual(expect.arrayContaining(['node_modules', '.env', '.atlas', '.git']));
  });
});
