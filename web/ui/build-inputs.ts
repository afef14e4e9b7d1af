import { isAbsolute, relative } from 'node:path';
import type { Plugin } from 'vite';

/** Where a build lists what it was made from; a dotfile, which the server never serves. */
export const buildInputsFile = '.build-inputs.json';

/**
 * A Vite plugin that lists the project files that went into the bundle (sources outside web/ui
 * included, such as a tool helper the app shares), paths relative to `root`, so `npm start` can tell
 * when the build is older than any of them.
 */
export function recordBuildInputs(root: string): Plugin {
  return {
    name: 'atlas-record-build-inputs',
    apply: 'build',
    generateBundle() {
      const files = [...this.getModuleIds()].filter((id) => isAbsolute(id) && !id.includes('/node_modules/')).map((id) => relative(root, id));
      this.emitFile({ type: 'asset', fileName: buildInputsFile, source: JSON.stringify(files.sort(), null, 2) });
    },
  };
}
