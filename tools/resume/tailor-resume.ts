import type { ModelCallUsage } from '../usage/model-call-usage.ts';
import { arrangeResume } from './arrange-resume.ts';
import { atsKeywordReport, type KeywordReport } from './ats-keyword-report.ts';
import { renderResume, type UnplacedPassage } from './cv-structure.ts';
import { postingAsks } from './posting-asks.ts';
import { readCvStructure } from './read-cv-structure.ts';
import type { ResumePassage, ResumePosting } from './resume-passage.ts';
import type { ResumeWriter } from './resume-writer.ts';
import { tailoredResumeSchema, type TailoredResume } from './tailored-resume-schema.ts';
import { writeResumeLines } from './write-resume-lines.ts';

export interface TailorResumeResult {
  tailored: TailoredResume;
  keywordReport: KeywordReport;
  usage: ModelCallUsage[];
  /** CV passages the résumé does not show, each with the reason: nothing is dropped silently. */
  leftOut: UnplacedPassage[];
  /** True when the writer's first proposal failed the claim check and was written again. */
  rewritten: boolean;
}

/**
 * Tailors a résumé to one posting from the user's CV alone. Without a writer it only chooses and
 * orders the CV's own passages, copying their words; with one, the summary and bullets may be
 * reworded, and every reworded line is checked against the passages it cites (failing lines are
 * rewritten once, then removed and reported in removedClaims). Every line cites its passages.
 */
export async function tailorResume(input: { passages: ResumePassage[]; posting: ResumePosting; writer?: ResumeWriter; wordBudget?: number }): Promise<TailorResumeResult> {
  const asks = postingAsks(input.posting);
  const read = readCvStructure(input.passages);
  const arranged = arrangeResume(read, asks, input.wordBudget);
  let structure = arranged.structure;
  let removedClaims: TailoredResume['removedClaims'] = [];
  let usage: ModelCallUsage[] = [];
  let rewritten = false;
  if (input.writer) {
    const written = await writeResumeLines({ structure, passages: input.passages, posting: input.posting, asks, writer: input.writer });
    ({ structure, removedClaims, usage, rewritten } = written);
  }

  const { resume, citations } = renderResume(structure, arranged.sectionOrder);
  const tailored = tailoredResumeSchema.parse({ resume, sectionOrder: arranged.sectionOrder, citations, removedClaims });
  const leftOut = [...read.unplaced, ...arranged.leftOut];
  return { tailored, keywordReport: atsKeywordReport({ resume, passages: input.passages, asks }), usage, leftOut, rewritten };
}
