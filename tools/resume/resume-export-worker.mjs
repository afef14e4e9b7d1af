// A worker thread starts without the loaders of the thread that made it (tsx under `npm start`, Vite
// under vitest), so it registers tsx itself before loading the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./resume-export-worker.ts');
