import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { splitCvIntoPassages } from '../cv/split-cv-into-passages.ts';
import type { ResumePassage } from './resume-passage.ts';

/** The real-looking CVs of the job-matching evals: many professions and languages, text and Markdown. */
export const evalCvDirectory = fileURLToPath(new URL('../../evals/job-matching/cvs/', import.meta.url));

export const evalCvFiles = readdirSync(evalCvDirectory).filter((file) => /\.(txt|md)$/.test(file)).sort();

/** A CV of the evals split the way an upload splits it, with ids as the passages table would give them. */
export function evalCvPassages(file: string): ResumePassage[] {
  const text = readFileSync(`${evalCvDirectory}${file}`, 'utf8');
  return splitCvIntoPassages(text, file.endsWith('.md') ? 'markdown' : 'text').map((passage, index) => ({ id: `cv-${index + 1}`, ...passage }));
}
