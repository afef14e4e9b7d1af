import { sql, type SQL } from 'drizzle-orm';
import {
  boolean,
  customType,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgPolicy,
  pgRole,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  vector,
} from 'drizzle-orm/pg-core';

/** The id of the user the current transaction acts for; unset means nobody (sees nothing). */
const actingUserId = sql`nullif(current_setting('app.user_id', true), '')::uuid`;

/** The row-level security policy every user-data table carries: a user sees and writes only their rows. */
const ownRowsOnly = (column: 'user_id' | 'id' = 'user_id') =>
  pgPolicy('own_rows_only', {
    for: 'all',
    using: sql`${sql.identifier(column)} = ${actingUserId}`,
    withCheck: sql`${sql.identifier(column)} = ${actingUserId}`,
  });

/**
 * Sign-in runs before anyone is known, so it cannot act as a user. It switches to this role, which
 * sees only the credential tables (users, sessions, access tokens) and nothing a user keeps there.
 */
export const authRole = pgRole('atlas_auth').existing();

const authServiceAccess = () =>
  pgPolicy('auth_service', { for: 'all', to: authRole, using: sql`true`, withCheck: sql`true` });

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array | Buffer }>({
  dataType: () => 'bytea',
  fromDriver: (value) => new Uint8Array(value),
});

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/** The owning user of a row: set from the acting user by default, removed with the account. */
const ownerId = () =>
  uuid('user_id')
    .notNull()
    .default(actingUserId)
    .references(() => users.id, { onDelete: 'cascade' });

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    emailVerified: boolean('email_verified').notNull().default(false),
    name: text('name'),
    passwordHash: text('password_hash'),
    googleSubject: text('google_subject'),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('users_email_unique').on(sql`lower(${table.email})`),
    uniqueIndex('users_google_subject_unique').on(table.googleSubject),
    ownRowsOnly('id'),
    authServiceAccess(),
  ],
);

/** Browser sessions. The token is `<id>.<secret>`; only SHA-256 of the secret is stored. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    secretHash: bytea('secret_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  (table) => [index('sessions_user_id_idx').on(table.userId), ownRowsOnly(), authServiceAccess()],
);

export const accessTokenScope = pgEnum('access_token_scope', ['read', 'write']);

/** Personal access tokens for MCP clients and scripts, stored like sessions: only a hash of the secret. */
export const accessTokens = pgTable(
  'access_tokens',
  {
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    scopes: accessTokenScope('scopes').array().notNull(),
    secretHash: bytea('secret_hash').notNull(),
    createdAt: createdAt(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (table) => [index('access_tokens_user_id_idx').on(table.userId), ownRowsOnly(), authServiceAccess()],
);

/** The shared catalogue of public job postings. Holds no user data, so it has no RLS. */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    source: text('source').notNull(),
    externalId: text('external_id').notNull(),
    company: text('company').notNull(),
    title: text('title').notNull(),
    locations: text('locations').array().notNull().default(sql`'{}'::text[]`),
    workplaceType: text('workplace_type'),
    employmentType: text('employment_type'),
    salaryMin: integer('salary_min'),
    salaryMax: integer('salary_max'),
    salaryCurrency: text('salary_currency'),
    description: text('description').notNull().default(''),
    /** The board the posting was imported from (Greenhouse board token, Lever site, Ashby board); null for single-page imports. */
    board: text('board'),
    url: text('url'),
    applyUrl: text('apply_url'),
    /** SHA-256 of the normalised title, company and description, to merge the same posting seen on two sources. */
    contentHash: text('content_hash'),
    /** Company + normalised title + first location, the other way two sources name one posting. */
    dedupeKey: text('dedupe_key'),
    /** When the posting merged into another one, the id of the one kept. */
    duplicateOf: uuid('duplicate_of'),
    searchText: tsvector('search_text').generatedAlwaysAs(
      (): SQL =>
        sql`setweight(to_tsvector('english', coalesce(${jobs.title}, '')), 'A') || setweight(to_tsvector('english', coalesce(${jobs.company}, '')), 'B') || setweight(to_tsvector('english', coalesce(${jobs.description}, '')), 'C')`,
    ),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    embedding: vector('embedding', { dimensions: 768 }),
    embeddingModel: text('embedding_model'),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('jobs_source_external_id_unique').on(table.source, table.externalId),
    index('jobs_embedding_hnsw').using('hnsw', table.embedding.op('vector_cosine_ops')),
    index('jobs_search_text_gin').using('gin', table.searchText),
    index('jobs_board_idx').on(table.source, table.board),
    index('jobs_content_hash_idx').on(table.contentHash),
    index('jobs_dedupe_key_idx').on(table.dedupeKey),
  ],
);

