import { randomBytes, randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { loadConfig } from '../../config.ts';
import type { Database } from '../../db/database.ts';
import { applications, applicationStatusHistory, gmailSignals } from '../../db/schema.ts';
import { createTestUser } from '../../db/test-users.ts';
import { withUser } from '../../db/with-user.ts';
import { startGoogleOAuthStub } from '../../web/auth/test-google-oauth-stub.ts';
import { saveGrant } from '../../tools/gmail/connection.ts';
import { createGmailService } from '../../tools/gmail/gmail-service.ts';
import { requestSyncRun, runSync } from '../../tools/gmail/sync.ts';
import { startGmailStub, type StubMessage } from '../../tools/gmail/test-gmail-stub.ts';
import { runBaseline } from './baseline-rules.ts';
import { halves, loadSplits, scoreMail, type Half, type MailboxRun, type MailScore } from './mail-metrics.ts';
import { loadMailSet, summarizeMailSet, type ApplicationStatus, type Mailbox } from './mail-set.ts';

export interface ReaderResult {
  reader: string;
  what: string;
  baseline: boolean;
  halves: Record<Half, MailScore>;
  /** Each mailbox's run, for explaining a development message; not part of the report. */
  runs: { mailbox: Mailbox; run: MailboxRun }[];
}

export interface MailUnderstandingReport {
  set: ReturnType<typeof summarizeMailSet>;
  readers: ReaderResult[];
}

const googleClient = { clientId: 'atlas-evals.apps.googleusercontent.com', clientSecret: 'GOCSPX-evals-secret' };

const toStubMessage = (message: Mailbox['messages'][number]): StubMessage => ({
  id: message.id,
  threadId: message.threadId,
  labelIds: message.labelIds,
  snippet: message.snippet,
  internalDate: Number(message.internalDate),
  headers: message.payload.headers,
});

/**
 * Atlas's real path on one mailbox: Google's consent and the Gmail API as local stubs speaking their
 * wire formats, the user's tracked applications in the pipeline, one full sync through the public
 * entry points, then what it stored (signals), the status changes it made and where it left them.
 */
export async function runAtlasOnMailbox(options: { database: Database; mailbox: Mailbox; now: Date; onProgress?: (line: string) => void }): Promise<MailboxRun> {
  const { database, mailbox, now } = options;
  const email = mailbox.mailbox.owner.email;
  const google = await startGoogleOAuthStub(googleClient);
  const gmailStub = await startGmailStub({ mailbox: mailbox.messages.map(toStubMessage), emailAddress: email, accessTokenScopes: (token) => google.accessTokenScopes(token) });
  try {
    const config = loadConfig({
      NODE_ENV: 'test',
      ATLAS_PUBLIC_URL: 'http://127.0.0.1:3999',
      GOOGLE_CLIENT_ID: googleClient.clientId,
      GOOGLE_CLIENT_SECRET: googleClient.clientSecret,
      GOOGLE_AUTHORIZATION_URL: google.authorizationUrl,
      GOOGLE_TOKEN_URL: google.tokenUrl,
      GOOGLE_REVOKE_URL: google.revokeUrl,
      GMAIL_API_URL: gmailStub.rootUrl,
      ATLAS_ENCRYPTION_KEYS: `evals1:${randomBytes(32).toString('base64')}`,
    });
    const gmail = createGmailService(config, { retry: { retries: 5, minTimeout: 5, maxTimeout: 40 } });
    const user = await createTestUser(database, mailbox.mailbox.owner.name);
    const { authorizationUrl, codeVerifier } = gmail.authorization.start({ labelling: false });
    const callback = google.consent(authorizationUrl.href, { sub: randomUUID(), email, email_verified: true, name: mailbox.mailbox.owner.name });
    const grant = await gmail.authorization.finish(callback.searchParams.get('code')!, codeVerifier);
    const tracked = await withUser(database, user.id, async (tx) => {
      await saveGrant(tx, { userId: user.id, grant, cipher: gmail.cipher, now, enableLabelling: false });
      return tx
        .insert(applications)
        .values(mailbox.applications.map(({ company, title, url, status }) => ({ userId: user.id, company, title, url, status })))
        .returning();
    });
    const setIdOf = new Map(tracked.map((row, index) => [row.id, mailbox.applications[index]!.id]));
    await requestSyncRun(database, { userId: user.id, gmail, now });
    const outcome = await runSync(database, { userId: user.id, gmail, now: () => now });
    options.onProgress?.(`${mailbox.mailbox.id}: sync ${outcome?.state ?? 'not run'}, ${outcome?.messagesScanned ?? 0} messages scanned, ${outcome?.signalsFound ?? 0} signals`);
    return await withUser(database, user.id, async (tx) => {
      const signals = await tx.select().from(gmailSignals).where(eq(gmailSignals.userId, user.id));
      const history = await tx
        .select()
        .from(applicationStatusHistory)
        .where(and(eq(applicationStatusHistory.userId, user.id), eq(applicationStatusHistory.actor, 'gmail')))
        .orderBy(applicationStatusHistory.changedAt);
      const rows = await tx.select().from(applications).where(eq(applications.userId, user.id));
      const messageOf = new Map(signals.map((signal) => [signal.id, signal.messageId]));
      return {
        // A message flagged as suspected phishing is Atlas saying "not the employer's mail".
        predictions: new Map(
          signals.map((signal) => [
            signal.messageId,
            signal.suspectedPhishing
              ? { kind: 'not_job', application: null }
              : { kind: signal.kind, application: signal.applicationId ? (setIdOf.get(signal.applicationId) ?? null) : null },
          ]),
        ),
        changes: history.map((change) => ({
          messageId: change.gmailSignalId ? (messageOf.get(change.gmailSignalId) ?? null) : null,
          application: setIdOf.get(change.applicationId)!,
          from: change.fromStatus,
          to: change.toStatus,
        })),
        finalStatuses: new Map(rows.map((row) => [setIdOf.get(row.id)!, row.status as ApplicationStatus])),
      };
    });
  } finally {
    await gmailStub.close();
    await google.close();
  }
}

function scoreHalves(runs: { mailbox: Mailbox; run: MailboxRun }[]): Record<Half, MailScore> {
  const splits = loadSplits();
  return Object.fromEntries(halves.map((half) => [half, scoreMail(runs, (id) => splits.get(id) === half)])) as Record<Half, MailScore>;
}

const mailboxSyncsAtOnce = 4;

/** `work` on every item, at most `limit` at a time, with the results in the items' order. */
async function inOrderAtMost<T, R>(limit: number, items: T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

/**
 * The keyword baseline and Atlas's sync on every mailbox of the set, scored per half. Atlas runs
 * only when a database is given.
 */
export async function measureMailUnderstanding(options: { database?: Database; now: Date; onProgress?: (line: string) => void }): Promise<MailUnderstandingReport> {
  const mailboxes = loadMailSet();
  const baselineRuns = mailboxes.map((mailbox) => ({ mailbox, run: runBaseline(mailbox) }));
  const readers: ReaderResult[] = [
    { reader: 'keywords', what: 'English keywords on subject and snippet, company name in the message', baseline: true, halves: scoreHalves(baselineRuns), runs: baselineRuns },
  ];
  if (options.database) {
    // Mailboxes are separate users with stubs of their own, so a few sync at once: each sync mostly
    // waits on Gmail's per-user pacing, and the waits of different users overlap as they would in use.
    const database = options.database;
    const atlasRuns = await inOrderAtMost(mailboxSyncsAtOnce, mailboxes, async (mailbox) => ({
      mailbox,
      run: await runAtlasOnMailbox({ database, mailbox, now: options.now, onProgress: options.onProgress }),
    }));
    readers.push({ reader: 'Atlas', what: 'full Gmail sync through requestSyncRun and runSync', baseline: false, halves: scoreHalves(atlasRuns), runs: atlasRuns });
  }
  return { set: summarizeMailSet(mailboxes), readers };
}
