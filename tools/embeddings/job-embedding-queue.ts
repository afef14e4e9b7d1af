import type { Database } from '../../db/database.ts';
import { UpstreamError } from '../errors.ts';
import { classifyUnreadPostings } from '../occupations/classify-unread-postings.ts';
import { embedPendingJobs, jobEmbeddingCounts } from './embed-pending-jobs.ts';
import type { Embedder } from './embedder.ts';

/** Embeds catalogue postings in the background, soon after they land, never on a request's path. */
export interface JobEmbeddingQueue {
  /**
   * Asks for a pass over the postings waiting for vectors, after a short delay; requests made while a
   * pass waits are coalesced into it, so a burst of imports runs one pass. A request while a pass runs
   * ends that pass after its batch and starts another, which takes the newest postings first: a
   * posting just imported gets its vectors within seconds, however long the backlog.
   */
  request(): void;
  /** How many listed postings wait for vectors of the current model, and how many have them. */
  status(): Promise<{ pending: number; embedded: number; model: string }>;
  /** Resolves once no pass is waiting or running. */
  idle(): Promise<void>;
  /** Takes no more requests; a pass in progress stops after its batch. */
  stop(): Promise<void>;
}

export interface JobEmbeddingQueueOptions {
  database: Database;
  embedder: Embedder;
  /** How long a request waits for others to join it. */
  delayMs?: number;
  /** After a failed pass, the wait before the next try; it doubles on each failure, up to an hour. */
  retryDelayMs?: number;
  /** Where progress goes: counts and model names only, never posting text. */
  log?: (message: string) => void;
}

/**
 * An in-process runner over `embedPendingJobs`. What is pending lives in the database (postings
 * without vectors of the current model), so nothing is lost with the process: a request at start-up
 * picks up whatever an earlier run left.
 */
export function createJobEmbeddingQueue(options: JobEmbeddingQueueOptions): JobEmbeddingQueue {
  const { database, embedder } = options;
  const delayMs = options.delayMs ?? 500;
  const log = options.log ?? ((message: string) => console.log(message));
  let timer: NodeJS.Timeout | undefined;
  let running: { pass: Promise<void>; restart: AbortController } | undefined;
  let failures = 0;
  const stopping = new AbortController();
  const idleWaiters: (() => void)[] = [];

  function schedule(wait: number) {
    if (stopping.signal.aborted || timer) return;
    // A waiting pass must not keep a finished process alive.
    timer = setTimeout(() => {
      timer = undefined;
      const restart = new AbortController();
      running = {
        restart,
        pass: pass(AbortSignal.any([stopping.signal, restart.signal])).finally(() => {
          running = undefined;
          if (restart.signal.aborted) schedule(delayMs);
          if (!timer) for (const resolve of idleWaiters.splice(0)) resolve();
        }),
      };
    }, wait).unref();
  }

  async function pass(signal: AbortSignal) {
    try {
      // Postings written before Atlas stored occupations are read first: it takes seconds, not minutes.
      await classifyUnreadPostings(database, { signal });
      await embedPendingJobs(database, embedder, {
        signal,
        onProgress: (progress) => log(`Embedded ${progress.embedded} postings with ${embedder.model}; ${progress.pending} to go`),
      });
      failures = 0;
    } catch (error) {
      failures += 1;
      // Database errors quote their parameters, which hold posting text; only the kind of failure is logged.
      const reason = error instanceof UpstreamError ? error.message : error instanceof Error ? error.name : 'unknown error';
      const retryMs = Math.min((options.retryDelayMs ?? 60_000) * 2 ** (failures - 1), 60 * 60_000);
      log(`Embedding postings stopped (${reason}); trying again in ${Math.round(retryMs / 1000)} s`);
      schedule(retryMs);
    }
  }

  return {
    request() {
      if (running) running.restart.abort();
      else schedule(delayMs);
    },
    async status() {
      return { ...(await jobEmbeddingCounts(database, embedder.model)), model: embedder.model };
    },
    idle() {
      if (!timer && !running) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
    async stop() {
      stopping.abort();
      clearTimeout(timer);
      timer = undefined;
      await running?.pass;
      for (const resolve of idleWaiters.splice(0)) resolve();
    },
  };
}
