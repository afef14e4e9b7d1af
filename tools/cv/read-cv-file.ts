import type { CvPassage } from './cv-passage.ts';
import { invalidCv, type CvFile, type CvFormat } from './detect-cv-format.ts';
import { extractCvText } from './extract-cv-text.ts';
import { splitCvIntoPassages } from './split-cv-into-passages.ts';

export interface CvReading {
  format: CvFormat;
  text: string;
  passages: CvPassage[];
}

/** A CV file's text and the passages a match can quote; anything unusable is a typed error saying why. */
export async function readCvFile(file: CvFile): Promise<CvReading> {
  const { format, text } = await extractCvText(file);
  const passages = splitCvIntoPassages(text, format);
  if (passages.length === 0) throw invalidCv('The file contains no readable text.');
  return { format, text, passages };
}
