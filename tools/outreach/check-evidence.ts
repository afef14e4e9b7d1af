import type { ReferencedPassage, WrittenDraft } from './outreach-writer.ts';

/** A CV passage a draft relies on, as stored with the draft: which passage, its section, the exact words. */
export interface DraftEvidence {
  passageId: string;
  section: string | null;
  quote: string;
}

export interface RejectedEvidence {
  passage: string;
  quote: string;
  reason: string;
}

const sameSpacing = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Keeps the evidence a writer gave only where it is real: the passage must be one of this user's
 * (by the reference the request gave it) and the quote must be in it word for word (line breaks
 * and runs of spaces aside). A passage a claim cites without a quote is kept whole. Everything else
 * is rejected with the reason, never stored.
 */
export function checkEvidence(draft: WrittenDraft, passages: (ReferencedPassage & { id: string })[]) {
  const byReference = new Map(passages.map((passage) => [passage.reference.toUpperCase(), passage]));
  const accepted: DraftEvidence[] = [];
  const rejected: RejectedEvidence[] = [];
  const citedReferences = new Set<string>();

  for (const { passage: reference, quote } of draft.evidence) {
    const passage = byReference.get(reference.trim().toUpperCase());
    const wanted = sameSpacing(quote);
    if (!passage) {
      rejected.push({ passage: reference, quote, reason: 'there is no such passage in your CV' });
    } else if (wanted.length < 3 || !sameSpacing(passage.text).includes(wanted)) {
      rejected.push({ passage: reference, quote, reason: 'these words are not in that passage of your CV' });
    } else if (!accepted.some((evidence) => evidence.passageId === passage.id && evidence.quote === wanted)) {
      accepted.push({ passageId: passage.id, section: passage.section, quote: wanted });
      citedReferences.add(passage.reference);
    }
  }
  for (const claim of draft.claims) {
    for (const reference of claim.passages) {
      const passage = byReference.get(reference.trim().toUpperCase());
      if (!passage || citedReferences.has(passage.reference)) continue;
      accepted.push({ passageId: passage.id, section: passage.section, quote: sameSpacing(passage.text) });
      citedReferences.add(passage.reference);
    }
  }
  const cited = passages.filter((passage) => citedReferences.has(passage.reference));
  return { accepted, rejected, cited };
}
