import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import linter from 'addons-linter';
import { afterAll, describe, expect, it } from 'vitest';
import { buildExtension } from './build-extension.ts';

const outputFolder = mkdtempSync(join(tmpdir(), 'save-to-atlas-firefox-'));
afterAll(() => rmSync(outputFolder, { recursive: true, force: true }));

describe('the Firefox package', () => {
  it('passes Mozilla’s add-on linter, as addons.mozilla.org runs it, with no error and no warning but Readability’s own parser', async () => {
    const { firefoxZipPath } = await buildExtension({ outputFolder });

    const instance = linter.createInstance({
      config: { _: [firefoxZipPath], logLevel: 'fatal', stack: false, pretty: false, warningsAsErrors: false, metadata: false, output: 'none', boring: false, selfHosted: true },
      runAsBinary: false,
    });
    const result = await instance.run();

    expect(result.errors).toEqual([]);
    // Readability builds its parsed copy of the page with innerHTML; nothing of ours does.
    expect(result.warnings.map((warning) => `${warning.code} ${warning.file}`)).toEqual(['UNSAFE_VAR_ASSIGNMENT read-page.js', 'UNSAFE_VAR_ASSIGNMENT read-page.js']);
  }, 120_000);
});
