import { z } from 'zod';
import { weighPostingText } from '../matching/posting-requirements.ts';
import { readsAsInstructions } from './reads-as-instructions.ts';
import { findSkills } from '../skills/find-skills.ts';
import { detectLanguage, type Language } from '../text/detect-language.ts';
import { foldText } from '../text/fold-text.ts';
import { textTerms } from '../text/text-terms.ts';
import type { ResumePosting } from './resume-passage.ts';

export const askWeightSchema = z.enum(['title', 'required', 'preferred']).describe('title: named in the job title; required: in the requirements; preferred: a nice-to-have');
export type AskWeight = z.infer<typeof askWeightSchema>;

/** A skill or key phrase a posting asks for, as an applicant tracking system would look for it. */
export const postingAskSchema = z.object({
  keyword: z.string().describe('The skill or phrase as the posting first writes it ("Kafka", "discharge planning")'),
  kind: z.enum(['skill', 'phrase']),
  /** For a skill: its catalogue name, the identity it is matched by under any of its names. */
  skill: z.string().nullable(),
  weight: askWeightSchema,
  /** For a phrase: its words stemmed, the form résumé text is matched in. */
  stems: z.array(z.string()),
});
export type PostingAsk = z.infer<typeof postingAskSchema>;

export interface PostingAsks {
  asks: PostingAsk[];
  /** How much each stemmed word of the posting weighs when ranking a CV line against it. */
  termWeights: Map<string, number>;
  /** The language the posting is written in; CV lines are stemmed the same way to compare. */
  language: Language | null;
}

// Words every posting uses that say nothing about this job, folded, in the languages Atlas reads.
const genericWords = new Set(
  (
    'experience experienced years year strong ability able skills skill knowledge good great excellent candidate position role job company team teams work working ' +
    'including within across well also must should would can will new plus ideally least minimum proven solid high level etc related relevant field environment ' +
    'responsibilities requirements qualifications opportunity join help using based part full time day days week desirable confident other others ' +
    'erfahrung erfahrungen kenntnisse aufgaben sehr gute guten mindestens jahre jahren bereich sowie stelle unternehmen arbeit idealerweise ' +
    // Function words (pronouns, prepositions, auxiliaries): a phrase of them ("them understand",
    // "accuracy above") is not something an applicant tracking system looks for.
    'them they he she him her which who whom whose what when where how why above below before after during into onto over under about through than then there these those such each every any all both either me my us can could may might shall do does did done being been get gets got make makes made keep keeps ' +
    'experience competences connaissances poste equipe annees entreprise ' +
    'experiencia conocimientos puesto equipo anos empresa'
  ).split(' '),
);

const maximumPhrases = 15;
// Title phrases first, then repeated ones, then the requirements' two-word phrases in the order they come.
const rank = (phrase: { weight: AskWeight; count: number; stems: string[] }) => (phrase.weight === 'title' ? 0 : phrase.count >= 2 ? 1 : 2) * 10 - phrase.stems.length;

const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}+#&]*/gu;

/**
 * The posting's words with their stems, in order; generic and stop words have no stem. Punctuation
 * ends a run of words, so "Staff Nurse – Acute Medicine" gives no phrase "nurse acute".
 */
function stemmedWords(text: string, language: Language | null) {
  return text.split(/[,.;:!?()[\]|/•·–—\n]+|\s-\s/).flatMap((segment, segmentIndex) =>
    [...segment.matchAll(wordPattern)].map((match) => {
      // Matched on the text as written, so a phrase is shown as the posting spells it ("Anästhesie").
      const folded = foldText(match[0]);
      const stem = folded.length < 3 || genericWords.has(folded) || /^\d+$/.test(folded) ? undefined : textTerms(folded, language)[0];
      return { word: match[0], stem, segment: segmentIndex };
    }),
  );
}

// Capitals that name a place, a form of words or a legal note, not a qualification.
const notQualifications = new Set(['UK', 'US', 'USA', 'EU', 'EEA', 'UAE', 'CV', 'OR', 'AND', 'TO', 'OF', 'IN', 'ON', 'AT', 'A', 'I', 'FTE', 'PA', 'ID', 'OK', 'NB', 'PS', 'ETC']);
const maximumAcronyms = 8;

/**
 * Licences, registrations and qualifications that postings name in capitals (HACCP, SMSTS, QTS, NMC,
 * CIMA): what an applicant tracking system looks for first, and rarely in any skill list. A line
 * written all in capitals is a heading, not a list of acronyms.
 */
function acronymsAsked(requiredText: string, preferredText: string, language: Language | null) {
  const found = new Map<string, { keyword: string; stem: string; weight: AskWeight }>();
  for (const [text, weight] of [[requiredText, 'required'], [preferredText, 'preferred']] as const) {
    for (const line of text.split('\n')) {
      const letters = line.replace(/[^\p{L}]/gu, '');
      if (letters.length === 0 || letters.replace(/[^\p{Lu}]/gu, '').length / letters.length > 0.5) continue;
      for (const match of line.matchAll(/(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}\p{N}]{1,5}(?![\p{L}\p{N}])/gu)) {
        const keyword = match[0];
        if (notQualifications.has(keyword) || /^\p{N}/u.test(keyword)) continue;
        const stem = textTerms(keyword, language)[0];
        if (stem && !found.has(stem)) found.set(stem, { keyword, stem, weight });
      }
    }
  }
  return [...found.values()].slice(0, maximumAcronyms);
}

