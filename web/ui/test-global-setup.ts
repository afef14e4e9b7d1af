import { rmSync } from 'node:fs';
import { browserAppFolder } from '../browser-app.ts';
import { buildBrowserAppIfStale } from './build-browser-app.ts';

/**
 * Browser tests drive the built app, so it is built (once, before any test file runs) when out of
 * date. A failed build fails only the tests that need the app: they find no app to open, while the
 * rest of the suite runs.
 */
export default async function buildBrowserApp() {
  try {
    await buildBrowserAppIfStale();
  } catch (error) {
    rmSync(browserAppFolder, { recursive: true, force: true });
    console.error('The browser app did not build; browser tests will fail.', error);
  }
}
