import { describe, expect, it } from 'vitest';
import { foldForPhrases, readWithKnowledge } from './job-mail-knowledge.ts';
import { foldMailText } from './job-mail-phrases.ts';

describe('mail folds its letters as every word comparison in Atlas does', () => {
  it('reads the letters without a separable mark as plain ones, and keeps the punctuation the phrase rules read', () => {
    expect(foldMailText('Vi har modtaget din ansøgning – we’ve got it, Łukasz')).toBe("vi har modtaget din ansogning – we've got it, lukasz");
    expect(foldForPhrases('Tak for din ansøgning. Vi vender tilbage')).toBe(' tak for din ansogning . vi vender tilbage ');
  });

  it('reads a Nordic phrase alike whether the mail writes "ø" or the plain letter a keyboard without it types', () => {
    const kinds = (text: string) => readWithKnowledge(text).map((reading) => reading.kind);
    expect(kinds('Tak for din ansøgning til stillingen som lagerchef.')).toContain('application_confirmation');
    expect(kinds('Tak for din ansogning til stillingen som lagerchef.')).toContain('application_confirmation');
  });
});
