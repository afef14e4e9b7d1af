import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { foldText } from '../text/fold-text.ts';

const occupationSchema = z.object({
  id: z.string(),
  /** The ISCO-08 unit group: its first three digits are the minor group, the first two the sub-major group. */
  isco: z.string().regex(/^\d{4}$/),
  /** The broader occupation a specialty belongs to ("icu-nurse" → "registered-nurse"). */
  parent: z.string().optional(),
  titles: z.array(z.string()).min(1),
  /** Words that turn the parent's title into this specialty ("Registered Nurse – ICU"). */
  qualifiers: z.array(z.string()).optional(),
  related: z.array(z.string()).optional(),
});

export type OccupationEntry = z.infer<typeof occupationSchema>;

export interface Occupation extends OccupationEntry {
  titlePattern: RegExp;
  qualifierPattern: RegExp | null;
}

/**
 * One title as a pattern over folded text: "*" at either end of a word matches any more letters
 * there. Folded text has single spaces between words, so a word boundary is a space; callers pad
 * the text with one space at each end.
 */
function titleSource(title: string): string {
  return foldText(title.replace(/\*/g, 'zzstarzz'))
    .replace(/\+/g, '\\+')
    .replace(/zzstarzz/g, '[^ ]*');
}

/** All titles as one pattern, longest first, each matching whole words only. */
function alternation(titles: string[]): RegExp | null {
  const sources = [...new Set(titles.map(titleSource).filter(Boolean))].sort((left, right) => right.length - left.length);
  return sources.length > 0 ? new RegExp(`(?<= )(?:${sources.join('|')})(?= )`, 'g') : null;
}

let loaded: Map<string, Occupation> | undefined;

/** The occupations Atlas knows (tools/occupations/occupations.json), compiled once per process. */
export function occupationTaxonomy(): Map<string, Occupation> {
  if (loaded) return loaded;
  const file = z
    .object({ occupations: z.array(occupationSchema) })
    .parse(JSON.parse(readFileSync(new URL('./occupations.json', import.meta.url), 'utf8')));
  loaded = new Map(
    file.occupations.map((entry) => [
      entry.id,
      { ...entry, titlePattern: alternation(entry.titles)!, qualifierPattern: entry.qualifiers ? alternation(entry.qualifiers) : null },
    ]),
  );
  return loaded;
}
