/**
 * Drives one GET with N concurrent clients from a process of its own (see run-http-load.ts): it is
 * sent what to load as its first message and answers with the throughput it measured.
 */
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

const load = await new Promise<HttpLoad>((resolve) => process.once('message', (message) => resolve(message as HttpLoad)));
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
process.send!(summary, () => process.disconnect());
