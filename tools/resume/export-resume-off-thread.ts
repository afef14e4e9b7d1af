import { Worker } from 'node:worker_threads';
import { UnavailableError } from '../errors.ts';
import type { ResumeExportOptions } from './export-resume-layout.ts';
import type { ResumeExportJob, ResumeExportReply, ResumeFormat } from './resume-export-worker.ts';
import type { TailoredResume } from './tailored-resume-schema.ts';

const workerUrl = new URL('./resume-export-worker.mjs', import.meta.url);

/** A résumé of a few pages renders in well under a second; past this something is wrong, and the thread is replaced. */
const exportTimeoutMs = 20_000;
const startupTimeoutMs = 60_000;
/** Requests waiting beyond this are told the server is busy instead of queueing without end. */
const maximumWaiting = 20;
/** A thread with nothing to do for this long is stopped; the next export starts another. */
const idleMs = 60_000;

interface Pending {
  resolve: (bytes: Uint8Array) => void;
  reject: (error: Error) => void;
  timer?: NodeJS.Timeout;
}

const busy = () => new UnavailableError('The server is too busy to export a résumé right now. Try again in a minute.', 'resume_export_busy');
const failed = (reason: string) => new UnavailableError(`Exporting the résumé failed (${reason}); try again`, 'resume_export_failed');

/**
 * Renders résumés to PDF and DOCX in one long-lived worker thread, so layout, font subsetting and
 * compression (70–190 ms for a two-page PDF) never run on the thread serving requests. Jobs run one
 * at a time in order; a job that runs too long stops the thread and fails, and the next job starts a
 * fresh one. The thread does not keep the process alive.
 */
class ResumeExporter {
  private worker: Worker | undefined;
  private ready: Promise<Worker> | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | undefined;

  async export(format: ResumeFormat, tailored: TailoredResume, options: ResumeExportOptions): Promise<Uint8Array> {
    if (this.pending.size >= maximumWaiting) throw busy();
    clearTimeout(this.idleTimer);
    const worker = await this.start();
    const id = this.nextId++;
    return new Promise<Uint8Array>((resolve, reject) => {
      const entry: Pending = { resolve, reject };
      this.pending.set(id, entry);
      // The clock starts when the job is handed over; jobs ahead of it get their own time.
      entry.timer = setTimeout(() => this.stop(failed('it took too long')), exportTimeoutMs * (this.pending.size));
      worker.postMessage({ id, format, tailored, options } satisfies ResumeExportJob);
    }).finally(() => {
      clearTimeout(this.pending.get(id)?.timer);
      this.pending.delete(id);
      if (this.pending.size === 0) this.idleTimer = setTimeout(() => this.stop(), idleMs).unref();
    });
  }

  private start(): Promise<Worker> {
    if (this.ready) return this.ready;
    this.ready = new Promise<Worker>((resolve, reject) => {
      const worker = new Worker(workerUrl, { execArgv: [], resourceLimits: { maxOldGenerationSizeMb: 256 } });
      this.worker = worker;
      worker.unref();
      const startup = setTimeout(() => {
        this.stop(busy());
        reject(busy());
      }, startupTimeoutMs);
      worker.on('message', (reply: ResumeExportReply) => {
        if (reply.kind === 'ready') {
          clearTimeout(startup);
          resolve(worker);
          return;
        }
        const entry = this.pending.get(reply.id);
        if (!entry) return;
        if (reply.kind === 'done') entry.resolve(reply.bytes);
        else entry.reject(failed(reply.reason));
      });
      worker.on('error', (error) => {
        clearTimeout(startup);
        this.stop(failed(error.name));
        reject(failed(error.name));
      });
      worker.on('exit', () => {
        clearTimeout(startup);
        if (this.worker === worker) this.stop(failed('the exporter stopped'));
      });
    });
    return this.ready;
  }

  /** Stops the thread; every job still waiting fails with `error`. */
  private stop(error?: Error) {
    const worker = this.worker;
    this.worker = undefined;
    this.ready = undefined;
    for (const entry of this.pending.values()) entry.reject(error ?? failed('the exporter stopped'));
    void worker?.terminate();
  }
}

const exporter = new ResumeExporter();

/** A tailored résumé as PDF or DOCX bytes, rendered off the request thread. */
export function exportResumeOffThread(format: ResumeFormat, tailored: TailoredResume, options: ResumeExportOptions = {}) {
  return exporter.export(format, tailored, options);
}
