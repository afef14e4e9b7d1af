import { z } from 'zod';
import { careerLevels } from './career-level.ts';
import type { CandidateFacts } from './candidate-facts.ts';
import { evidenceSchema, quotePassage, type CvPassage, type SkillEvidence } from './cv-evidence.ts';
import { fitScore, languageFit, levelFit, placeFit, roleFit } from './job-fit.ts';
import { postingFacts } from './posting-facts.ts';
import { languagePairFit } from './language-pairs.ts';
import { salaryFit } from './salary-fit.ts';
import { semanticFit, type SemanticSimilarity } from './semantic-similarity.ts';
import { skillInSense } from './skill-sense.ts';
import { termCosine, type WeightedTerms } from './text-similarity.ts';

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

export const matchFactors = ['role', 'experience', 'location', 'language', 'requirements', 'similarity', 'salary'] as const;

// How much each factor can take away from a perfect score (job-fit.ts): role and the real gaps
// most, the shading factors least.
const factorWeights: Record<(typeof matchFactors)[number], number> = {
  role: 100,
  experience: 75,
  location: 90,
  language: 50,
  requirements: 20,
  similarity: 10,
  salary: 30,
};

export const matchReportSchema = z.object({
  jobId: z.uuid(),
  title: z.string(),
  company: z.string(),
  score: z.number().min(0).max(100).describe('0–100 fit, to one decimal: above 75 a job to apply to today, below 40 another line of work'),
  summary: z.string().describe('The breakdown in one line'),
  role: z.object({
    occupation: z.string().nullable().describe("The occupation the posting's title names, when Atlas knows it"),
    cvOccupation: z.string().nullable().describe("The CV's occupation closest to it"),
    fit: fitSchema,
    note: z.string(),
  }),
  requiredSkills: skillGroupSchema,
  preferredSkills: skillGroupSchema,
  experience: z.object({
    seniority: z.enum(careerLevels).nullable().describe("The posting's level, from its title or the years it asks for"),
    cvLevel: z.enum(careerLevels).nullable().describe("The CV's level, from its latest title or years"),
    requiredYears: z.number().nullable().describe('Years the posting asks for'),
    cvYears: z.number().nullable().describe("Years of work the CV's dates or statements show"),
    fit: fitSchema.nullable(),
    note: z.string(),
  }),
  location: z.object({ fit: fitSchema.nullable(), note: z.string(), evidence: evidenceSchema.nullable() }),
  language: z.object({ fit: fitSchema, note: z.string(), missing: z.array(z.string()).describe('Languages the posting needs that the CV does not show (ISO 639-1)') }),
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
  textSimilarity: z.object({ cosine: z.number().describe('Cosine of the rarity-weighted words of the CV and the posting'), fit: fitSchema }),
  factors: z
    .array(z.object({ factor: z.enum(matchFactors), weight: z.number(), fit: fitSchema }))
    .describe('What the score is made of: each factor scales it, weight says how much it can take away'),
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
  facts: CandidateFacts;
  /** The places and remote wish from the user's profile, which stand for the CV's home when set. */
  placePreference: { places: string[]; remoteOnly: boolean } | null;
  salaryFloor: { amount: number | null; currency: string | null } | null;
}

/** What scoring compares beyond the two texts: rarity-weighted words and embeddings. */
export interface Similarities {
  candidateTerms: WeightedTerms;
  jobTerms: WeightedTerms;
  requirementCoverage: number | null;
  semantic: SemanticSimilarity | null;
}

function skillGroup(skills: string[], candidate: Candidate) {
  const found = skills.flatMap((skill) => {
    const evidence = candidate.skills.get(skill);
    return evidence ? [{ skill, asWritten: evidence.asWritten, evidence: quotePassage(evidence.passage) }] : [];
  });
  return { found, missing: skills.filter((skill) => !candidate.skills.has(skill)) };
}

function describeSkills(group: { found: unknown[]; missing: string[] }) {
  const total = group.found.length + group.missing.length;
  if (total === 0) return null;
  const missing = group.missing.length ? ` (missing ${group.missing.slice(0, 3).join(', ')}${group.missing.length > 3 ? ', …' : ''})` : '';
  return `${group.found.length} of ${total} required skills${missing}`;
}

// Word cosines between a CV and a posting: about 0.02 for unrelated texts, 0.25 and up for the same job.
const lexicalBand = { unrelated: 0.02, related: 0.25 };

const clamp = (value: number) => Math.min(1, Math.max(0, value));
const round = (value: number) => Math.round(value * 1000) / 1000;

/** Scores one job against the candidate. Pure and deterministic: no model call, no clock, no I/O. */
export function buildMatchReport(job: MatchableJob, candidate: Candidate, similarities: Similarities): MatchReport {
  const facts = postingFacts(job);
  const skills = facts.skills;
  const inSense = (skill: string) => skillInSense(skill, facts.occupation?.occupation ?? null);
  const requiredSkills = skillGroup(skills.required.filter(inSense), candidate);
  const preferredSkills = skillGroup(skills.preferred.filter(inSense), candidate);

  const lexicalCosine = termCosine(similarities.candidateTerms, similarities.jobTerms);
  const lexical = clamp((lexicalCosine - lexicalBand.unrelated) / (lexicalBand.related - lexicalBand.unrelated));
  const semantic = similarities.semantic ? semanticFit(similarities.semantic) : null;
  const similarity = semantic === null ? lexical : (lexical + semantic) / 2;

  const role = roleFit(candidate.facts, facts, similarity);
  const level = levelFit(candidate.facts.level, facts.level, { candidate: candidate.facts.levelBasis, posting: facts.levelBasis });
  const place = placeFit({ candidate: candidate.facts.place, posting: facts.place, preferred: candidate.placePreference ?? undefined });
  const spoken = languageFit(candidate.facts.languages, facts.languages);
  const pairs = languagePairFit(candidate.facts.languagePairs, facts);
  const language = pairs && pairs.fit < spoken.fit ? { ...spoken, ...pairs } : spoken;
  const salary = salaryFit({ job, floor: candidate.salaryFloor });
  const score = fitScore({ role, level, place, language, coverage: similarities.requirementCoverage, similarity, salary: salary?.fit ?? null });

  const closestPassage = similarities.semantic && candidate.passages.find((passage) => passage.position === similarities.semantic!.closestPassagePosition);
  const semanticSimilarity =
    similarities.semantic && closestPassage && semantic !== null
      ? { cosine: round(similarities.semantic.cosine), model: similarities.semantic.model, fit: round(semantic), closestPassage: quotePassage(closestPassage) }
      : null;

  const fits: Record<(typeof matchFactors)[number], number | null> = {
    role: role.fit,
    experience: level.fit,
    location: place.fit,
    language: language.fit,
    requirements: similarities.requirementCoverage,
    similarity,
    salary: salary?.fit ?? null,
  };
  const factors = matchFactors.flatMap((factor) => {
    const fit = fits[factor];
    return fit === null ? [] : [{ factor, weight: factorWeights[factor], fit: round(clamp(fit)) }];
  });
  const summary = [role.note, level.note, place.note, language.missing.length || language.fit < 1 ? language.note : null, describeSkills(requiredSkills), salary?.note ?? null]
    .filter((part) => part !== null)
    .join('; ');

  return {
    jobId: job.id,
    title: job.title,
    company: job.company,
    score,
    summary,
    role: { occupation: role.occupation, cvOccupation: role.cvOccupation, fit: role.fit, note: role.note },
    requiredSkills,
    preferredSkills,
    experience: {
      seniority: facts.level,
      cvLevel: candidate.facts.level,
      requiredYears: facts.requiredYears,
      cvYears: candidate.cvYears,
      fit: level.fit,
      note: level.note,
    },
    location: { fit: place.fit, note: place.note, evidence: null },
    language: { fit: language.fit, note: language.note, missing: language.missing },
    salary,
    semanticSimilarity,
    textSimilarity: { cosine: round(lexicalCosine), fit: round(lexical) },
    factors,
  };
}
