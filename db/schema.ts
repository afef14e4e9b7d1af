import { sql, type SQL } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgPolicy,
  pgRole,
  pgTable,
  primaryKey,
  real,
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
    /** An IANA zone ("Europe/Berlin"): the weekly briefing is written on Monday morning here. UTC until the user picks one. */
    timeZone: text('time_zone').notNull().default('UTC'),
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
    /** The browser and system it was signed in from ("Firefox on Windows"), read from User-Agent; never the whole header. */
    device: text('device'),
    /** The last request made with it, to within a few minutes (it is written at most every five). */
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }),
  },
  (table) => [index('sessions_user_id_idx').on(table.userId), ownRowsOnly(), authServiceAccess()],
);

export const accessTokenScope = pgEnum('access_token_scope', ['read', 'write', 'save-jobs']);

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

/**
 * MCP clients that registered themselves with Atlas's OAuth server (RFC 7591). All are public
 * clients: they hold no secret, and PKCE proves each code exchange. Registration is anonymous and
 * holds no user data, so any role may read it; only sign-in's role writes it.
 */
export const oauthClients = pgTable(
  'oauth_clients',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    redirectUris: text('redirect_uris').array().notNull(),
    /** The registration as Atlas answered it (RFC 7591 client information), returned on every lookup. */
    metadata: jsonb('metadata').notNull(),
    createdAt: createdAt(),
  },
  () => [pgPolicy('readable_by_all', { for: 'select', using: sql`true` }), authServiceAccess()],
);

