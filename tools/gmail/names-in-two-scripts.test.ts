import { describe, expect, it } from 'vitest';
import { matchApplication } from './match.ts';
import { isFirstApproach } from './classify.ts';

describe('a company tracked under its name in two scripts', () => {
  const applications = [
    { id: 'jp', company: '株式会社サクラ工房 (Sakura Kobo Inc.)', title: 'UIデザイナー', url: null },
    { id: 'other', company: 'Acme (UK)', title: 'UX Designer', url: null },
  ];

  it('is named by either script, even in a booking tool’s event title', () => {
    const booking = { from: { name: 'TimeRex', email: 'noreply@timerex.net' }, subject: '【日程確定】株式会社サクラ工房 一次面接', snippet: '以下の日程で予定が確定しました。' };
    expect(matchApplication(booking, applications)?.applicationId).toBe('jp');
    const english = { from: { name: 'Aiko Mori', email: 'aiko@sakura-kobo.example' }, subject: 'Sakura Kobo – your interview', snippet: 'Thank you for applying.' };
    expect(matchApplication(english, applications)?.applicationId).toBe('jp');
  });

  it('is not a place or a country in brackets: "Acme (UK)" is not named by mail that mentions the UK', () => {
    const message = { from: { name: 'Lena', email: 'lena@travel.example' }, subject: 'Your UK trip', snippet: 'Flights to the UK are booked.' };
    expect(matchApplication(message, applications)?.applicationId).not.toBe('other');
  });
});

describe('a recruiter’s first approach in Romanian or Korean', () => {
  const approach = (email: string, subject: string, snippet: string) => isFirstApproach({ from: { name: 'Recruiter', email }, subject, snippet, labelIds: ['INBOX'] });

  it('is a role being filled and the candidate’s interest asked', () => {
    expect(approach('ana@talentbridge.example', 'Contabil senior – Iași', 'Bună ziua, recrutez un contabil senior pentru o companie de distribuție. Ați fi interesat de o discuție?')).toBe(true);
    expect(approach('jisoo@headhunt.example', '[포지션 제안] 시니어 백엔드 개발자', '안녕하세요, 핀테크 기업의 시니어 백엔드 개발자 포지션을 제안드리고 싶습니다. 관심 있으시면 회신 부탁드립니다.')).toBe(true);
  });

  it('is not a friend’s note or an ordinary question', () => {
    expect(approach('mama@family.example', '주말', '주말에 밥 먹으러 올 수 있어? 시간 가능하실까요는 농담이고.')).toBe(false);
  });
});
