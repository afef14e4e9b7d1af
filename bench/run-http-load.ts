import { Worker } from 'node:worker_threads';
import type { ThroughputSummary } from './drive-concurrently.ts';
import type { HttpLoad } from './http-load-worker.ts';

/** Runs http-load-worker.ts on its own thread and resolves with what it measured. */
export function runHttpLoad(load: HttpLoad): Promise<ThroughputSummary> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./http-load-worker.ts', import.meta.url), { workerData: load });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`the load thread exited with ${code}`)));
  });
}
