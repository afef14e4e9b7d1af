// `npm run dev`: the Vite dev server with hot reload in front, the Atlas server (restarted on change) behind.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { loadConfig } from '../../config.ts';

const devPort = 5173;
const devUrl = `http://localhost:${devPort}`;
const { PORT: serverPort } = loadConfig();

// The browser talks only to the dev server, so that is the origin the API must accept and Google redirects to.
const server = spawn(process.execPath, ['--import', 'tsx', '--watch', fileURLToPath(new URL('../main.ts', import.meta.url))], {
  stdio: 'inherit',
  env: { ...process.env, ATLAS_PUBLIC_URL: devUrl },
});

const vite = await createServer({
  configFile: fileURLToPath(new URL('./vite.config.ts', import.meta.url)),
  server: {
    port: devPort,
    strictPort: true,
    proxy: { '/api': `http://localhost:${serverPort}`, '/mcp': `http://localhost:${serverPort}` },
  },
});
await vite.listen();
vite.printUrls();

const stop = () => {
  server.kill('SIGTERM');
  void vite.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
