import { Router, type Response } from 'express';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { gmailConnections } from '../../db/schema.ts';
import { withUser } from '../../db/with-user.ts';
import { parseInput, UnavailableError, ValidationError } from '../../tools/errors.ts';
import { GmailNotConnectedError } from '../../tools/gmail/access-tokens.ts';
import { saveGrant } from '../../tools/gmail/connection.ts';
import { disconnectGmail } from '../../tools/gmail/disconnect.ts';
import { listFollowUps } from '../../tools/gmail/follow-ups.ts';
import { connectRetryError, gmailModifyScope } from '../../tools/gmail/gmail-authorization.ts';
import type { GmailService } from '../../tools/gmail/gmail-service.ts';
import { signalKindSchema, signalReviewSchema } from '../../tools/gmail/signal-schema.ts';
import { listSignals, reviewSignal } from '../../tools/gmail/signals.ts';
import { gmailStatus } from '../../tools/gmail/status.ts';
import type { GmailSyncQueue } from '../../tools/gmail/sync-queue.ts';
import { storableText } from '../../tools/storable-input.ts';
import { clearGmailFlowCookie, readGmailFlowCookie, setGmailFlowCookie } from '../auth/gmail-flow-cookies.ts';
import { requireUser } from '../session-middleware.ts';
import { storableInstant } from '../../tools/storable-input.ts';

const callbackQuerySchema = z.object({
  code: z.string().min(1).optional(),
  state: z.string().min(1).optional(),
  error: z.string().optional(),
});

export const signalQuerySchema = z.object({
  kind: signalKindSchema.optional(),
  review: signalReviewSchema.optional(),
  applicationId: z.uuid().optional(),
  since: storableInstant().optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});

export const reviewBodySchema = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('confirm') }),
  z.object({ decision: z.literal('correct'), kind: signalKindSchema.optional(), applicationId: z.uuid().optional() }),
  z.object({ decision: z.literal('dismiss') }),
  z.object({ decision: z.literal('track'), title: storableText().trim().min(1).max(200), company: storableText().trim().min(1).max(200).optional() }),
]);

/** Where the browser lands after Google's consent screen: the Integrations page, with the outcome. */
const integrationsPage = (outcome: string) => `/integrations?gmail=${outcome}`;

/**
 * The Integrations page's Gmail API: connect (separately from sign-in), progress, sync now,
 * labelling opt-in, disconnect, the review queue and follow-up suggestions.
 */
