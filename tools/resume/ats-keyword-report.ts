import { z } from 'zod';
import { findSkills } from '../skills/find-skills.ts';
import { textTerms } from '../text/text-terms.ts';
import type { JsonResume } from './json-resume-schema.ts';
import { askWeightSchema, type PostingAsk, type PostingAsks } from './posting-asks.ts';
import type { ResumePassage } from './resume-passage.ts';
import { resumeLines } from './resume-lines.ts';

export const keywordStatusSchema = z
  .enum(['covered', 'in-cv-not-shown', 'gap'])
  .describe('covered: the résumé says it; in-cv-not-shown: the CV says it but the résumé leaves it out; gap: the CV does not say it');

export const keywordEntrySchema = z.object({
  keyword: z.string().describe('The skill or phrase the posting asks for'),
  kind: z.enum(['skill', 'phrase']),
  weight: askWeightSchema,
  status: keywordStatusSchema,
  occurrences: z.number().int().min(0).describe('How many times the résumé says it'),
  pointers: z.array(z.string()).describe('JSON Pointers of the résumé lines that say it'),
  cvPassageIds: z.array(z.string()).describe('For in-cv-not-shown: the CV passages that say it'),
  suggestion: z.string().nullable().describe('What the user could do; never to claim something the CV does not say'),
});
export type KeywordEntry = z.infer<typeof keywordEntrySchema>;

export const keywordReportSchema = z.object({
  keywords: z.array(keywordEntrySchema),
  requiredCovered: z.number().int().min(0).describe('Required or title keywords the résumé says'),
  requiredTotal: z.number().int().min(0),
});
export type KeywordReport = z.infer<typeof keywordReportSchema>;

/** How many times a text names a skill, under any of its names: each mention found is blanked and the text searched again. */
function skillOccurrences(text: string, skill: string) {
  let rest = text;
  let count = 0;
  for (let mention = findSkills(rest).find((found) => found.skill === skill); mention; mention = findSkills(rest).find((found) => found.skill === skill)) {
    count += 1;
    rest = rest.slice(0, mention.start) + ' '.repeat(mention.text.length) + rest.slice(mention.start + mention.text.length);
  }
  return count;
}

/**
 * Stems of one word in two forms the stemmer cuts differently ("registr" for registration, "regist"
 * for registered): the same when one begins the other and the shorter has five letters or more.
 */
function sameStem(first: string, second: string) {
  if (first === second) return true;
  const [shorter, longer] = first.length <= second.length ? [first, second] : [second, first];
  return shorter.length >= 5 && longer.startsWith(shorter);
}

/** How many times a text says a phrase, comparing stemmed words in sequence. */
function phraseOccurrences(text: string, stems: string[], asks: PostingAsks) {
  const terms = textTerms(text, asks.language);
  let count = 0;
  for (let index = 0; index + stems.length <= terms.length; index++) {
    if (stems.every((stem, offset) => sameStem(terms[index + offset]!, stem))) count += 1;
  }
  return count;
}

function occurrencesIn(text: string, ask: PostingAsk, asks: PostingAsks, skillsInText: Set<string>) {
  if (ask.skill) return skillsInText.has(ask.skill) ? skillOccurrences(text, ask.skill) : 0;
  return phraseOccurrences(text, ask.stems, asks);
}

const excerpt = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}…` : text);

/**
 * For each skill and key phrase the posting asks for: whether the résumé says it (how often and
 * where), or the CV says it but the résumé leaves it out (with the passage, to show it), or the CV
 * does not say it at all: a gap to know about, never something to add.
 */
export function atsKeywordReport(input: { resume: JsonResume; passages: ResumePassage[]; asks: PostingAsks }): KeywordReport {
  const lines = resumeLines(input.resume).map((line) => ({ ...line, skills: new Set(findSkills(line.text).map((mention) => mention.skill)) }));
  const passages = input.passages.map((passage) => ({ ...passage, skills: new Set(findSkills(passage.text).map((mention) => mention.skill)) }));

  const keywords = input.asks.asks.map((ask): KeywordEntry => {
    const found = lines.map((line) => ({ pointer: line.pointer, count: occurrencesIn(line.text, ask, input.asks, line.skills) })).filter((line) => line.count > 0);
    const base = { keyword: ask.keyword, kind: ask.kind, weight: ask.weight };
    if (found.length > 0) {
      return { ...base, status: 'covered', occurrences: found.reduce((sum, line) => sum + line.count, 0), pointers: found.map((line) => line.pointer), cvPassageIds: [], suggestion: null };
    }
    const inCv = passages.filter((passage) => occurrencesIn(passage.text, ask, input.asks, passage.skills) > 0);
    if (inCv.length > 0) {
      return {
        ...base,
        status: 'in-cv-not-shown',
        occurrences: 0,
        pointers: [],
        cvPassageIds: inCv.map((passage) => passage.id),
        suggestion: `Your CV says it ("${excerpt(inCv[0]!.text)}") but this résumé leaves that line out: consider showing it.`,
      };
    }
    return { ...base, status: 'gap', occurrences: 0, pointers: [], cvPassageIds: [], suggestion: null };
  });
  const required = keywords.filter((entry) => entry.weight !== 'preferred');
  return { keywords, requiredCovered: required.filter((entry) => entry.status === 'covered').length, requiredTotal: required.length };
}
