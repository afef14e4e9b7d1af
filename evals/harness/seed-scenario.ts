import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database } from '../../db/database.ts';
import { applications, followedBoards, gmailSignals, jobs, searchHistory, users } from '../../db/schema.ts';
import { withAuthRole, withUser } from '../../db/with-user.ts';
import { uploadCv } from '../../tools/cv/upload-cv.ts';
import { embedPendingJobs } from '../../tools/embeddings/embed-pending-jobs.ts';
import type { Embedder } from '../../tools/embeddings/embedder.ts';
import { saveGrant } from '../../tools/gmail/connection.ts';
import { gmailConnectScopes } from '../../tools/gmail/gmail-authorization.ts';
import { createTokenCipher } from '../../tools/gmail/token-cipher.ts';
import type { HttpStub } from '../../tools/jobs/test-job-sources.ts';
import { saveSearchProfile, searchProfileSchema } from '../../tools/search-profile.ts';
import type { Records, Seed } from './scenario-schema.ts';

/** The same two accounts in every scenario, so their ids may appear in recordings. */
export const scenarioUserId = '00000000-0000-4000-8000-00000000a71a';
export const strangerUserId = '00000000-0000-4000-8000-0000000057a7';

const evalsFolder = new URL('../', import.meta.url);

/** The stored Google tokens are encrypted like any others; nothing ever decrypts these. */
const cipher = createTokenCipher([{ id: 'evals', key: randomBytes(32) }]);

async function seedRecords(database: Database, options: { userId: string; records: Records; now: Date }) {
  const { userId, records, now } = options;
  await withUser(database, userId, async (db) => {
    if (records.applications.length > 0) {
      await db.insert(applications).values(
        records.applications.map(({ updatedAt, ...application }) => ({
          ...application,
          userId,
          createdAt: new Date(updatedAt),
          updatedAt: new Date(updatedAt),
        })),
      );
    }
    if (records.searches.length > 0) {
      await db
        .insert(searchHistory)
        .values(records.searches.map((search) => ({ ...search, userId, actor: 'web' as const, createdAt: new Date(search.createdAt) })));
    }
    if (records.followedBoards.length > 0) {
      await db
        .insert(followedBoards)
        .values(records.followedBoards.map((board) => ({ ...board, userId, createdAt: new Date(board.createdAt) })));
    }
    if (records.gmail) {
      // Connected through the real consent bookkeeping, without the labelling opt-in: labelThread
      // then keeps labels inside Atlas and never calls Gmail, so no mailbox stub is needed.
      await saveGrant(db, {
        userId,
        grant: {
          accessToken: 'never-used',
          refreshToken: 'never-used',
          accessTokenExpiresAt: new Date(now.getTime() + 3600_000),
          scopes: gmailConnectScopes,
          email: records.gmail.email,
        },
        cipher,
        now,
        enableLabelling: false,
      });
      if (records.gmail.signals.length > 0) {
        await db
          .insert(gmailSignals)
          .values(records.gmail.signals.map((signal) => ({ ...signal, userId, receivedAt: new Date(signal.receivedAt), createdAt: now })));
      }
    }
  });
}

function cvText(cv: NonNullable<Seed['cv']>) {
  return 'text' in cv
    ? { fileName: cv.fileName, text: cv.text }
    : { fileName: cv.fixture.split('/').at(-1)!, text: readFileSync(fileURLToPath(new URL(cv.fixture, evalsFolder)), 'utf8') };
}

/**
 * Puts a scenario's world into an empty database through Atlas's own write paths where there is
 * one (CV upload with its passages and vectors, the profile, the Gmail grant, catalogue embedding),
 * and serves its web pages and board APIs from the local stub.
 */
export async function seedScenario(options: { database: Database; seed: Seed; embedder: Embedder; web: HttpStub }) {
  const { database, seed, embedder, web } = options;
  const now = new Date(seed.now);
  await withAuthRole(database, (db) =>
    db.insert(users).values([
      { id: scenarioUserId, email: 'candidate@atlas.example', name: 'Sam Candidate', emailVerified: true },
      { id: strangerUserId, email: 'stranger@atlas.example', name: 'Someone Else', emailVerified: true },
    ]),
  );
  if (seed.catalogue.length > 0) {
    await database.insert(jobs).values(
      seed.catalogue.map((job) => ({
        ...job,
        externalId: job.id,
        publishedAt: job.publishedAt ? new Date(job.publishedAt) : null,
        lastSeenAt: now,
      })),
    );
    await embedPendingJobs(database, embedder);
  }
  if (seed.cv) {
    const { fileName, text } = cvText(seed.cv);
    await uploadCv({ database, userId: scenarioUserId, embedder, file: { fileName, declaredType: 'text/markdown', bytes: new TextEncoder().encode(text) }, now: () => now });
  }
  if (seed.profile) {
    const profile = searchProfileSchema.parse(seed.profile);
    await withUser(database, scenarioUserId, (db) => saveSearchProfile(db, profile, now));
  }
  await seedRecords(database, { userId: scenarioUserId, records: seed, now });
  if (seed.stranger) await seedRecords(database, { userId: strangerUserId, records: seed.stranger, now });

  for (const [path, answer] of Object.entries(seed.web)) {
    web.on(path, {
      status: answer.status,
      body: answer.body,
      ...(answer.contentType ? { headers: { 'content-type': answer.contentType } } : {}),
    });
  }
}
