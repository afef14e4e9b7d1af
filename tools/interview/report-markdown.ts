import { interviewRubric } from './interview-rubric.ts';
import type { InterviewPracticeView } from './practice-store.ts';

const quoteLine = (text: string) => text.replace(/\n+/g, ' ');

/** A mock interview as a Markdown document the user can keep: questions, their answers and, once scored, the report. */
export function practiceMarkdown(practice: InterviewPracticeView, posting: { company: string; title: string }) {
  const lines = [`# Mock interview: ${posting.title} at ${posting.company}`, '', `Started ${practice.createdAt.slice(0, 10)}.`, ''];
  const report = practice.report;
  if (report) {
    lines.push(`**Overall: ${report.overall.score ?? '–'} / 5.** ${report.overall.summary}`, '');
    for (const [criterion, score] of Object.entries(report.overall.byCriterion)) {
      lines.push(`- ${interviewRubric[criterion as keyof typeof interviewRubric].name}: ${score ?? '–'} / 5`);
    }
    if (report.overall.strengths.length > 0) lines.push('', '**Strengths**', ...report.overall.strengths.map((line) => `- ${line}`));
    if (report.overall.focus.length > 0) lines.push('', '**Practise next**', ...report.overall.focus.map((line) => `- ${line}`));
    lines.push('');
  } else if (practice.state === 'needs_model') {
    lines.push('_Not scored: scoring needs a model._', '');
  }
  for (const question of practice.questions) {
    lines.push(`## ${question.id}. ${question.text}`, '', `_${question.kind}; ${question.basis}_`, '');
    const answer = practice.answers.find((candidate) => candidate.questionId === question.id);
    lines.push(answer ? `> ${quoteLine(answer.text)}` : '_Not answered._', '');
    const scored = report?.answers.find((candidate) => candidate.questionId === question.id);
    for (const score of scored?.scores ?? []) {
      lines.push(`- **${interviewRubric[score.criterion].name} ${score.score}/5** — “${score.quote}” ${score.improvement}`);
    }
    for (const dropped of scored?.droppedScores ?? []) lines.push(`- ${interviewRubric[dropped.criterion].name}: not scored. ${dropped.reason}`);
    if (scored) lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
