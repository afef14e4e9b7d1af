import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { foldText } from '../text/fold-text.ts';

const occupationSchema = z.object({
  id: z.string(),
  /** The ISCO-08 unit group: its first three digits are the minor group, the first two the sub-major group. */
  isco: z.string().regex(/^\d{4}$/),
  /** The broader occupation a specialty belongs to ("icu-nurse" → "registered-nurse"). */
  parent: z.string().optional(),
  /**
   * For a broader occupation, what a posting under its plain title ("Pharmacist", "Staff Nurse")
   * most often is: one of its specialties (community pharmacy), or its own id where the plain title
   * is a practice of its own (ward nursing). Absent where the plain title is an umbrella that every
   * specialty fits ("Software Engineer").
   */
  plainTitleMeans: z.string().optional(),
  titles: z.array(z.string()).min(1),
  /**
   * Short names a person types for the job in capitals, each with the words it stands for ("SA": a
   * sales associate). They are read only in capitals, and in a posting's title only where no title
   * names the job: in lower case or in running text the same letters are words of their own (French
   * "sa", a company's "SA").
   */
  codes: z.record(z.string().regex(/^[A-Z0-9]{2,5}$/), z.string()).optional(),
  /** Words that turn the parent's title into this specialty ("Registered Nurse – ICU"). */
  qualifiers: z.array(z.string()).optional(),
  related: z.array(z.string()).optional(),
  /**
   * Longer titles of other jobs that hold one of this occupation's titles as a word of their own
   * ("chef de cabine", "chef kwekerij": a head of cabin crew or of a nursery, not a cook, since "chef"
   * is a boss in French, Dutch and German). A title of this occupation found inside a longer match of
   * one of them does not name it; one as long as the match ("chef de partie") still does. Words in
   * their order only.
   */
  notTitles: z.array(z.string()).optional(),
});

export type OccupationEntry = z.infer<typeof occupationSchema>;

export interface Occupation extends OccupationEntry {
  titlePatterns: RegExp[];
  qualifierPatterns: RegExp[];
  notTitlePatterns: RegExp[];
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

/**
 * A title starting with "+" names words that may come in any order with others between them
 * ("+supervisor warehouse" is "Shift Supervisor – Warehouse" and "Warehouse Shift Supervisor"): a
 * lookahead per word, so the match is as long as the words together.
 */
function unorderedSource(title: string): string {
  const words = foldText(title.slice(1).replace(/\*/g, 'zzstarzz')).split(' ').filter(Boolean);
  const lookaheads = words.map((word) => `(?=.*(?<= )${word.replace(/\+/g, '\\+').replace(/zzstarzz/g, '[^ ]*')}(?= ))`).join('');
  // Matches at the start of the text; its length stands for the words' length together, a wildcard
  // counting for nothing, so "+designer interior*" matches "Interior Designer" at all.
  return `^${lookaheads}.{${words.join('').replace(/zzstarzz/g, '').length}}`;
}

/**
 * All titles as patterns: one for the titles in their word order, longest first, each matching whole
 * words only; one for the titles whose words may come in any order. Kept apart so that a match of
 * one never hides a longer match of the other.
 */
function alternation(titles: string[]): RegExp[] {
  const ordered = [...new Set(titles.filter((title) => !title.startsWith('+')).map(titleSource).filter(Boolean))].sort((left, right) => right.length - left.length);
  const unordered = [...new Set(titles.filter((title) => title.startsWith('+')).map(unorderedSource))];
  return [
    ...(ordered.length > 0 ? [new RegExp(`(?<= )(?:${ordered.join('|')})(?= )`, 'g')] : []),
    ...(unordered.length > 0 ? [new RegExp(unordered.join('|'), 'g')] : []),
  ];
}

let source: string | undefined;
let loaded: Map<string, Occupation> | undefined;

/** The taxonomy file as written (tools/occupations/occupations.json), read once per process: what the rules' version is a hash of. */
export function occupationTaxonomySource(): string {
  source ??= readFileSync(new URL('./occupations.json', import.meta.url), 'utf8');
  return source;
}

/** The occupations Atlas knows, compiled once per process. */
export function occupationTaxonomy(): Map<string, Occupation> {
  if (loaded) return loaded;
  const file = z.object({ occupations: z.array(occupationSchema) }).parse(JSON.parse(occupationTaxonomySource()));
  loaded = new Map(
    file.occupations.map((entry) => [
      entry.id,
      {
        ...entry,
        titlePatterns: alternation(entry.titles),
        qualifierPatterns: alternation(entry.qualifiers ?? []),
        notTitlePatterns: alternation((entry.notTitles ?? []).filter((title) => !title.startsWith('+'))),
      },
    ]),
  );
  return loaded;
}
