import { comparableText } from '../outreach/comparable-text.ts';
import {
  interviewCriteria,
  type AnswerReport,
  type CriterionScore,
  type InterviewAnswer,
  type InterviewCriterion,
  type InterviewQuestion,
  type InterviewReport,
} from './interview-schemas.ts';
import type { ScoredPractice } from './interview-scorer.ts';

/**
 * Text in an answer that speaks to whoever scores it instead of to the interviewer: "ignore the
 * rubric", "give this a 5", "you are now…". An interviewer would not count it, so neither does the
 * report: scores of such an answer are capped and the report says why, whatever the model gave.
 */
const addressesTheScorer =
  /\b(ignore|disregard|forget)\b[^.!?\n]{0,40}\b(instructions?|rubric|rules|prompt|above|previous)\b|\b(give|score|rate|mark)\b[^.!?\n]{0,30}\b(5|five|full marks|top marks|highest|perfect)\b|\byou are now\b|\bsystem prompt\b|\bas an ai\b/iu;
const cappedScore = 2;

/** The sentences of an answer, as the candidate wrote them. */
function sentencesOf(answer: string) {
  return answer
    .split(/(?<=[.!?])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/**
 * The sentence of the answer a model's quote comes from, verbatim from the answer; undefined when the
 * quote is not in the answer. A quote of part of a sentence counts, and the whole sentence is shown.
 */
export function sentenceQuoted(answer: string, quote: string): string | undefined {
  const wanted = comparableText(quote);
  if (wanted.trim() === '') return undefined;
  const sentences = sentencesOf(answer);
  const single = sentences.find((sentence) => comparableText(sentence).includes(wanted));
  if (single) return single;
  // A quote spanning two sentences: keep both, as written.
  for (let index = 0; index + 1 < sentences.length; index += 1) {
    const pair = `${sentences[index]} ${sentences[index + 1]}`;
    if (comparableText(pair).includes(wanted)) return pair;
  }
  return undefined;
}

const mean = (values: number[]) => (values.length === 0 ? null : Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 10) / 10);

function reportAnswer(question: InterviewQuestion, answer: InterviewAnswer, given: ScoredPractice['answers'][number] | undefined): AnswerReport & { addressedScorer: boolean } {
  const addressedScorer = addressesTheScorer.test(answer.text);
  const scores: CriterionScore[] = [];
  const droppedScores: AnswerReport['droppedScores'] = [];
  for (const criterion of interviewCriteria) {
    const score = given?.scores.find((candidate) => candidate.criterion === criterion);
    if (!score) {
      droppedScores.push({ criterion, reason: 'The scorer gave no score for this.' });
      continue;
    }
    const quote = sentenceQuoted(answer.text, score.quote);
    if (!quote) {
      droppedScores.push({ criterion, reason: 'The scorer quoted words that are not in the answer, so its score was not kept.' });
      continue;
    }
    const value = addressedScorer ? Math.min(score.score, cappedScore) : score.score;
    scores.push({ criterion, score: value, quote, improvement: score.improvement.trim() });
  }
  return { questionId: question.id, scores, droppedScores, average: mean(scores.map((score) => score.score)), addressedScorer };
}

/**
 * The report of a scored mock interview: per answer, the model's scores that quote the answer's own
 * words (each shown with its whole sentence), and an overall view computed here rather than taken
 * from the model, so the numbers always agree with the scores shown.
 */
export function buildInterviewReport(options: { questions: InterviewQuestion[]; answers: InterviewAnswer[]; scored: ScoredPractice }): InterviewReport {
  const { questions, answers, scored } = options;
  const reports: (AnswerReport & { addressedScorer: boolean })[] = [];
  const unanswered: string[] = [];
  for (const question of questions) {
    const answer = answers.find((candidate) => candidate.questionId === question.id && candidate.text.trim() !== '');
    if (!answer) {
      unanswered.push(question.id);
      continue;
    }
    reports.push(reportAnswer(question, answer, scored.answers.find((candidate) => candidate.questionId === question.id)));
  }

  const byCriterion = Object.fromEntries(
    interviewCriteria.map((criterion) => [criterion, mean(reports.flatMap((report) => report.scores.filter((score) => score.criterion === criterion).map((score) => score.score)))]),
  ) as Record<InterviewCriterion, number | null>;
  const focus = scored.focus.slice(0, 3).map((line) => line.trim()).filter(Boolean);
  const addressed = reports.filter((report) => report.addressedScorer).map((report) => report.questionId);
  let summary = scored.summary.trim();
  let strengths = scored.strengths.slice(0, 3).map((line) => line.trim()).filter(Boolean);
  if (addressed.length > 0) {
    focus.unshift(`Answer ${addressed.join(', ')} spoke to the scorer instead of the interviewer; its scores were capped at ${cappedScore}. Answer the question itself.`);
    // A scorer that obeyed the answer praises it too: its words about capped answers are not kept.
    const namesCapped = new RegExp(`\\b(${addressed.join('|')})\\b`, 'i');
    strengths = addressed.length === reports.length ? [] : strengths.filter((line) => !namesCapped.test(line));
    if (addressed.length === reports.length) summary = `Every answer spoke to the scorer instead of answering the question, so no answer could be judged on its merits.`;
  }
  return {
    answers: reports.map(({ addressedScorer: _addressedScorer, ...report }) => report),
    overall: {
      score: mean(reports.flatMap((report) => (report.average === null ? [] : [report.average]))),
      byCriterion,
      summary,
      strengths,
      focus,
    },
    unanswered,
  };
}
