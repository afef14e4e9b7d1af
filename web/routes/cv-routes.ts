import { Router, type NextFunction, type Request, type Response } from 'express';
import multer from 'multer';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { withUser } from '../../db/with-user.ts';
import { deleteCv } from '../../tools/cv/delete-cv.ts';
import { invalidCv, supportedFormatsHint } from '../../tools/cv/detect-cv-format.ts';
import { maximumCvBytes } from '../../tools/cv/extract-cv-text.ts';
import { uploadCv } from '../../tools/cv/upload-cv.ts';
import type { Embedder } from '../../tools/embeddings/embedder.ts';
import { NotFoundError, parseInput, UnavailableError } from '../../tools/errors.ts';
import { getCv } from '../../tools/get-cv.ts';
import { runTool } from '../../tools/run-tool.ts';
import { requireUser } from '../session-middleware.ts';
import { storableText } from '../../tools/storable-input.ts';

/** Carries its HTTP status the way body-parser's errors do, which the error middleware honours. */
class FileTooLargeError extends Error {
  override readonly name = 'FileTooLargeError';
  readonly status = 413;
}

const receiveOneFile = multer({
  storage: multer.memoryStorage(),
  // Browsers send UTF-8 file names without saying so; busboy would read them as Latin-1.
  defParamCharset: 'utf8',
  limits: { fileSize: maximumCvBytes, files: 1, fields: 10, parts: 12 },
}).single('file');

/** Reads the multipart body into memory, turning multer's limits into errors a user can act on. */
function receiveCvFile(request: Request, response: Response, next: NextFunction) {
  // Who is asking is settled before the body is read: without a session the answer is 401, never 400 or 413.
  requireUser(response);
  receiveOneFile(request, response, (error: unknown) => {
    if (error instanceof multer.MulterError) {
      return next(
        error.code === 'LIMIT_FILE_SIZE'
          ? new FileTooLargeError('The file is larger than 5 MB.')
          : invalidCv(`Send the CV as one file in the multipart field "file" (${error.message}).`),
      );
    }
    // Anything else the multipart parser reports is a malformed body (no boundary, no closing
    // boundary, a cut-off part): the sender's fault, never the server's.
    if (error) return next(invalidCv(`The multipart body could not be read (${(error as Error).message}). ${supportedFormatsHint}`));
    next();
  });
}

/** The signed-in user's CV: upload (replacing the previous one whole), read and delete. */
export function cvRoutes(options: { database: Database; embedder: Embedder | null; now: () => Date }) {
  const { database, embedder, now } = options;
  const router = Router();

  router.put('/cv', receiveCvFile, async (request, response) => {
    const user = requireUser(response);
    if (!request.file) throw invalidCv(`Attach the CV as the multipart field "file". ${supportedFormatsHint}`);
    const { buffer, mimetype, originalname } = request.file;
    parseInput(z.object({ file: storableText() }), { file: originalname }, 'The CV file name cannot be stored; rename the file');
    if (!embedder) throw new UnavailableError('CV upload needs an embedding model, and none is configured', 'embeddings_unavailable');
    const cv = await uploadCv({
      database,
      userId: user.id,
      embedder,
      file: { bytes: buffer, declaredType: mimetype, fileName: originalname },
      now,
    });
    // The CV is personal: no shared cache keeps a copy of it.
    response.setHeader('Cache-Control', 'no-store');
    response.json({ cv });
  });

  router.get('/cv', async (_request, response) => {
    const user = requireUser(response);
    const { cv } = await runTool(getCv, {}, { database, userId: user.id, actor: 'web', now, embedder: embedder ?? undefined });
    if (!cv) throw new NotFoundError('CV');
    response.setHeader('Cache-Control', 'no-store');
    response.json({ cv });
  });

  router.delete('/cv', async (_request, response) => {
    const user = requireUser(response);
    await withUser(database, user.id, (db) => deleteCv(db, user.id));
    response.status(204).end();
  });

  return router;
}
