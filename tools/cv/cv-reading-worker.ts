import { parentPort } from 'node:worker_threads';
import { UnprocessableError, ValidationError } from '../errors.ts';
import type { CvFile } from './detect-cv-format.ts';
import { readCvFile, type CvReading } from './read-cv-file.ts';

/** What a reading worker answers: that it is ready for a file, then the reading, a refusal a user can act on, or only the kind of failure. */
export type CvReadingReply =
  | { kind: 'ready' }
  | { kind: 'read'; reading: CvReading }
  | { kind: 'invalid'; message: string }
  | { kind: 'unprocessable'; message: string; code: string }
  | { kind: 'failed'; reason: string };

const port = parentPort;
if (!port) throw new Error('cv-reading-worker runs only as a worker thread');

// The file comes only once the readers are loaded, so the reading's time limit measures the file alone,
// not how long a busy machine took to start the thread.
port.once('message', (file: CvFile) => {
  readCvFile(file).then(
    (reading) => port.postMessage({ kind: 'read', reading } satisfies CvReadingReply),
    (error: unknown) => {
      // Refusals carry messages we wrote; anything else sends only its kind, as it may quote the CV.
      const reply: CvReadingReply =
        error instanceof ValidationError
          ? { kind: 'invalid', message: error.message }
          : error instanceof UnprocessableError
            ? { kind: 'unprocessable', message: error.message, code: error.code }
            : { kind: 'failed', reason: error instanceof Error ? error.name : 'unknown error' };
      port.postMessage(reply);
    },
  );
});
port.postMessage({ kind: 'ready' } satisfies CvReadingReply);
