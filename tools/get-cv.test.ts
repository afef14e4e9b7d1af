import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database.ts';
import { cvPassages } from '../db/schema.ts';
import { openTestDatabase } from '../db/test-database.ts';
import { createTestUser } from '../db/test-users.ts';
import { withUser } from '../db/with-user.ts';
import { markdownCv } from './cv/test-cv-files.ts';
import { uploadCv } from './cv/upload-cv.ts';
import type { Embedder } from './embeddings/embedder.ts';
import { createOfflineEmbedder } from './embeddings/offline-embedder.ts';
import { getCv } from './get-cv.ts';
import { runTool } from './run-tool.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

const offline = createOfflineEmbedder();
const file = { bytes: new TextEncoder().encode(markdownCv()), declaredType: 'text/markdown', fileName: 'cv.md' };

describe('getCv', () => {
  it('returns the CV text and its passages with their sections', async () => {
    const user = await createTestUser(handle.db);
    await uploadCv({ database: handle.db, userId: user.id, embedder: offline, file });

    const { cv } = await runTool(getCv, {}, { database: handle.db, userId: user.id, actor: 'agent' });

    expect(cv?.text).toBe(markdownCv().trim());
    expect(cv?.passages).toContainEqual(expect.objectContaining({ section: 'Skills', text: 'Go, PostgreSQL, Kubernetes, Terraform' }));
  });

  it('returns null for a user without a CV', async () => {
    const user = await createTestUser(handle.db);

    expect(await runTool(getCv, {}, { database: handle.db, userId: user.id, actor: 'mcp' })).toEqual({ cv: null });
  });

  it('re-embeds passages that an earlier model embedded', async () => {
    const user = await createTestUser(handle.db);
    await uploadCv({ database: handle.db, userId: user.id, embedder: offline, file });
    // The same weights under another id stand for a configuration change, e.g. a key added since the upload.
    const changed: Embedder = { model: 'use-lite-512-next', maxWords: offline.maxWords, embed: (texts, purpose) => offline.embed(texts, purpose) };

    await runTool(getCv, {}, { database: handle.db, userId: user.id, actor: 'web', embedder: changed });
    const models = await withUser(handle.db, user.id, (db) => db.selectDistinct({ model: cvPassages.embeddingModel }).from(cvPassages));

    expect(models).toEqual([{ model: 'use-lite-512-next' }]);
  });
});
