import { z } from 'zod';

/**
 * The Gemini API's GenerateContent wire format, as far as Atlas's recordings use it
 * (https://ai.google.dev/api/generate-content). Objects are loose: a field the API adds later is
 * kept and replayed as it came, never dropped.
 */
export const geminiPartSchema = z.looseObject({
  text: z.string().optional(),
  thought: z.boolean().optional(),
  thoughtSignature: z.string().optional(),
  functionCall: z.looseObject({ name: z.string(), args: z.record(z.string(), z.unknown()).default({}) }).optional(),
  functionResponse: z.looseObject({ name: z.string(), response: z.record(z.string(), z.unknown()) }).optional(),
});
export type GeminiPart = z.infer<typeof geminiPartSchema>;

export const usageMetadataSchema = z.looseObject({
  promptTokenCount: z.number().int().min(0),
  candidatesTokenCount: z.number().int().min(0).optional(),
  totalTokenCount: z.number().int().min(0),
  thoughtsTokenCount: z.number().int().min(0).optional(),
  cachedContentTokenCount: z.number().int().min(0).optional(),
});
export type UsageMetadata = z.infer<typeof usageMetadataSchema>;

const candidateSchema = z.looseObject({
  content: z.looseObject({ role: z.literal('model').default('model'), parts: z.array(geminiPartSchema).default([]) }),
  finishReason: z.string().optional(),
  index: z.number().int().default(0),
});

/**
 * One whole answer of the model to one request. `_source` says where it came from — "hand-written"
 * or "recorded <date> <model>" — and is never sent over the wire.
 */
export const generateContentResponseSchema = z.looseObject({
  _source: z.string().regex(/^(hand-written|recorded \d{4}-\d{2}-\d{2} \S+)/, 'say "hand-written" or "recorded <YYYY-MM-DD> <model>"'),
  candidates: z.array(candidateSchema).min(1),
  usageMetadata: usageMetadataSchema.optional(),
  modelVersion: z.string().optional(),
  responseId: z.string().optional(),
});
export type GenerateContentResponse = z.infer<typeof generateContentResponseSchema>;

/** What the provider sends; only the fields a recording is compared on are named. */
export const generateContentRequestSchema = z.looseObject({
  contents: z.array(z.looseObject({ role: z.string(), parts: z.array(geminiPartSchema) })),
  systemInstruction: z.looseObject({ parts: z.array(z.looseObject({ text: z.string() })) }).optional(),
  tools: z.array(z.looseObject({ functionDeclarations: z.array(z.looseObject({ name: z.string() })).optional() })).optional(),
  generationConfig: z.record(z.string(), z.unknown()).optional(),
});
export type GenerateContentRequest = z.infer<typeof generateContentRequestSchema>;

/** The error body the API answers with: `{ error: { code, message, status } }`. */
export interface GeminiErrorBody {
  error: { code: number; message: string; status: string };
}

/** The response as the API sends it: without the fixture's `_source`. */
export function toWire({ _source: _ignored, ...response }: GenerateContentResponse) {
  return response;
}

/**
 * Splits a whole answer into the events `streamGenerateContent?alt=sse` sends: text a few words at a
 * time, every other part whole, and finishReason and usageMetadata on the last event only.
 */
export function toStreamEvents(response: GenerateContentResponse): Record<string, unknown>[] {
  const { candidates, usageMetadata, ...rest } = toWire(response);
  const candidate = candidates[0]!;
  const { content, finishReason, ...candidateRest } = candidate;
  const parts = content.parts.flatMap((part) => {
    if (part.text === undefined || part.thoughtSignature !== undefined) return [part];
    const words = part.text.match(/\S+\s*/g) ?? [part.text];
    const pieces: GeminiPart[] = [];
    for (let start = 0; start < words.length; start += 3) pieces.push({ ...part, text: words.slice(start, start + 3).join('') });
    return pieces.length > 0 ? pieces : [part];
  });
  const events = parts.length > 0 ? parts : [undefined];
  return events.map((part, index) => {
    const last = index === events.length - 1;
    return {
      ...rest,
      candidates: [
        {
          ...(last ? candidateRest : { index: candidate.index }),
          content: { role: 'model', parts: part ? [part] : [] },
          ...(last && finishReason ? { finishReason } : {}),
        },
      ],
      ...(last && usageMetadata ? { usageMetadata } : {}),
    };
  });
}

/**
 * Joins the events of a streamed answer back into one response: parts in order, neighbouring text
 * of the same kind (answer or thought) merged, and the last event's finishReason, usage and other
 * fields kept.
 */
export function assembleStreamEvents(events: Record<string, unknown>[], source: string): GenerateContentResponse {
  const parts: GeminiPart[] = [];
  let merged: Record<string, unknown> = {};
  let candidateFields: Record<string, unknown> = {};
  for (const event of events) {
    const { candidates, ...eventFields } = event as { candidates?: Record<string, unknown>[] };
    merged = { ...merged, ...eventFields };
    const candidate = candidates?.[0];
    if (!candidate) continue;
    const { content, ...fields } = candidate as { content?: { parts?: GeminiPart[] } };
    candidateFields = { ...candidateFields, ...fields };
    for (const part of content?.parts ?? []) {
      const previous = parts.at(-1);
      const mergeable = (item: GeminiPart | undefined) =>
        item !== undefined && item.text !== undefined && Object.keys(item).every((key) => key === 'text' || key === 'thought');
      if (mergeable(previous) && mergeable(part) && Boolean(previous!.thought) === Boolean(part.thought)) {
        previous!.text += part.text!;
      } else {
        parts.push({ ...part });
      }
    }
  }
  return generateContentResponseSchema.parse({
    _source: source,
    ...merged,
    candidates: [{ index: 0, ...candidateFields, content: { role: 'model', parts } }],
  });
}
