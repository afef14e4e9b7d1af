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

  it('reads Greek final sigma as sigma and keeps Korean syllables whole, so either spelling meets the phrases', () => {
    expect(foldMailText('Η ΘΈΣΗ της εταιρείας')).toBe('η θεση τησ εταιρειασ');
    expect(foldMailText('지원서가 접수되었습니다')).toBe('지원서가 접수되었습니다');
    const kinds = (text: string) => readWithKnowledge(text).map((reading) => reading.kind);
    expect(kinds('지원서가 정상적으로 접수 되었습니다')).toContain('application_confirmation');
    expect(kinds('지원서가 정상적으로 접수되었습니다')).toContain('application_confirmation');
  });

  it('does not end a sentence at a company’s abbreviated legal form or a title', () => {
    expect(foldForPhrases('Başvurunuz Deniz Ltd. Şti. firmasına iletildi')).toBe(' basvurunuz deniz ltd sti firmasina iletildi ');
  });
});
