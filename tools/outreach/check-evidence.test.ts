import { describe, expect, it } from 'vitest';
import { checkEvidence } from './check-evidence.ts';

const passages = [
  { id: 'passage-1', reference: 'P1', section: 'Experience', text: 'Backend Engineer at Globex:\nbuilt payment APIs in Go and PostgreSQL.' },
  { id: 'passage-2', reference: 'P2', section: 'Leadership', text: 'Led a team of four engineers migrating billing to Kubernetes.' },
  { id: 'passage-3', reference: 'P3', section: 'Education', text: 'BSc Computer Science, University of Lisbon.' },
];

describe('checkEvidence', () => {
  it('keeps quotes found word for word in the passage they name, line breaks aside', () => {
    const result = checkEvidence(
      { subject: 's', body: 'b', evidence: [{ passage: 'P1', quote: 'Globex: built payment APIs in Go' }], claims: [] },
      passages,
    );

    expect(result.accepted).toEqual([{ passageId: 'passage-1', section: 'Experience', quote: 'Globex: built payment APIs in Go' }]);
    expect(result.cited.map((passage) => passage.id)).toEqual(['passage-1']);
    expect(result.rejected).toEqual([]);
  });

  it('rejects an invented quote, a quote from another passage and a passage that does not exist', () => {
    const result = checkEvidence(
      {
        subject: 's',
        body: 'b',
        evidence: [
          { passage: 'P1', quote: 'Led the Rust migration at Google' },
          { passage: 'P3', quote: 'Led a team of four engineers' },
          { passage: 'P9', quote: 'Staff Engineer at Stripe' },
        ],
        claims: [],
      },
      passages,
    );

    expect(result.accepted).toEqual([]);
    expect(result.cited).toEqual([]);
    expect(result.rejected).toEqual([
      { passage: 'P1', quote: 'Led the Rust migration at Google', reason: 'these words are not in that passage of your CV' },
      { passage: 'P3', quote: 'Led a team of four engineers', reason: 'these words are not in that passage of your CV' },
      { passage: 'P9', quote: 'Staff Engineer at Stripe', reason: 'there is no such passage in your CV' },
    ]);
  });

  it('quotes a passage whole when a claim cites it without a quote', () => {
    const result = checkEvidence(
      { subject: 's', body: 'b', evidence: [], claims: [{ text: 'led four engineers', passages: ['p2', 'P7'] }] },
      passages,
    );

    expect(result.accepted).toEqual([{ passageId: 'passage-2', section: 'Leadership', quote: 'Led a team of four engineers migrating billing to Kubernetes.' }]);
    expect(result.cited.map((passage) => passage.id)).toEqual(['passage-2']);
  });
});
