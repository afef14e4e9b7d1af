import { Router } from 'express';
import { openApiDocument } from './openapi/openapi-document.ts';

/** GET /api/openapi.json: the REST API described in OpenAPI 3.1, built once from the routes' zod schemas. */
export function openApiRoutes() {
  const router = Router();
  let document: unknown;
  router.get('/openapi.json', (_request, response) => {
    document ??= openApiDocument();
    response.setHeader('Cache-Control', 'no-cache');
    response.json(document);
  });
  return router;
}
