import type { Database } from '../../db/database.ts';
import type { WrittenDraft } from '../../tools/outreach/outreach-writer.ts';
import { seedJobs } from '../../tools/test-catalogue.ts';

/** A short Markdown CV, written for these tests, with the skills the seeded postings ask for. */
export const journeyCv = `# Alex Example

## Experience

Senior Backend Engineer, Northwind (Berlin), 2019–2025. Built TypeScript and Node.js services on PostgreSQL, serving 2 million users.

Backend Developer, Contoso, 2016–2019. Wrote REST APIs in Node.js and ran them on Docker.

## Skills

TypeScript, Node.js, PostgreSQL, Docker, REST APIs.
`;

/**
 * Catalogue postings the journey's search finds: two TypeScript backend roles in Berlin, one elsewhere.
 * The words searched for are in their titles, so they rank first even in a catalogue other tests share.
 */
export function seedJourneyJobs(db: Database) {
  return seedJobs(db, [
    {
      title: 'Senior TypeScript Backend Engineer',
      company: 'Acme Robotics',
      locations: ['Berlin, Germany'],
      workplaceType: 'hybrid',
      employmentType: 'Full-time',
      salaryMin: 75_000,
      salaryMax: 95_000,
      salaryCurrency: 'EUR',
      url: 'https://jobs.example/acme/backend',
      description:
        'Acme Robotics is hiring a senior TypeScript backend engineer in Berlin. Requirements: 5+ years of experience with TypeScript, Node.js and PostgreSQL. Nice to have: Kubernetes.',
      publishedAt: new Date(),
    },
    {
      title: 'TypeScript Backend Developer',
      company: 'Globex',
      locations: ['Berlin, Germany'],
      workplaceType: 'remote',
      employmentType: 'Full-time',
      url: 'https://jobs.example/globex/node',
      description: 'Globex is hiring a TypeScript backend developer, remote from Berlin. Requirements: TypeScript, Node.js, GraphQL and AWS.',
      publishedAt: new Date(),
    },
    {
      title: 'Frontend Engineer (React)',
      company: 'Initech',
      locations: ['London, United Kingdom'],
      workplaceType: 'onsite',
      description: 'Initech needs a React and TypeScript frontend engineer.',
      publishedAt: new Date(),
    },
  ]);
}

/** Words of the CV the journey's draft relies on, quoted exactly. */
export const journeyEvidence = 'Built TypeScript and Node.js services on PostgreSQL, serving 2 million users.';

/** The drafting model's structured answer (hand-written), citing the CV passage with the reference the request gave it. */
export function journeyDraft(reference: string): WrittenDraft {
  return {
    subject: 'Senior TypeScript Backend Engineer at Acme Robotics',
    body: [
      'Hello,',
      'I am writing about the Senior TypeScript Backend Engineer role at Acme Robotics.',
      'At Northwind I built TypeScript and Node.js services on PostgreSQL, serving 2 million users.',
      'I would be glad to talk about how that experience could help your backend team.',
      'Best regards',
    ].join('\n\n'),
    evidence: [{ passage: reference, quote: journeyEvidence }],
    claims: [{ text: 'At Northwind I built TypeScript and Node.js services on PostgreSQL, serving 2 million users.', passages: [reference] }],
  };
}
