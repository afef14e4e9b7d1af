import { z } from 'zod';
import packageJson from '../../../package.json' with { type: 'json' };
import { openApiPath } from '../route-inventory.ts';
import { apiOperations, type ApiOperation, type Security } from './api-operations.ts';

type JsonSchema = Record<string, unknown>;

/**
 * A zod schema as JSON Schema 2020-12 (OpenAPI 3.1's dialect). Request bodies are described as the
 * route accepts them (`input`), responses as the route sends them (`output`); a transform or custom
 * check JSON Schema cannot express becomes an unconstrained value rather than an error.
 */
function jsonSchema(schema: z.ZodType, io: 'input' | 'output', shared?: Record<string, JsonSchema>): JsonSchema {
  const { $schema: _dialect, $defs, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonSchema;
  if (!$defs) return rest;
  // Definitions (recursive or named schemas) move to components, where OpenAPI resolves `$ref`s from,
  // under names no other schema's definitions took (zod numbers each call's from __schema0).
  const into = shared ?? {};
  const names = Object.keys($defs as Record<string, JsonSchema>).map((name) => {
    let unique = name;
    for (let suffix = 2; unique in into; suffix += 1) unique = `${name}_${suffix}`;
    into[unique] = {};
    return [name, unique] as const;
  });
  let text = JSON.stringify({ rest, $defs });
  for (const [name, unique] of names) text = text.replaceAll(`"#/$defs/${name}"`, `"#/components/schemas/${unique}"`);
  const moved = JSON.parse(text) as { rest: JsonSchema; $defs: Record<string, JsonSchema> };
  for (const [name, unique] of names) into[unique] = moved.$defs[name]!;
  return moved.rest;
}

/** Definitions hoisted out of the schemas while one document is built. */
let sharedSchemas: Record<string, JsonSchema> = {};

const errorSchema: JsonSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string', description: 'Machine-readable reason, e.g. invalid_input, not_found, unauthenticated' },
        message: { type: 'string' },
        fields: { type: 'array', items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } } },
      },
    },
  },
};

const securityRequirement: Record<Security, Record<string, string[]>[]> = {
  session: [{ session: [] }],
  bearer: [{ bearer: [] }],
  extension: [{ extensionKey: [] }],
  none: [],
};

function operationId(operation: ApiOperation): string {
  const words = `${operation.method} ${operation.path}`.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return words.map((word, index) => (index === 0 ? word : word[0]!.toUpperCase() + word.slice(1))).join('');
}

function parameters(operation: ApiOperation): JsonSchema[] {
  const inPath = [...operation.path.matchAll(/:(\w+)/g)].map(([, name]) => ({ name, in: 'path', required: true, schema: { type: 'string' } }));
  if (!operation.query) return inPath;
  const query = jsonSchema(operation.query, 'input', sharedSchemas) as { properties?: Record<string, JsonSchema>; required?: string[] };
  const inQuery = Object.entries(query.properties ?? {}).map(([name, schema]) => ({
    name,
    in: 'query',
    required: query.required?.includes(name) ?? false,
    schema,
  }));
  return [...inPath, ...inQuery];
}

function successResponse(operation: ApiOperation): JsonSchema {
  const status = operation.status ?? 200;
  if (status === 204) return { description: 'Done; no content' };
  if (status === 302) return { description: 'Redirect', headers: { Location: { schema: { type: 'string' } } } };
  if (operation.responseMedia) return { description: 'Success', content: { [operation.responseMedia]: { schema: {} } } };
  const schema = operation.response ? jsonSchema(operation.response, 'output', sharedSchemas) : { type: 'object' };
  return { description: 'Success', content: { 'application/json': { schema } } };
}

function describeOperation(operation: ApiOperation): JsonSchema {
  const security = operation.security ?? 'session';
  const described: JsonSchema = {
    operationId: operationId(operation),
    summary: operation.summary,
    tags: [operation.tag],
    security: securityRequirement[security],
    responses: {
      [String(operation.status ?? 200)]: successResponse(operation),
      ...(security === 'none' ? {} : { '401': { $ref: '#/components/responses/Error' } }),
      default: { $ref: '#/components/responses/Error' },
    },
  };
  const parameterList = parameters(operation);
  if (parameterList.length > 0) described.parameters = parameterList;
  if (operation.body || operation.bodyMedia) {
    const media = operation.bodyMedia ?? 'application/json';
    described.requestBody = { required: true, content: { [media]: { schema: operation.body ? jsonSchema(operation.body, 'input', sharedSchemas) : { type: 'object' } } } };
  }
  return described;
}

/** The OpenAPI 3.1 description of the REST API, built from the routes' own zod schemas. */
export function openApiDocument(operations: ApiOperation[] = apiOperations) {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  sharedSchemas = {};
  for (const operation of operations) {
    const path = openApiPath(operation.path);
    paths[path] ??= {};
    paths[path][operation.method] = describeOperation(operation);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Atlas Job OS',
      version: packageJson.version,
      description:
        'The REST API the Atlas browser app uses. Requests that change data must come from the app’s own origin (Origin header). Errors are `{ error: { code, message, fields? } }`.',
    },
    paths,
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'atlas_session', description: 'The browser session (`__Host-atlas_session` over HTTPS)' },
        bearer: { type: 'http', scheme: 'bearer', description: 'An Atlas access token or OAuth access token (MCP); ATLAS_METRICS_TOKEN for /metrics' },
        extensionKey: { type: 'http', scheme: 'bearer', description: 'The browser extension’s key' },
      },
      schemas: { ...sharedSchemas, Error: errorSchema },
      responses: { Error: { description: 'An error with a reason', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } } },
    },
  };
}