export function gmailRoutes(options: {
  database: Database;
  gmail: GmailService | undefined;
  /** Why Gmail is off, when it is. */
  setupProblem: string | undefined;
  syncQueue: GmailSyncQueue | undefined;
  /** A chat model is configured, so users may let it read their mail. */
  modelReadingAvailable: boolean;
  secureCookies: boolean;
  now: () => Date;
}) {
  const { database, secureCookies, now, syncQueue } = options;
  const router = Router();

  function configured() {
    if (options.gmail) return options.gmail;
    throw new UnavailableError(options.setupProblem ?? 'Gmail is not configured', 'gmail_not_configured');
  }
  function queue() {
    if (syncQueue) return syncQueue;
    throw new UnavailableError('The Gmail sync queue is not running on this server', 'gmail_sync_unavailable');
  }
  const userOf = (response: Response) => requireUser(response).id;

  router.get('/', async (_request, response) => {
    const userId = userOf(response);
    const status = await withUser(database, userId, (tx) => gmailStatus(tx, { userId, now: now() }));
    response.json({
      configured: options.gmail !== undefined,
      setupProblem: options.gmail ? null : (options.setupProblem ?? null),
      modelReadingAvailable: options.modelReadingAvailable,
      ...status,
    });
  });

  router.get('/connect', (request, response) => {
    userOf(response);
    const labelling = request.query.labelling === 'true';
    const { authorizationUrl, state, codeVerifier } = configured().authorization.start({ labelling });
    setGmailFlowCookie(response, { state, codeVerifier, labelling }, secureCookies);
    response.redirect(302, authorizationUrl.href);
  });

  router.get('/callback', async (request, response) => {
    const userId = userOf(response);
    const gmail = configured();
    const flow = readGmailFlowCookie(request);
    clearGmailFlowCookie(response, secureCookies);
    const query = parseInput(callbackQuerySchema, request.query, 'Invalid Gmail connection callback');
    if (query.error === 'access_denied') return response.redirect(302, integrationsPage('cancelled'));
    if (query.error) throw new ValidationError(`Connecting Gmail failed (${query.error}); start again`);
    if (!query.code || !query.state) throw new ValidationError('The Gmail callback lacks its code or state; start again');
    if (!flow) throw new ValidationError('Connecting Gmail expired or was started in another browser; start again');
    // The state proves this browser started the flow, so nobody can attach their mailbox to this account.
    if (query.state !== flow.state) throw new ValidationError('The Gmail connection state does not match this browser; start again');

    const grant = await gmail.authorization.finish(query.code, flow.codeVerifier).catch((error: unknown) => {
      throw connectRetryError(error);
    });
    const { firstConnection } = await withUser(database, userId, (tx) =>
      saveGrant(tx, { userId, grant, cipher: gmail.cipher, now: now(), enableLabelling: flow.labelling }),
    );
    if (syncQueue) {
      await syncQueue.requestSync(userId);
      await syncQueue.schedule(userId);
    }
    const outcome = flow.labelling ? (grant.scopes.includes(gmailModifyScope) ? 'labelling-enabled' : 'labelling-declined') : firstConnection ? 'connected' : 'reconnected';
    response.redirect(302, integrationsPage(outcome));
  });

  router.post('/sync', async (_request, response) => {
    const userId = userOf(response);
    configured();
    const runId = await queue().requestSync(userId);
    response.status(202).json({ runId });
  });

  router.post('/labelling', async (request, response) => {
    const userId = userOf(response);
    configured();
    const { enabled } = parseInput(z.object({ enabled: z.boolean() }).strict(), request.body, 'Invalid labelling setting');
    const [connection] = await withUser(database, userId, (tx) => tx.select().from(gmailConnections).where(eq(gmailConnections.userId, userId)));
    if (!connection) throw new GmailNotConnectedError();
    // Labelling threads in Gmail needs gmail.modify, which Atlas asks for only now, through Google's consent screen.
    if (enabled && !connection.scopes.includes(gmailModifyScope)) {
      return response.json({ labellingEnabled: false, consentRequired: true, authorizationUrl: '/api/gmail/connect?labelling=true' });
    }
    await withUser(database, userId, (tx) =>
      tx.update(gmailConnections).set({ labellingEnabled: enabled, updatedAt: now() }).where(eq(gmailConnections.userId, userId)),
    );
    response.json({ labellingEnabled: enabled, consentRequired: false });
  });

  // Letting the chat model read mail metadata is the user's choice, off until they make it; it sends
  // the sender, subject and snippet of mail that may be about hiring to the model provider.
  router.post('/model-reading', async (request, response) => {
    const userId = userOf(response);
    configured();
    const { enabled } = parseInput(z.object({ enabled: z.boolean() }).strict(), request.body, 'Invalid mail reading setting');
    if (enabled && !options.modelReadingAvailable) {
      throw new UnavailableError('No chat model is configured on this server, so mail is read by the rules alone', 'model_not_configured');
    }
    const [updated] = await withUser(database, userId, (tx) =>
      tx.update(gmailConnections).set({ modelReadingEnabled: enabled, updatedAt: now() }).where(eq(gmailConnections.userId, userId)).returning(),
    );
    if (!updated) throw new GmailNotConnectedError();
    response.json({ modelReadingEnabled: enabled });
  });

  router.delete('/', async (_request, response) => {
    const userId = userOf(response);
    const outcome = await disconnectGmail({ database, userId, gmail: options.gmail });
    await syncQueue?.unschedule(userId);
    response.json(outcome);
  });

  router.get('/signals', async (request, response) => {
    const userId = userOf(response);
    const query = parseInput(signalQuerySchema, request.query, 'Invalid signal filter');
    const signals = await withUser(database, userId, (tx) => listSignals(tx, { ...query, since: query.since ? new Date(query.since) : undefined }));
    response.json({ signals });
  });

  router.post('/signals/:id/review', async (request, response) => {
    const userId = userOf(response);
    const signalId = parseInput(z.uuid(), request.params.id, 'Invalid signal id');
    const answer = parseInput(reviewBodySchema, request.body, 'Invalid review decision');
    const signal = await withUser(database, userId, (tx) => reviewSignal(tx, { userId, signalId, answer, now: now() }));
    response.json({ signal });
  });

  router.get('/follow-ups', async (_request, response) => {
    const userId = userOf(response);
    const afterDays = options.gmail?.settings.followUpAfterDays ?? 7;
    const followUps = await withUser(database, userId, (tx) => listFollowUps(tx, { now: now(), afterDays }));
    response.json({ afterDays, followUps });
  });

  return router;
}
