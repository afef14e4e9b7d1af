import { ConfigError, loadConfig } from '../config.ts';
import { createChatModel } from '../agent/chat-model.ts';
import { openDatabase } from '../db/database.ts';
import { createApp } from './create-app.ts';

async function main() {
  const config = loadConfig();
  const handle = await openDatabase(
    config.DATABASE_URL ? { kind: 'postgres', url: config.DATABASE_URL } : { kind: 'pglite', dataDir: config.ATLAS_DATA_DIR },
  );
  await handle.migrate();
  const app = createApp({ config, database: handle.db, chatModel: createChatModel(config) });
  const server = app.listen(config.PORT, config.HOST, () => {
    const where = handle.kind === 'pglite' ? `embedded PGlite in ${config.ATLAS_DATA_DIR}` : 'PostgreSQL';
    console.log(`Atlas is running at ${config.ATLAS_PUBLIC_URL} (database: ${where})`);
  });
  const shutdown = () => {
    server.close(() => void handle.close().then(() => process.exit(0)));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
