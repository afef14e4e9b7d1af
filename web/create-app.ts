import type { LanguageModel } from 'ai';
import express from 'express';
import { createModelHelpers } from '../agent/model-helpers.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import type { ReadReplica } from '../db/read-replica.ts';
import type { Embedder } from '../tools/embeddings/embedder.ts';
import type { JobEmbeddingQueue } from '../tools/embeddings/job-embedding-queue.ts';
import type { OutreachWriter } from '../tools/outreach/outreach-writer.ts';
import { createGmailService, gmailSetupProblem, type GmailService } from '../tools/gmail/gmail-service.ts';
import type { GmailSyncQueue } from '../tools/gmail/sync-queue.ts';
import { createJobSources } from '../tools/jobs/job-sources.ts';
import type { RequestLimitStore } from '../tools/jobs/request-rate-limit.ts';
import { apiNotFound } from './api-not-found.ts';
import { auditSensitiveRequests } from './audit-sensitive-requests.ts';
import { createBreachedPasswords } from './auth/breached-passwords.ts';
import { createAuthRateLimits, type AuthRateLimits } from './auth/rate-limits.ts';
import { browserApp, browserAppFolder } from './browser-app.ts';
import { chatRateLimit } from './chat-rate-limit.ts';
import { errorMiddleware } from './error-middleware.ts';
import { accessTokenRoutes } from './routes/access-token-routes.ts';
import { sessionRoutes } from './routes/session-routes.ts';
import { applicationDeletionRoutes } from './routes/application-deletion-routes.ts';
import { applicationRoutes } from './routes/application-routes.ts';
import { accountRoutes } from './routes/account-routes.ts';
import { auditRoutes } from './routes/audit-routes.ts';
import { authRoutes } from './routes/auth-routes.ts';
import { chatRoutes } from './routes/chat-routes.ts';
import { conversationRoutes } from './routes/conversation-routes.ts';
import { contactRoutes } from './routes/contact-routes.ts';
import { connectedAppRoutes } from './routes/connected-app-routes.ts';
import { cvRoutes } from './routes/cv-routes.ts';
import { interviewRoutes } from './routes/interview-routes.ts';
import { resumeRoutes } from './routes/resume-routes.ts';
import { draftRoutes } from './routes/draft-routes.ts';
import { exportRoutes } from './routes/export-routes.ts';
import { extensionId, extensionRoutes } from './routes/extension-routes.ts';
import { gmailRoutes } from './routes/gmail-routes.ts';
import { googleRoutes } from './routes/google-routes.ts';
import { healthRoutes } from './routes/health-routes.ts';
import { createTokenCipher } from '../tools/gmail/token-cipher.ts';
import { discoveryRoutes } from './routes/discovery-routes.ts';
import { jobRoutes } from './routes/job-routes.ts';
import { mcpParseErrors, mcpRoutes } from './routes/mcp-routes.ts';
import { profileRoutes } from './routes/profile-routes.ts';
import { privacyRoutes } from './routes/privacy-routes.ts';
import { oauthRoutes } from './routes/oauth-routes.ts';
import { searchRoutes } from './routes/search-routes.ts';
import { calendarFeedPath, calendarFeedRoutes, calendarFeedSettingsRoutes } from './routes/calendar-feed-routes.ts';
import { taskRoutes } from './routes/task-routes.ts';
import { pushRoutes } from './routes/push-routes.ts';
import { reminderRoutes } from './routes/reminder-routes.ts';
import { createPushService, pushSetupProblem, type PushService } from '../tools/push/push-service.ts';
import { briefingRoutes } from './routes/briefing-routes.ts';
import { insightsRoutes } from './routes/insights-routes.ts';
import { createBriefingWriter } from '../agent/briefing-writer.ts';
import { usageRoutes } from './routes/usage-routes.ts';
import { sameOriginOnly } from './same-origin.ts';
import { createErrorReporter } from './observability/error-reporting.ts';
import { createLogger, type Logger } from './observability/logger.ts';
import { requestObservability } from './observability/request-observability.ts';
import { metricsRoutes } from './routes/metrics-routes.ts';
import { openApiRoutes } from './routes/openapi-routes.ts';
import { sessionMiddleware } from './session-middleware.ts';
import { securityHeaders } from './security-headers.ts';

