import { z } from 'zod';
import { jobSources } from '../../db/schema.ts';
import { aggregatorSources } from './aggregator-client.ts';
import { keyedSources } from './keyed-sources.ts';

/** Where a posting came from: one of the board APIs, an open or keyed aggregator, or a web page read for its schema.org data. */
export const postingSourceSchema = z.enum([...jobSources, ...aggregatorSources, ...keyedSources, 'web']);
export type PostingSource = z.infer<typeof postingSourceSchema>;

export const boardSourceSchema = z.enum(jobSources);
export type BoardSource = z.infer<typeof boardSourceSchema>;

export const workplaceTypeSchema = z.enum(['remote', 'hybrid', 'onsite']);
export type WorkplaceType = z.infer<typeof workplaceTypeSchema>;

/** One job posting as every source is mapped to it before it reaches the catalogue. */
export const postingSchema = z.object({
  source: postingSourceSchema,
  externalId: z.string().min(1).describe("The posting's id at its source (the page URL for web imports)"),
  company: z.string().min(1),
  title: z.string().min(1),
  locations: z.array(z.string().min(1)),
  workplaceType: workplaceTypeSchema.nullable(),
  employmentType: z.string().nullable().describe('As the source words it, e.g. "Full-time" or "FULL_TIME"'),
  salaryMin: z.number().int().nonnegative().nullable().describe('Yearly when the source stated an interval'),
  salaryMax: z.number().int().nonnegative().nullable().describe('Yearly when the source stated an interval'),
  salaryCurrency: z.string().nullable().describe('ISO 4217 code'),
  description: z.string().describe('Plain text, decoded and stripped of markup'),
  url: z.url().nullable(),
  applyUrl: z.url().nullable(),
  publishedAt: z.date().nullable(),
  updatedAt: z.date().nullable(),
});
export type Posting = z.infer<typeof postingSchema>;

/** A date from a source's timestamp (ISO text or milliseconds since the epoch); null when absent or unreadable. */
export function toDate(value: string | number | null | undefined): Date | null {
  if (value === null || value === undefined || value === '') return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Distinct, trimmed, non-empty location names in their original order. */
export function distinctLocations(names: (string | null | undefined)[]): string[] {
  const seen = new Set<string>();
  for (const name of names) {
    const trimmed = name?.replace(/\s+/g, ' ').trim();
    if (trimmed) seen.add(trimmed);
  }
  return [...seen];
}

/** The workplace type a free-text location implies ("Remote - US", "Berlin (Hybrid)"); null when it says nothing. */
export function workplaceTypeFromText(text: string): WorkplaceType | null {
  if (/\bremote\b/i.test(text)) return 'remote';
  if (/\bhybrid\b/i.test(text)) return 'hybrid';
  return null;
}
