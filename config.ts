import { z } from 'zod';
import { basename, dirname, join, resolve } from 'node:path';

const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const flag = z.stringbool({ error: 'must be true or false' });

/** An address users open in a browser: http or https, with a host. */
const publicUrlSchema = z.url({ protocol: /^https?$/, hostname: z.regexes.hostname, error: 'must be an http:// or https:// address with a host' });

/**
 * The address a browser uses for a server listening on HOST and PORT: a server on every interface
 * (0.0.0.0, ::) is opened at localhost, and an IPv6 address is written in brackets.
 */
function localPublicUrl(host: string, port: number): string {
  const name = host === '' || host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return new URL(`http://${name}:${port}`).origin;
}

/** Beside the data folder, never inside it (a snapshot would hold the older ones): /data gives /data-snapshots. */
function defaultSnapshotFolder(dataDir: string): string {
  const folder = resolve(dataDir);
  return join(dirname(folder), `${basename(folder)}-snapshots`);
}

/** A board URL with `{board}` where the board's name goes, e.g. https://{board}.recruitee.com. */
const boardUrlTemplate = z
  .string()
  .refine((value) => value.includes('{board}') && URL.canParse(value.replace('{board}', 'board')), {
    error: 'must be an http(s) address with {board} where the board name goes',
  });

