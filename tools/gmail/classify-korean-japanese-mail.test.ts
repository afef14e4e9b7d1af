import { describe, expect, it } from 'vitest';
import { classifyWithCertainty } from './classify.ts';

const person = { name: '이수진', email: 'sujin.lee@hanbit-mobility.example' };
const read = (message: { from?: { name: string | null; email: string }; subject: string; snippet: string }, fromEmployer = true) =>
  classifyWithCertainty({ from: person, labelIds: ['INBOX'], ...message }, { fromEmployer })?.kind;

describe('Korean hiring mail', () => {
  it('reads the receipts Korean job boards and applicant-tracking systems send as confirmations, whatever the spacing', () => {
    expect(read({ from: { name: '잡코리아', email: 'noreply@jobkorea.co.kr' }, subject: '[잡코리아] 입사지원 완료 안내', snippet: '김민준님, 한빛모빌리티 백엔드 개발자 공고에 입사지원이 완료되었습니다.' }, false)).toBe('application_confirmation');
    expect(read({ from: { name: '한빛모빌리티 채용팀', email: 'no-reply@ninehire.com' }, subject: '지원서 접수 안내', snippet: '제출하신 지원서가 정상적으로 접수 되었습니다. 검토 후 연락드리겠습니다.' }, false)).toBe('application_confirmation');
  });

  it('reads a regretful no, however softly said, as a rejection', () => {
    expect(read({ subject: '[한빛모빌리티] 서류 전형 결과', snippet: '지원해 주셔서 감사합니다. 아쉽게도 이번 채용에서는 함께하지 못하게 되었습니다.' })).toBe('rejection');
    expect(read({ subject: '최종 결과 안내', snippet: '검토 결과 최종 불합격 되셨음을 안내드립니다. 다음 기회에 다시 뵙기를 바랍니다.' })).toBe('rejection');
  });

  it('reads an offer said as a salary and a start date, and a hiring freeze as a closed role', () => {
    expect(read({ subject: 'Re: 백엔드 개발자', snippet: '민준님, 연봉 6,200만 원에 입사일은 3월 2일로 제안드립니다. 근로계약서를 첨부합니다.' })).toBe('offer');
    expect(read({ subject: 'Re: 백엔드 개발자', snippet: '경영 사정으로 상반기 채용을 잠정 중단하게 되어 이번 포지션 진행이 어렵게 되었습니다.' })).toBe('position_closed');
  });

  it('reads an interview proposed, a booking confirmed, a coding test and a delay', () => {
    expect(read({ subject: '1차 면접 안내', snippet: '서류 전형에 합격하셨습니다. 1차 면접 가능한 일정을 회신 부탁드립니다.' })).toBe('interview_invitation');
    expect(read({ subject: '[한빛모빌리티] 면접 일정 확정', snippet: '면접 일정이 확정되었습니다. 일시: 3월 5일 오후 2시, 장소: 본사 4층.' })).toBe('interview_scheduling');
    expect(read({ subject: '코딩 테스트 안내', snippet: '다음 단계로 온라인 코딩 테스트를 진행합니다. 금요일까지 응시해 주세요.' })).toBe('assessment_invitation');
    expect(read({ subject: 'Re: 백엔드 개발자', snippet: '내부 사정으로 결과 발표가 일주일 정도 늦어지고 있습니다. 양해 부탁드립니다.' })).toBe('still_reviewing');
  });

  it('leaves a visa interview, a graduate admission, a loan, a flat application, a newsletter and an exam ticket alone', () => {
    expect(read({ from: { name: '주한대사관 비자과', email: 'visa@embassy.example' }, subject: '비자 인터뷰 예약 확정', snippet: '비자 인터뷰 일정이 확정되었습니다. 여권을 지참하세요.' }, false)).toBeUndefined();
    expect(read({ from: { name: '한국대학교 입학처', email: 'admission@univ.example' }, subject: '석사과정 면접 전형 안내', snippet: '서류 전형에 합격하셨습니다. 면접 전형은 다음 주 토요일에 진행됩니다.' }, false)).toBeUndefined();
    expect(read({ from: { name: '한빛은행', email: 'noreply@hanbitbank.example' }, subject: '대출 승인 안내', snippet: '신청하신 신용대출이 승인되었습니다. 연봉 확인 서류를 제출해 주세요.' }, false)).toBeUndefined();
    expect(read({ from: { name: '주택공사', email: 'noreply@housing.example' }, subject: '임대주택 입주 신청 접수', snippet: '입주 신청이 정상 접수되었습니다. 서류 심사 후 결과를 안내드립니다.' }, false)).toBeUndefined();
    expect(read({ from: { name: '그리팅', email: 'newsletter@greetinghr.com' }, subject: '[뉴스레터] 면접 일정 조율 자동화', snippet: '채용 담당자를 위한 면접 일정 자동 확정 기능을 소개합니다.' }, false)).toBeUndefined();
    expect(read({ from: { name: '어학시험센터', email: 'exam@test-center.example' }, subject: '수험표 발급 안내', snippet: '시험 일정이 확정되었습니다. 고사장과 수험표를 확인하세요.' }, false)).toBeUndefined();
  });
});

