import type { ResumeSectionKey } from './json-resume-schema.ts';
import { entryTexts, type CitedText, type CvStructure, type StructuredEntry, type UnplacedPassage } from './cv-structure.ts';
import { relevanceOf, type PostingAsks } from './posting-asks.ts';

/** About two pages of résumé: beyond this many words, the least relevant points of older roles go. */
export const resumeWordBudget = 850;
/** The most recent roles keep every point; only older ones are trimmed to fit the budget. */
const protectedRoles = 2;
/** A summary of a few sentences; the CV's own profile can run longer. */
const summarySentences = 4;

// Sentences of a profile about the job search rather than the candidate ("I'm looking for my next
// post", "Ein Umzug kommt nicht in Frage"): true, but for the user's search, not for the reader.
const searchSentence = /\b(?:looking for|seeking|open to (?:moving|relocat\w*)|relocat\w*|not for a move|for the right role|ich suche|suche eine|umzug|je (?:recherche|cherche)|busco|sponsorship|visa)\b/iu;

const wordsIn = (texts: string[]) => texts.join(' ').split(/\s+/).filter(Boolean).length;

/** Stable sort by relevance, most relevant first; equal ones keep CV order. */
function byRelevance<T>(items: T[], textOf: (item: T) => string, asks: PostingAsks): T[] {
  return items
    .map((item, index) => ({ item, index, score: relevanceOf(textOf(item), asks) }))
    .sort((first, second) => second.score - first.score || first.index - second.index)
    .map(({ item }) => item);
}

/** The sentences of the CV's summary that speak to the posting, verbatim and in CV order, each citing its passage. */
function chooseSummary(summary: CitedText[], asks: PostingAsks): CitedText[] {
  const sentences = summary.flatMap((piece) =>
    piece.text
      .split(/(?<=[.!?])\s+(?=\p{Lu})/u)
      .map((text) => ({ text, passageIds: piece.passageIds })),
  );
  const about = sentences.filter((sentence) => !searchSentence.test(sentence.text));
  const kept = new Set(byRelevance(about, (sentence) => sentence.text, asks).slice(0, summarySentences));
  return about.filter((sentence) => kept.has(sentence));
}

/**
 * How a CV's structure is tailored without a model: nothing is written, only chosen and ordered.
 * Points within each role go most relevant first; roles stay in CV order; the least relevant points
 * of older roles are left out only when the résumé runs past about two pages; skills relevant to
 * the posting come first; sections are ordered by what the posting asks and the candidate's stage.
 */
export function arrangeResume(structure: CvStructure, asks: PostingAsks, wordBudget = resumeWordBudget): { structure: CvStructure; sectionOrder: ResumeSectionKey[]; leftOut: UnplacedPassage[] } {
  const leftOut: UnplacedPassage[] = [];
  const sections = { ...structure.sections };
  const reorderList = (entry: StructuredEntry, list: string): StructuredEntry =>
    entry.lists[list] ? { ...entry, lists: { ...entry.lists, [list]: byRelevance(entry.lists[list], (item) => item.text, asks) } } : entry;

  sections.work = structure.sections.work.map((entry) => reorderList(entry, 'highlights'));
  sections.volunteer = structure.sections.volunteer.map((entry) => reorderList(entry, 'highlights'));
  sections.projects = byRelevance(structure.sections.projects.map((entry) => reorderList(entry, 'highlights')), (entry) => entryTexts(entry).join(' '), asks);
  sections.skills = byRelevance(structure.sections.skills.map((entry) => reorderList(entry, 'keywords')), (entry) => entryTexts(entry).join(' '), asks);
  sections.certificates = byRelevance(structure.sections.certificates, (entry) => entryTexts(entry).join(' '), asks);

  const summary = chooseSummary(structure.basics.summary, asks);
  const arranged: CvStructure = { ...structure, basics: { ...structure.basics, summary }, sections };

  // Trim to the budget: the least relevant point of any older role, one at a time, each role keeping one.
  const allTexts = () => [...summary.map((piece) => piece.text), ...Object.values(sections).flat().flatMap(entryTexts)];
  while (wordsIn(allTexts()) > wordBudget) {
    let weakest: { role: number; point: number; score: number } | undefined;
    sections.work.forEach((entry, role) => {
      const points = entry.lists.highlights ?? [];
      if (role < protectedRoles || points.length <= 1) return;
      const point = points.length - 1;
      const score = relevanceOf(points[point]!.text, asks);
      // The oldest role gives way first when two points are equally weak.
      if (!weakest || score <= weakest.score) weakest = { role, point, score };
    });
    if (!weakest) break;
    const entry = sections.work[weakest.role]!;
    const [dropped] = entry.lists.highlights!.splice(weakest.point, 1);
    leftOut.push({ passageId: dropped!.passageIds[0]!, text: dropped!.text, reason: 'left out to keep the résumé to about two pages: of an older role, and the least relevant to this posting' });
  }
  return { structure: arranged, sectionOrder: orderSections(arranged, asks), leftOut };
}

/**
 * The order sections print in. An experienced candidate leads with work, then skills, before
 * education; someone early in their career leads with education. Among the rest, sections that
 * speak to the posting come before those that do not.
 */
export function orderSections(structure: CvStructure, asks: PostingAsks): ResumeSectionKey[] {
  const work = structure.sections.work;
  const experienced = work.length >= 2 || work.reduce((sum, entry) => sum + (entry.lists.highlights?.length ?? 0), 0) >= 5;
  const base: ResumeSectionKey[] = experienced
    ? ['work', 'skills', 'certificates', 'projects', 'education', 'volunteer', 'languages', 'awards', 'publications', 'interests']
    : ['education', 'skills', 'projects', 'work', 'certificates', 'volunteer', 'languages', 'awards', 'publications', 'interests'];
  const present = base.filter((section) => structure.sections[section].some((entry) => entryTexts(entry).length > 0));
  const [lead, ...rest] = present;
  if (!lead) return [];
  const relevant = (section: ResumeSectionKey) => structure.sections[section].some((entry) => relevanceOf(entryTexts(entry).join(' '), asks) > 0);
  const ordered = [...rest].sort((first, second) => Number(relevant(second)) - Number(relevant(first)) || rest.indexOf(first) - rest.indexOf(second));
  // However the posting reads, an experienced candidate's skills come before their education.
  if (experienced && ordered.includes('skills') && ordered.includes('education') && ordered.indexOf('education') < ordered.indexOf('skills')) {
    ordered.splice(ordered.indexOf('skills'), 1);
    ordered.splice(ordered.indexOf('education'), 0, 'skills');
  }
  return [lead, ...ordered];
}
