/**
 * How Korean and Japanese employers, their applicant-tracking systems (GreetingHR, Ninehire, HERP,
 * HRMOS), job boards (Wanted, Saramin, JobKorea, doda, Green), schedulers (TimeRex) and recruiters and
 * headhunters phrase each step of a hiring process, in the phrase notation of job-mail-knowledge.ts.
 * Written from the usual wording of recruiting mail in both languages: a Korean receipt says the
 * application "was received normally" (정상적으로 접수되었습니다), a Korean no says "regrettably it is
 * hard to work together this time" (아쉽게도 이번에는 함께하기 어렵게 되었습니다); a Japanese no is the
 * "prayer mail" (お祈りメール) that could not meet the candidate's hopes and prays for their success,
 * and a Japanese offer is an unofficial decision (内定) or terms presented (条件提示, 労働条件通知書).
 *
 * Both are matched character by character on text whose spaces beside their scripts are removed:
 * a word is its characters as written (a Korean stem, "접수되", matches "접수되었습니다"), words written
 * apart stand side by side whatever the text's spacing, and `…` lets a few characters stand between.
 * Folding drops Japanese voicing marks on both sides alike ("ご応募" is read as "こ応募").
 */
type EastAsianLanguage = 'ko' | 'ja';
type EastAsianPhrasebook = Partial<Record<EastAsianLanguage, string[]>>;

export const eastAsianRejection: EastAsianPhrasebook = {
  ko: [
    '불합격', '합격 … 못하', '아쉽게도 …… 어렵', '아쉽게도 …… 못하게', '안타깝게도 …… 어렵게', '안타깝게도 …… 못하게', '함께 하기/하지 … 어렵', '함께하기/함께하지 … 어렵', '함께 … 하지 못하게',
    '모시지 … 못하게', '모시기 … 어렵', '좋은 결과 … 드리지 못', '기대에 … 부응하지 못', '다른 … 지원자/후보자/분 …… 선택/결정/선발/진행', '진행하지 않기로', '더 이상 … 진행 … 어렵',
    '이번 … 채용 … 인연이 … 닿지', '인연이 … 닿지 않', '탈락', '선발되지 … 않', '채용 … 어렵게', '합류 … 어렵게',
  ],
  ja: [
    'ご期待に添え/ご期待に沿え/ご期待にそえ', 'ご希望に添え/ご希望に沿え/ご希望にそえ', '貴意に添いかね/貴意に沿いかね', '見送らせて', '見送りとさせて', '見送ることと', '不採用', '採用を見合わせ', '採用 … 見合わせる',
    'ご縁がなかった', 'ご縁がございません', '残念ながら …… 採用 … 至りません/できません/いたしかね', '今後のご活躍 …… お祈り', 'ご活躍をお祈り', '他の候補者 …… 決定/進める', '次の選考 … 進んでいただくこと … できません',
  ],
};

export const eastAsianOffer: EastAsianPhrasebook = {
  ko: [
    '최종 합격', '합격 … 축하', '처우 … 조건/협의/안내', '연봉 …… 입사일/입사예정일', '입사일 …… 연봉', '근로계약서', '오퍼 레터', '입사 제안', '채용 확정', '입사 … 확정',
  ],
  ja: [ '内定', '採用 … 決定', '条件提示', '労働条件通知書', '雇用契約書', 'オファーレター', 'オファー面談', '年収 …… 入社日/入社予定', '入社日 …… 年収', '採用させていただき', 'ぜひ … 入社 … いただきたく' ],
};

export const eastAsianPositionClosed: EastAsianPhrasebook = {
  ko: [
    '채용 …… 동결/중단/보류/취소', '채용 계획 …… 변경/취소/철회', '포지션 …… 취소/보류/철회/닫', '공고 …… 취소/철회/내리', '모집 …… 중단/취소', '지원 철회 …… 처리/완료/확인',
    '철회 처리', '철회 요청 … 확인', '진행 … 여기서 … 멈추', '진행을 … 중단',
  ],
  ja: [
    '募集 …… 終了/停止/中止/取りやめ/見送', '採用 …… 凍結/中止/停止/取りやめ', '採用活動 … 見合わせ', 'ポジション …… クローズ/凍結/中止', '本件 … クローズ', '辞退 …… 承知/承り/受け付け/お伝え', '選考辞退 … 承',
    '辞退の旨', '応募 … 取り下げ … 承',
  ],
};

