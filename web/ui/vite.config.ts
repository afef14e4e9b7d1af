import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { recordBuildInputs } from './build-inputs.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

/** The browser app: sources in web/ui, built into web/ui/dist, which the Express server serves. */
export default defineConfig({
  root,
  plugins: [react(), recordBuildInputs(root)],
  build: { outDir: 'dist', emptyOutDir: true },
});
