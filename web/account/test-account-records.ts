import { sql } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import {
  applications,
  applicationStatusHistory,
  auditEvents,
  contactApplications,
  contacts,
  conversationMessages,
  conversations,
  cvPassages,
  cvs,
  followedBoards,
  gmailConnections,
  gmailSignals,
  gmailSyncRuns,
  gmailThreadLabels,
  oauthAuthorizationCodes,
  oauthClients,
  oauthGrants,
  oauthTokens,
  outreachDrafts,
  resumeVersions,
  interviewPractices,
  searchHistory,
  searchProfiles,
  jobDiscovery,
  jobSourceKeys,
  usageEvents,
  calendarFeeds,
  taskSuggestionDecisions,
  tasks,
  briefings,
  pushSubscriptions,
  reminderStates,
} from '../../db/schema.ts';
import { findUserTables } from '../../db/user-tables.ts';
import { withAuthRole, withUser } from '../../db/with-user.ts';
import type { TestServer } from '../test-server.ts';

/**
 * Fills a user's account with one or more rows in every kind of record Atlas keeps, each carrying
 * `marker` in a text field, for tests of export and deletion. Secrets get their own recognisable
 * values so a test can check they never leave.
 */
export async function seedEveryKindOfRecord(database: Database, userId: string, marker: string) {
  const secret = `secret-${marker}`;
  const clientId = `client-${marker}`;
  await withAuthRole(database, (tx) =>
    tx.insert(oauthClients).values({ id: clientId, name: 'Test MCP client', redirectUris: ['http://127.0.0.1/callback'], metadata: {} }),
  );
  return withUser(database, userId, async (tx) => {
    const [application] = await tx
      .insert(applications)
      .values([
        { company: `Acme ${marker}`, title: 'Staff Engineer', group: 'Dream jobs', notes: `Call Dana ${marker}` },
        { company: 'Globex', title: 'SRE', group: 'Backup/plan: B', status: 'applied' },
      ])
      .returning();
    await tx.insert(applicationStatusHistory).values({ applicationId: application!.id, toStatus: 'saved', actor: 'web' });
    await tx.insert(cvs).values({ fileName: `cv-${marker}.pdf`, mediaType: 'application/pdf', text: `Ten years of Go ${marker}` });
    await tx.insert(cvPassages).values({ position: 0, section: 'Experience', text: `Led payments ${marker}`, embedding: new Array(768).fill(0.1) });
    await tx.insert(searchHistory).values({ query: `golang remote ${marker}`, resultCount: 3, actor: 'agent' });
    await tx.insert(followedBoards).values({ source: 'greenhouse', board: `acme-${marker}` });
    const [conversation] = await tx.insert(conversations).values({ title: `About Acme ${marker}` }).returning();
    await tx.insert(conversationMessages).values({
      id: `message-${marker}`,
      conversationId: conversation!.id,
      role: 'user',
      parts: [{ type: 'text', text: `Find me Go jobs ${marker}` }],
      position: 0,
    });
    await tx.insert(searchProfiles).values({ targetRoles: [`Backend engineer ${marker}`] });
    await tx.insert(jobDiscovery).values({ consentedAt: new Date(), report: { searchedFor: [`Backend engineer ${marker}`], sources: [] } });
    await tx.insert(jobSourceKeys).values({ source: 'adzuna', credentialsEncrypted: `${secret}-adzuna-key` });
    await tx.insert(usageEvents).values({ purpose: 'chat', provider: 'google', model: `gemini-${marker}`, latencyMs: 420 });
    await tx.insert(outreachDrafts).values({ applicationId: application!.id, subject: `Hello ${marker}`, body: `Dear Dana ${marker}` });
    await tx.insert(auditEvents).values({ actor: 'web', action: 'getCv', recordKind: 'cv', actorDetail: marker });
    await tx.insert(resumeVersions).values({
      applicationId: application!.id,
      version: 1,
      origin: 'tailored',
      content: { resume: { basics: { summary: `Payments engineer ${marker}` } }, sectionOrder: [], citations: [], removedClaims: [] },
      keywordReport: { keywords: [] },
    });
    await tx.insert(interviewPractices).values({
      applicationId: application!.id,
      questions: [{ id: 'q1', kind: 'role', text: `Tell me about payments ${marker}` }],
      answers: [{ questionId: 'q1', text: `I led payments ${marker}` }],
    });
    await tx.insert(gmailConnections).values({
      googleEmail: `mailbox-${marker}@example.test`,
      accessTokenEncrypted: `${secret}-access`,
      accessTokenExpiresAt: new Date(),
      refreshTokenEncrypted: `${secret}-refresh`,
      scopes: ['https://www.googleapis.com/auth/gmail.metadata'],
    });
    const [syncRun] = await tx.insert(gmailSyncRuns).values({ kind: 'full', failureReason: marker }).returning();
    await tx.insert(gmailSignals).values({
      messageId: `gmail-${marker}`,
      threadId: `thread-${marker}`,
      kind: 'recruiter_reply',
      applicationId: application!.id,
      review: 'needs_review',
      senderEmail: `recruiter-${marker}@example.test`,
      subject: `Next steps ${marker}`,
      receivedAt: new Date(),
      syncRunId: syncRun!.id,
    });
    await tx.insert(gmailThreadLabels).values({ threadId: `thread-${marker}`, label: `Atlas ${marker}`, appliedInGmail: false });
    const [contact] = await tx.insert(contacts).values({ email: `dana-${marker}@example.test`, name: 'Dana' }).returning();
    await tx.insert(contactApplications).values({ contactId: contact!.id, applicationId: application!.id });
    const [task] = await tx.insert(tasks).values({ title: `Call Dana ${marker}`, dueOn: '2030-01-02', applicationId: application!.id, contactId: contact!.id }).returning();
    await tx.insert(taskSuggestionDecisions).values({ key: `nudge:${application!.id}:${marker}`, decision: 'accepted', taskId: task!.id });
    await tx.insert(briefings).values({ weekOf: '2030-01-07', facts: { marker }, text: `Two applications moved ${marker}` });
    await tx.insert(calendarFeeds).values({ id: `feed-${marker}`, secretHash: new TextEncoder().encode(`${secret}-feed`) });
    await tx.insert(pushSubscriptions).values({
      endpoint: `https://fcm.googleapis.com/fcm/send/${marker}`,
      p256dhEncrypted: `${secret}-p256dh`,
      authEncrypted: `${secret}-auth`,
      deviceLabel: `Firefox on Linux ${marker}`,
    });
    await tx.insert(reminderStates).values({ key: `task:${task!.id}:2030-01-02`, pushedAt: new Date() });
    const [grant] = await tx
      .insert(oauthGrants)
      .values({ clientId, scopes: ['read'], resource: `http://127.0.0.1/mcp?${marker}` })
      .returning();
    await tx.insert(oauthAuthorizationCodes).values({
      id: `code-${marker}`,
      secretHash: new TextEncoder().encode(secret),
      clientId,
      redirectUri: 'http://127.0.0.1/callback',
      codeChallenge: `${secret}-challenge`,
      scopes: ['read'],
      resource: `http://127.0.0.1/mcp?${marker}`,
      expiresAt: new Date(),
      grantId: grant!.id,
    });
    await tx.insert(oauthTokens).values({
      id: `token-${marker}`,
      secretHash: new TextEncoder().encode(secret),
      kind: 'access',
      grantId: grant!.id,
      expiresAt: new Date(),
    });
    return { secret };
  });
}

/** A signed-up user with rows in every kind of record, an access token, and `marker` in their text. */
export async function signUpWithEveryKindOfRecord(server: TestServer) {
  const account = await server.signUp();
  const marker = `marker-${crypto.randomUUID()}`;
  const { secret } = await seedEveryKindOfRecord(server.handle.db, account.user.id, marker);
  const tokenResponse = await server.request('/api/tokens', {
    method: 'POST',
    cookie: account.cookie,
    body: JSON.stringify({ name: `Laptop ${marker}`, scopes: ['read', 'write'] }),
  });
  const { token } = (await tokenResponse.json()) as { token: string };
  return { ...account, marker, secret, token };
}

/**
 * How many rows of the user each table in the database catalogue holds, counted as the database
 * owner (a superuser in tests, whom row-level security does not hide rows from).
 */
export async function userRowCounts(database: Database, userId: string) {
  const counts = new Map<string, number>();
  for (const table of await findUserTables(database)) {
    const result = (await database.execute(
      sql`select count(*)::int as count from ${sql.identifier(table.name)} where ${sql.identifier(table.ownerColumn)} = ${userId}`,
    )) as unknown as { rows: { count: number }[] };
    counts.set(table.name, result.rows[0]!.count);
  }
  return counts;
}
