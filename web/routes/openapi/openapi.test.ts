import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadConfig } from '../../../config.ts';
import type { DatabaseHandle } from '../../../db/database.ts';
import { openTestDatabase } from '../../../db/test-database.ts';
import { createApp } from '../../create-app.ts';
import { createLogger } from '../../observability/logger.ts';
import { startTestServer, type TestServer } from '../../test-server.ts';
import { openApiPath, servedRoutes } from '../route-inventory.ts';
import { openApiDocument } from './openapi-document.ts';

type Document = ReturnType<typeof openApiDocument>;
type Operation = { responses?: Record<string, unknown>; parameters?: { name: string; in: string }[]; summary?: string; security?: unknown };

let handle: DatabaseHandle;
let app: ReturnType<typeof createApp>;
let server: TestServer;
beforeAll(async () => {
  handle = await openTestDatabase();
  app = createApp({ config: loadConfig({ NODE_ENV: 'test', ATLAS_HIBP_CHECK: 'false' }), database: handle.db, logError: () => {}, logger: createLogger({ level: 'silent' }) });
  server = await startTestServer();
});
afterAll(async () => {
  await handle?.close();
  await server?.close();
});

const httpMethods = ['get', 'post', 'put', 'patch', 'delete'];

describe('OpenAPI description', () => {
  it('is served at /api/openapi.json without signing in', async () => {
    const response = await server.request('/api/openapi.json');
    const document = (await response.json()) as Document;

    expect(response.status).toBe(200);
    expect(document.openapi).toBe('3.1.0');
    expect(document.paths['/api/drafts/{id}']).toHaveProperty('patch');
  });

  it('describes every route the app serves, and no route it does not', () => {
    const document = openApiDocument();
    const served = servedRoutes(app as never);
    const missing = served
      .filter(({ method, path }) => {
        const item = document.paths[openApiPath(path)] as Record<string, unknown> | undefined;
        // `all` routes (MCP, OAuth authorize) are described by the methods clients use on them.
        return method === 'all' ? !item || !httpMethods.some((each) => each in item) : !item?.[method];
      })
      .map(({ method, path }) => `${method.toUpperCase()} ${path}`);
    const servedKeys = new Set(served.map(({ method, path }) => `${method} ${openApiPath(path)}`));
    const stale = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((method) => !servedKeys.has(`${method} ${path}`) && !servedKeys.has(`all ${path}`))
        .map((method) => `${method.toUpperCase()} ${path}`),
    );

    // The walk found the app's routes through nested routers and their mount paths.
    expect(served.length).toBeGreaterThan(100);
    expect(served).toContainEqual({ method: 'patch', path: '/api/drafts/:id' });
    expect(missing).toEqual([]);
    expect(stale).toEqual([]);
  });

  it('gives every operation a summary, a success response and its path parameters', () => {
    const document = openApiDocument();
    const problems: string[] = [];
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item as Record<string, Operation>)) {
        const where = `${method.toUpperCase()} ${path}`;
        const statuses = Object.keys(operation.responses ?? {});
        if (!statuses.some((status) => /^[23]\d\d$/.test(status))) problems.push(`${where}: no success response`);
        if (!operation.summary) problems.push(`${where}: no summary`);
        if (!Array.isArray(operation.security)) problems.push(`${where}: no security`);
        for (const [, name] of path.matchAll(/\{(\w+)\}/g)) {
          if (!operation.parameters?.some((parameter) => parameter.in === 'path' && parameter.name === name)) problems.push(`${where}: path parameter ${name} undeclared`);
        }
      }
    }

    const references = [...JSON.stringify(document).matchAll(/"\$ref":"([^"]+)"/g)].map(([, reference]) => reference!);
    const unresolved = references.filter((reference) => {
      const [, section, name] = reference.match(/^#\/components\/(\w+)\/(.+)$/) ?? [];
      return !section || !(name! in ((document.components as Record<string, Record<string, unknown>>)[section] ?? {}));
    });

    expect(problems).toEqual([]);
    expect(unresolved).toEqual([]);
    expect(document.components.securitySchemes.session).toMatchObject({ type: 'apiKey', in: 'cookie' });
  });

  it('describes tool-backed routes with the tool’s own input and output schemas', () => {
    const document = openApiDocument() as unknown as { paths: Record<string, Record<string, any>> };
    const draft = document.paths['/api/drafts']!.post;

    expect(draft.requestBody.content['application/json'].schema.properties).toHaveProperty('applicationId');
    expect(draft.responses['201'].content['application/json'].schema.properties).toHaveProperty('draft');
    expect(document.paths['/api/drafts']!.get.parameters).toContainEqual(expect.objectContaining({ name: 'applicationId', in: 'query' }));
  });

  it('moves recursive definitions into components under names of their own, so every $ref resolves', () => {
    const tree: z.ZodType = z.object({ name: z.string(), get children() { return z.array(tree); } });
    const chain: z.ZodType = z.object({ id: z.number(), get next() { return chain.optional(); } });
    const document = openApiDocument([{ method: 'post', path: '/things', tag: 'Test', summary: 'Recursive', body: z.object({ tree }), response: z.object({ chain }) }]);
    const operation = document.paths['/things']!.post as any;
    const bodyRef = operation.requestBody.content['application/json'].schema.properties.tree.$ref as string;
    const responseRef = operation.responses['200'].content['application/json'].schema.properties.chain.$ref as string;
    const schemas = document.components.schemas as Record<string, any>;

    expect(bodyRef).not.toBe(responseRef);
    expect(schemas[bodyRef.split('/').pop()!].properties.children.items.$ref).toBe(bodyRef);
    expect(schemas[responseRef.split('/').pop()!].properties.next.$ref).toBe(responseRef);
  });
});
