import { z } from 'zod';

export const cvPassageSchema = z.object({
  id: z.uuid(),
  position: z.number().int().describe('Order of the passage in the CV, from 0'),
  section: z.string().nullable().describe('The CV section heading above the passage, e.g. "Experience"'),
  text: z.string().describe("The passage in the CV's own words; quote it verbatim as evidence"),
});

/** The user's CV as the API and the tools show it; embeddings stay inside Atlas. */
export const cvSchema = z.object({
  fileName: z.string(),
  mediaType: z.string().describe('application/pdf, the DOCX type, text/markdown or text/plain'),
  uploadedAt: z.iso.datetime(),
  text: z.string().describe('The full text read from the uploaded file'),
  passages: z.array(cvPassageSchema),
});

export type CvView = z.infer<typeof cvSchema>;