/** A user's consent for one MCP client: the scopes and audience its tokens carry. Revoking it ends them all. */
export const oauthGrants = pgTable(
  'oauth_grants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: ownerId(),
    clientId: text('client_id')
      .notNull()
      .references(() => oauthClients.id, { onDelete: 'cascade' }),
    scopes: accessTokenScope('scopes').array().notNull(),
    /** The resource (RFC 8707) every token of this grant is bound to: Atlas's MCP endpoint. */
    resource: text('resource').notNull(),
    createdAt: createdAt(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (table) => [index('oauth_grants_user_id_idx').on(table.userId), ownRowsOnly(), authServiceAccess()],
);

/** Authorization codes, usable once for a few minutes; like every Atlas secret, only a hash is stored. */
export const oauthAuthorizationCodes = pgTable(
  'oauth_authorization_codes',
  {
    id: text('id').primaryKey(),
    secretHash: bytea('secret_hash').notNull(),
    userId: ownerId(),
    clientId: text('client_id')
      .notNull()
      .references(() => oauthClients.id, { onDelete: 'cascade' }),
    redirectUri: text('redirect_uri').notNull(),
    codeChallenge: text('code_challenge').notNull(),
    scopes: accessTokenScope('scopes').array().notNull(),
    resource: text('resource').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    /** The grant the code was exchanged for, revoked if the code is ever presented again. */
    grantId: uuid('grant_id').references(() => oauthGrants.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (table) => [index('oauth_authorization_codes_user_id_idx').on(table.userId), ownRowsOnly(), authServiceAccess()],
);

export const oauthTokenKind = pgEnum('oauth_token_kind', ['access', 'refresh']);

/** Access and refresh tokens issued under a grant, hashed. A refresh token is spent by its one rotation. */
export const oauthTokens = pgTable(
  'oauth_tokens',
  {
    id: text('id').primaryKey(),
    secretHash: bytea('secret_hash').notNull(),
    kind: oauthTokenKind('kind').notNull(),
    userId: ownerId(),
    grantId: uuid('grant_id')
      .notNull()
      .references(() => oauthGrants.id, { onDelete: 'cascade' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    rotatedAt: timestamp('rotated_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (table) => [index('oauth_tokens_grant_id_idx').on(table.grantId), ownRowsOnly(), authServiceAccess()],
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
    /**
     * The occupation (taxonomy id) the posting hires for, read from its title or opening lines when it
     * is written: '' when it names none, null until read (rows written before the column existed).
     */
    occupation: text('occupation'),
    /** Which version of the occupation rules read `occupation`: a newer one reads the posting again. */
    occupationRules: text('occupation_rules'),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('jobs_source_external_id_unique').on(table.source, table.externalId),
    // Candidates by occupation: the newest open postings of each occupation, read in index order.
    index('jobs_open_occupation_idx')
      .on(table.occupation, table.publishedAt.desc().nullsLast(), table.id)
      .where(sql`${table.closedAt} is null and ${table.duplicateOf} is null`),
    // Postings written before occupations were stored, for the pass that reads them.
    index('jobs_unread_occupation_idx').on(table.id).where(sql`${table.occupation} is null`),
    // Postings read by older occupation rules, for the pass that reads them again.
    index('jobs_occupation_rules_idx').on(table.occupationRules),
    index('jobs_embedding_hnsw').using('hnsw', table.embedding.op('vector_cosine_ops')),
    index('jobs_search_text_gin').using('gin', table.searchText),
    // The location and company filters ("in Berlin", "at Acme") match text anywhere in a place or a
    // name; trigrams answer that from an index where a filter keeping a few hundred postings of 100k
    // otherwise read the whole table (about 370 ms on a PostgreSQL server). `job_places_text` is the
    // places joined as the filter joins them (migration 0027), since an index needs an immutable expression.
    index('jobs_open_places_trgm_idx')
      .using('gin', sql`job_places_text(${table.locations}) gin_trgm_ops`)
      .where(sql`${table.closedAt} is null and ${table.duplicateOf} is null`),
    index('jobs_open_company_trgm_idx')
      .using('gin', table.company.op('gin_trgm_ops'))
      .where(sql`${table.closedAt} is null and ${table.duplicateOf} is null`),
    // The pay and recency filters, as job-filters.ts writes them: a filter that keeps a few thousand
    // postings is read from these instead of the whole table.
    index('jobs_open_pay_idx')
      .on(sql`coalesce(${table.salaryMax}, ${table.salaryMin})`)
      .where(sql`${table.closedAt} is null and ${table.duplicateOf} is null`),
    // A pay floor in one currency ("€80k+") is one range of this index; with the pay index alone the
    // currency was tested row by row on every posting above the floor in any currency, and the
    // planner, with no statistics for the expression, guessed a hundred rows where thousands passed.
    index('jobs_open_currency_pay_idx')
      .on(sql`upper(${table.salaryCurrency})`, sql`coalesce(${table.salaryMax}, ${table.salaryMin})`)
      .where(sql`${table.closedAt} is null and ${table.duplicateOf} is null`),
    index('jobs_open_posted_idx')
      .on(sql`coalesce(${table.publishedAt}, ${table.createdAt})`)
      .where(sql`${table.closedAt} is null and ${table.duplicateOf} is null`),
    index('jobs_board_idx').on(table.source, table.board),
    index('jobs_content_hash_idx').on(table.contentHash),
    index('jobs_dedupe_key_idx').on(table.dedupeKey),
  ],
);

/**
 * A posting's description in chunks the embedding model reads whole, one vector each; search ranks a
 * posting by its closest chunk. The chunk texts are recomputed from the posting when needed, so only
 * the vectors are kept. Catalogue data like `jobs`: no user data, no RLS.
 */
export const jobChunks = pgTable(
  'job_chunks',
  {
    jobId: uuid('job_id')
      .notNull()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    embedding: vector('embedding', { dimensions: 768 }).notNull(),
    embeddingModel: text('embedding_model').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.jobId, table.position] }),
    index('job_chunks_embedding_hnsw').using('hnsw', table.embedding.op('vector_cosine_ops')),
  ],
);

/**
 * Every word (stemmed lexeme) of each open posting's `search_text`, with the posting's full-text rank
 * for that word alone: the postings that answer a word best, read in index order, so a request for
 * common words ranks a bounded pool instead of every posting that has one of them. Written only by
 * triggers on `jobs` (migration 0027): a posting's words come in when it is written open and go when
 * it is reworded, closed, merged into another or deleted. Catalogue data like `jobs`: no user data, no RLS.
 */
export const jobTerms = pgTable(
  'job_terms',
  {
    word: text('word').notNull(),
    /** ts_rank_cd(search_text, word, 1) of the posting for this word alone: its weighted count over log length. */
    weight: real('weight').notNull(),
    jobId: uuid('job_id').notNull(),
  },
  // The only index: the best postings for a word come first, and the triggers remove a posting's
  // rows by the whole key (they recompute the weights from the old text), so no index on job_id is needed.
  (table) => [index('job_terms_word_weight_idx').on(table.word, table.weight.desc(), table.jobId)],
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
    /**
     * The posting's details (places, remote, contract, pay) as the user saved them from a page. Kept
     * here, the user's own, because what a page showed them or they typed never joins the shared catalogue.
     */
    posting: jsonb('posting'),
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
    /** The Gmail signal (message metadata) that caused this change, when Gmail sync made it. */
    gmailSignalId: uuid('gmail_signal_id').references((): AnyPgColumn => gmailSignals.id, { onDelete: 'set null' }),
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

export const jobSources = ['greenhouse', 'lever', 'ashby', 'smartrecruiters', 'workable', 'recruitee', 'personio', 'teamtailor', 'workday'] as const;
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
    /**
     * The position the next message takes. Kept on the conversation so a message is appended in one
     * statement: the update that takes it locks the row, so two turns of one conversation never take
     * the same position.
     */
    nextPosition: integer('next_position').notNull().default(0),
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
    /** The Gmail thread of the sent message, found by sync; a reply in it stops the follow-up clock. */
    gmailThreadId: text('gmail_thread_id'),
    repliedAt: timestamp('replied_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('outreach_drafts_user_idx').on(table.userId, table.createdAt), ownRowsOnly()],
);

export const resumeOrigins = ['tailored', 'edited'] as const;
export const resumeOrigin = pgEnum('resume_origin', resumeOrigins);

/**
 * Résumés tailored to one application, every version kept. `content` is a TailoredResume (JSON
 * Resume plus a CV-passage citation for each line); `keywordReport` is what the posting asks for
 * and where the résumé shows it. An edit by the user is a new version, so the tailored one stays.
 */
export const resumeVersions = pgTable(
  'resume_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: ownerId(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    origin: resumeOrigin('origin').notNull(),
    /** True when a model rephrased lines (under the claim check); false when the CV's own lines were chosen and ordered. */
    modelWritten: boolean('model_written').notNull().default(false),
    content: jsonb('content').notNull(),
    keywordReport: jsonb('keyword_report').notNull(),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex('resume_versions_application_version_unique').on(table.applicationId, table.version), index('resume_versions_user_idx').on(table.userId), ownRowsOnly()],
);

export const interviewPracticeStates = ['answering', 'scored', 'needs_model'] as const;
export const interviewPracticeState = pgEnum('interview_practice_state', interviewPracticeStates);

/**
 * A mock interview for one application: the questions drawn from the posting and the CV, the user's
 * typed (or browser-transcribed) answers, and the scored report. Audio is never sent or stored.
 */
export const interviewPractices = pgTable(
  'interview_practices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: ownerId(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    state: interviewPracticeState('state').notNull().default('answering'),
    questions: jsonb('questions').notNull(),
    answers: jsonb('answers').notNull().default([]),
    report: jsonb('report'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('interview_practices_user_idx').on(table.userId, table.createdAt), ownRowsOnly()],
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
    /** Where the request came from: the client's IP address for web and MCP over HTTP; null for stdio and background work. */
    clientAddress: text('client_address'),
    createdAt: createdAt(),
  },
  (table) => [index('audit_events_user_created_idx').on(table.userId, table.createdAt), ownRowsOnly()],
);

export const gmailConnectionStatuses = ['connected', 'needs_reconnect'] as const;
export const gmailConnectionStatus = pgEnum('gmail_connection_status', gmailConnectionStatuses);

/**
 * A user's Gmail connection. Tokens are stored only as AES-256-GCM ciphertexts (tools/gmail/token-cipher.ts).
 * Disconnecting deletes the row: tokens, history cursor and label id go at once.
 */
export const gmailConnections = pgTable(
  'gmail_connections',
  {
    userId: uuid('user_id')
      .primaryKey()
      .default(actingUserId)
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The mailbox address Google reported, so the user sees which mailbox is connected. */
    googleEmail: text('google_email').notNull(),
    accessTokenEncrypted: text('access_token_encrypted').notNull(),
    accessTokenExpiresAt: timestamp('access_token_expires_at', { withTimezone: true }).notNull(),
    refreshTokenEncrypted: text('refresh_token_encrypted').notNull(),
    scopes: text('scopes').array().notNull(),
    status: gmailConnectionStatus('status').notNull().default('connected'),
    labellingEnabled: boolean('labelling_enabled').notNull().default(false),
    /**
     * The user let the chat model read new mail's sender, subject and snippet to sort job mail. Off
     * until they turn it on: without it no mail metadata reaches the model provider in the background.
     */
    modelReadingEnabled: boolean('model_reading_enabled').notNull().default(false),
    /** The id of the "Atlas" label in the user's mailbox, created once. */
    atlasLabelId: text('atlas_label_id'),
    /** The newest Gmail history id a completed sync has seen: where the next incremental sync starts. */
    historyId: text('history_id'),
    lastSyncedAt: timestamp('last_synced_at', { withTimezone: true }),
    connectedAt: timestamp('connected_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  () => [ownRowsOnly()],
);

export const gmailSyncKinds = ['full', 'incremental'] as const;
export const gmailSyncKind = pgEnum('gmail_sync_kind', gmailSyncKinds);
export const gmailSyncStates = ['queued', 'running', 'completed', 'failed'] as const;
export const gmailSyncState = pgEnum('gmail_sync_state', gmailSyncStates);

/**
 * One Gmail sync, with its checkpoint: a run that stopped midway (a crash, a restart) resumes from
 * `pageToken` and re-reads at most one page, which idempotent signal writes make harmless.
 */
export const gmailSyncRuns = pgTable(
  'gmail_sync_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: ownerId(),
    kind: gmailSyncKind('kind').notNull(),
    state: gmailSyncState('state').notNull().default('queued'),
    /** Full sync: messages older than this are not read. */
    windowStart: timestamp('window_start', { withTimezone: true }),
    /** Incremental sync: the history id it reads changes from. */
    startHistoryId: text('start_history_id'),
    /** The next page of messages.list or history.list still to read; null before the first page. */
    pageToken: text('page_token'),
    /** The newest history id seen so far; becomes the connection's cursor when the run completes. */
    newestHistoryId: text('newest_history_id'),
    /** Full sync: the date of the oldest message read, which tells how much of the window is done. */
    oldestScannedAt: timestamp('oldest_scanned_at', { withTimezone: true }),
    messagesScanned: integer('messages_scanned').notNull().default(0),
    messagesTotal: integer('messages_total'),
    failureReason: text('failure_reason'),
    createdAt: createdAt(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (table) => [index('gmail_sync_runs_user_created_idx').on(table.userId, table.createdAt), ownRowsOnly()],
);

/**
 * The user's consent to fill the shared catalogue from open job aggregators with searches made of
 * their roles, the sources they turned off, and the latest run's progress and outcome per source.
 */
export const jobDiscovery = pgTable(
  'job_discovery',
  {
    userId: uuid('user_id')
      .primaryKey()
      .default(actingUserId)
      .references(() => users.id, { onDelete: 'cascade' }),
    consentedAt: timestamp('consented_at', { withTimezone: true }).notNull(),
    /** Sources the user switched off; a source added later is on until they switch it off. */
    disabledSources: text('disabled_sources').array().notNull().default(sql`'{}'::text[]`),
    state: text('state', { enum: ['idle', 'running'] }).notNull().default('idle'),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    /** Per source: postings found and added, or why it failed; the search words used. No CV text. */
    report: jsonb('report'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  () => [ownRowsOnly()],
);

/**
 * A user's own key for a job search API that needs one (Adzuna, USAJOBS, Reed, Jooble), switched on
 * in Settings. The credentials are one JSON value encrypted with AES-256-GCM (the token cipher), bound
 * to the user and the service; they are never returned, logged or sent anywhere but to that service.
 */
export const jobSourceKeys = pgTable(
  'job_source_keys',
  {
    userId: ownerId(),
    /** The keyed service, as tools/jobs/keyed-sources.ts names it. */
    source: text('source').notNull(),
    credentialsEncrypted: text('credentials_encrypted').notNull(),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.source] }), ownRowsOnly()],
);

export const gmailSignalKinds = [
  'application_confirmation',
  'recruiter_reply',
  'interview_invitation',
  'rejection',
  'offer',
  /** A booked interview confirmed, moved or reminded: by a scheduling tool, a calendar or a person. */
  'interview_scheduling',
  /** A test, take-home, case study or one-way video interview to complete. */
  'assessment_invitation',
  /** A status note with no decision: still reviewing, delayed, back to you next week. */
  'still_reviewing',
  /** The role closed or put on hold without a decision about the user, or the user's withdrawal confirmed. */
  'position_closed',
] as const;
export const gmailSignalKind = pgEnum('gmail_signal_kind', gmailSignalKinds);
/**
 * applied: a confident match Atlas acted on. needs_review: waiting for the user. confirmed,
 * corrected, dismissed: the user's decision, which re-syncs keep.
 */
export const gmailSignalReviews = ['applied', 'needs_review', 'confirmed', 'corrected', 'dismissed'] as const;
export const gmailSignalReview = pgEnum('gmail_signal_review', gmailSignalReviews);

/**
 * The metadata of a job-related message matched to the user's pipeline. Only matched messages are
 * stored, and never a body: sender, subject, date, Gmail's snippet and ids.
 */
export const gmailSignals = pgTable(
  'gmail_signals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: ownerId(),
    messageId: text('message_id').notNull(),
    threadId: text('thread_id').notNull(),
    kind: gmailSignalKind('kind').notNull(),
    applicationId: uuid('application_id').references(() => applications.id, { onDelete: 'set null' }),
    review: gmailSignalReview('review').notNull(),
    senderName: text('sender_name'),
    senderEmail: text('sender_email').notNull(),
    subject: text('subject').notNull().default(''),
    snippet: text('snippet').notNull().default(''),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    syncRunId: uuid('sync_run_id').references(() => gmailSyncRuns.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    /** Why the sender looks like an imitation of an employer or hiring system; null when it does not. */
    suspectedPhishing: text('suspected_phishing'),
    /** The employer an employer's message names when it is about no tracked application, so the user can track that role. */
    companyNamed: text('company_named'),
  },
  (table) => [
    uniqueIndex('gmail_signals_user_message_unique').on(table.userId, table.messageId),
    index('gmail_signals_user_received_idx').on(table.userId, table.receivedAt),
    index('gmail_signals_user_thread_idx').on(table.userId, table.threadId),
    ownRowsOnly(),
  ],
);

/** Labels Atlas put on threads it tracks; `appliedInGmail` is false when the label lives only inside Atlas. */
export const gmailThreadLabels = pgTable(
  'gmail_thread_labels',
  {
    userId: ownerId(),
    threadId: text('thread_id').notNull(),
    label: text('label').notNull(),
    appliedInGmail: boolean('applied_in_gmail').notNull(),
    createdAt: createdAt(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.threadId, table.label] }), ownRowsOnly()],
);

/** Recruiters and hiring managers seen in matched mail; the user edits, merges and deletes them. */
export const contacts = pgTable(
  'contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: ownerId(),
    name: text('name'),
    email: text('email').notNull(),
    company: text('company'),
    /** Only ever set by the user. */
    role: text('role'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('contacts_user_email_unique').on(table.userId, sql`lower(${table.email})`), ownRowsOnly()],
);

export const contactApplications = pgTable(
  'contact_applications',
  {
    userId: ownerId(),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
  },
  (table) => [
    primaryKey({ columns: [table.contactId, table.applicationId] }),
    index('contact_applications_application_idx').on(table.applicationId),
    ownRowsOnly(),
  ],
);

/** The user's to-dos: a title, notes, an optional due day, done or not, optionally tied to an application, a contact or a draft. */
export const tasks = pgTable(
  'tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: ownerId(),
    title: text('title').notNull(),
    notes: text('notes').notNull().default(''),
    /** A calendar day (no time): tasks are due on a day, wherever the user is. */
    dueOn: date('due_on', { mode: 'string' }),
    doneAt: timestamp('done_at', { withTimezone: true }),
    applicationId: uuid('application_id').references(() => applications.id, { onDelete: 'set null' }),
    contactId: uuid('contact_id').references(() => contacts.id, { onDelete: 'set null' }),
    draftId: uuid('draft_id').references(() => outreachDrafts.id, { onDelete: 'set null' }),
    /** The suggestion the task was accepted from, when Atlas proposed it. */
    suggestionKey: text('suggestion_key'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('tasks_user_due_idx').on(table.userId, table.dueOn), ownRowsOnly()],
);

/**
 * The user's answer to each task Atlas suggested, by the suggestion's stable key: a suggestion that was
 * accepted or dismissed once is never offered again.
 */
export const taskSuggestionDecisions = pgTable(
  'task_suggestion_decisions',
  {
    userId: ownerId(),
    key: text('key').notNull(),
    decision: text('decision', { enum: ['accepted', 'dismissed'] }).notNull(),
    taskId: uuid('task_id').references(() => tasks.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.key] }), ownRowsOnly()],
);

