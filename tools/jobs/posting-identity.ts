import { createHash } from 'node:crypto';
import type { Posting } from './posting.ts';

/** Lower case, punctuation as spaces, runs of space collapsed: "Sr. Engineer – Backend" ≈ "sr engineer backend". */
function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** SHA-256 of the normalised title, company and description: the same text posted on two sources. */
export function contentHash(posting: Pick<Posting, 'title' | 'company' | 'description'>): string {
  return createHash('sha256')
    .update([posting.title, posting.company, posting.description].map(normalise).join('\n'))
    .digest('hex');
}

/** Company, normalised title and first location: the same role named alike on two sources. */
export function dedupeKey(posting: Pick<Posting, 'title' | 'company' | 'locations'>): string {
  return [posting.company, posting.title, posting.locations[0] ?? ''].map(normalise).join('|');
}
