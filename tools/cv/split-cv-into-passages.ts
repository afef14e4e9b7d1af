import type { CvPassage } from './cv-passage.ts';
import { cvTooLarge } from './cv-limits.ts';
import type { CvFormat } from './detect-cv-format.ts';
import { fitPassageLength } from './fit-passage-length.ts';
import { splitMarkdownCv } from './split-markdown-cv.ts';
import { splitPlainTextCv } from './split-plain-text-cv.ts';

/** Each passage is embedded on every upload; a CV needs far fewer. */
export const maximumPassages = 500;

/**
 * Splits a CV into passages a match can quote: by section heading, then by bullet or paragraph,
 * long paragraphs at sentence boundaries. Whitespace is collapsed; the words are the CV's own.
 */
export function splitCvIntoPassages(text: string, format: CvFormat): CvPassage[] {
  const blocks = format === 'markdown' ? splitMarkdownCv(text) : splitPlainTextCv(text);
  const passages = blocks.flatMap(({ section, text: blockText }) =>
    fitPassageLength(blockText.replace(/\s+/g, ' ').trim())
      // Separators and stray symbols ("|", "—") say nothing a match could cite.
      .filter((piece) => /[\p{L}\p{N}]/u.test(piece))
      .map((piece) => ({ section, text: piece })),
  );
  if (passages.length > maximumPassages) {
    throw cvTooLarge(`The CV splits into more than ${maximumPassages} passages; upload a shorter version.`);
  }
  return passages;
}
