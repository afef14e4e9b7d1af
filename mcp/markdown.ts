import { applicationStatuses, type jobs } from '../db/schema.ts';
import type { ApplicationView } from '../tools/application-schema.ts';

type Job = typeof jobs.$inferSelect;

const day = (iso: string | Date) => new Date(iso).toISOString().slice(0, 10);
const titleCase = (word: string) => word[0]!.toUpperCase() + word.slice(1);

/** One application as a Markdown list item, with the ids a client passes back to tools. */
export function applicationMarkdown(application: ApplicationView): string {
  const details = [`group ${application.group}`, `updated ${day(application.updatedAt)}`, `application id ${application.id}`];
  if (application.jobId) details.push(`job id ${application.jobId}`);
  const lines = [`- **${application.title}** at ${application.company} (${details.join('; ')})`];
  if (application.url) lines.push(`  Posting: ${application.url}`);
  if (application.notes) lines.push(`  Notes: ${application.notes.replace(/\s*\n\s*/g, ' ')}`);
  return lines.join('\n');
}

/** The pipeline as Markdown, stage by stage in the order a search moves through them. */
export function pipelineMarkdown(applications: ApplicationView[], total: number): string {
  if (total === 0) return '# Job-search pipeline\n\nNo applications yet.\n';
  const sections = applicationStatuses
    .map((status) => {
      const atStage = applications.filter((application) => application.status === status);
      if (atStage.length === 0) return undefined;
      return `## ${titleCase(status)} (${atStage.length})\n\n${atStage.map(applicationMarkdown).join('\n')}`;
    })
    .filter(Boolean);
  const shown = applications.length < total ? ` (the ${applications.length} most recently updated are shown)` : '';
  return `# Job-search pipeline\n\n${total} applications${shown}.\n\n${sections.join('\n\n')}\n`;
}

function salary(job: Job): string | undefined {
  if (job.salaryMin === null && job.salaryMax === null) return undefined;
  const range = [job.salaryMin, job.salaryMax].filter((value) => value !== null).join('–');
  return `${range} ${job.salaryCurrency ?? ''} a year`.trim();
}

/** A catalogue posting as Markdown: the facts first, then the description as the source published it. */
export function jobMarkdown(job: Job): string {
  const facts = [
    `- Company: ${job.company}`,
    job.locations.length > 0 ? `- Locations: ${job.locations.join('; ')}` : undefined,
    job.workplaceType ? `- Workplace: ${job.workplaceType}` : undefined,
    job.employmentType ? `- Employment: ${job.employmentType}` : undefined,
    salary(job) ? `- Salary: ${salary(job)}` : undefined,
    job.url ? `- Posting: ${job.url}` : undefined,
    job.applyUrl && job.applyUrl !== job.url ? `- Apply: ${job.applyUrl}` : undefined,
    job.closedAt ? `- Closed: ${day(job.closedAt)}` : undefined,
    `- Job id: ${job.id}`,
  ].filter(Boolean);
  return `# ${job.title}\n\n${facts.join('\n')}\n\n## Description\n\n${job.description || '(no description)'}\n`;
}