/** Every setting Atlas reads from the environment; `.env.example` documents each one. */
const settingsSchema = z.object({
  // Any name: development, production and test are the usual ones, and staging or the like are as valid.
  NODE_ENV: z.string().trim().min(1).default('development'),
  PORT: z.coerce.number({ error: 'must be a port number' }).int('must be a whole port number').min(0, 'must be a port from 0 to 65535').max(65535, 'must be a port from 0 to 65535').default(3000),
  HOST: z.string().trim().min(1, 'must name an interface such as localhost or 0.0.0.0').default('localhost'),
  /** Unset: the address HOST and PORT give (see localPublicUrl). */
  ATLAS_PUBLIC_URL: optionalString.pipe(publicUrlSchema.optional()),
  DATABASE_URL: optionalString.pipe(z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' }).optional()),
  /**
   * A streaming replica of DATABASE_URL: searches and other catalogue reads run there once it has
   * replayed every commit the primary had when the read began (db/read-replica.ts).
   */
  DATABASE_REPLICA_URL: optionalString.pipe(z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' }).optional()),
  ATLAS_DATA_DIR: z.string().default('./.atlas'),
  /** While Atlas runs on the embedded database: a snapshot a day into ATLAS_SNAPSHOT_DIR, the 7 newest kept. */
  ATLAS_SNAPSHOTS: flag.default(true),
  /** Unset: a folder beside ATLAS_DATA_DIR named after it (./.atlas-snapshots), never inside it. */
  ATLAS_SNAPSHOT_DIR: optionalString,
  GOOGLE_GENERATIVE_AI_API_KEY: optionalString,
  GEMINI_BASE_URL: optionalString.pipe(z.url().optional()),
  /** Worker threads running the offline embedding model when no Gemini key is set. */
  ATLAS_EMBEDDING_WORKERS: z.coerce.number().int().min(1).max(32).default(1),
  /** The chat model id; unset means gemini-2.5-flash on Google, and is required for an OpenAI-compatible server. */
  ATLAS_CHAT_MODEL: optionalString,
  ATLAS_MODEL_PROVIDER: z.enum(['google', 'openai-compatible']).default('google'),
  OPENAI_COMPATIBLE_BASE_URL: optionalString.pipe(z.url().optional()),
  OPENAI_COMPATIBLE_API_KEY: optionalString,
  ATLAS_CHAT_TURN_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3600).default(90),
  GOOGLE_CLIENT_ID: optionalString,
  GOOGLE_CLIENT_SECRET: optionalString,
  GOOGLE_AUTHORIZATION_URL: z.url().default('https://accounts.google.com/o/oauth2/v2/auth'),
  GOOGLE_TOKEN_URL: z.url().default('https://oauth2.googleapis.com/token'),
  ATLAS_TOKEN: optionalString,
  /**
   * The browser extension's id, whose origin (chrome-extension://<id>) alone may call the extension's
   * endpoints; unset: the id the key in its manifest gives unpacked installs.
   */
  ATLAS_EXTENSION_ID: optionalString.pipe(z.string().regex(/^[a-p]{32}$/, 'must be a 32-letter extension id (a–p)').optional()),
  /** Requests one MCP token may make per minute over HTTP before it is answered 429. */
  ATLAS_MCP_REQUESTS_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(120),
  ATLAS_TRUST_PROXY: flag.default(false),
  /** Days the user-visible audit log keeps its entries; older ones are pruned daily. */
  ATLAS_AUDIT_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
  /** Error reports go to Sentry only when a DSN is set; they never carry personal data. */
  SENTRY_DSN: optionalString.pipe(z.url().optional()),
  SENTRY_ENVIRONMENT: optionalString,
  ATLAS_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).default('info'),
  /** Unset: no /metrics at all (404). Set: Prometheus scrapes GET /metrics with `Authorization: Bearer <token>`. */
  ATLAS_METRICS_TOKEN: optionalString.pipe(z.string().min(16, 'must be at least 16 characters (for example: openssl rand -hex 32)').optional()),
  /** Refuse passwords found in data breaches (Have I Been Pwned, k-anonymity: the password never leaves). */
  ATLAS_HIBP_CHECK: flag.default(true),
  ATLAS_HIBP_URL: z.url().default('https://api.pwnedpasswords.com'),
  ATLAS_CHAT_REQUESTS_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(20),
  GREENHOUSE_API_URL: z.url().default('https://boards-api.greenhouse.io'),
  LEVER_API_URL: z.url().default('https://api.lever.co'),
  LEVER_EU_API_URL: z.url().default('https://api.eu.lever.co'),
  ASHBY_API_URL: z.url().default('https://api.ashbyhq.com'),
  SMARTRECRUITERS_API_URL: z.url().default('https://api.smartrecruiters.com'),
  WORKABLE_API_URL: z.url().default('https://apply.workable.com'),
  /** Boards that live on their own host: `{board}` stands for the board's name. */
  RECRUITEE_BOARD_URL: boardUrlTemplate.default('https://{board}.recruitee.com'),
  PERSONIO_BOARD_URL: boardUrlTemplate.default('https://{board}.jobs.personio.de'),
  TEAMTAILOR_BOARD_URL: boardUrlTemplate.default('https://{board}.teamtailor.com'),
  /** Workday career sites: `{board}` stands for the tenant and its data centre ("nvidia.wd5"). */
  WORKDAY_SITE_URL: boardUrlTemplate.default('https://{board}.myworkdayjobs.com'),
  REMOTIVE_API_URL: z.url().default('https://remotive.com'),
  ARBEITNOW_API_URL: z.url().default('https://www.arbeitnow.com'),
  THEMUSE_API_URL: z.url().default('https://www.themuse.com'),
  REMOTEOK_API_URL: z.url().default('https://remoteok.com'),
  HIMALAYAS_API_URL: z.url().default('https://himalayas.app'),
  JOBICY_API_URL: z.url().default('https://jobicy.com'),
  /** The HN Search API (by Algolia), for Hacker News' monthly "Who is hiring?" thread. */
  HN_SEARCH_API_URL: z.url().default('https://hn.algolia.com'),
  /** Job search APIs a user switches on in Settings with their own key; their keys are stored encrypted (ATLAS_ENCRYPTION_KEYS). */
  ADZUNA_API_URL: z.url().default('https://api.adzuna.com'),
  USAJOBS_API_URL: z.url().default('https://data.usajobs.gov'),
  REED_API_URL: z.url().default('https://www.reed.co.uk'),
  JOOBLE_API_URL: z.url().default('https://jooble.org'),
  /** More companies' job boards for followCompany, in the shape of tools/jobs/company-boards.json. */
  ATLAS_COMPANY_BOARDS_FILE: optionalString,
  ATLAS_ALLOW_PRIVATE_FETCH: flag.default(false),
  /** Keys that encrypt stored Google tokens: `id:base64key` pairs, comma-separated; the first encrypts new writes. */
  ATLAS_ENCRYPTION_KEYS: optionalString.pipe(z.string().optional()).transform((value, context) => {
    if (value === undefined) return [];
    const keys = value.split(',').map((pair) => {
      const [id = '', key = ''] = pair.trim().split(':');
      return { id, key: Buffer.from(key, 'base64') };
    });
    for (const { id, key } of keys) {
      if (!/^[\w-]{1,32}$/.test(id)) context.addIssue({ code: 'custom', message: `key id "${id}" must be 1-32 letters, digits, - or _ (format: id:base64key,...)` });
      else if (key.length !== 32) context.addIssue({ code: 'custom', message: `key "${id}" must be 32 bytes in base64 (openssl rand -base64 32)` });
    }
    if (new Set(keys.map((key) => key.id)).size !== keys.length) context.addIssue({ code: 'custom', message: 'key ids must be unique' });
    return keys;
  }),
  GOOGLE_REVOKE_URL: z.url().default('https://oauth2.googleapis.com/revoke'),
  GMAIL_API_URL: z.url().default('https://gmail.googleapis.com/'),
  ATLAS_GMAIL_SYNC_WINDOW_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  ATLAS_GMAIL_SYNC_INTERVAL_MINUTES: z.coerce.number().int().min(5).max(1440).default(30),
  ATLAS_FOLLOW_UP_AFTER_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  /**
   * The instance's VAPID key pair for browser push (base64url, as web-push's generate-vapid-keys prints
   * them); unset, Atlas makes one on first use and keeps it in the database. Both or neither.
   */
  VAPID_PUBLIC_KEY: optionalString.pipe(z.string().regex(/^[A-Za-z0-9_-]{87}$/, 'must be a base64url P-256 public key (87 characters)').optional()),
  VAPID_PRIVATE_KEY: optionalString.pipe(z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'must be a base64url P-256 private key (43 characters)').optional()),
  /** Who push services may contact about this instance's pushes; unset, the public URL when it is https, else mailto:admin@<its host>. */
  VAPID_SUBJECT: optionalString.pipe(z.string().regex(/^(mailto:\S+@\S+|https:\/\/\S+)$/, 'must be a mailto: address or an https:// URL').optional()),
  /**
   * Push services browsers may subscribe through: host names, `*.` for any subdomain, comma-separated.
   * Atlas posts only to these, so a subscription cannot point it at another server.
   */
  ATLAS_PUSH_SERVICES: z
    .string()
    .default('fcm.googleapis.com,updates.push.services.mozilla.com,*.push.services.mozilla.com,*.notify.windows.com,web.push.apple.com')
    .transform((value) => value.split(',').map((host) => host.trim().toLowerCase()).filter(Boolean))
    .pipe(z.array(z.string().regex(/^(\*\.)?[a-z0-9.-]+$/, 'must be host names, *.example.com for subdomains, comma-separated'))),
}).superRefine((config, context) => {
  if ((config.VAPID_PUBLIC_KEY === undefined) !== (config.VAPID_PRIVATE_KEY === undefined)) {
    context.addIssue({ code: 'custom', path: [config.VAPID_PUBLIC_KEY ? 'VAPID_PRIVATE_KEY' : 'VAPID_PUBLIC_KEY'], message: 'VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY are set together or not at all' });
  }
}).superRefine((config, context) => {
  // A replica of the embedded database cannot exist: it is opened by one process.
  if (config.DATABASE_REPLICA_URL && !config.DATABASE_URL) {
    context.addIssue({ code: 'custom', path: ['DATABASE_REPLICA_URL'], message: 'needs DATABASE_URL: a replica serves reads for a PostgreSQL server, never for the embedded database' });
  }
}).superRefine((config, context) => {
  // A local model has no sensible default: the server's address and the model it serves must be named.
  if (config.ATLAS_MODEL_PROVIDER !== 'openai-compatible') return;
  if (!config.OPENAI_COMPATIBLE_BASE_URL) {
    context.addIssue({ code: 'custom', path: ['OPENAI_COMPATIBLE_BASE_URL'], message: 'required when ATLAS_MODEL_PROVIDER is openai-compatible: the server’s base URL up to /v1' });
  }
  if (!config.ATLAS_CHAT_MODEL) {
    context.addIssue({ code: 'custom', path: ['ATLAS_CHAT_MODEL'], message: 'required when ATLAS_MODEL_PROVIDER is openai-compatible: the model id your server serves' });
  }
});

