import { UnprocessableError } from '../errors.ts';

/**
 * Caps checked before or while a CV is read, so no upload can hold a core or memory for long. A real
 * CV is a few pages with words and links far below these; a file past them is refused with a reason.
 */
export const cvLimits = {
  /** Longer "words" are not prose (a pasted blob, base64) and made the splitters and tokenizers slow. */
  longestWordCharacters: 500,
  pdfPages: 40,
  /** What a DOCX may inflate to, all of its parts together; a long CV with photos is well under it. */
  docxInflatedBytes: 20 * 1024 * 1024,
  /** Reading runs in a worker thread that is stopped past these; a real CV reads in well under a second. */
  readingTimeoutMs: 10_000,
  /**
   * Starting a reading thread (loading its PDF and DOCX readers) takes under a second on a quiet
   * machine and many times that on a loaded one; past this the upload is answered "busy", not refused.
   */
  readerStartupTimeoutMs: 60_000,
  readingHeapMb: 256,
  /** Readings at once; more uploads wait their turn. */
  concurrentReadings: 2,
} as const;

/** A CV refused for its size or complexity: a 422 whose message says which limit it passed. */
export function cvTooLarge(message: string): UnprocessableError {
  return new UnprocessableError(message, 'cv_too_large');
}
