import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import type { GenerateContentRequest } from './gemini-wire.ts';
import type { Placeholders } from './placeholders.ts';

/**
 * A model request as a recording compares it: the system instruction, the tool declarations, the
 * generation settings and the conversation, with run-specific values replaced by placeholders and
 * numbers rounded (vector distances differ in the last digits between PGlite and a Postgres server).
 */
export interface NormalisedRequest {
  systemInstruction: string;
  tools: { name: string; [field: string]: unknown }[];
  settings: Record<string, unknown>;
  contents: unknown[];
}

/**
 * What a recording keeps of each request. The system instruction and tool declarations are the same
 * in most requests of every scenario, so they are stored once by content hash in `evals/snapshots/`;
 * the contents are stored as what this request added to the previous one of the same scenario.
 */
export const requestSnapshotSchema = z.object({
  digest: z.string().describe('sha256 of the whole normalised request'),
  systemInstruction: z.string().describe('Content hash of the system instruction, stored in evals/snapshots/'),
  tools: z.string().describe('Content hash of the tool declarations, stored in evals/snapshots/'),
  settings: z.record(z.string(), z.unknown()).describe('generationConfig and toolConfig as sent'),
  contentsFrom: z.number().int().min(0).describe("How many of the previous request's contents this one starts with"),
  contents: z.array(z.unknown()).describe('The contents after those, normalised'),
});
export type RequestSnapshot = z.infer<typeof requestSnapshotSchema>;

/** JSON with object keys sorted, so equal values always serialise the same. */
export function stableJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/** sha256 of a value's stable JSON, shortened: long enough to never collide among a few hundred snapshots. */
export function contentHash(value: unknown): string {
  return createHash('sha256').update(stableJson(value)).digest('hex').slice(0, 16);
}

function roundNumbers(value: unknown): unknown {
  if (typeof value === 'number' && !Number.isInteger(value)) return Math.round(value * 100) / 100;
  if (Array.isArray(value)) return value.map(roundNumbers);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, roundNumbers(item)]));
  }
  return value;
}

/**
 * Tool call ids are the provider's random ones (when Gemini sends none) and differ every run; what
 * matters is which response answers which call, so they become `{{call:N}}` in order of appearance.
 */
function numberToolCallIds(contents: unknown[]): unknown[] {
  const numbers = new Map<string, string>();
  const numbered = (id: unknown) => {
    if (typeof id !== 'string') return id;
    if (!numbers.has(id)) numbers.set(id, `{{call:${numbers.size + 1}}}`);
    return numbers.get(id);
  };
  return contents.map((content) => {
    const { parts, ...rest } = content as { parts?: Record<string, unknown>[] };
    return {
      ...rest,
      parts: parts?.map((part) => {
        const call = part.functionCall as Record<string, unknown> | undefined;
        const response = part.functionResponse as Record<string, unknown> | undefined;
        if (call && 'id' in call) return { ...part, functionCall: { ...call, id: numbered(call.id) } };
        if (response && 'id' in response) return { ...part, functionResponse: { ...response, id: numbered(response.id) } };
        return part;
      }),
    };
  });
}

export function normaliseRequest(body: GenerateContentRequest, placeholders: Placeholders): NormalisedRequest {
  const { contents, systemInstruction, tools, generationConfig, toolConfig } = body as GenerateContentRequest & { toolConfig?: unknown };
  return {
    systemInstruction: (systemInstruction?.parts ?? []).map((part) => part.text).join('\n'),
    tools: (tools ?? []).flatMap((tool) => tool.functionDeclarations ?? []) as NormalisedRequest['tools'],
    settings: roundNumbers({ ...(generationConfig ? { generationConfig } : {}), ...(toolConfig ? { toolConfig } : {}) }) as Record<string, unknown>,
    contents: roundNumbers(numberToolCallIds(placeholders.toRecorded(contents))) as unknown[],
  };
}

export function requestDigest(request: NormalisedRequest): string {
  return createHash('sha256').update(stableJson(request)).digest('hex');
}

/** How many leading contents two requests share. */
function sharedPrefixLength(previous: unknown[], next: unknown[]) {
  let length = 0;
  while (length < previous.length && length < next.length && isDeepStrictEqual(previous[length], next[length])) length += 1;
  return length;
}

/** The snapshot of `request`, given the contents of the scenario's previous request. */
export function snapshotOf(request: NormalisedRequest, previousContents: unknown[]): RequestSnapshot {
  const contentsFrom = sharedPrefixLength(previousContents, request.contents);
  return {
    digest: requestDigest(request),
    systemInstruction: contentHash(request.systemInstruction),
    tools: contentHash(request.tools),
    settings: request.settings,
    contentsFrom,
    contents: request.contents.slice(contentsFrom),
  };
}

/** The whole contents a snapshot stands for, given the contents of the scenario's previous recorded request. */
export function recordedContents(snapshot: RequestSnapshot, previousContents: unknown[]): unknown[] {
  return [...previousContents.slice(0, snapshot.contentsFrom), ...snapshot.contents];
}
