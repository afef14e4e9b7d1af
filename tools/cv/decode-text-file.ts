import { invalidCv } from './detect-cv-format.ts';

/** Reads a Markdown or plain-text CV, which must be UTF-8 (the BOM some editors write is dropped). */
export function decodeTextFile(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw invalidCv('The text file is not valid UTF-8. Save it as UTF-8, or upload a PDF or DOCX.');
  }
  // Text files never hold NUL characters; one means a binary file with a text name.
  if (text.includes('\u0000')) throw invalidCv('The file is not a text file. Upload a PDF, DOCX, Markdown or plain text file.');
  return text;
}
