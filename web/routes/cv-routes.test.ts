import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGeminiEmbedder } from '../../agent/gemini-embedder.ts';
import { startGeminiEmbeddingStub } from '../../agent/test-gemini-embedding-stub.ts';
import { cvPassages, cvs } from '../../db/schema.ts';
import { withUser } from '../../db/with-user.ts';
import { cvMediaTypes } from '../../tools/cv/detect-cv-format.ts';
import { docxFile, encryptedPdf, markdownCv, scannedPdf, textPdf } from '../../tools/cv/test-cv-files.ts';
import { uploadCv } from '../../tools/cv/upload-cv.ts';
import { createOfflineEmbedder } from '../../tools/embeddings/offline-embedder.ts';
import { UpstreamError } from '../../tools/errors.ts';
import { startTestServer, type TestServer } from '../test-server.ts';

const embedder = createOfflineEmbedder();
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ dependencies: { embedder } });
});
afterAll(() => server.close());

interface CvBody {
  cv: {
    fileName: string;
    mediaType: string;
    uploadedAt: string;
    text: string;
    passages: { id: string; position: number; section: string | null; text: string }[];
  };
}

/** Uploads as a browser form does: multipart/form-data with the file in the field "file". */
function upload(cookie: string, file: { bytes: Uint8Array | string; type: string; name: string }, field = 'file') {
  const form = new FormData();
  form.append(field, new Blob([file.bytes as BlobPart], { type: file.type }), file.name);
  return fetch(`${server.url}/api/cv`, { method: 'PUT', body: form, headers: { origin: server.url, cookie } });
}

async function readCv(cookie: string) {
  const response = await server.request('/api/cv', { cookie });
  return { status: response.status, body: (await response.json()) as CvBody };
}

describe('PUT /api/cv', () => {
  it.each([
    ['PDF', async () => ({ bytes: await textPdf(), type: 'application/pdf', name: 'jane-doe.pdf' })],
    ['DOCX', async () => ({ bytes: await docxFile(), type: cvMediaTypes.docx, name: 'jane-doe.docx' })],
    ['Markdown', async () => ({ bytes: markdownCv(), type: 'text/markdown', name: 'jane-doe.md' })],
    ['plain text', async () => ({ bytes: 'Jane Doe\n\nExperience\n- Led a team of five engineers\n\nSkills\nGo, PostgreSQL', type: 'text/plain', name: 'cv.txt' })],
  ])('turns a %s CV into passages filed under their sections', async (_format, makeFile) => {
    const { cookie } = await server.signUp();
    const file = await makeFile();

    const response = await upload(cookie, file);
    const { cv } = (await response.json()) as CvBody;

    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(cv.fileName).toBe(file.name);
    expect(cv.passages).toContainEqual({ id: expect.any(String), position: expect.any(Number), section: 'Experience', text: 'Led a team of five engineers' });
    expect(cv.passages.map((passage) => passage.position)).toEqual(cv.passages.map((_passage, index) => index));
  });

  it('embeds every passage with the configured model', async () => {
    const { cookie, user } = await server.signUp();

    await upload(cookie, { bytes: markdownCv(), type: 'text/markdown', name: 'cv.md' });
    const stored = await withUser(server.handle.db, user.id, (db) => db.select().from(cvPassages));

    expect(stored.length).toBeGreaterThan(3);
    expect(stored.every((passage) => passage.embeddingModel === 'use-lite-512' && passage.embedding?.length === 768)).toBe(true);
  });

  it('replaces the previous CV and every passage derived from it', async () => {
    const { cookie, user } = await server.signUp();
    await upload(cookie, { bytes: 'Experience\n- Ran the pastry section of a hotel kitchen', type: 'text/plain', name: 'old.txt' });

    const response = await upload(cookie, { bytes: markdownCv(), type: 'text/markdown', name: 'new.md' });
    const stored = await withUser(server.handle.db, user.id, async (db) => ({
      cvs: await db.select().from(cvs),
      passages: await db.select().from(cvPassages),
    }));

    expect(response.status).toBe(200);
    expect(stored.cvs).toHaveLength(1);
    expect(stored.cvs[0]!.fileName).toBe('new.md');
    expect(stored.cvs[0]!.text).not.toContain('pastry');
    expect(stored.passages.length).toBeGreaterThan(0);
    expect(stored.passages.some((passage) => passage.text.includes('pastry'))).toBe(false);
  });

  it.each([
    ['an encrypted PDF', async () => ({ bytes: await encryptedPdf(), type: 'application/pdf', name: 'cv.pdf' }), /password-protected/],
    ['a scanned PDF with no text', async () => ({ bytes: await scannedPdf(), type: 'application/pdf', name: 'scan.pdf' }), /no text layer/],
    ['a damaged PDF', async () => ({ bytes: (await textPdf()).slice(0, 400), type: 'application/pdf', name: 'cv.pdf' }), /could not be read/],
    ['an image named .pdf', async () => ({ bytes: Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]), type: 'application/pdf', name: 'cv.pdf' }), /image\/jpeg are not supported/],
    ['an empty text file', async () => ({ bytes: '\n  \n', type: 'text/plain', name: 'cv.txt' }), /contains no text/],
  ])('refuses %s with 400 and a reason, keeping the previous CV', async (_case, makeFile, reason) => {
    const { cookie } = await server.signUp();
    await upload(cookie, { bytes: markdownCv(), type: 'text/markdown', name: 'kept.md' });
    const before = await readCv(cookie);

    const response = await upload(cookie, await makeFile());
    const body = (await response.json()) as { error: { code: string; message: string } };

    expect(response.status).toBe(400);
    expect(body.error).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(reason) });
    expect(await readCv(cookie)).toEqual(before);
  });

  it('refuses a file over 5 MB with 413, keeping the previous CV', async () => {
    const { cookie } = await server.signUp();
    await upload(cookie, { bytes: markdownCv(), type: 'text/markdown', name: 'kept.md' });
    const before = await readCv(cookie);

    const response = await upload(cookie, { bytes: 'a'.repeat(5 * 1024 * 1024 + 1), type: 'text/plain', name: 'huge.txt' });

    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/larger than 5 MB/);
    expect(await readCv(cookie)).toEqual(before);
  });

  it('asks for the file in the field "file"', async () => {
    const { cookie } = await server.signUp();

    const response = await upload(cookie, { bytes: markdownCv(), type: 'text/markdown', name: 'cv.md' }, 'document');

    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/field "file"/);
  });

  it('answers 401 without a session, before reading the file', async () => {
    const form = new FormData();
    form.append('file', new Blob([markdownCv()], { type: 'text/markdown' }), 'cv.md');

    const response = await fetch(`${server.url}/api/cv`, { method: 'PUT', body: form, headers: { origin: server.url } });

    expect(response.status).toBe(401);
  });
});

