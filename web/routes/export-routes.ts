import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Router, type Request, type Response } from 'express';
import type { Database } from '../../db/database.ts';
import { findUserTables } from '../../db/user-tables.ts';
import { withUser } from '../../db/with-user.ts';
import { recordAuditEvent } from '../../tools/audit/audit-log.ts';
import { csvZipExport } from '../account/csv-zip-export.ts';
import { jsonExport } from '../account/json-export.ts';
import { browserAuditSource } from '../audit-source.ts';
import { requireUser } from '../session-middleware.ts';

/**
 * Export everything (promise 18): `GET /api/export.json`, one JSON document with every record of the
 * user, and `GET /api/export.zip`, the same as CSV files, the pipeline also per application group.
 * Both stream: the download starts at once and a large account never sits in memory.
 */
export function exportRoutes(options: { database: Database; now: () => Date; logError: (error: unknown) => void }) {
  const { database, now, logError } = options;
  const router = Router();

  /** Logs the export (it reads the CV and email signals) and names the download. */
  async function startExport(request: Request, response: Response, format: 'json' | 'zip') {
    const user = requireUser(response);
    const exportedAt = now();
    const tables = await withUser(database, user.id, async (tx) => {
      await recordAuditEvent(tx, { ...browserAuditSource(request), action: `export${format === 'json' ? 'Json' : 'Csv'}`, recordKind: 'account', recordId: user.id }, exportedAt);
      return findUserTables(tx);
    });
    const day = exportedAt.toISOString().slice(0, 10);
    response.setHeader('Cache-Control', 'no-store');
    response.setHeader('Content-Disposition', `attachment; filename="atlas-export-${day}.${format}"`);
    response.type(format === 'json' ? 'application/json' : 'application/zip');
    return { userId: user.id, tables, exportedAt };
  }

  /** Streams the body; a failure after the first byte can only cut the download short, and is logged. */
  async function send(response: Response, body: Readable) {
    try {
      await pipeline(body, response);
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_STREAM_PREMATURE_CLOSE') return; // the browser went away
      if (!response.headersSent) throw error;
      logError(error);
      response.destroy();
    }
  }

  router.get('/export.json', async (request, response) => {
    const scope = await startExport(request, response, 'json');
    await send(response, Readable.from(jsonExport({ database, ...scope })));
  });

  router.get('/export.zip', async (request, response) => {
    const scope = await startExport(request, response, 'zip');
    await send(response, await csvZipExport({ database, ...scope }));
  });

  return router;
}
