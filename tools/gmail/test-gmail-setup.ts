import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { loadConfig, type Config } from '../../config.ts';
import type { Database, DatabaseHandle } from '../../db/database.ts';
import { openTestDatabase } from '../../db/test-database.ts';
import { applications, gmailSignals } from '../../db/schema.ts';
import { createTestUser } from '../../db/test-users.ts';
import { withUser } from '../../db/with-user.ts';
import { startGoogleOAuthStub, type GoogleOAuthStub } from '../../web/auth/test-google-oauth-stub.ts';
import { saveGrant } from './connection.ts';
import { createGmailService, type GmailService } from './gmail-service.ts';
import type { PacingClock } from './pacing.ts';
import { requestSyncRun, runSync } from './sync.ts';
import { startGmailStub, type GmailStub, type StubMessage } from './test-gmail-stub.ts';
import { buildFixtureMailbox, fixtureApplications, type FixtureMessage } from './test-mailbox.ts';

export const testGoogleClient = { clientId: 'atlas-test.apps.googleusercontent.com', clientSecret: 'GOCSPX-test-secret' };

/**
 * Real time plus every wait the quota pacer asked for, skipped at once: syncs keep production's quota
 * arithmetic and request order without spending seconds asleep, and the Gmail stub times requests on
 * this clock, so a test still sees the rate Google would.
 */
function createSkippingPacingClock(): PacingClock {
  let skipped = 0;
  return {
    now: () => performance.timeOrigin + performance.now() + skipped,
    sleep(milliseconds) {
      skipped += milliseconds;
      // A turn of the event loop, as a real wait would give, so other work is not starved.
      return new Promise((resolve) => setImmediate(resolve));
    },
  };
}

/** Backoff in milliseconds instead of seconds, so fault tests stay fast; the policy is otherwise production's. */
export const fastRetry = { retries: 5, minTimeout: 5, maxTimeout: 40 };

export interface GmailWorld {
  google: GoogleOAuthStub;
  gmailStub: GmailStub;
  config: Config;
  gmail: GmailService;
  mailbox: FixtureMessage[];
  userEmail: string;
  close(): Promise<void>;
}

/** Google's OAuth endpoints and one user's Gmail, both local stubs, and the Gmail service configured for them. */
export async function startGmailWorld(
  options: { publicUrl?: string; now?: Date; environment?: Record<string, string>; mailbox?: (userEmail: string) => StubMessage[] } = {},
): Promise<GmailWorld> {
  const google = await startGoogleOAuthStub(testGoogleClient);
  const userEmail = `${randomUUID()}@gmail.example`;
  const mailbox = buildFixtureMailbox({ userEmail, now: options.now ?? new Date() });
  const pacingClock = createSkippingPacingClock();
  const gmailStub = await startGmailStub({
    mailbox: options.mailbox?.(userEmail) ?? mailbox,
    emailAddress: userEmail,
    accessTokenScopes: (token) => google.accessTokenScopes(token),
    now: pacingClock.now,
  });
  const config = loadConfig({
    NODE_ENV: 'test',
    ATLAS_PUBLIC_URL: options.publicUrl ?? 'http://127.0.0.1:3999',
    GOOGLE_CLIENT_ID: testGoogleClient.clientId,
    GOOGLE_CLIENT_SECRET: testGoogleClient.clientSecret,
    GOOGLE_AUTHORIZATION_URL: google.authorizationUrl,
    GOOGLE_TOKEN_URL: google.tokenUrl,
    GOOGLE_REVOKE_URL: google.revokeUrl,
    GMAIL_API_URL: gmailStub.rootUrl,
    ATLAS_ENCRYPTION_KEYS: `test1:${randomBytes(32).toString('base64')}`,
    ...options.environment,
  });
  const gmail = createGmailService(config, { retry: fastRetry, pacingClock });
  return {
    google,
    gmailStub,
    config,
    gmail,
    mailbox,
    userEmail,
    async close() {
      await gmailStub.close();
      await google.close();
    },
  };
}

