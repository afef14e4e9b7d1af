import type { CvPassage } from './cv-passage.ts';
import { sectionHeading } from './section-heading.ts';

/** Bullets as word processors and PDF exports write them, and numbered items ("1." or "1)"). */
const bulletMarker = /^(?:[•●▪◦‣∙·■□➢➤►▸*+\-–—]|\d{1,2}[.)])\s+/u;

/**
 * A wrapped line continues the one above when it starts with a lower-case word (not an address such
 * as "jane@example.test") or the line above stops mid-phrase; PDFs break lines wherever the page ends,
 * DOCX and text files usually do not.
 */
function continuesPreviousLine(previous: string, line: string): boolean {
  return /^[\p{Ll}(][\p{L}\p{N}'’(),;-]*(?:\s|$)/u.test(line) || /(?:[,;&/–-]|\b(?:and|or|of|with|to|for|in|on|at|the|a|an))$/i.test(previous);
}

/**
 * A line that ran (nearly) to the right margin without ending a sentence was wrapped there: the words
 * go on below even when the next line starts with a capital ("…cutting" / "Cloud spend by a third").
 * The longest line of the document stands in for the margin, as the text layer carries no positions.
 */
function reachedRightMargin(previousLine: string, longestLine: number): boolean {
  return longestLine >= 40 && previousLine.length >= longestLine * 0.8 && !/[.!?:]$/.test(previousLine);
}

/**
 * Splits the text of a PDF, DOCX or plain-text CV into blocks: a heading line starts a section; a
 * bullet, a blank line or a line that does not continue the one above starts a new block.
 */
export function splitPlainTextCv(text: string): CvPassage[] {
  const passages: CvPassage[] = [];
  let section: string | null = null;
  let block: string[] = [];
  let previousLine = '';
  const lines = text.split('\n').map((rawLine) => rawLine.replace(/\s+/g, ' ').trim());
  const longestLine = Math.max(0, ...lines.map((line) => line.length));
  const endBlock = () => {
    if (block.length > 0) passages.push({ section, text: block.join(' ') });
    block = [];
  };

  for (const line of lines) {
    const heading = line === '' ? undefined : sectionHeading(line);
    const bullet = bulletMarker.exec(line);
    if (line === '' || heading !== undefined) {
      endBlock();
      if (heading !== undefined) section = heading;
    } else if (bullet) {
      endBlock();
      block.push(line.slice(bullet[0].length));
    } else if (block.length > 0 && (continuesPreviousLine(block.at(-1)!, line) || reachedRightMargin(previousLine, longestLine))) {
      block.push(line);
    } else {
      endBlock();
      block.push(line);
    }
    previousLine = line;
  }
  endBlock();
  return passages;
}
