import { z } from 'zod';
import { cvSchema } from './cv/cv-view.ts';
import { readCv } from './cv/read-cv.ts';
import { reembedStaleCvPassages } from './cv/reembed-stale-cv-passages.ts';
import { defineTool } from './define-tool.ts';
import { UpstreamError } from './errors.ts';

export const getCv = defineTool({
  name: 'getCv',
  title: 'Read the CV',
  description:
    "Read the user's uploaded CV: its full text and its passages, each with the section it belongs to. Quote passages verbatim when citing the CV; never add facts it does not state. Returns cv: null when no CV was uploaded.",
  effect: 'read',
  input: z.object({}),
  output: z.object({
    cv: cvSchema.nullable().describe('The CV, or null when the user has not uploaded one'),
  }),
  async run(_input, { db, userId, embedder }) {
    // Keeping passage vectors on the current model changes nothing the user sees, so this stays a
    // read; when the embedding service is down the text is still worth returning, and the next read retries.
    if (embedder) {
      await reembedStaleCvPassages(db, userId, embedder).catch((error: unknown) => {
        if (!(error instanceof UpstreamError)) throw error;
      });
    }
    return { cv: await readCv(db, userId) };
  },
});