describe('uploadCv', () => {
  it('leaves the previous CV untouched when embedding the new one fails', async () => {
    const { cookie, user } = await server.signUp();
    await upload(cookie, { bytes: markdownCv(), type: 'text/markdown', name: 'kept.md' });
    const before = await readCv(cookie);
    const stub = await startGeminiEmbeddingStub({ apiKey: 'test-gemini-key' });
    stub.failWith({ code: 400, status: 'INVALID_ARGUMENT', message: 'Request contains an invalid argument.' });

    try {
      const failure = await uploadCv({
        database: server.handle.db,
        userId: user.id,
        embedder: createGeminiEmbedder({ apiKey: 'test-gemini-key', baseURL: stub.baseURL }),
        file: { bytes: new TextEncoder().encode('Experience\n- Ran the pastry section'), declaredType: 'text/plain', fileName: 'new.txt' },
      }).catch((error: unknown) => error);

      expect(failure).toBeInstanceOf(UpstreamError);
      expect(await readCv(cookie)).toEqual(before);
    } finally {
      await stub.close();
    }
  });
});

describe('GET /api/cv', () => {
  it('shows the text, file name, upload time and passages', async () => {
    const { cookie } = await server.signUp();
    await upload(cookie, { bytes: markdownCv(), type: 'text/markdown', name: 'jane-doe.md' });

    const { status, body } = await readCv(cookie);

    expect(status).toBe(200);
    expect(body.cv).toMatchObject({ fileName: 'jane-doe.md', mediaType: 'text/markdown', text: markdownCv().trim() });
    expect(Date.parse(body.cv.uploadedAt)).not.toBeNaN();
    expect(body.cv.passages[0]).toEqual({ id: expect.any(String), position: 0, section: 'Summary', text: 'Backend engineer with eight years of building payment systems.' });
  });

  it('answers 404 before any upload', async () => {
    const { cookie } = await server.signUp();

    expect((await server.request('/api/cv', { cookie })).status).toBe(404);
  });

  it("never shows one user's CV to another, even to direct SQL under the app role", async () => {
    const owner = await server.signUp();
    const other = await server.signUp();
    await upload(owner.cookie, { bytes: markdownCv(), type: 'text/markdown', name: 'private.md' });

    const response = await server.request('/api/cv', { cookie: other.cookie });
    const seenByOther = await withUser(server.handle.db, other.user.id, async (db) => ({
      cvs: await db.select().from(cvs).where(eq(cvs.userId, owner.user.id)),
      passages: await db.select().from(cvPassages).where(eq(cvPassages.userId, owner.user.id)),
    }));

    expect(response.status).toBe(404);
    expect(seenByOther).toEqual({ cvs: [], passages: [] });
  });
});

describe('DELETE /api/cv', () => {
  it('deletes the CV with all its passages', async () => {
    const { cookie, user } = await server.signUp();
    await upload(cookie, { bytes: markdownCv(), type: 'text/markdown', name: 'cv.md' });

    const response = await server.request('/api/cv', { method: 'DELETE', cookie });
    const passagesLeft = await withUser(server.handle.db, user.id, (db) => db.select().from(cvPassages));

    expect(response.status).toBe(204);
    expect(passagesLeft).toEqual([]);
    expect((await server.request('/api/cv', { cookie })).status).toBe(404);
  });
});