export const applicationStatuses = [
  'saved',
  'applied',
  'interviewing',
  'offer',
  'accepted',
  'rejected',
  'withdrawn',
] as const;
export const applicationStatus = pgEnum('application_status', applicationStatuses);

/** A user's pipeline: jobs they track, grouped, with a status and notes. */
export const applications = pgTable(
  'applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: ownerId(),
    jobId: uuid('job_id').references(() => jobs.id, { onDelete: 'set null' }),
    company: text('company').notNull(),
    title: text('title').notNull(),
    url: text('url'),
    group: text('group').notNull().default('General'),
    status: applicationStatus('status').notNull().default('saved'),
    notes: text('notes').notNull().default(''),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('applications_user_status_idx').on(table.userId, table.status),
    uniqueIndex('applications_user_job_unique').on(table.userId, table.jobId),
    ownRowsOnly(),
  ],
);

export const changeActor = pgEnum('change_actor', ['web', 'agent', 'mcp', 'gmail']);

/** Every status change of an application, oldest first, with who made it. */
export const applicationStatusHistory = pgTable(
  'application_status_history',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: ownerId(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    fromStatus: applicationStatus('from_status'),
    toStatus: applicationStatus('to_status').notNull(),
    actor: changeActor('actor').notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('application_status_history_application_idx').on(table.applicationId), ownRowsOnly()],
);

/** The user's CV: one per user, replaced whole on each upload. */
export const cvs = pgTable(
  'cvs',
  {
    userId: uuid('user_id')
      .primaryKey()
      .default(actingUserId)
      .references(() => users.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    text: text('text').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  () => [ownRowsOnly()],
);

/** The CV split into passages, each embedded, so a match can quote the passage that supports it. */
export const cvPassages = pgTable(
  'cv_passages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .default(actingUserId)
      .references(() => cvs.userId, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    section: text('section'),
    text: text('text').notNull(),
    embedding: vector('embedding', { dimensions: 768 }),
    embeddingModel: text('embedding_model'),
  },
  (table) => [index('cv_passages_user_position_idx').on(table.userId, table.position), ownRowsOnly()],
);

/** Every search run on the user's behalf, which the user can see and delete. */
export const searchHistory = pgTable(
  'search_history',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: ownerId(),
    query: text('query').notNull(),
    filters: jsonb('filters').notNull().default({}),
    resultCount: integer('result_count').notNull(),
    actor: changeActor('actor').notNull(),
    createdAt: createdAt(),
  },
  (table) => [index('search_history_user_created_idx').on(table.userId, table.createdAt), ownRowsOnly()],
);

export const jobSources = ['greenhouse', 'lever', 'ashby'] as const;
export const jobSource = pgEnum('job_source', jobSources);

/** Company job boards a user follows; refreshing them keeps the shared catalogue current. */
export const followedBoards = pgTable(
  'followed_boards',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: ownerId(),
    source: jobSource('source').notNull(),
    board: text('board').notNull(),
    company: text('company'),
    createdAt: createdAt(),
    lastRefreshedAt: timestamp('last_refreshed_at', { withTimezone: true }),
  },
  (table) => [uniqueIndex('followed_boards_user_board_unique').on(table.userId, table.source, table.board), ownRowsOnly()],
);

