import { describe, expect, it } from 'vitest';
import { assembleStreamEvents, toStreamEvents, type GenerateContentResponse } from './gemini-wire.ts';

const answer: GenerateContentResponse = {
  _source: 'hand-written',
  candidates: [
    {
      content: {
        role: 'model',
        parts: [{ text: 'Two roles match: Backend Engineer at Acme and Go Developer at Initech.' }, { functionCall: { name: 'saveJob', args: { jobId: 'x' } }, thoughtSignature: 'c2ln' }],
      },
      finishReason: 'STOP',
      index: 0,
    },
  ],
  usageMetadata: { promptTokenCount: 120, candidatesTokenCount: 30, totalTokenCount: 150 },
  modelVersion: 'gemini-2.5-flash',
};

describe('toStreamEvents', () => {
  it('splits text over several events and puts finishReason and usage on the last one only', () => {
    const events = toStreamEvents(answer) as { candidates: { finishReason?: string }[]; usageMetadata?: unknown }[];
    expect(events.length).toBeGreaterThan(3);
    expect(events.slice(0, -1).every((event) => event.usageMetadata === undefined && event.candidates[0]!.finishReason === undefined)).toBe(true);
    expect(events.at(-1)).toMatchObject({ candidates: [{ finishReason: 'STOP' }], usageMetadata: { totalTokenCount: 150 } });
    expect(JSON.stringify(events)).not.toContain('_source');
  });
});

describe('assembleStreamEvents', () => {
  it('joins streamed events back into the whole answer', () => {
    expect(assembleStreamEvents(toStreamEvents(answer), 'hand-written')).toEqual(answer);
  });
});
