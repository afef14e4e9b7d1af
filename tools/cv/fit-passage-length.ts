/** Long enough to carry a whole achievement, short enough to quote as evidence. */
export const maximumPassageCharacters = 600;

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * Splits a block longer than a passage may be (a summary paragraph, a PDF section with no line breaks
 * between paragraphs) at sentence boundaries, packing whole sentences; a single overlong sentence is
 * cut between words. Every piece is the author's own words, in order.
 */
export function fitPassageLength(text: string): string[] {
  if (text.length <= maximumPassageCharacters) return [text];
  const pieces: string[] = [];
  let current = '';
  const push = (piece: string) => {
    if (current !== '' && current.length + piece.length > maximumPassageCharacters) {
      pieces.push(current.trim());
      current = '';
    }
    current += piece;
  };
  for (const { segment } of sentences.segment(text)) {
    if (segment.length <= maximumPassageCharacters) push(segment);
    else for (const word of segment.split(/(?<=\s)/)) push(word);
  }
  if (current.trim() !== '') pieces.push(current.trim());
  return pieces;
}
