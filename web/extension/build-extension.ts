import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import yazl from 'yazl';
import { drawIcon, iconSizes } from './draw-icon.ts';
import { atlasPages, extensionManifest, firefoxManifest } from './manifest.ts';

const sourceFolder = fileURLToPath(new URL('./src/', import.meta.url));
export const defaultOutputFolder = fileURLToPath(new URL('./dist/', import.meta.url));

/** One script of the extension, bundled on its own: the browser loads each separately. */
async function bundle(options: { entry: string; outFolder: string; fileName: string; format: 'es' | 'iife' }) {
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: options.outFolder,
      emptyOutDir: false,
      // Readable output: store reviewers read the code they approve.
      minify: false,
      lib: { entry: join(sourceFolder, options.entry), formats: [options.format], name: 'atlas', fileName: () => options.fileName },
    },
  });
}

/** Zips `files` of `folder` into `zipPath`. */
async function zipFolder(folder: string, files: string[], zipPath: string) {
  const zip = new yazl.ZipFile();
  for (const file of files) zip.addFile(join(folder, file), file);
  zip.end();
  await new Promise<void>((resolve, reject) => {
    zip.outputStream.pipe(createWriteStream(zipPath)).on('close', resolve).on('error', reject);
  });
}

/**
 * Builds the extension into `<outputFolder>/unpacked` (load it with "Load unpacked") and
 * `<outputFolder>/save-to-atlas.zip` (for the Chrome Web Store), and the same scripts with Firefox's
 * manifest into `<outputFolder>/firefox` and `save-to-atlas-firefox.zip` (for addons.mozilla.org).
 */
export async function buildExtension(options: { outputFolder?: string; publicUrl?: string } = {}) {
  const outputFolder = options.outputFolder ?? defaultOutputFolder;
  const unpacked = join(outputFolder, 'unpacked');
  await rm(outputFolder, { recursive: true, force: true });
  await mkdir(unpacked, { recursive: true });
  await bundle({ entry: 'popup.ts', outFolder: unpacked, fileName: 'popup.js', format: 'iife' });
  await bundle({ entry: 'read-page.ts', outFolder: unpacked, fileName: 'read-page.js', format: 'iife' });
  await bundle({ entry: 'background.ts', outFolder: unpacked, fileName: 'background.js', format: 'es' });
  for (const file of ['popup.html', 'popup.css']) await copyFile(join(sourceFolder, file), join(unpacked, file));
  const icons = iconSizes.map((size) => `icon-${size}.png`);
  for (const [index, size] of iconSizes.entries()) await writeFile(join(unpacked, icons[index]!), drawIcon(size));
  const { version } = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  const manifest = extensionManifest({ version, atlasPages: atlasPages(options.publicUrl) });
  await writeFile(join(unpacked, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);

  const files = ['manifest.json', 'popup.html', 'popup.css', 'popup.js', 'read-page.js', 'background.js', ...icons];
  const zipPath = join(outputFolder, 'save-to-atlas.zip');
  await zipFolder(unpacked, files, zipPath);

  const firefox = join(outputFolder, 'firefox');
  await mkdir(firefox, { recursive: true });
  for (const file of files.filter((name) => name !== 'manifest.json')) await copyFile(join(unpacked, file), join(firefox, file));
  const firefoxManifestJson = firefoxManifest({ version, atlasPages: atlasPages(options.publicUrl) });
  await writeFile(join(firefox, 'manifest.json'), `${JSON.stringify(firefoxManifestJson, null, 2)}\n`);
  const firefoxZipPath = join(outputFolder, 'save-to-atlas-firefox.zip');
  await zipFolder(firefox, files, firefoxZipPath);
  return { unpacked, zipPath, manifest, firefox, firefoxZipPath };
}
