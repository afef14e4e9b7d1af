import type { RequestHandler } from 'express';
import { NotFoundError } from '../tools/errors.ts';

/**
 * Answers any `/api/...` request no route took with the API's JSON 404, not the browser app's page:
 * a client calling a wrong or retired endpoint must learn so, not parse HTML. Mount after every API route.
 */
export function apiNotFound(): RequestHandler {
  return (request) => {
    // The path is echoed so a caller sees which one was wrong; capped so the answer stays small.
    const path = request.originalUrl.split('?')[0]!.slice(0, 200);
    throw new NotFoundError(`API route ${request.method} ${path}`);
  };
}
