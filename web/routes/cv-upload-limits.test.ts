import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cvLimits } from '../../tools/cv/cv-limits.ts';
import { cvMediaTypes } from '../../tools/cv/detect-cv-format.ts';
import { docxZipBomb, longWordMarkdown, manyPagePdf, markdownCv, pdfStreamBomb } from '../../tools/cv/test-cv-files.ts';
import { createOfflineEmbedder } from '../../tools/embeddings/offline-embedder.ts';
import { startTestServer, type TestServer } from '../test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ dependencies: { embedder: createOfflineEmbedder() } });
});
afterAll(() => server.close());

function upload(cookie: string, file: { bytes: Uint8Array | string; type: string; name: string }) {
  const form = new FormData();
  form.append('file', new Blob([file.bytes as BlobPart], { type: file.type }), file.name);
  return fetch(`${server.url}/api/cv`, { method: 'PUT', body: form, headers: { origin: server.url, cookie } });
}

describe('PUT /api/cv with files built to hold the server', () => {
  it('refuses each with 422 and the limit it passed, keeps the previous CV, and other users are answered throughout', async () => {
    const files = [
      { bytes: longWordMarkdown(), type: 'text/markdown', name: 'cv.md' },
      { bytes: await docxZipBomb(), type: cvMediaTypes.docx, name: 'cv.docx' },
      { bytes: await pdfStreamBomb(), type: 'application/pdf', name: 'bomb.pdf' },
      { bytes: await manyPagePdf(), type: 'application/pdf', name: 'pages.pdf' },
    ];
    const attacker = await server.signUp();
    expect((await upload(attacker.cookie, { bytes: markdownCv(), type: 'text/markdown', name: 'kept.md' })).status).toBe(200);
    const other = await server.signUp();
    expect((await upload(other.cookie, { bytes: markdownCv(), type: 'text/markdown', name: 'other.md' })).status).toBe(200);

    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    let uploading = true;
    const otherStatuses: number[] = [];
    const otherUserKeepsReading = (async () => {
      while (uploading) {
        const response = await server.request('/api/cv', { cookie: other.cookie });
        await response.arrayBuffer();
        otherStatuses.push(response.status);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    const answers = await Promise.all(
      files.map(async (file) => {
        const response = await upload(attacker.cookie, file);
        return { status: response.status, body: (await response.json()) as { error: { code: string; message: string } } };
      }),
    );
    uploading = false;
    await otherUserKeepsReading;
    delay.disable();

    expect(answers).toEqual([
      { status: 422, body: { error: { code: 'cv_too_large', message: expect.stringContaining(`more than ${cvLimits.longestWordCharacters} characters with no space`) } } },
      { status: 422, body: { error: { code: 'cv_too_large', message: expect.stringContaining('unpacks to more than 20 MB') } } },
      { status: 422, body: { error: { code: 'cv_too_large', message: expect.stringContaining('took too much time or memory to read') } } },
      { status: 422, body: { error: { code: 'cv_too_large', message: expect.stringContaining(`has 5000 pages; a CV of at most ${cvLimits.pdfPages} pages`) } } },
    ]);
    const kept = await server.request('/api/cv', { cookie: attacker.cookie });
    expect(((await kept.json()) as { cv: { fileName: string } }).cv.fileName).toBe('kept.md');
    // The PDF bomb runs until its time limit: the other user asked many times meanwhile, and always got an answer.
    expect(otherStatuses.length).toBeGreaterThan(20);
    expect(otherStatuses.every((status) => status === 200)).toBe(true);
    // A generous bound for a loaded two-core machine; reading these files on the request thread held it for 18 s to minutes.
    expect(delay.max / 1e6).toBeLessThan(1_000);
  }, 60_000);
});
