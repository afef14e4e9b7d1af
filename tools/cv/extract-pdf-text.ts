import { extractText, getDocumentProxy } from 'unpdf';
import { UnprocessableError } from '../errors.ts';
import { cvLimits, cvTooLarge } from './cv-limits.ts';
import { invalidCv } from './detect-cv-format.ts';

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>;

/** The text layer of a PDF, page after page, with pdf.js's line breaks kept so headings and bullets stay on their own lines. */
export async function extractPdfText(bytes: Uint8Array): Promise<string> {
  let document: PdfDocument;
  try {
    // A plain Uint8Array copy: pdf.js refuses Node Buffers and takes ownership of what it is given.
    // Verbosity 0 keeps its warnings about damaged files out of our logs.
    document = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch (error) {
    if ((error as Error | undefined)?.name === 'PasswordException') {
      throw invalidCv('The PDF is password-protected. Remove the password (for example by printing it to a new PDF) and upload it again.');
    }
    throw invalidCv('The PDF could not be read; it may be damaged. Export it again or upload a DOCX or text version.');
  }
  try {
    if (document.numPages > cvLimits.pdfPages) {
      throw cvTooLarge(`The PDF has ${document.numPages} pages; a CV of at most ${cvLimits.pdfPages} pages is read.`);
    }
    const { text } = await extractText(document, { mergePages: true });
    return text;
  } catch (error) {
    if (error instanceof UnprocessableError) throw error;
    throw invalidCv('The PDF could not be read; it may be damaged. Export it again or upload a DOCX or text version.');
  } finally {
    await document.loadingTask.destroy();
  }
}