export const eastAsianStillReviewing: EastAsianPhrasebook = {
  ko: [
    '검토 …… 늦어지/지연', '일정 …… 늦어지/지연/미뤄지', '결과 …… 늦어지/지연/미뤄', '발표 …… 연기/지연', '아직 …… 결정 … 않/못', '아직 … 검토 중', '검토 중 … 입니다/에 있습니다', '조금 더 … 시간이 … 필요',
    '기다려 주시면', '양해 … 부탁',
  ],
  ja: [ '選考 …… 遅れ', '結果 …… 遅れ', 'ご連絡 …… 遅れ', '遅れており', '現在 … 選考中/検討中', '引き続き … 選考/検討', 'もうしばらく … お待ち', 'お時間 … いただいて … おり', '決定 … 至って … おりません' ],
};

export const eastAsianAssessment: EastAsianPhrasebook = {
  ko: [ '과제 …… 부탁/안내/전형', '과제 …… 제출 기한/마감', '사전 과제', '과제 전형', '코딩 테스트', '인적성 … 검사', '역량 … 검사', '온라인 … 테스트/검사', 'AI … 역량/면접 검사', '실기 … 테스트/과제', '직무 … 테스트' ],
  ja: [ '適性検査', 'webテスト', 'ウェブテスト', 'コーディングテスト', '課題 …… 提出/ご案内/お送り', '課題選考', '性格検査', 'オンラインテスト', '筆記試験', 'ワークサンプル' ],
};

export const eastAsianInterviewInvitation: EastAsianPhrasebook = {
  ko: [
    '면접 …… 안내/제안/요청/초대/모시', '인터뷰 …… 안내/제안/초대/모시', '면접에 … 모시', '1차/2차/3차/최종/임원/실무 … 면접/인터뷰', '커피챗', '뵙고 … 이야기', '이야기 … 나누는 자리', '만나 뵙',
    '면접 …… 가능한/가능하신/편하신 … 일정/시간', '면접 일정 … 조율', '사무실로 … 오시', '서류 … 합격', '서류 전형 … 통과', '다음 단계 …… 면접/인터뷰/미팅',
  ],
  ja: [
    '面接 …… ご案内/案内/お願い/お越し', '面談 …… ご案内/案内/お願い', 'カジュアル面談', '一次面接/二次面接/最終面接/役員面接', '面接 …… 日程 … 調整', '候補日', 'ご都合 … 日時/日程/よろしい',
    'お話 … させていただきたく', 'お会い … したく', '書類選考 …… 通過', '次 … 選考 …… 面接/ご案内',
  ],
};

export const eastAsianInterviewScheduling: EastAsianPhrasebook = {
  ko: [ '일정 …… 확정', '면접 …… 확정', '인터뷰 …… 확정', '일정 …… 변경되', '면접 …… 리마인드/알림', '내일 … 면접/인터뷰', '다음 일정에 … 초대', '참석 여부' ],
  ja: [ '日程 …… 確定', '日程確定', '予定 …… 確定', 'で確定しました', '面接 …… 確定', '面談 …… 確定', '日程 …… 変更', 'リマインド', '明日 … 面接/面談' ],
};

export const eastAsianConfirmation: EastAsianPhrasebook = {
  ko: [
    '지원 …… 완료되', '지원이 완료', '입사지원 …… 완료', '지원서 …… 접수', '정상적으로 … 접수', '지원해 … 주셔서 … 감사', '지원해주셔서 … 감사', '이력서 …… 잘 받았', '이력서 …… 접수', '지원서 … 잘 받았', '서류 … 잘 받았',
    '포트폴리오 … 잘 받았', '지원 … 접수 … 완료',
  ],
  ja: [ 'ご応募 …… ありがとう', '応募 …… 受け付け/受付/完了/受領', 'ご応募 … いただき', 'エントリー …… 受け付け/受付/完了/ありがとう', '応募書類 … 受領/拝受', '書類 … 拝受' ],
};

export const eastAsianRecruiterReply: EastAsianPhrasebook = {
  ko: [ '희망 연봉', '입사 가능 … 시기/일', '보내주실 수 … 있을까요', '포지션 …… 제안드리', '헤드헌터', '컨설턴트입니다', '레퍼런스 체크', '경력 증명서', '추가 … 자료 … 부탁' ],
  ja: [ '希望年収', '入社可能時期', 'ご経歴 … 拝見', 'スカウト', 'ご紹介したい … 求人/ポジション', '推薦 … させていただ' ],
};
