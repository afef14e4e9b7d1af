import { describe, expect, it } from 'vitest';
import { chunkText, maximumChunksPerPosting, postingChunks } from './chunk-text.ts';

const wordsOf = (text: string) => text.split(' ');

/** Sentences of numbered words ("W0 w1 … w7."), so each word says where it stood. */
function numberedText(sentenceLengths: number[]) {
  let next = 0;
  return sentenceLengths
    .map((length) => Array.from({ length }, (_, index) => `${index === 0 ? 'W' : 'w'}${next++}`).join(' ') + '.')
    .join(' ');
}

const position = (word: string) => Number(word.replace(/\D/g, ''));

describe('chunkText', () => {
  it('covers every word of the text, in order, in chunks no longer than asked', () => {
    const text = numberedText([12, 30, 7, 55, 3, 18, 40, 9, 26]);

    const chunks = chunkText(text, { maxWords: 50 });
    const covered = new Set(chunks.flatMap((chunk) => wordsOf(chunk).map(position)));

    expect(chunks.every((chunk) => wordsOf(chunk).length <= 50)).toBe(true);
    expect(covered).toEqual(new Set(Array.from({ length: 200 }, (_, index) => index)));
    for (const chunk of chunks) {
      const positions = wordsOf(chunk).map(position);
      expect(positions).toEqual(positions.map((_, index) => positions[0]! + index));
    }
  });

  it('ends chunks at sentence ends when sentences fit', () => {
    const chunks = chunkText(numberedText([20, 20, 20, 20]), { maxWords: 50, overlapWords: 0 });

    expect(chunks).toHaveLength(2);
    expect(chunks.every((chunk) => chunk.endsWith('.'))).toBe(true);
  });

  it('starts each chunk with the last words of the one before', () => {
    const chunks = chunkText(numberedText([30, 30, 30]), { maxWords: 40, overlapWords: 5 });

    expect(wordsOf(chunks[1]!).slice(0, 5)).toEqual(wordsOf(chunks[0]!).slice(-5));
  });

  it('cuts a sentence longer than a chunk between words', () => {
    const chunks = chunkText(numberedText([130]), { maxWords: 50, overlapWords: 0 });

    expect(chunks.map((chunk) => wordsOf(chunk).length)).toEqual([50, 50, 30]);
  });

  it('treats a line break as the end of a sentence and gives nothing for blank text', () => {
    expect(chunkText('Berlin, Germany\nWe build payments', { maxWords: 3, overlapWords: 0 })).toEqual(['Berlin, Germany', 'We build payments']);
    expect(chunkText(' \n ', { maxWords: 50 })).toEqual([]);
  });
});

describe('postingChunks', () => {
  const boilerplate = Array.from({ length: 11 }, () => 'Acme is a global leader in building trusted solutions for customers everywhere.').join(' ');
  const posting = {
    title: 'Site Reliability Engineer',
    company: 'Acme',
    locations: ['Berlin'],
    description: `${boilerplate}\n\nYou will run Kubernetes clusters, write Terraform and lead incident response on call.`,
  };

  it('leads every chunk with the title and company, and reaches the duties after 110 words of boilerplate', () => {
    const chunks = postingChunks(posting, 50);

    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks.every((chunk) => chunk.startsWith('Site Reliability Engineer at Acme: ') && wordsOf(chunk).length <= 50)).toBe(true);
    expect(chunks[0]).toContain('Berlin');
    expect(chunks.at(-1)).toContain('lead incident response on call.');
  });

  it('keeps a whole posting in one chunk for a model that reads long texts', () => {
    expect(postingChunks(posting, 1_200)).toEqual([
      `Site Reliability Engineer at Acme: Berlin ${boilerplate} You will run Kubernetes clusters, write Terraform and lead incident response on call.`,
    ]);
  });

  it('gives a posting with no description or place one chunk of its heading, and a huge one a bounded number', () => {
    expect(postingChunks({ title: 'Nurse', company: 'Clinic', locations: [], description: '' }, 50)).toEqual(['Nurse at Clinic']);
    expect(postingChunks({ ...posting, description: boilerplate.repeat(100) }, 50)).toHaveLength(maximumChunksPerPosting);
  });
});
