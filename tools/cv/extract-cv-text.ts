import { cvLimits, cvTooLarge } from './cv-limits.ts';
import { decodeTextFile } from './decode-text-file.ts';
import { detectCvFormat, invalidCv, type CvFile, type CvFormat } from './detect-cv-format.ts';
import { extractDocxText } from './extract-docx-text.ts';
import { extractPdfText } from './extract-pdf-text.ts';

/** The largest CV file accepted, in bytes. */
export const maximumCvBytes = 5 * 1024 * 1024;

/** About 40 pages of text: more is not a CV, and every passage of it would be embedded. */
export const maximumCvCharacters = 100_000;

const overlongWord = new RegExp(`\\S{${cvLimits.longestWordCharacters + 1}}`, 'u');

const extractors: Record<CvFormat, (bytes: Uint8Array) => string | Promise<string>> = {
  pdf: extractPdfText,
  docx: extractDocxText,
  markdown: decodeTextFile,
  text: decodeTextFile,
};

/** Checks an uploaded CV and reads its text; anything unusable is a ValidationError saying why. */
export async function extractCvText(file: CvFile): Promise<{ format: CvFormat; text: string }> {
  if (file.bytes.byteLength > maximumCvBytes) throw invalidCv('The file is larger than 5 MB.');
  const format = await detectCvFormat(file);
  const text = (await extractors[format](file.bytes)).replace(/\r\n?/g, '\n').trim();
  if (text === '') {
    throw invalidCv(
      format === 'pdf'
        ? 'The PDF has no text layer (it may be a scan). Export it from the original document, or upload a DOCX or text version.'
        : 'The file contains no text.',
    );
  }
  if (text.length > maximumCvCharacters) {
    throw cvTooLarge(`The CV text is longer than ${maximumCvCharacters.toLocaleString('en')} characters; upload a shorter version.`);
  }
  if (overlongWord.test(text)) {
    throw cvTooLarge(`The CV contains a run of more than ${cvLimits.longestWordCharacters} characters with no space; a CV's words and links are far shorter.`);
  }
  return { format, text };
}
