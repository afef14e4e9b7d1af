import { describe, expect, it } from 'vitest';
import { createPlaceholders } from './placeholders.ts';

const seeded = 'a0000000-0000-4000-8000-000000000001';

describe('createPlaceholders', () => {
  it('records generated ids, stub origins and database-clock times as placeholders, and keeps seeded ids', () => {
    const placeholders = createPlaceholders({ seededIds: [seeded], origins: { 'http://127.0.0.1:40123': 'web' }, runStartedAt: new Date('2026-11-24T10:00:00Z') });
    const generated = crypto.randomUUID();
    const recorded = placeholders.toRecorded({
      applicationId: generated,
      jobId: seeded,
      url: 'http://127.0.0.1:40123/jobs/7',
      createdAt: '2026-11-24T10:00:03.120Z',
      publishedAt: '2026-05-01T00:00:00.000Z',
    });
    expect(recorded).toEqual({
      applicationId: '{{new:1}}',
      jobId: seeded,
      url: '{{web}}/jobs/7',
      createdAt: '{{wall-clock}}',
      publishedAt: '2026-05-01T00:00:00.000Z',
    });
    expect(placeholders.toLive({ applicationId: '{{new:1}}', url: '{{web}}/jobs/7' })).toEqual({ applicationId: generated, url: 'http://127.0.0.1:40123/jobs/7' });
  });

  it('gives an id first named by a recorded response a live one that records back the same', () => {
    const placeholders = createPlaceholders({ seededIds: [], origins: {}, runStartedAt: new Date() });
    const live = placeholders.toLive('{{new:3}}');
    expect(placeholders.toRecorded(live)).toBe('{{new:3}}');
  });
});
