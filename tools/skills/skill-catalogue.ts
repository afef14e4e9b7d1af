import { z } from 'zod';
import skillList from './skills.json' with { type: 'json' };

const skillSchema = z.object({
  name: z.string().min(1),
  category: z.enum(['software', 'cloud', 'data', 'design', 'product', 'marketing', 'sales', 'finance', 'healthcare', 'operations', 'people', 'languages']),
  aliases: z.array(z.string().min(1)).default([]),
  /** For names that are also ordinary words ("Excel", "React", "Go"): only the spelling as listed counts. */
  caseSensitive: z.boolean().default(false),
  /** Phrases that contain a name without meaning the skill ("Series C", "Go-to-market"). */
  exclude: z.array(z.string().min(1)).default([]),
});

export type Skill = z.infer<typeof skillSchema>;

/** The curated skill list committed in skills.json: a few hundred skills across professions, with their synonyms. */
export const skillCatalogue: readonly Skill[] = z.array(skillSchema).parse(skillList);

/** The skills that are spoken languages, which postings and requests ask for as language requirements instead. */
export const languageSkillNames: ReadonlySet<string> = new Set(skillCatalogue.filter((skill) => skill.category === 'languages').map((skill) => skill.name));
