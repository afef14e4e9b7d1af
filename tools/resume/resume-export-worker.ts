import { parentPort } from 'node:worker_threads';
import type { ResumeExportOptions } from './export-resume-layout.ts';
import { exportResumeDocx } from './export-resume-docx.ts';
import { exportResumePdf } from './export-resume-pdf.ts';
import type { TailoredResume } from './tailored-resume-schema.ts';

export type ResumeFormat = 'pdf' | 'docx';

export interface ResumeExportJob {
  id: number;
  format: ResumeFormat;
  tailored: TailoredResume;
  options: ResumeExportOptions;
}

export type ResumeExportReply = { kind: 'ready' } | { id: number; kind: 'done'; bytes: Uint8Array } | { id: number; kind: 'failed'; reason: string };

const port = parentPort;
if (!port) throw new Error('resume-export-worker runs only as a worker thread');

const exporters = { pdf: exportResumePdf, docx: exportResumeDocx } as const;

// One job at a time, in order: pdfmake is one shared instance, and the request thread only waits for bytes.
let queue: Promise<void> = Promise.resolve();
port.on('message', (job: ResumeExportJob) => {
  queue = queue.then(() =>
    exporters[job.format](job.tailored, job.options).then(
      (bytes) => port.postMessage({ id: job.id, kind: 'done', bytes } satisfies ResumeExportReply),
      // Only the kind of failure: a message could quote the résumé.
      (error: unknown) => port.postMessage({ id: job.id, kind: 'failed', reason: error instanceof Error ? error.name : 'unknown error' } satisfies ResumeExportReply),
    ),
  );
});
port.postMessage({ kind: 'ready' } satisfies ResumeExportReply);