export const configSchema = settingsSchema.transform((settings) => ({
  ...settings,
  ATLAS_PUBLIC_URL: settings.ATLAS_PUBLIC_URL ?? localPublicUrl(settings.HOST, settings.PORT),
  ATLAS_SNAPSHOT_DIR: settings.ATLAS_SNAPSHOT_DIR ?? defaultSnapshotFolder(settings.ATLAS_DATA_DIR),
}));

export type Config = z.infer<typeof configSchema>;

// A valid value for each setting without a default to show; the others show their default.
const examples: Partial<Record<keyof z.input<typeof settingsSchema>, string>> = {
  NODE_ENV: 'production',
  ATLAS_PUBLIC_URL: 'http://localhost:3000',
  DATABASE_URL: 'postgres://atlas:secret@localhost:5432/atlas',
  DATABASE_REPLICA_URL: 'postgres://atlas:secret@replica:5432/atlas',
  GEMINI_BASE_URL: 'https://generativelanguage.googleapis.com/v1beta',
  OPENAI_COMPATIBLE_BASE_URL: 'http://localhost:11434/v1',
  SENTRY_DSN: 'https://key@o0.ingest.sentry.io/0',
  ATLAS_ENCRYPTION_KEYS: 'key1:<the output of openssl rand -base64 32>',
  ATLAS_CHAT_MODEL: 'qwen3:8b',
};
const defaults: Record<string, unknown> = settingsSchema.parse({});

/** One line per invalid setting, naming it and showing a value that works; never the value given (it may be a secret). */
function describeIssue(issue: z.core.$ZodIssue): string {
  const variable = String(issue.path[0] ?? '');
  if (!variable) return `Invalid configuration: ${issue.message}`;
  const example = examples[variable as keyof typeof examples] ?? (defaults[variable] === undefined ? undefined : String(defaults[variable]));
  return `Invalid ${variable}: ${issue.message}${example === undefined ? '' : ` (for example ${variable}=${example})`}`;
}

export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(issues.join('\n'));
    this.name = 'ConfigError';
  }
}

/** Parses the environment once at start-up; the only place that reads `process.env`. */
export function loadConfig(environment: Record<string, string | undefined> = process.env): Config {
  const result = configSchema.safeParse(environment);
  if (!result.success) throw new ConfigError(result.error.issues.map(describeIssue));
  return result.data;
}
