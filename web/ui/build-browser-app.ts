import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { browserAppFolder } from '../browser-app.ts';
import { buildInputsFile } from './build-inputs.ts';

const uiFolder = fileURLToPath(new URL('.', import.meta.url));
const repositoryFolder = join(uiFolder, '..', '..');

/**
 * Every input of the build: what the last build recorded it was made from, any source added since,
 * the page, the build settings, and the installed packages.
 */
function buildInputs() {
  const sources = (readdirSync(join(uiFolder, 'src'), { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
  let recorded: string[] = [];
  try {
    recorded = (JSON.parse(readFileSync(join(browserAppFolder, buildInputsFile), 'utf8')) as string[]).map((file) => join(uiFolder, file));
  } catch {
    // An older build without the record: the sources still decide.
  }
  const settings = ['index.html', 'vite.config.ts', 'build-inputs.ts'].map((file) => join(uiFolder, file));
  return [...recorded, ...sources, ...settings, join(repositoryFolder, 'package-lock.json')];
}

function modifiedAt(path: string) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

/** True when the built app is missing or older than any of its inputs (after a pull, an edit, an install). */
export function browserAppIsStale() {
  const builtAt = modifiedAt(join(browserAppFolder, 'index.html'));
  if (builtAt === undefined) return true;
  return buildInputs().some((path) => (modifiedAt(path) ?? 0) > builtAt);
}

/** Builds the browser app with Vite unless the build is current; returns whether it built. */
export async function buildBrowserAppIfStale(options: { log?: (line: string) => void } = {}) {
  if (!browserAppIsStale()) return false;
  options.log?.('Building the browser app…');
  // In its own process, as production: Vite builds React's development runtime when NODE_ENV says
  // anything else, and the test runner sets NODE_ENV=test.
  await promisify(execFile)(
    process.execPath,
    [join(repositoryFolder, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', join(uiFolder, 'vite.config.ts'), '--logLevel', 'error'],
    { cwd: repositoryFolder, env: { ...process.env, NODE_ENV: 'production' } },
  );
  return true;
}
