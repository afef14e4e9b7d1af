import { UpstreamError } from '../errors.ts';
import type { ModelCallUsage } from '../usage/model-call-usage.ts';
import type { BriefingFacts } from './briefing-facts.ts';
import { briefingText } from './briefing-text.ts';

/**
 * A briefing written by a model from the week's facts, held to them: every number in its prose must
 * be one the facts hold, and every count it gives must be the length of the list it counts. Prose
 * that fails is refused and asked for once more with what was wrong; failing again, or a model that
 * fails, leaves the briefing to the plain sentences of briefing-text.ts.
 */

export interface BriefingWriter {
  write(request: { facts: BriefingFacts; problems: string[] }): Promise<{ text: string; usage: ModelCallUsage[] }>;
}

export const briefingProseInstructions = `You write a job seeker's weekly briefing from the facts you are given, in plain, warm, short English: what moved in their pipeline, what is stuck, replies they are waiting for and overdue follow-ups, interviews ahead, new jobs that fit, and tasks due or overdue. Say what to do first. Use only the facts: name no company, role, person, date or number that is not in them, and leave out any part that has nothing in it (except what moved, which is news either way). Write every number in digits, exactly as in the facts; a count must be the number of items in its list. No headings, no markdown, at most 180 words.`;

/** The facts as the model reads them: no record ids, which mean nothing in prose. */
export function briefingPromptFor(facts: BriefingFacts, problems: string[]): string {
  const shown = factsWithoutIds(facts);
  const retry = problems.length
    ? `\n\nYour last briefing was refused because its numbers disagreed with the facts:\n${problems.map((problem) => `- ${problem}`).join('\n')}\nWrite it again from the facts.`
    : '';
  return `The facts of the week:\n${shown}${retry}`;
}

function factsWithoutIds(facts: BriefingFacts) {
  return JSON.stringify(facts, (key, value: unknown) => (/^(applicationId|draftId|jobId|taskId)$/.test(key) ? undefined : value), 2);
}

const numberWords: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

/** Counted nouns and the list lengths each may be; tasks and applications may be counted per list or together. */
function countsOf(facts: BriefingFacts): { noun: RegExp; allowed: number[] }[] {
  const tasks = [facts.tasksDue.length, facts.tasksOverdue.length, facts.tasksDue.length + facts.tasksOverdue.length];
  return [
    { noun: /^interviews?$/, allowed: [facts.interviewsAhead.length] },
    { noun: /^tasks?$/, allowed: tasks },
    { noun: /^(jobs?|roles?|postings?)$/, allowed: [facts.jobsForYou.length] },
    { noun: /^(replies|reply)$/, allowed: [facts.repliesAwaited.length] },
    { noun: /^follow-?ups?$/, allowed: [facts.overdueFollowUps.length] },
    { noun: /^(status changes?|changes?|moves?)$/, allowed: [facts.moved.length] },
    { noun: /^applications?$/, allowed: [facts.moved.length, facts.stuck.length] },
  ];
}

/**
 * What in `text` disagrees with `facts`, in words the model can act on; empty when nothing does. A
 * number anywhere must be one the facts hold (a count, a day, a score, a time, a number in a name);
 * "3 interviews" or "two tasks" must be the length of that list.
 */
export function numbersAgainstFacts(text: string, facts: BriefingFacts): string[] {
  const counts = countsOf(facts);
  const known = new Set<number>([7, 14, ...counts.flatMap((count) => count.allowed)]);
  // Ids hold digits too, but are no numbers the prose may use.
  for (const token of factsWithoutIds(facts).match(/\d+/g) ?? []) known.add(Number(token));
  const problems: string[] = [];
  for (const token of new Set(text.match(/\d+/g) ?? [])) {
    if (!known.has(Number(token))) problems.push(`${token} is not a number in the facts`);
  }
  const counted = /(?<![\p{L}\d-])(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:new |more |open |overdue |upcoming )?(status changes?|follow-?ups?|[\p{L}]+)/giu;
  for (const [phrase, amount, noun] of text.matchAll(counted)) {
    const value = /^\d+$/.test(amount!) ? Number(amount) : numberWords[amount!.toLowerCase()]!;
    const count = counts.find((candidate) => candidate.noun.test(noun!.toLowerCase()));
    if (count && !count.allowed.includes(value)) problems.push(`"${phrase}" but the facts hold ${count.allowed[0]}`);
  }
  return problems;
}

/** At most this many words, as the instructions ask; longer prose is refused like wrong numbers. */
const longestBriefingWords = 260;

/**
 * The briefing's text: the model's prose when it keeps to the facts (at most two tries), else the
 * plain sentences. `byModel` says which, `usage` what the model calls cost either way.
 */
export async function briefingProse(facts: BriefingFacts, writer: BriefingWriter | undefined): Promise<{ text: string; byModel: boolean; usage: ModelCallUsage[] }> {
  const usage: ModelCallUsage[] = [];
  if (!writer) return { text: briefingText(facts), byModel: false, usage };
  let problems: string[] = [];
  for (let attempt = 0; attempt < 2; attempt++) {
    let written: { text: string; usage: ModelCallUsage[] };
    try {
      written = await writer.write({ facts, problems });
    } catch (error) {
      if (error instanceof UpstreamError) break;
      throw error;
    }
    usage.push(...written.usage);
    const text = written.text.trim();
    problems = numbersAgainstFacts(text, facts);
    if (text.split(/\s+/).length > longestBriefingWords) problems.push(`it is longer than ${longestBriefingWords} words`);
    if (text.length > 0 && problems.length === 0) return { text, byModel: true, usage };
  }
  return { text: briefingText(facts), byModel: false, usage };
}