export interface AppDependencies {
  config: Config;
  database: Database;
  /** A streaming replica of the database: searches read there once it has caught up (db/read-replica.ts). */
  replica?: ReadReplica;
  /** The chat model; without one (null or left out) chat answers 503 and everything else works. */
  chatModel?: LanguageModel | null;
  /** Writes outreach drafts; left out, drafts are written by the chat model (none without one). */
  outreachWriter?: OutreachWriter;
  /** Turns CV passages and postings into vectors; without one CV upload answers 503. */
  embedder?: Embedder | null;
  /** Embeds postings in the background after imports and board refreshes; without it they wait for the next start. */
  jobEmbedding?: JobEmbeddingQueue;
  now?: () => Date;
  rateLimits?: AuthRateLimits;
  /** Structured logs (one line per request, with its id); built from config when left out. */
  logger?: Logger;
  /** Where unexpected errors are reported; never given request bodies. */
  logError?: (error: unknown) => void;
  /** Gmail, when configured; built from config when left out. */
  gmail?: GmailService;
  /** Runs Gmail syncs in the background; without it "Sync now" answers 503. */
  gmailSyncQueue?: GmailSyncQueue;
  /**
   * Where requests to outside job sources are counted: the database's (as `npm start` does), so app
   * processes share each source's allowance; left out, each app keeps its own counts.
   */
  requestLimits?: RequestLimitStore;
  /** Browser push, when configured; built from config when left out (null: off). */
  push?: PushService | null;
}