/** A chat conversation; its messages are stored as AI SDK UI messages. */
export const conversations = pgTable(
  'conversations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: ownerId(),
    title: text('title').notNull().default('New conversation'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('conversations_user_updated_idx').on(table.userId, table.updatedAt), ownRowsOnly()],
);

export const messageRoles = ['user', 'assistant'] as const;
export const messageRole = pgEnum('message_role', messageRoles);

export const conversationMessages = pgTable(
  'conversation_messages',
  {
    id: text('id').primaryKey(),
    userId: ownerId(),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    role: messageRole('role').notNull(),
    /** The message's parts (text, tool calls and results) as the AI SDK's UIMessage holds them. */
    parts: jsonb('parts').notNull(),
    position: integer('position').notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('conversation_messages_position_unique').on(table.conversationId, table.position),
    ownRowsOnly(),
  ],
);

/** What the user is looking for; the agent reads it every turn and searches use it as default filters. */
export const searchProfiles = pgTable(
  'search_profiles',
  {
    userId: uuid('user_id')
      .primaryKey()
      .default(actingUserId)
      .references(() => users.id, { onDelete: 'cascade' }),
    targetRoles: text('target_roles').array().notNull().default(sql`'{}'::text[]`),
    seniority: text('seniority'),
    locations: text('locations').array().notNull().default(sql`'{}'::text[]`),
    remotePreference: text('remote_preference'),
    salaryFloor: integer('salary_floor'),
    salaryCurrency: text('salary_currency'),
    dealBreakers: text('deal_breakers').array().notNull().default(sql`'{}'::text[]`),
    companiesToAvoid: text('companies_to_avoid').array().notNull().default(sql`'{}'::text[]`),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  () => [ownRowsOnly()],
);

/** Model usage per call: token counts, cost and latency. Never message content. */
export const usageEvents = pgTable(
  'usage_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: ownerId(),
    /** What the model was used for: chat, draft, embedding. */
    purpose: text('purpose').notNull(),
    provider: text('provider').notNull(),
    model: text('model').notNull(),
    inputTokens: integer('input_tokens').notNull().default(0),
    outputTokens: integer('output_tokens').notNull().default(0),
    cachedInputTokens: integer('cached_input_tokens').notNull().default(0),
    reasoningTokens: integer('reasoning_tokens').notNull().default(0),
    costUsd: numeric('cost_usd', { precision: 12, scale: 6 }).notNull().default('0'),
    latencyMs: integer('latency_ms').notNull(),
    createdAt: createdAt(),
  },
  (table) => [index('usage_events_user_created_idx').on(table.userId, table.createdAt), ownRowsOnly()],
);

export const draftStatuses = ['draft', 'sent'] as const;
export const draftStatus = pgEnum('draft_status', draftStatuses);

/** Outreach emails Atlas drafted for the user to edit and send themselves; Atlas never sends them. */
export const outreachDrafts = pgTable(
  'outreach_drafts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: ownerId(),
    applicationId: uuid('application_id').references(() => applications.id, { onDelete: 'set null' }),
    recipientName: text('recipient_name'),
    recipientEmail: text('recipient_email'),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    /** The CV passages the draft relies on, quoted verbatim. */
    evidence: jsonb('evidence').notNull().default([]),
    /** Claims about the candidate that no CV passage supports, for the user to fix. */
    flaggedClaims: jsonb('flagged_claims').notNull().default([]),
    status: draftStatus('status').notNull().default('draft'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('outreach_drafts_user_idx').on(table.userId, table.createdAt), ownRowsOnly()],
);

/**
 * Who read or changed a sensitive record, and when: the user's own audit log. Holds ids and
 * actions, never content.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: ownerId(),
    actor: changeActor('actor').notNull(),
    /** Which credential acted: a session, an access token (by name), the agent on the user's behalf. */
    actorDetail: text('actor_detail'),
    action: text('action').notNull(),
    recordKind: text('record_kind').notNull(),
    recordId: text('record_id'),
    createdAt: createdAt(),
  },
  (table) => [index('audit_events_user_created_idx').on(table.userId, table.createdAt), ownRowsOnly()],
);
