import { buildBrowserAppIfStale } from './build-browser-app.ts';

/** Browser tests drive the built app, so it is built (once, before any test file runs) when out of date. */
export default async function buildBrowserApp() {
  await buildBrowserAppIfStale();
}
