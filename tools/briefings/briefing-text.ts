import type { BriefingFacts } from './briefing-facts.ts';

const count = (amount: number, one: string, many: string) => `${amount} ${amount === 1 ? one : many}`;
const list = (items: string[]) => `${items.join('; ')}.`;
const at = (time: string | null) => (time ? ` at ${time}` : '');

/**
 * The briefing in plain, short English sentences, assembled from its facts alone: each count is the
 * length of a list in the facts, each day and number is copied from them. A part with nothing in it
 * is left out, except what moved, which is news either way.
 */
export function briefingText(facts: BriefingFacts): string {
  const sentences = [`Your briefing for the week of ${facts.weekOf}.`];
  sentences.push(
    facts.moved.length === 0
      ? 'Nothing in your pipeline moved in the past 7 days.'
      : `${count(facts.moved.length, 'status change', 'status changes')} in the past 7 days: ${list(facts.moved.map((change) => `${change.title} at ${change.company}, ${change.fromStatus ?? 'new'} to ${change.toStatus}`))}`,
  );
  if (facts.stuck.length > 0)
    sentences.push(`${count(facts.stuck.length, 'application has', 'applications have')} not moved for 14 days or more: ${list(facts.stuck.map((stuck) => `${stuck.title} at ${stuck.company}, ${stuck.status} for ${stuck.idleDays} days`))}`);
  if (facts.overdueFollowUps.length > 0)
    sentences.push(`${count(facts.overdueFollowUps.length, 'follow-up is', 'follow-ups are')} overdue: ${list(facts.overdueFollowUps.map((followUp) => `${followUp.recipient} about "${followUp.subject}", no reply in ${followUp.daysWithoutReply} days`))}`);
  if (facts.repliesAwaited.length > 0)
    sentences.push(`You are waiting for ${count(facts.repliesAwaited.length, 'reply', 'replies')}: ${list(facts.repliesAwaited.map((awaited) => `${awaited.recipient} about "${awaited.subject}", sent ${awaited.daysWithoutReply} days ago`))}`);
  if (facts.interviewsAhead.length > 0)
    sentences.push(`${count(facts.interviewsAhead.length, 'interview', 'interviews')} ahead: ${list(facts.interviewsAhead.map((interview) => `${interview.employer} on ${interview.day}${at(interview.time)}`))}`);
  if (facts.jobsForYou.length > 0)
    sentences.push(`${count(facts.jobsForYou.length, 'new job fits', 'new jobs fit')} you: ${list(facts.jobsForYou.map((job) => `${job.title} at ${job.company}, match ${job.score}`))}`);
  if (facts.tasksOverdue.length > 0)
    sentences.push(`${count(facts.tasksOverdue.length, 'task is', 'tasks are')} overdue: ${list(facts.tasksOverdue.map((task) => `${task.title}, due ${task.dueOn}`))}`);
  if (facts.tasksDue.length > 0)
    sentences.push(`${count(facts.tasksDue.length, 'task is', 'tasks are')} due this week: ${list(facts.tasksDue.map((task) => `${task.title}, due ${task.dueOn}`))}`);
  return sentences.join('\n');
}