/** A message in the Gmail API's shape, for tests that need a handful rather than the fixture mailbox. */
export function stubMessage(options: { id: string; from: string; to: string; subject: string; snippet: string; labelIds?: string[]; threadId?: string; at?: Date }): StubMessage {
  const at = options.at ?? new Date();
  return {
    id: options.id,
    threadId: options.threadId ?? options.id,
    labelIds: options.labelIds ?? ['INBOX'],
    snippet: options.snippet,
    internalDate: at.getTime(),
    headers: [
      { name: 'From', value: options.from },
      { name: 'To', value: options.to },
      { name: 'Subject', value: options.subject },
      { name: 'Date', value: at.toUTCString() },
      { name: 'Message-ID', value: `<${options.id}@mail.example>` },
    ],
  };
}

/** Turns labelling on the way the Integrations page does: Google's consent for gmail.modify, added to the grant. */
export async function grantLabelling(database: Database, world: GmailWorld, userId: string) {
  const { authorizationUrl, codeVerifier } = world.gmail.authorization.start({ labelling: true });
  const callback = world.google.consent(authorizationUrl.href, { sub: randomUUID(), email: world.userEmail, email_verified: true });
  const grant = await world.gmail.authorization.finish(callback.searchParams.get('code')!, codeVerifier);
  await withUser(database, userId, (tx) => saveGrant(tx, { userId, grant, cipher: world.gmail.cipher, now: new Date(), enableLabelling: true }));
}

/** A new Atlas user whose pipeline holds the fixture applications, connected to the world's mailbox through the consent flow. */
export async function connectedUser(database: Database, world: GmailWorld, existing?: { id: string }) {
  const user = existing ?? (await createTestUser(database));
  const { authorizationUrl, codeVerifier } = world.gmail.authorization.start({ labelling: false });
  const callback = world.google.consent(authorizationUrl.href, { sub: randomUUID(), email: world.userEmail, email_verified: true });
  const grant = await world.gmail.authorization.finish(callback.searchParams.get('code')!, codeVerifier);
  const saved = await withUser(database, user.id, async (tx) => {
    await saveGrant(tx, { userId: user.id, grant, cipher: world.gmail.cipher, now: new Date(), enableLabelling: false });
    return tx
      .insert(applications)
      .values(fixtureApplications.map(({ company, title, url }) => ({ userId: user.id, company, title, url, status: 'applied' as const })))
      .returning();
  });
  return { user, applications: saved };
}

/**
 * Connects a user to the world's mailbox with the fixture pipeline, syncs it in full, and returns the
 * user, the pipeline and the signals the sync stored, also by their message id.
 */
export async function syncedUser(context: { handle: DatabaseHandle; world: GmailWorld }) {
  const { handle, world } = context;
  const { user, applications: pipeline } = await connectedUser(handle.db, world);
  await requestSyncRun(handle.db, { userId: user.id, gmail: world.gmail, now: new Date() });
  await runSync(handle.db, { userId: user.id, gmail: world.gmail, now: () => new Date() });
  const signals = await withUser(handle.db, user.id, (tx) => tx.select().from(gmailSignals));
  return { user, pipeline, signals, byMessage: Object.fromEntries(signals.map((signal) => [signal.messageId, signal])) };
}

/**
 * Registers the hooks most Gmail tests share: one database for the file, and for each test its own
 * Google account and mailbox (the fixture, or `mailbox`), so mail one test delivers never reaches another.
 */
export function useGmailWorld(options: { mailbox?: (userEmail: string) => StubMessage[] } = {}) {
  const current = {} as { handle: DatabaseHandle; world: GmailWorld };
  beforeAll(async () => {
    current.handle = await openTestDatabase();
  });
  afterAll(async () => {
    await current.handle?.close();
  });
  beforeEach(async () => {
    current.world = await startGmailWorld({ mailbox: options.mailbox });
  });
  afterEach(async () => {
    await current.world?.close();
  });
  return current;
}
