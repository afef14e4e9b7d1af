/**
 * Drives one GET with N concurrent clients from a thread of its own, so the load generator's work
 * (HTTP parsing, JSON) runs beside the server's event loop instead of on it, as a browser's would.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Pool } from 'undici';
import { driveConcurrently } from './drive-concurrently.ts';

export interface HttpLoad {
  origin: string;
  path: string;
  headers: Record<string, string>;
  concurrency: number;
  durationMs: number;
  warmupMs: number;
}

const load = workerData as HttpLoad;
const pool = new Pool(load.origin, { connections: load.concurrency });
const summary = await driveConcurrently({
  ...load,
  async call() {
    const response = await pool.request({ method: 'GET', path: load.path, headers: load.headers });
    const body = await response.body.text();
    if (response.statusCode !== 200) throw new Error(`GET ${load.path} answered ${response.statusCode}: ${body.slice(0, 200)}`);
  },
});
await pool.close();
parentPort!.postMessage(summary);
