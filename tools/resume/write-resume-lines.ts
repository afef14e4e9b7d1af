import type { RemovedClaim } from './tailored-resume-schema.ts';
import type { ModelCallUsage } from '../usage/model-call-usage.ts';
import { checkResumeLine, type ProposedLine } from './check-resume-claims.ts';
import { entryPassageIds, type CitedText, type CvStructure } from './cv-structure.ts';
import type { PostingAsks } from './posting-asks.ts';
import type { ResumePassage, ResumePosting } from './resume-passage.ts';
import type { ResumeProposal, ResumeWriteRequest, ResumeWriter } from './resume-writer.ts';

// The model gets what this résumé needs, no more (a promise to users); a CV needs far fewer.
const maximumPassages = 120;
const maximumDescriptionLength = 8_000;

interface CheckedLine {
  text: string;
  passageIds: string[];
  problems: string[];
}

interface CheckedProposal {
  summary: CheckedLine | null;
  roles: Map<number, CheckedLine[]>;
}

/**
 * Lets a writer reword the summary and the bullets of an arranged résumé, under the claim check: a
 * line that fails is sent back once with the problems; if the second proposal still fails it, the
 * line is removed and reported. A role whose every bullet fails keeps the CV's own bullets, and a
 * failed summary the CV's own summary, so the résumé never loses a role for a writer's mistake.
 */
export async function writeResumeLines(input: {
  structure: CvStructure;
  passages: ResumePassage[];
  posting: ResumePosting;
  asks: PostingAsks;
  writer: ResumeWriter;
}): Promise<{ structure: CvStructure; removedClaims: RemovedClaim[]; usage: ModelCallUsage[]; rewritten: boolean }> {
  const passages = input.passages.slice(0, maximumPassages).map((passage, index) => ({ ...passage, reference: `P${index + 1}` }));
  const referenceOf = new Map(passages.map((passage) => [passage.id, passage.reference]));
  const work = input.structure.sections.work;
  const request: ResumeWriteRequest = {
    cvPassages: passages.map(({ reference, section, text }) => ({ reference, section, text })),
    posting: { ...input.posting, description: input.posting.description.slice(0, maximumDescriptionLength) },
    keywords: input.asks.asks.map((ask) => ask.keyword),
    roles: work.map((entry, index) => ({
      reference: `R${index + 1}`,
      position: entry.fields.position?.text ?? null,
      employer: entry.fields.name?.text ?? null,
      dates: entry.fields.startDate ? `${entry.fields.startDate.text} – ${entry.fields.endDate?.text ?? ''}`.trim() : null,
      passages: (entry.lists.highlights ?? []).flatMap((point) => point.passageIds.map((id) => referenceOf.get(id) ?? '')).filter(Boolean),
    })),
    // A summary passage split into sentences is one passage to the writer, named once.
    summaryPassages: [...new Set(input.structure.basics.summary.flatMap((piece) => piece.passageIds.map((id) => referenceOf.get(id) ?? '')).filter(Boolean))],
    problems: [],
  };

  const check = (line: ProposedLine): CheckedLine => ({ text: line.text.trim(), ...checkResumeLine(line, { passages, posting: input.posting }) });
  const checkProposal = (proposal: ResumeProposal): CheckedProposal => {
    const roles = new Map<number, CheckedLine[]>();
    for (const { role, bullets } of proposal.roles) {
      const index = Number(/^R(\d+)$/i.exec(role.trim())?.[1]) - 1;
      const entry = work[index];
      if (!entry) continue;
      const allowedPassageIds = new Set(entryPassageIds(entry));
      roles.set(index, [...(roles.get(index) ?? []), ...bullets.map((bullet) => check({ text: bullet.text, references: bullet.passages, allowedPassageIds }))]);
    }
    return { summary: proposal.summary ? check({ text: proposal.summary.text, references: proposal.summary.passages }) : null, roles };
  };
  const failures = (checked: CheckedProposal) => [checked.summary, ...[...checked.roles.values()].flat()].filter((line): line is CheckedLine => line !== null && line.problems.length > 0);

  const usage: ModelCallUsage[] = [];
  const attempt = async (problems: string[]) => {
    const written = await input.writer.write({ ...request, problems });
    usage.push(...written.usage);
    return checkProposal(written.proposal);
  };
  let checked = await attempt([]);
  const rewritten = failures(checked).length > 0;
  if (rewritten) checked = await attempt(failures(checked).map((line) => `"${line.text}": ${line.problems.join('; ')}`));

  const removedClaims: RemovedClaim[] = failures(checked).map((line) => ({ text: line.text, reason: line.problems.join('; ') }));
  const accepted = (line: CheckedLine): CitedText => ({ text: line.text, passageIds: line.passageIds });
  const structure: CvStructure = {
    ...input.structure,
    basics: {
      ...input.structure.basics,
      summary: checked.summary && checked.summary.problems.length === 0 ? [accepted(checked.summary)] : input.structure.basics.summary,
    },
    sections: {
      ...input.structure.sections,
      work: work.map((entry, index) => {
        const kept = (checked.roles.get(index) ?? []).filter((line) => line.problems.length === 0 && line.text !== '');
        return kept.length > 0 ? { ...entry, lists: { ...entry.lists, highlights: kept.map(accepted) } } : entry;
      }),
    },
  };
  return { structure, removedClaims, usage, rewritten };
}
