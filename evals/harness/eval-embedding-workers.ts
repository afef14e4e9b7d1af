import { availableParallelism } from 'node:os';

/**
 * Model threads for an eval run. Embedding the job-matching set's postings and CVs is most of its
 * time, and an eval run has the machine to itself, so every core embeds (each thread holds its own
 * copy of the model, about 100 MB, hence the cap). Vectors do not depend on which thread made them.
 */
export function evalEmbeddingWorkers(): number {
  return Math.min(4, Math.max(1, availableParallelism()));
}
