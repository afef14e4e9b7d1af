import { z } from 'zod';
import { evidenceSchema, quotePassage, type CvPassage, type SkillEvidence } from './cv-evidence.ts';
import { experienceFit, seniorityLevels } from './experience-fit.ts';
import { locationFit, type LocationPreference } from './location-fit.ts';
import { postingSkills } from './posting-requirements.ts';
import { salaryFit } from './salary-fit.ts';
import { semanticFit, type SemanticSimilarity } from './semantic-similarity.ts';

const fitSchema = z.number().min(0).max(1);

const skillGroupSchema = z.object({
  found: z.array(
    z.object({
      skill: z.string(),
      asWritten: z.string().describe('How the CV names it, e.g. "Postgres" for PostgreSQL'),
      evidence: evidenceSchema.describe('The CV passage that names the skill'),
    }),
  ),
  missing: z.array(z.string()).describe('Skills the posting names that no CV passage mentions'),
});

export const matchFactors = ['requiredSkills', 'preferredSkills', 'experience', 'location', 'salary', 'semanticSimilarity'] as const;

// Required skills carry the most weight: they are what a recruiter screens for first.
const factorWeights: Record<(typeof matchFactors)[number], number> = {
  requiredSkills: 40,
  preferredSkills: 10,
  experience: 15,
  location: 10,
  salary: 10,
  semanticSimilarity: 15,
};

export const matchReportSchema = z.object({
  jobId: z.uuid(),
  title: z.string(),
  company: z.string(),
  score: z.number().int().min(0).max(100).describe('0–100: the weighted fit of the factors below'),
  summary: z.string().describe('The breakdown in one line'),
  requiredSkills: skillGroupSchema,
  preferredSkills: skillGroupSchema,
  experience: z.object({
    seniority: z.enum(seniorityLevels).nullable().describe("The level the posting's title implies"),
    requiredYears: z.number().nullable().describe('Years the posting asks for, or the usual floor for its level'),
    cvYears: z.number().nullable().describe("Years of work the CV's dates or statements show"),
    fit: fitSchema.nullable(),
    note: z.string(),
  }),
  location: z.object({ fit: fitSchema.nullable(), note: z.string(), evidence: evidenceSchema.nullable() }),
  salary: z
    .object({ fit: fitSchema, note: z.string() })
    .nullable()
    .describe("Only when the user's profile states a salary floor and the posting a salary in the same currency"),
  semanticSimilarity: z
    .object({
      cosine: z.number().describe('Cosine similarity of the job to its closest CV passages'),
      model: z.string().describe('The embedding model both vectors come from'),
      fit: fitSchema,
      closestPassage: evidenceSchema,
    })
    .nullable()
    .describe('Null when the job or the CV has no embedding from the same model'),
  factors: z
    .array(z.object({ factor: z.enum(matchFactors), weight: z.number(), fit: fitSchema }))
    .describe('What the score is made of; a factor with nothing to compare is left out'),
});

export type MatchReport = z.infer<typeof matchReportSchema>;

export interface MatchableJob {
  id: string;
  title: string;
  company: string;
  description: string;
  locations: string[];
  workplaceType: string | null;
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: string | null;
}

/** Everything about the user a match is judged against. */
export interface Candidate {
  passages: CvPassage[];
  skills: Map<string, SkillEvidence>;
  cvYears: number | null;
  locationPreference: LocationPreference | null;
  salaryFloor: { amount: number | null; currency: string | null } | null;
}

function skillGroup(skills: string[], candidate: Candidate) {
  const found = skills.flatMap((skill) => {
    const evidence = candidate.skills.get(skill);
    return evidence ? [{ skill, asWritten: evidence.asWritten, evidence: quotePassage(evidence.passage) }] : [];
  });
  return { found, missing: skills.filter((skill) => !candidate.skills.has(skill)) };
}

function describeSkills(label: string, group: { found: unknown[]; missing: string[] }) {
  const total = group.found.length + group.missing.length;
  if (total === 0) return null;
  const missing = group.missing.length ? ` (missing ${group.missing.slice(0, 3).join(', ')}${group.missing.length > 3 ? ', …' : ''})` : '';
  return `${group.found.length} of ${total} ${label} skills${missing}`;
}

/** Scores one job against the candidate. Pure and deterministic: no model call, no clock, no I/O. */
export function buildMatchReport(job: MatchableJob, candidate: Candidate, similarity: SemanticSimilarity | null): MatchReport {
  const skills = postingSkills(job);
  const requiredSkills = skillGroup(skills.required, candidate);
  const preferredSkills = skillGroup(skills.preferred, candidate);
  const experience = experienceFit({ title: job.title, requiredText: skills.requiredText, cvYears: candidate.cvYears });
  const location = locationFit({ ...job, passages: candidate.passages, preference: candidate.locationPreference });
  const salary = salaryFit({ job, floor: candidate.salaryFloor });
  const closestPassage = similarity && candidate.passages.find((passage) => passage.position === similarity.closestPassagePosition);
  const semanticSimilarity =
    similarity && closestPassage
      ? {
          cosine: Math.round(similarity.cosine * 1000) / 1000,
          model: similarity.model,
          fit: semanticFit(similarity),
          closestPassage: quotePassage(closestPassage),
        }
      : null;

  const share = (group: { found: unknown[]; missing: unknown[] }) =>
    group.found.length + group.missing.length === 0 ? null : group.found.length / (group.found.length + group.missing.length);
  const fits: Record<(typeof matchFactors)[number], number | null> = {
    requiredSkills: share(requiredSkills),
    preferredSkills: share(preferredSkills),
    experience: experience.fit,
    location: location.fit,
    salary: salary?.fit ?? null,
    semanticSimilarity: semanticSimilarity?.fit ?? null,
  };
  const factors = matchFactors.flatMap((factor) => {
    const fit = fits[factor];
    return fit === null ? [] : [{ factor, weight: factorWeights[factor], fit: Math.round(fit * 1000) / 1000 }];
  });
  const totalWeight = factors.reduce((sum, factor) => sum + factor.weight, 0);
  const weightedFit = factors.reduce((sum, factor) => sum + factor.weight * factor.fit, 0);
  const score = totalWeight === 0 ? 0 : Math.round((100 * weightedFit) / totalWeight);

  const summary = [
    describeSkills('required', requiredSkills),
    describeSkills('preferred', preferredSkills),
    experience.fit === null ? null : experience.note,
    location.fit === null ? null : location.note,
    salary?.note ?? null,
  ]
    .filter((part) => part !== null)
    .join('; ');

  return {
    jobId: job.id,
    title: job.title,
    company: job.company,
    score,
    summary: summary || 'Nothing in the posting could be compared with the CV',
    requiredSkills,
    preferredSkills,
    experience,
    location,
    salary,
    semanticSimilarity,
    factors,
  };
}
