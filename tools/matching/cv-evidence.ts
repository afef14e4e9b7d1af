import { z } from 'zod';
import { findSkills } from '../skills/find-skills.ts';

export interface CvPassage {
  position: number;
  section: string | null;
  text: string;
}

export const evidenceSchema = z.object({
  section: z.string().nullable().describe('The CV section the passage is in, e.g. "Experience"'),
  quote: z.string().describe('The CV passage, verbatim'),
});
export type Evidence = z.infer<typeof evidenceSchema>;

export function quotePassage(passage: CvPassage): Evidence {
  return { section: passage.section, quote: passage.text };
}

export interface SkillEvidence {
  passage: CvPassage;
  /** The skill's name as the CV writes it ("Postgres" for PostgreSQL). */
  asWritten: string;
}

/** For every skill the CV names, the first passage (in CV order) that names it. A skill no passage names is absent. */
export function skillEvidence(passages: CvPassage[]): Map<string, SkillEvidence> {
  const evidence = new Map<string, SkillEvidence>();
  for (const passage of [...passages].sort((a, b) => a.position - b.position)) {
    for (const mention of findSkills(passage.text)) {
      if (!evidence.has(mention.skill)) evidence.set(mention.skill, { passage, asWritten: mention.text });
    }
  }
  return evidence;
}