describe('Japanese hiring mail', () => {
  it('reads a receipt for an application or an entry as a confirmation', () => {
    expect(read({ from: { name: '株式会社アオバ 採用担当', email: 'noreply@hrmos.co' }, subject: 'ご応募ありがとうございます', snippet: 'この度はエンジニア職にご応募いただき、誠にありがとうございます。書類選考の結果は追ってご連絡いたします。' }, false)).toBe('application_confirmation');
  });

  it('reads the prayer mail and a plain no as rejections', () => {
    expect(read({ subject: '選考結果のご連絡', snippet: '慎重に選考を進めました結果、誠に残念ではございますが、今回は採用を見送らせていただくことになりました。' })).toBe('rejection');
    expect(read({ subject: '選考結果について', snippet: '残念ながら今回はご希望に沿えない結果となりました。貴殿の今後のご活躍をお祈り申し上げます。' })).toBe('rejection');
  });

  it('reads an unofficial offer or terms presented as an offer, and a closed search as a closed role', () => {
    expect(read({ subject: '内定のご連絡', snippet: '最終面接の結果、内定とさせていただきました。労働条件通知書を添付いたします。' })).toBe('offer');
    expect(read({ subject: 'Re: エンジニア職', snippet: '社内の事情により、本ポジションの募集を停止することとなりました。' })).toBe('position_closed');
    expect(read({ subject: 'Re: 選考辞退のご連絡', snippet: '選考辞退の旨、承知いたしました。ご連絡ありがとうございました。' })).toBe('position_closed');
  });

  it('reads an interview proposed, a booking fixed, an aptitude test and a delay', () => {
    expect(read({ subject: '一次面接のご案内', snippet: '書類選考を通過されましたので、一次面接のご案内をお送りします。候補日をお知らせください。' })).toBe('interview_invitation');
    expect(read({ from: { name: 'TimeRex', email: 'noreply@timerex.net' }, subject: '【日程確定】一次面接', snippet: '以下の日程で面接が確定しました。日時：3月5日 14:00〜15:00' }, false)).toBe('interview_scheduling');
    expect(read({ subject: '適性検査のご案内', snippet: '次の選考として、Webテスト（適性検査）の受検をお願いいたします。' })).toBe('assessment_invitation');
    expect(read({ subject: 'Re: エンジニア職', snippet: '選考に時間を要しており、ご連絡が遅れておりますことをお詫び申し上げます。' })).toBe('still_reviewing');
  });

  it('leaves a visa appointment, a university entrance exam, a loan and a rental viewing alone', () => {
    expect(read({ from: { name: 'ビザ申請センター', email: 'info@visa-center.example' }, subject: 'ビザ面接のご予約', snippet: 'ビザ申請の面接日程が確定しました。パスポートをお持ちください。' }, false)).toBeUndefined();
    expect(read({ from: { name: '大学院入試課', email: 'nyushi@univ.example' }, subject: '大学院入学試験 面接のご案内', snippet: '書類選考を通過されました。面接は来週行います。' }, false)).toBeUndefined();
    expect(read({ from: { name: 'アオバ銀行', email: 'info@aobabank.example' }, subject: 'ローン審査結果', snippet: 'お申込みのローン審査の結果、ご融資が決定しました。' }, false)).toBeUndefined();
    expect(read({ from: { name: '不動産ナビ', email: 'info@fudosan.example' }, subject: '内見のご予約', snippet: '賃貸物件の内見日程が確定しました。' }, false)).toBeUndefined();
  });
});

describe('reading Korean and Japanese text', () => {
  it('reads a Japanese full stop and a full stop before Korean as sentence ends no phrase crosses', async () => {
    const { readWithKnowledge } = await import('./job-mail-knowledge.ts');
    // "Results" and "late" in two sentences: no delay said.
    expect(readWithKnowledge('結果をお送りします。遅れて申し訳ありません、明日伺います').some((reading) => reading.phrase === '結果 …… 遅れ')).toBe(false);
    expect(readWithKnowledge('검토 결과를 보내드립니다. 늦어지는 일은 없습니다').some((reading) => reading.kind === 'still_reviewing')).toBe(false);
  });
});
