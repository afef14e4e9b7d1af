import { describe, expect, it } from 'vitest';
import { crossCheckReading, modelDismisses } from './cross-check-mail-reading.ts';
import type { ModelMailReading } from './model-mail-reading.ts';

const model = (kind: ModelMailReading['kind'], confidence: number): ModelMailReading => ({ kind, confidence, applicationId: null });

describe('crossCheckReading', () => {
  it('keeps the rules’ reading where the model gave none', () => {
    expect(crossCheckReading({ kind: 'offer', certain: true }, undefined)).toEqual({ kind: 'offer', certain: true });
    expect(crossCheckReading(undefined, undefined)).toBeUndefined();
  });

  it('takes a step only the model read, sure enough to act on only when the model is very sure', () => {
    expect(crossCheckReading(undefined, model('assessment_invitation', 0.95))).toEqual({ kind: 'assessment_invitation', certain: true });
    expect(crossCheckReading(undefined, model('assessment_invitation', 0.8))).toEqual({ kind: 'assessment_invitation', certain: false });
  });

  it('lets nothing move where the two read different steps, and keeps the model’s', () => {
    expect(crossCheckReading({ kind: 'interview_invitation', certain: true }, model('rejection', 0.99))).toEqual({ kind: 'rejection', certain: false });
  });

  it('keeps a rejection the rules also read as a delay with the user, however sure the model', () => {
    expect(crossCheckReading({ kind: 'rejection', certain: false }, model('rejection', 0.99))).toEqual({ kind: 'rejection', certain: false });
    expect(crossCheckReading({ kind: 'recruiter_reply', certain: false }, model('recruiter_reply', 0.95))).toEqual({ kind: 'recruiter_reply', certain: true });
  });

  it('drops the rules’ guesses for mail the model is sure is no job mail, but not a step the rules are sure of', () => {
    expect(crossCheckReading({ kind: 'recruiter_reply', certain: false }, model('not_job', 0.9))).toBeUndefined();
    expect(crossCheckReading({ kind: 'offer', certain: true }, model('not_job', 0.9))).toEqual({ kind: 'offer', certain: false });
    expect(crossCheckReading({ kind: 'recruiter_reply', certain: false }, model('not_job', 0.6))).toEqual({ kind: 'recruiter_reply', certain: false });
    expect(modelDismisses(model('not_job', 0.9))).toBe(true);
    expect(modelDismisses(model('not_job', 0.6))).toBe(false);
  });
});
