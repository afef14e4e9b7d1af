import mammoth from 'mammoth';
import { checkDocxInflatedSize } from './check-docx-inflated-size.ts';
import { invalidCv } from './detect-cv-format.ts';

/** The paragraphs of a DOCX document as plain text, one blank line between paragraphs. */
export async function extractDocxText(bytes: Uint8Array): Promise<string> {
  checkDocxInflatedSize(bytes);
  try {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    return value;
  } catch {
    throw invalidCv('The DOCX document could not be read; it may be damaged. Save it again or upload a PDF.');
  }
}
