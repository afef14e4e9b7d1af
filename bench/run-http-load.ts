import { fork } from 'node:child_process';
import type { ThroughputSummary } from './drive-concurrently.ts';
import type { HttpLoad } from './http-load-process.ts';

/**
 * Runs http-load-process.ts as a process of its own and resolves with what it measured: the load
 * generator has its own event loop, heap and garbage collector, as a browser or a load tester on
 * another machine would, so none of its HTTP parsing is charged to the server being measured.
 */
export function runHttpLoad(load: HttpLoad): Promise<ThroughputSummary> {
  return new Promise((resolve, reject) => {
    // fork passes on this process's --import tsx, so the child runs the TypeScript file as it is.
    const child = fork(new URL('./http-load-process.ts', import.meta.url), { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let summary: ThroughputSummary | undefined;
    child.once('message', (message) => {
      summary = message as ThroughputSummary;
    });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 && summary ? resolve(summary) : reject(new Error(`the load process exited with ${code}`))));
    child.send(load);
  });
}
