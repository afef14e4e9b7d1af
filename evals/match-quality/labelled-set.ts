import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { seniorityLevels } from '../../tools/matching/experience-fit.ts';

const levelSchema = z.enum(seniorityLevels);

const cvSchema = z.object({
  id: z.string(),
  file: z.string().describe('The CV as Markdown, relative to this folder'),
  profession: z.string(),
  level: levelSchema,
  searchQuery: z.string().describe('What this candidate would type into job search'),
  skills: z.array(z.string()).min(1),
});

const postingSchema = z.object({
  id: z.uuid(),
  profession: z.string(),
  level: levelSchema,
  skills: z.array(z.string()).describe('The skills the posting requires, as its author declares them'),
  preferredSkills: z.array(z.string()),
  title: z.string(),
  company: z.string(),
  description: z.string(),
  locations: z.array(z.string()),
  workplaceType: z.enum(['remote', 'hybrid', 'onsite']),
  employmentType: z.string(),
  salaryMin: z.number().int().nullable(),
  salaryMax: z.number().int().nullable(),
  salaryCurrency: z.string().nullable(),
});

export type LabelledCv = z.infer<typeof cvSchema> & { text: string };
export type LabelledPosting = z.infer<typeof postingSchema>;

const folder = new URL('./', import.meta.url);
const readJson = (name: string) => JSON.parse(readFileSync(new URL(name, folder), 'utf8')) as unknown;

/** The committed CVs and postings with the profession, level and skills each declares. */
export function loadLabelledSet(): { cvs: LabelledCv[]; postings: LabelledPosting[] } {
  const cvs = z.object({ cvs: z.array(cvSchema).min(10) }).parse(readJson('cvs.json')).cvs;
  const postings = z.object({ postings: z.array(postingSchema).min(100) }).parse(readJson('postings.json')).postings;
  return {
    cvs: cvs.map((cv) => ({ ...cv, text: readFileSync(new URL(cv.file, folder), 'utf8') })),
    postings,
  };
}
