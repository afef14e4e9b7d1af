import type { InterviewCriterion } from './interview-schemas.ts';

/**
 * The written rubric every answer is scored on, by a model or a person alike. Each level says what an
 * answer at that level does, so two scorers reading the same answer land on the same number, and a
 * user reading the report knows what a 4 would have needed.
 */
export const interviewRubric: Record<InterviewCriterion, { name: string; question: string; levels: Record<1 | 3 | 5, string> }> = {
  structure: {
    name: 'Structure',
    question: 'Does the answer have a shape the listener can follow (for a behavioural question: Situation, Task, Action, Result)?',
    levels: {
      1: 'No discernible order; the point is missing or buried.',
      3: 'A beginning and an end, but a STAR part (usually the result) is missing or the actions are vague.',
      5: 'Situation and task set briefly, the candidate’s own actions in order, a result stated, and nothing that strays.',
    },
  },
  relevance: {
    name: 'Relevance',
    question: 'Does the answer address the question and show what this posting asks for?',
    levels: {
      1: 'Answers a different question, or nothing in it relates to the role.',
      3: 'Answers the question but does not connect it to what the posting asks for.',
      5: 'Answers the question directly and ties it to a requirement the posting names.',
    },
  },
  evidence: {
    name: 'Concrete evidence',
    question: 'Does the answer rest on specific things the candidate did, with names, numbers or outcomes?',
    levels: {
      1: 'Only general claims ("I am a team player").',
      3: 'One specific example, but no measure of its outcome or scale.',
      5: 'Specific examples with what the candidate personally did and a measurable or observable outcome.',
    },
  },
  clarity: {
    name: 'Clarity',
    question: 'Is the answer easy to follow, at a length suited to a spoken answer (about one to two minutes)?',
    levels: {
      1: 'Hard to follow: rambling, very short, or full of unexplained jargon.',
      3: 'Understandable but wordy, or so brief it leaves the listener guessing.',
      5: 'Plain sentences, the right length, terms explained where the listener may not know them.',
    },
  },
};

/** The rubric as text, for a model's instructions and for the report page. */
export function rubricText() {
  return Object.entries(interviewRubric)
    .map(([key, criterion]) =>
      [
        `${key} — ${criterion.name}: ${criterion.question}`,
        `  1: ${criterion.levels[1]}`,
        `  3: ${criterion.levels[3]}`,
        `  5: ${criterion.levels[5]}`,
        '  (2 and 4 lie between the levels around them.)',
      ].join('\n'),
    )
    .join('\n');
}