/**
 * The private calendar feed's secret address, stored like access tokens: only SHA-256 of the secret.
 * Calendar apps fetch it without a session, so the lookup runs as sign-in's role. Revoking deletes the row.
 */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    id: text('id').primaryKey(),
    userId: ownerId(),
    secretHash: bytea('secret_hash').notNull(),
    createdAt: createdAt(),
    lastFetchedAt: timestamp('last_fetched_at', { withTimezone: true }),
  },
  (table) => [uniqueIndex('calendar_feeds_user_unique').on(table.userId), ownRowsOnly(), authServiceAccess()],
);

/**
 * The weekly briefing: written on Monday morning for the week that starts that day (`week_of`, the
 * Monday in the user's time zone), from the facts it keeps beside its text, so each sentence can be
 * traced to them. One per user and week, so a repeated run changes nothing.
 */
export const briefings = pgTable(
  'briefings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: ownerId(),
    weekOf: date('week_of', { mode: 'string' }).notNull(),
    writtenAt: timestamp('written_at', { withTimezone: true }).notNull().defaultNow(),
    facts: jsonb('facts').notNull(),
    text: text('text').notNull(),
  },
  (table) => [uniqueIndex('briefings_user_week_unique').on(table.userId, table.weekOf), ownRowsOnly()],
);

