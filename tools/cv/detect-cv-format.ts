import { extname } from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import { ValidationError } from '../errors.ts';

export const cvFormats = ['pdf', 'docx', 'markdown', 'text'] as const;
export type CvFormat = (typeof cvFormats)[number];

export const cvMediaTypes: Record<CvFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  markdown: 'text/markdown',
  text: 'text/plain',
};

const formatNames: Record<CvFormat, string> = { pdf: 'a PDF', docx: 'a DOCX document', markdown: 'Markdown', text: 'plain text' };

const formatsByMediaType = new Map<string, CvFormat>([
  ...Object.entries(cvMediaTypes).map(([format, mediaType]) => [mediaType, format as CvFormat] as const),
  ['text/x-markdown', 'markdown'],
]);

const formatsByExtension = new Map<string, CvFormat>([
  ['.pdf', 'pdf'],
  ['.docx', 'docx'],
  ['.md', 'markdown'],
  ['.markdown', 'markdown'],
  ['.txt', 'text'],
  ['.text', 'text'],
]);

/** An uploaded CV as the browser described it: bytes, the part's Content-Type and the file name. */
export interface CvFile {
  bytes: Uint8Array;
  declaredType: string;
  fileName: string;
}

export const supportedFormatsHint = 'Upload a PDF, DOCX, Markdown (.md) or plain text (.txt) file.';

export function invalidCv(message: string): ValidationError {
  return new ValidationError(message, [{ path: 'file', message }]);
}

/**
 * What the uploader says the file is. Browsers label Markdown inconsistently (text/plain,
 * application/octet-stream or nothing), so the extension decides whenever the media type is generic.
 */
function declaredFormat({ declaredType, fileName }: CvFile): CvFormat | undefined {
  const mediaType = declaredType.split(';')[0]!.trim().toLowerCase();
  const byExtension = formatsByExtension.get(extname(fileName).toLowerCase());
  if (mediaType === 'text/plain' && byExtension === 'markdown') return 'markdown';
  return formatsByMediaType.get(mediaType) ?? byExtension;
}

/**
 * Decides the format from the file's magic bytes and checks it against what the uploader declared,
 * so a renamed image or a PDF labelled as text is refused before any parser sees it.
 */
export async function detectCvFormat(file: CvFile): Promise<CvFormat> {
  const declared = declaredFormat(file);
  const detected = await fileTypeFromBuffer(file.bytes);

  if (detected?.ext === 'pdf' || detected?.ext === 'docx') {
    if (declared && declared !== detected.ext) {
      throw invalidCv(`The file is ${formatNames[detected.ext]} but was uploaded as ${formatNames[declared]}. ${supportedFormatsHint}`);
    }
    return detected.ext;
  }
  if (detected?.ext === 'cfb') {
    throw invalidCv(`The file is a legacy Word (.doc) or password-protected Office file. Save it as an unprotected DOCX or PDF.`);
  }
  if (detected) throw invalidCv(`Files of type ${detected.mime} are not supported. ${supportedFormatsHint}`);
  if (declared === 'pdf' || declared === 'docx') {
    throw invalidCv(`The file is not a readable ${declared === 'pdf' ? 'PDF' : 'DOCX document'}; it may be damaged.`);
  }
  if (!declared) throw invalidCv(`This file type is not supported. ${supportedFormatsHint}`);
  return declared;
}
