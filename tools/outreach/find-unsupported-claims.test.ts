import { describe, expect, it } from 'vitest';
import { findUnsupportedClaims } from './find-unsupported-claims.ts';

const experience = 'Backend Engineer at Globex (2021–2024): built payment APIs in Go and PostgreSQL over 3+ years.';
const leadership = 'Led a team of four engineers migrating billing to Kubernetes, cutting deploy time by 40%.';
const education = 'BSc Computer Science, University of Lisbon.';
const posting = { company: 'Acme', title: 'Senior Backend Engineer', description: 'We build our platform in Rust and Go on Kubernetes. Our team of 40 engineers works remotely.' };

function check(body: string, citedPassages = [experience, leadership]) {
  return findUnsupportedClaims({ body, citedPassages, allPassages: [experience, leadership, education], posting, recipientName: 'Dana Smith' });
}

describe('findUnsupportedClaims', () => {
  it('accepts a draft whose every fact about the candidate is in a cited passage', () => {
    const body = [
      'Hi Dana,',
      "I'm writing about the Senior Backend Engineer role at Acme.",
      'At Globex I built payment APIs in Go and Postgres over three years.',
      "I've also led a team of 4 engineers migrating billing to Kubernetes, cutting deploy time by 40 percent.",
      'Your move to Rust on a team of 40 sounds exciting. Would you have 15 minutes next week?',
      'Best regards',
    ].join('\n');

    expect(check(body)).toEqual([]);
  });

  it('flags invented years and skills, even when the posting asks for them', () => {
    const flagged = check('I have 10 years of Rust experience and I know Go well.');

    expect(flagged).toEqual([
      { claim: 'I have 10 years of Rust experience and I know Go well.', reason: 'no CV passage the draft cites mentions 10 years, Rust' },
    ]);
  });

  it('flags an employer, a title or a number the CV does not state', () => {
    expect(check('My time as Principal Engineer at Stripe taught me a lot.').map((flagged) => flagged.reason)).toEqual([
      'no CV passage the draft cites mentions Principal Engineer, Stripe',
    ]);
    expect(check('I cut deploy time by 45%.').map((flagged) => flagged.reason)).toEqual(['no CV passage the draft cites mentions 45%']);
    expect(check('I managed twelve engineers.').map((flagged) => flagged.reason)).toEqual(['no CV passage the draft cites mentions twelve']);
  });

  it('wants the fact in a passage the draft cites, not merely somewhere in the CV', () => {
    const flagged = check('I studied Computer Science at the University of Lisbon.', [experience]);

    expect(flagged.map((entry) => entry.reason)).toEqual(['no CV passage the draft cites mentions Computer Science, University of Lisbon']);
  });

  it('lets sentences about the company name what the posting names, but not what neither says', () => {
    expect(check('Your platform in Rust on Kubernetes is impressive.')).toEqual([]);
    expect(check('Your work with Palantir is impressive.')).toEqual([
      { claim: 'Your work with Palantir is impressive.', reason: 'neither your CV nor the posting mentions Palantir' },
    ]);
  });

  it('checks a résumé line as a claim about the candidate, though it never says I', () => {
    const line = (body: string, citedPassages = [leadership]) =>
      findUnsupportedClaims({ body, citedPassages, allPassages: [experience, leadership, education], posting, recipientName: null, resumeLine: true });

    expect(line('Led a team of 4 engineers migrating billing to Kubernetes')).toEqual([]);
    expect(line('Guided four engineers through the Kubernetes migration, cutting deploy time by 40%')).toEqual([]);
    expect(line('Led a team of 40 engineers on Rust services').map((flagged) => flagged.reason)).toEqual(['no CV passage the draft cites mentions 40, Rust']);
    expect(line('Migrated billing for Acme to Kubernetes').map((flagged) => flagged.reason)).toEqual(['no CV passage the draft cites mentions Acme']);
  });
});

describe('findUnsupportedClaims on hyphenated numbers', () => {
  it('backs "twelve-month" and "12-month" with a passage that says either', () => {
    const passage = 'Built the rolling twelve-month cash flow forecast used by the board';
    const check = (body: string) =>
      findUnsupportedClaims({ body, citedPassages: [passage], allPassages: [passage], posting: { company: 'Acme', title: 'Accountant', description: null }, recipientName: null, resumeLine: true });

    expect(check(passage)).toEqual([]);
    expect(check('Built a rolling 12-month cash flow forecast for the board')).toEqual([]);
    expect(check('Built a rolling 18-month cash flow forecast for the board')).not.toEqual([]);
  });
});