/**
 * A browser the user asked to be notified in: its push service address and the keys its messages are
 * encrypted to (RFC 8291). The keys are the browser's secrets, so they are stored only as AES-256-GCM
 * ciphertexts bound to this row (tools/gmail/token-cipher.ts) and never exported. A subscription the
 * push service reports gone (404, 410) is deleted.
 */
export const pushSubscriptions = pgTable(
  'push_subscriptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: ownerId(),
    /** The push service's address for this browser; only known push services are accepted (tools/push/push-endpoint.ts). */
    endpoint: text('endpoint').notNull(),
    p256dhEncrypted: text('p256dh_encrypted').notNull(),
    authEncrypted: text('auth_encrypted').notNull(),
    /** A short browser-and-system name such as "Firefox on Windows", never the User-Agent header. */
    deviceLabel: text('device_label').notNull(),
    createdAt: createdAt(),
    lastSuccessAt: timestamp('last_success_at', { withTimezone: true }),
    /** Failed deliveries since the last one that worked. */
    failureCount: integer('failure_count').notNull().default(0),
  },
  (table) => [uniqueIndex('push_subscriptions_user_endpoint_unique').on(table.userId, table.endpoint), ownRowsOnly()],
);

/**
 * What became of each reminder, by its stable key (`task:<id>:<day>`, `interview:<thread>:<day>`): when
 * it was pushed, so it is pushed once, and when the user dismissed or snoozed it in the app. Keys only:
 * the reminder's text is made afresh from the task or interview each time.
 */
