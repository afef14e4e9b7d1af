import { sql, type SQL } from 'drizzle-orm';
import {
  boolean,
  customType,
  index,
  integer,
  jsonb,
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
    userId: uuid('user_id')
      .notNull()
      .default(actingUserId)
      .references(() => users.id, { onDelete: 'cascade' }),
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

export const changeActor = pgEnum('change_actor', ['web', 'agent', 'mcp']);

/** Every status change of an application, oldest first, with who made it. */
export const applicationStatusHistory = pgTable(
  'application_status_history',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .default(actingUserId)
      .references(() => users.id, { onDelete: 'cascade' }),
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
    userId: uuid('user_id')
      .notNull()
      .default(actingUserId)
      .references(() => users.id, { onDelete: 'cascade' }),
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
    userId: uuid('user_id')
      .notNull()
      .default(actingUserId)
      .references(() => users.id, { onDelete: 'cascade' }),
    source: jobSource('source').notNull(),
    board: text('board').notNull(),
    company: text('company'),
    createdAt: createdAt(),
    lastRefreshedAt: timestamp('last_refreshed_at', { withTimezone: true }),
  },
  (table) => [uniqueIndex('followed_boards_user_board_unique').on(table.userId, table.source, table.board), ownRowsOnly()],
);
