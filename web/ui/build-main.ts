// `npm start` runs this first, so a fresh clone (or a pull) serves an up-to-date browser app.
import { buildBrowserAppIfStale } from './build-browser-app.ts';

await buildBrowserAppIfStale({ log: (line) => console.log(line) });
