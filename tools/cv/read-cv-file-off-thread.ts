import { Worker } from 'node:worker_threads';
import { UnavailableError, UnprocessableError } from '../errors.ts';
import { cvLimits, cvTooLarge } from './cv-limits.ts';
import type { CvReadingReply } from './cv-reading-worker.ts';
import { invalidCv, type CvFile } from './detect-cv-format.ts';
import type { CvReading } from './read-cv-file.ts';

const workerUrl = new URL('./cv-reading-worker.mjs', import.meta.url);

const readerBusy = () => new UnavailableError('The server is too busy to read the CV right now. Try again in a minute.', 'cv_reader_busy');

const tooComplex = () =>
  cvTooLarge('The file took too much time or memory to read; it may be damaged or built to be slow. Export it again or upload a text version.');

/**
 * Reads a CV in a worker thread of its own, so PDF and DOCX parsing and decompression never run on
 * the thread serving requests. The thread is stopped past a time limit, counted from when it has
 * loaded its readers and holds the file, and its heap is capped: a file built to be slow or to
 * inflate is refused, and the server goes on answering everyone else.
 */
export async function readCvFileOffThread(
  file: CvFile,
  limits: { timeoutMs?: number; heapMb?: number; startupTimeoutMs?: number } = {},
): Promise<CvReading> {
  // A few readings at a time, each in a fresh thread: many uploads at once wait their turn rather than
  // each taking a core and its heap limit.
  while (running >= cvLimits.concurrentReadings) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await readInWorker(
      file,
      limits.timeoutMs ?? cvLimits.readingTimeoutMs,
      limits.heapMb ?? cvLimits.readingHeapMb,
      limits.startupTimeoutMs ?? cvLimits.readerStartupTimeoutMs,
    );
  } finally {
    running--;
    waiting.shift()?.();
  }
}

let running = 0;
const waiting: (() => void)[] = [];

function readInWorker(file: CvFile, timeoutMs: number, heapMb: number, startupTimeoutMs: number): Promise<CvReading> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerUrl, {
      // No inherited flags: the bootstrap registers tsx itself, whatever loaders this thread runs under.
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: Math.min(32, heapMb) },
    });
    let settled = false;
    let reading = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    // Starting the thread is the machine's cost, not the file's: a slow start is "busy, try again", never a refusal of the file.
    let timer = setTimeout(() => settle(() => reject(readerBusy())), startupTimeoutMs);
    worker.on('message', (reply: CvReadingReply) => {
      if (reply.kind === 'ready') {
        clearTimeout(timer);
        reading = true;
        // pdf.js and mammoth cannot be interrupted mid-file; stopping the thread is the only way to end them.
        timer = setTimeout(() => settle(() => reject(tooComplex())), timeoutMs);
        worker.postMessage({ bytes: file.bytes, declaredType: file.declaredType, fileName: file.fileName } satisfies CvFile);
        return;
      }
      settle(() => {
        if (reply.kind === 'read') resolve(reply.reading);
        else if (reply.kind === 'invalid') reject(invalidCv(reply.message));
        else if (reply.kind === 'unprocessable') reject(new UnprocessableError(reply.message, reply.code));
        else reject(new UnavailableError(`Reading the CV failed (${reply.reason})`, 'cv_reading_failed'));
      });
    });
    worker.on('error', (error) =>
      settle(() =>
        reject(
          reading && (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? tooComplex()
            : new UnavailableError(`Reading the CV failed (${error.name})`, 'cv_reading_failed'),
        ),
      ),
    );
    worker.on('exit', (code) => settle(() => reject(new UnavailableError(`Reading the CV stopped (code ${code})`, 'cv_reading_failed'))));
  });
}