/**
 * What a posting asks for: the catalogue skills its title and requirements name (boilerplate such as
 * "About us" and "Benefits" does not count; nice-to-haves weigh less), and its key phrases: the
 * words and two-word phrases its title uses or its requirements repeat.
 */
export function postingAsks(posting: ResumePosting): PostingAsks {
  // A line that gives orders to a model or a screener asks nothing of the candidate.
  const weighed = weighPostingText(posting.description);
  const required = weighed.required.filter((line) => !readsAsInstructions(line));
  const preferred = weighed.preferred.filter((line) => !readsAsInstructions(line));
  const requiredText = required.join('\n');
  const preferredText = preferred.join('\n');
  const language = detectLanguage(`${posting.title}\n${requiredText}\n${preferredText}`);
  const asks: PostingAsk[] = [];

  const skillWeights = new Map<string, { weight: AskWeight; asWritten: string }>();
  for (const [text, weight] of [[posting.title, 'title'], [requiredText, 'required'], [preferredText, 'preferred']] as const) {
    for (const mention of findSkills(text)) if (!skillWeights.has(mention.skill)) skillWeights.set(mention.skill, { weight, asWritten: mention.text });
  }
  // Shown as the posting spells it: an applicant tracking system looks for "Kafka", not "Apache Kafka".
  for (const [skill, { weight, asWritten }] of skillWeights) asks.push({ keyword: asWritten, kind: 'skill', skill, weight, stems: [] });
  const skillStems = new Set([...skillWeights.keys()].flatMap((skill) => textTerms(skill, language)));

  const termWeights = new Map<string, number>();
  const phrases = new Map<string, { keyword: string; stems: string[]; count: number; weight: AskWeight }>();
  const readPhrases = (text: string, weight: AskWeight, termWeight: number) => {
    const words = stemmedWords(text, language);
    words.forEach(({ word, stem }, index) => {
      if (!stem || skillStems.has(stem)) return;
      termWeights.set(stem, Math.min(3, (termWeights.get(stem) ?? 0) + termWeight));
      const candidates = [{ key: stem, keyword: word, stems: [stem] }];
      const next = words[index + 1];
      if (next?.stem && next.segment === words[index]!.segment && !skillStems.has(next.stem)) candidates.push({ key: `${stem} ${next.stem}`, keyword: `${word} ${next.word}`, stems: [stem, next.stem] });
      for (const candidate of candidates) {
        const known = phrases.get(candidate.key);
        if (known) known.count += 1;
        else phrases.set(candidate.key, { keyword: candidate.keyword, stems: candidate.stems, count: 1, weight });
      }
    });
  };
  readPhrases(posting.title, 'title', 3);
  readPhrases(requiredText, 'required', 1);
  readPhrases(preferredText, 'preferred', 0.5);

  // A phrase is key when the title uses it, the posting says it twice, or it is a two-word phrase of
  // the requirements ("discharge planning"). Longer first; a word inside a chosen phrase is not repeated.
  const key = [...phrases.values()]
    .filter((phrase) => phrase.weight === 'title' || phrase.count >= 2 || (phrase.weight === 'required' && phrase.stems.length === 2))
    .sort((first, second) => rank(first) - rank(second));
  const chosen: typeof key = [];
  for (const phrase of key) {
    if (chosen.length >= maximumPhrases) break;
    if (phrase.stems.length === 1 && chosen.some((longer) => longer.stems.includes(phrase.stems[0]!))) continue;
    chosen.push(phrase);
  }
  for (const phrase of chosen) asks.push({ keyword: phrase.keyword, kind: 'phrase', skill: null, weight: phrase.weight, stems: phrase.stems });
  for (const acronym of acronymsAsked(requiredText, preferredText, language)) {
    if (skillStems.has(acronym.stem) || chosen.some((phrase) => phrase.stems.includes(acronym.stem))) continue;
    asks.push({ keyword: acronym.keyword, kind: 'phrase', skill: null, weight: acronym.weight, stems: [acronym.stem] });
  }
  for (const ask of asks) if (ask.skill) termWeights.set(`skill:${ask.skill}`, ask.weight === 'preferred' ? 1.5 : 3);
  return { asks, termWeights, language };
}

/**
 * How much a CV line speaks to what the posting asks: the skills it names that the posting asks for,
 * and the posting's distinctive words it uses (stemmed, each once). 0 when it shares nothing.
 */
export function relevanceOf(text: string, asks: PostingAsks): number {
  let score = 0;
  for (const mention of findSkills(text)) score += asks.termWeights.get(`skill:${mention.skill}`) ?? 0;
  for (const stem of new Set(textTerms(text, asks.language))) score += asks.termWeights.get(stem) ?? 0;
  return score;
}
