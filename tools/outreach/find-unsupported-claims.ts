import { findSkills } from '../skills/find-skills.ts';
import { comparableText } from './comparable-text.ts';

/** A sentence of a draft that states something no CV passage backs, and why. */
export interface FlaggedClaim {
  claim: string;
  reason: string;
}

// Capitalised only because they start a sentence or a greeting, or always are; never a fact about the candidate.
const commonWords = new Set(
  `I I'm I've I'd I'll Hi Hello Dear Hey Thanks Thank Best Regards Kind Warm Cheers Sincerely Looking As At In On With
  During Over Across For From By To Of My Our Your The A An This That These Those We You It Its He She They Having Since
  While After Before When Where What Why How Recently Currently Previously Most Also And But So If Here There Please
  Would Could Can Let Happy Excited Glad Great Really Just Today Yes No Many Much Some Each Every Both Such Lately Last
  Next Together Beyond Besides Additionally Moreover However Finally First Second Then Now Re PS Mr Ms Mrs Dr
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September
  October November December`
    .split(/\s+/)
    .map((word) => word.replace('’', "'")),
);

const firstPerson = /(?:^|[^\p{L}])(?:I|I['’](?:m|ve|d|ll))(?![\p{L}])|\b(?:me|my|mine|myself)\b/iu;
// A unit may follow after a hyphen: "twelve-month", "5-year".
const numberPattern = /(?<![\p{L}\p{N}.])(?:\d[\d,]*(?:\.\d+)?|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)\b)\s*\+?[\s-]*(?:%|percent\b|years?\b|yrs?\b|months?\b)?/giu;
const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}+#.&'’-]*/gu;

/** The sentences of an email, split at sentence ends and line breaks. */
function sentencesOf(body: string) {
  return body
    .split(/(?<=[.!?])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/**
 * Runs of capitalised words ("Senior Backend Engineer", "Stripe"), leaving out words capitalised by
 * habit. With `fragment`, the sentence is a résumé point ("Managed ward audits"): its first word is
 * capitalised because it comes first, so it is not read as (part of) a name.
 */
function properNames(sentence: string, fragment = false) {
  const names: string[] = [];
  let run: string[] = [];
  let runStartsSentence = false;
  let position = 0;
  const close = () => {
    // A résumé point's first word is capitalised for coming first ("Managed Kubernetes clusters").
    const named = fragment && runStartsSentence ? run.slice(1) : run;
    if (named.length > 0) names.push(named.join(' '));
    run = [];
  };
  for (const match of sentence.matchAll(wordPattern)) {
    const word = match[0].replace(/[.'’-]+$/, '').replace(/['’]s$/, '');
    const capitalised = /^\p{Lu}/u.test(word) && !commonWords.has(word.replace('’', "'"));
    if (capitalised) {
      if (run.length === 0) runStartsSentence = position === 0;
      run.push(word);
    } else if ((word === 'of' || word === '&') && run.length > 0) run.push(word);
    else close();
    position += 1;
  }
  close();
  return names.map((name) => name.replace(/(?:\s+(?:of|&))+$/, ''));
}

/**
 * Whether comparable text states a number with the same unit: "40%" backs "40 percent" only, and a
 * bare "40" ("a team of 40") is not backed by "40%" or "40 years", which count something else.
 */
function statesNumber(known: string, number: string) {
  const wanted = comparableText(number);
  if (/ (?:percent|year|month) $/.test(wanted)) return known.includes(wanted);
  const escaped = wanted.trim().replace(/[.+]/g, '\\$&');
  return new RegExp(` ${escaped} (?!percent |year |month )`).test(known);
}

/** The concrete terms a sentence states: numbers (with their unit), skills, and proper names. */
function concreteTerms(sentence: string, fragment = false) {
  const skills = findSkills(sentence);
  const skillWords = new Set(skills.map((skill) => comparableText(skill.text)));
  const numbers = [...sentence.matchAll(numberPattern)].map((match) => match[0].trim().replace(/[,.]$/, ''));
  const names = properNames(sentence, fragment).filter((name) => !skillWords.has(comparableText(name)));
  return { numbers, skills, names };
}

/**
 * The claims in a draft's body that the CV does not back, found without a model so the check cannot
 * be talked out of it. A sentence about the candidate (it says I, me or my) may state a number, a
 * skill or a name (an employer, a title, a school) only when a passage the draft cites states it
 * too; numbers must match exactly, skills match under any of their names. Naming the company, the
 * role and the recipient is always fine. Other sentences (about the company, the greeting, the
 * sign-off) may name what the posting or any part of the CV names, and their numbers go unchecked.
 *
 * `resumeLine` checks a line of a résumé instead: every sentence is about the candidate, written
 * without "I" ("Led a team of five"), and naming the posting's company or title is no exception.
 */
export function findUnsupportedClaims(input: {
  body: string;
  citedPassages: string[];
  allPassages: string[];
  posting: { company: string; title: string; description: string | null };
  recipientName: string | null;
  resumeLine?: boolean;
}): FlaggedClaim[] {
  const cited = comparableText(input.citedPassages.join('\n'));
  const citedSkills = new Set(findSkills(input.citedPassages.join('\n')).map((skill) => skill.skill));
  const anywhere = comparableText([...input.allPassages, input.posting.description ?? ''].join('\n'));
  const anywhereSkills = new Set(findSkills([...input.allPassages, input.posting.description ?? ''].join('\n')).map((skill) => skill.skill));
  const alwaysFine = input.resumeLine ? '' : comparableText([input.posting.company, input.posting.title, input.recipientName ?? ''].join('\n'));

  const flagged: FlaggedClaim[] = [];
  for (const sentence of sentencesOf(input.body)) {
    const aboutCandidate = input.resumeLine === true || firstPerson.test(sentence);
    const known = aboutCandidate ? cited : cited + anywhere;
    const knownSkills = aboutCandidate ? citedSkills : new Set([...citedSkills, ...anywhereSkills]);
    const { numbers, skills, names } = concreteTerms(sentence, input.resumeLine);
    const unsupported = [
      // Numbers elsewhere are about the reader or the job ("15 minutes", "your team of 40"), not the candidate.
      ...(aboutCandidate ? numbers.filter((number) => !statesNumber(known, number)) : []),
      ...skills.filter((skill) => !knownSkills.has(skill.skill)).map((skill) => skill.text),
      ...names.filter((name) => !alwaysFine.includes(comparableText(name)) && !known.includes(comparableText(name))),
    ].sort((first, second) => sentence.indexOf(first) - sentence.indexOf(second));
    if (unsupported.length === 0) continue;
    flagged.push({
      claim: sentence,
      reason: aboutCandidate
        ? `no CV passage the draft cites mentions ${unsupported.join(', ')}`
        : `neither your CV nor the posting mentions ${unsupported.join(', ')}`,
    });
  }
  return flagged;
}
