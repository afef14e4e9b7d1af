const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

const words = (text: string) => text.split(/\s+/).filter((word) => word !== '');

/**
 * Splits text into chunks of at most `maxWords` words that together hold every word, in order. Whole
 * sentences are packed together; a sentence longer than a chunk is cut between words. Each chunk after
 * the first repeats the last `overlapWords` words of the one before (when they fit beside the next
 * sentence), so a phrase cut at a boundary is still read whole once. Line breaks end a sentence.
 */
export function chunkText(text: string, options: { maxWords: number; overlapWords?: number }): string[] {
  const maxWords = Math.max(1, Math.floor(options.maxWords));
  const overlapWords = Math.min(options.overlapWords ?? Math.floor(maxWords / 8), maxWords - 1);
  const pieces: string[][] = [];
  for (const line of text.split(/\n+/)) {
    for (const { segment } of sentences.segment(line)) {
      const sentence = words(segment);
      for (let start = 0; start < sentence.length; start += maxWords) pieces.push(sentence.slice(start, start + maxWords));
    }
  }

  const chunks: string[][] = [];
  let current: string[] = [];
  let fresh = 0;
  for (const piece of pieces) {
    if (fresh > 0 && current.length + piece.length > maxWords) {
      chunks.push(current);
      const carried = current.slice(current.length - overlapWords);
      current = carried.length + piece.length <= maxWords ? carried : [];
      fresh = 0;
    }
    current = [...current, ...piece];
    fresh += piece.length;
  }
  if (fresh > 0) chunks.push(current);
  return chunks.map((chunk) => chunk.join(' '));
}

/** Chunks a posting gets at most, about 3,000 words with the offline model: past that, postings repeat boilerplate. */
export const maximumChunksPerPosting = 64;

/**
 * The texts a posting's vectors are made from: the description (locations first) in chunks the model
 * reads fully, each led by "Title at Company: " so a chunk about duties is still about this job.
 */
export function postingChunks(job: { title: string; company: string; locations: string[]; description: string }, maxWords: number): string[] {
  const heading = `${job.title} at ${job.company}`;
  const body = [job.locations.join(', '), job.description].filter((part) => part.trim() !== '').join('\n');
  // The heading takes part of each chunk's budget; the description keeps at least half of it.
  const bodyWords = Math.max(Math.ceil(maxWords / 2), maxWords - words(heading).length);
  const chunks = chunkText(body, { maxWords: bodyWords }).slice(0, maximumChunksPerPosting);
  return chunks.length === 0 ? [heading] : chunks.map((chunk) => `${heading}: ${chunk}`);
}
