import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readZip } from '../account/test-zip.ts';
import { buildExtension } from './build-extension.ts';

const outputFolder = mkdtempSync(join(tmpdir(), 'save-to-atlas-build-'));
afterAll(() => rmSync(outputFolder, { recursive: true, force: true }));

describe('npm run build:extension', () => {
  it('builds the unpacked folder and a zip of the same files for the store, listing the deployment it was built for', async () => {
    const { unpacked, zipPath, firefoxZipPath } = await buildExtension({ outputFolder, publicUrl: 'https://atlas.example.org' });
    const firefoxFiles = await readZip(readFileSync(firefoxZipPath));

    const files = await readZip(readFileSync(zipPath));
    const manifest = JSON.parse(files.get('manifest.json')!);

    expect([...files.keys()].sort()).toEqual([
      'background.js',
      'icon-128.png',
      'icon-16.png',
      'icon-32.png',
      'icon-48.png',
      'manifest.json',
      'popup.css',
      'popup.html',
      'popup.js',
      'read-page.js',
    ]);
    expect(readFileSync(join(unpacked, 'icon-128.png')).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(readFileSync(join(unpacked, 'icon-128.png')).readUInt32BE(16)).toBe(128);
    expect(readdirSync(unpacked).sort()).toEqual([...files.keys()].sort());
    expect(manifest).toMatchObject({ manifest_version: 3, permissions: ['activeTab', 'storage', 'scripting'] });
    expect(manifest.externally_connectable.matches).toContain('https://atlas.example.org/*');
    expect(files.get('read-page.js')).toContain('Readability');
    // The Firefox zip holds the same scripts under its own manifest.
    expect([...firefoxFiles.keys()].sort()).toEqual([...files.keys()].sort());
    expect(firefoxFiles.get('popup.js')).toBe(files.get('popup.js'));
    expect(JSON.parse(firefoxFiles.get('manifest.json')!)).toMatchObject({ browser_specific_settings: { gecko: { id: 'save-to-atlas@atlas-job-os' } } });
  }, 120_000);
});
