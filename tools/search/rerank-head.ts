import type { Transaction } from '../../db/database.ts';
import { UpstreamError } from '../errors.ts';
import type { Candidate } from '../matching/match-report.ts';
import { recordModelUsage } from '../usage/model-call-usage.ts';
import { applyRerank, rerankedResultCount, type RerankCandidate, type ResultReranker } from './result-reranker.ts';

/** What a search result must carry for the model to judge it. */
export interface RerankableResult {
  title: string;
  company: string;
  locations: string[];
  workplaceType: string | null;
  salary: { min: number | null; max: number | null; currency: string | null } | null;
  snippet: string;
  match: { score: number; summary: string } | null;
  modelReason?: string;
}

const snippetCharacters = 400;

function salaryText(salary: RerankableResult['salary']): string | null {
  if (!salary || (salary.min === null && salary.max === null)) return null;
  const range = [salary.min, salary.max].filter((value) => value !== null).join('–');
  return `${range} ${salary.currency ?? ''} a year`.trim();
}

/** What Atlas read off the CV and profile, in words: the model judges fit by these, not by the CV's text. */
function describePerson(candidate: Candidate | null): string | null {
  if (!candidate) return null;
  const { facts } = candidate;
  const parts = [
    `Occupations: ${facts.occupations.slice(0, 3).map((entry) => entry.occupation).join(', ') || 'unknown'}`,
    `Most recent title: ${facts.recentTitle ?? 'unknown'}`,
    `Level: ${facts.level ?? 'unknown'}`,
    `Lives in: ${[facts.place.city, facts.place.country].filter(Boolean).join(', ') || 'unknown'}`,
    `May work without a visa in: ${[...facts.place.authorised].join(', ') || 'unknown'}`,
    `Would relocate: ${facts.place.relocate === null ? 'unknown' : facts.place.relocate ? 'yes' : 'no'}`,
    `Languages: ${[...facts.languages].join(', ') || 'unknown'}`,
  ];
  if (candidate.placePreference?.places.length) parts.push(`Wants to work in: ${candidate.placePreference.places.join(', ')}`);
  if (candidate.placePreference?.remoteOnly) parts.push('Wants remote work only');
  if (candidate.salaryFloor?.amount) parts.push(`Salary floor: ${candidate.salaryFloor.amount} ${candidate.salaryFloor.currency ?? ''}`.trim());
  return parts.join('; ');
}

/**
 * Has the model re-order the top results, each with its reason; the rest keep Atlas's order after
 * them. The model sees what Atlas read off the CV (occupations, level, place, languages), never the
 * CV's text. A model that fails leaves Atlas's own order, and the answer says so by not naming the
 * model among what ranked the results.
 */
export async function rerankHead<Result extends RerankableResult>(
  db: Transaction,
  options: { reranker: ResultReranker; jobs: Result[]; request: string | null; candidate: Candidate | null },
): Promise<Result[] | null> {
  const head = options.jobs.slice(0, rerankedResultCount);
  const candidates: RerankCandidate[] = head.map((job, index) => ({
    number: index + 1,
    title: job.title,
    company: job.company,
    locations: job.locations,
    workplaceType: job.workplaceType,
    salary: salaryText(job.salary),
    cvMatch: job.match ? `${job.match.score}/100: ${job.match.summary}` : null,
    snippet: job.snippet.slice(0, snippetCharacters),
  }));
  let answer;
  try {
    const reply = await options.reranker.rerank({ request: options.request, person: describePerson(options.candidate), candidates });
    await recordModelUsage(db, reply.usage);
    answer = reply.answer;
  } catch (error) {
    if (error instanceof UpstreamError) return null;
    throw error;
  }
  const reordered = applyRerank(head, answer).map(({ result, reason }) => (reason ? { ...result, modelReason: reason } : result));
  return [...reordered, ...options.jobs.slice(rerankedResultCount)];
}
