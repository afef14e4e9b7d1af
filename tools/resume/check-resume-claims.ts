import { findUnsupportedClaims } from '../outreach/find-unsupported-claims.ts';
import { detectLanguage } from '../text/detect-language.ts';
import { textTerms } from '../text/text-terms.ts';
import { readsAsInstructions } from './reads-as-instructions.ts';
import type { ResumePassage, ResumePosting } from './resume-passage.ts';

export { readsAsInstructions };

/** A line a writer proposed, the passage references it cites, and the passages it may cite (its role's). */
export interface ProposedLine {
  text: string;
  references: string[];
  /** Ids of the passages this line may cite; undefined when any CV passage will do (the summary). */
  allowedPassageIds?: Set<string>;
}

export interface LineCheck {
  /** The passages the line cites, by id, when every reference is real. */
  passageIds: string[];
  problems: string[];
}

/** Below this share of its words in the passages it cites, a line is saying something else. */
const minimumWordSupport = 0.5;

/**
 * Checks one proposed line against the CV, without a model so it cannot be talked out of it: it must
 * cite passages, which must exist (and belong to its role); every number, skill and name it states
 * must be in what it cites (the outreach claim check, read as a résumé line); most of its words must
 * come from those passages; and it must not address a reader or a model.
 */
export function checkResumeLine(line: ProposedLine, context: { passages: (ResumePassage & { reference: string })[]; posting: ResumePosting }): LineCheck {
  const problems: string[] = [];
  if (readsAsInstructions(line.text)) problems.push('it reads as instructions to a reader or a model, not as a fact from the CV');
  if (line.references.length === 0) return { passageIds: [], problems: [...problems, 'it cites no CV passage'] };

  const byReference = new Map(context.passages.map((passage) => [passage.reference.toUpperCase(), passage]));
  const cited = line.references.map((reference) => ({ reference, passage: byReference.get(reference.trim().toUpperCase()) }));
  const unknown = cited.filter(({ passage }) => !passage).map(({ reference }) => reference);
  if (unknown.length > 0) problems.push(`it cites ${unknown.join(', ')}, which ${unknown.length === 1 ? 'is' : 'are'} not in the CV`);
  const passages = cited.flatMap(({ passage }) => (passage ? [passage] : []));
  const elsewhere = line.allowedPassageIds ? passages.filter((passage) => !line.allowedPassageIds!.has(passage.id)) : [];
  if (elsewhere.length > 0) problems.push(`it cites ${elsewhere.map((passage) => passage.reference).join(', ')}, which ${elsewhere.length === 1 ? 'is' : 'are'} not part of this role`);

  // With no real passage cited there is nothing to check the words against: the references are the problem.
  if (passages.length === 0) return { passageIds: [], problems };
  const supported = passages.map((passage) => passage.text);
  for (const flagged of findUnsupportedClaims({
    body: line.text,
    citedPassages: supported,
    allPassages: context.passages.map((passage) => passage.text),
    posting: { ...context.posting, description: context.posting.description },
    recipientName: null,
    resumeLine: true,
  })) {
    problems.push(flagged.reason.replace('no CV passage the draft cites mentions', 'the passages it cites do not mention'));
  }

  // Stemmed in the CV's language on both sides: a short line alone may not show which language it is in.
  const language = detectLanguage(context.passages.map((passage) => passage.text).join('\n'));
  const words = new Set(textTerms(line.text, language));
  const known = new Set(textTerms(supported.join('\n'), language));
  const backed = [...words].filter((word) => known.has(word)).length;
  if (words.size >= 4 && backed / words.size < minimumWordSupport) problems.push('most of its words are not in the passages it cites');

  return { passageIds: [...new Set(passages.map((passage) => passage.id))], problems };
}