/** Builds the Atlas web app: REST API, chat, MCP over HTTP and the browser UI. Does not listen. */
export function createApp(dependencies: AppDependencies) {
  const { config, database, replica } = dependencies;
  const now = dependencies.now ?? (() => new Date());
  const publicUrl = new URL(config.ATLAS_PUBLIC_URL);
  const secureCookies = publicUrl.protocol === 'https:';
  const rateLimits = dependencies.rateLimits ?? createAuthRateLimits(database);
  const breachedPasswords = config.ATLAS_HIBP_CHECK ? createBreachedPasswords({ url: config.ATLAS_HIBP_URL }) : undefined;
  const logger = dependencies.logger ?? createLogger({ level: config.ATLAS_LOG_LEVEL });
  const logError = dependencies.logError ?? createErrorReporter({ logger });
  const chatModel = dependencies.chatModel ?? null;
  // Drafting runs on the chat model unless a caller brings its own writer.
  const modelHelpers = createModelHelpers(chatModel);
  const outreachWriter = dependencies.outreachWriter ?? modelHelpers.outreachWriter;
  const { resultReranker, interviewScorer, resumeWriter } = modelHelpers;
  const jobSources = createJobSources(config, { requestLimits: dependencies.requestLimits });
  const gmailProblem = gmailSetupProblem(config);
  const gmail = dependencies.gmail ?? (gmailProblem ? undefined : createGmailService(config));

  const app = express();
  app.disable('x-powered-by');
  app.use(requestObservability({ logger }));
  app.set('trust proxy', config.ATLAS_TRUST_PROXY);
  app.use(securityHeaders({ https: secureCookies }));
  app.use(express.json({ limit: '1mb' }));
  app.use(mcpParseErrors);
  app.use(metricsRoutes({ token: config.ATLAS_METRICS_TOKEN, database }));
  app.use(
    mcpRoutes({
      config,
      database,
      replica,
      embedder: dependencies.embedder ?? undefined,
      jobEmbedding: dependencies.jobEmbedding,
      gmail: gmail && { service: gmail, syncQueue: dependencies.gmailSyncQueue },
      jobSources,
      outreachWriter,
      resultReranker,
      interviewScorer,
      resumeWriter,
      now,
      logError,
    }),
  );
  // Calendar apps fetch the feed with its secret address alone: before sessions, so no cookie is read or set.
  app.use(calendarFeedPath, calendarFeedRoutes({ database, now }));
  // Before the same-origin check and sessions: the extension calls from its own origin with its key, never a cookie.
  app.use('/api/extension', extensionRoutes({ config, database, jobSources, jobEmbedding: dependencies.jobEmbedding, now }));
  const oauth = oauthRoutes({ database, publicUrl, now });
  app.use(oauth.endpoints);
  app.use(sameOriginOnly({ publicOrigin: publicUrl.origin, database, secureCookies, now }));
  app.use(sessionMiddleware({ database, secureCookies, now }));
  app.use(auditSensitiveRequests({ database, now, logError }));
  app.use(oauth.consent);

  app.use('/api', healthRoutes({ database }), openApiRoutes());
  app.use('/api/auth/google', googleRoutes({ config, database, secureCookies, now }));
  app.use('/api/auth', authRoutes({ database, rateLimits, secureCookies, now, breachedPasswords }));
  app.use('/api/tokens', accessTokenRoutes({ database, now, extensionId: extensionId(config) }));
  app.use('/api/sessions', sessionRoutes({ database, now }));
  app.use('/api', accountRoutes({ database, rateLimits, secureCookies, now, gmail }));
  app.use('/api', exportRoutes({ database, now, logError }));
  app.use('/api', auditRoutes({ database, retentionDays: config.ATLAS_AUDIT_RETENTION_DAYS, now }));
  app.use('/api/chat', chatRateLimit({ database, requestsPerMinute: config.ATLAS_CHAT_REQUESTS_PER_MINUTE }));
  app.use(privacyRoutes());
  app.use('/api', applicationDeletionRoutes({ database, now }));
  app.use('/api/connected-apps', connectedAppRoutes({ database, now }));
  app.use(
    '/api',
    chatRoutes({
      database,
      chatModel,
      clients: { replica, embedder: dependencies.embedder ?? undefined, jobSources, outreachWriter, resultReranker, interviewScorer, resumeWriter, jobEmbedding: dependencies.jobEmbedding },
      turnTimeoutSeconds: config.ATLAS_CHAT_TURN_TIMEOUT_SECONDS,
      now,
      logError,
    }),
  );
  app.use('/api/conversations', conversationRoutes({ database, now }));
  app.use('/api/profile', profileRoutes({ database, now }));
  app.use('/api/usage', usageRoutes({ database, now }));
  app.use('/api/drafts', draftRoutes({ database, outreachWriter, now }));
  app.use('/api/interviews', interviewRoutes({ database, interviewScorer, now }));
  app.use('/api/resumes', resumeRoutes({ database, resumeWriter, now }));
  app.use('/api/applications', applicationRoutes({ database, now }));
  app.use('/api', cvRoutes({ database, embedder: dependencies.embedder ?? null, now }));
  app.use('/api', searchRoutes({ database, replica, embedder: dependencies.embedder, now }));
  app.use('/api', jobRoutes({ database, jobSources, jobEmbedding: dependencies.jobEmbedding, now }));
  const sourceKeyCipher = config.ATLAS_ENCRYPTION_KEYS.length > 0 ? createTokenCipher(config.ATLAS_ENCRYPTION_KEYS) : null;
  app.use('/api/discovery', discoveryRoutes({ database, jobSources, jobEmbedding: dependencies.jobEmbedding, now, logError, cipher: sourceKeyCipher }));
  app.use('/api/gmail', gmailRoutes({ database, gmail, setupProblem: gmailProblem, syncQueue: dependencies.gmailSyncQueue, modelReadingAvailable: chatModel !== null, secureCookies, now }));
  app.use('/api/contacts', contactRoutes({ database, now }));
  app.use('/api/insights', insightsRoutes({ database, now, followUpAfterDays: gmail?.settings.followUpAfterDays ?? 7 }));
  app.use('/api/calendar-feed', calendarFeedSettingsRoutes({ database, now, publicUrl }));
  app.use('/api/tasks', taskRoutes({ database, now, gmail }));
  app.use('/api/reminders', reminderRoutes({ database, now }));
  const push = dependencies.push === undefined ? createPushService(config, database) : dependencies.push;
  app.use('/api/push', pushRoutes({ database, push, setupProblem: pushSetupProblem(config) }));
  app.use('/api/briefings', briefingRoutes({ database, now, gmail, embedder: dependencies.embedder ?? undefined, writer: chatModel ? createBriefingWriter({ model: chatModel }) : undefined }));
  app.use('/api', apiNotFound());
  app.use(browserApp(browserAppFolder));

  app.use(errorMiddleware(logError));
  return app;
}