export const reminderStates = pgTable(
  'reminder_states',
  {
    userId: ownerId(),
    key: text('key').notNull(),
    pushedAt: timestamp('pushed_at', { withTimezone: true }),
    dismissedAt: timestamp('dismissed_at', { withTimezone: true }),
    snoozedUntil: timestamp('snoozed_until', { withTimezone: true }),
  },
  (table) => [primaryKey({ columns: [table.userId, table.key] }), ownRowsOnly()],
);

/**
 * The instance's VAPID key pair, made once on first use so every app process signs pushes with the same
 * key (browsers tie a subscription to the public key it was made with). One row; the private key is
 * stored encrypted like Google tokens. VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY, when set, take its place.
 */
export const pushVapidKeys = pgTable('push_vapid_keys', {
  id: integer('id').primaryKey().default(1),
  publicKey: text('public_key').notNull(),
  privateKeyEncrypted: text('private_key_encrypted').notNull(),
  createdAt: createdAt(),
});

/**
 * Counters of the rate limits (sign-in attempts, chat turns, MCP and extension requests, requests to
 * outside job sources), shared by every app process so a limit holds across all of them. A key is the
 * limit's name and a hash of what it counts (an address, an address and account, a user or token id,
 * a user's API key), never an address, email or key as such. Rows past `expires_at` count for nothing and are swept as limits are checked.
 */
export const rateLimits = pgTable(
  'rate_limits',
  {
    key: text('key').primaryKey(),
    points: integer('points').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('rate_limits_expires_at_idx').on(table.expiresAt)],
);
