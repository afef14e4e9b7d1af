import { describe, expect, it } from 'vitest';
import { classifyWithCertainty } from './classify.ts';

const person = { name: 'Marta Wiśniewska', email: 'marta.wisniewska@lewiatan-finanse.example' };
const read = (message: { from?: { name: string | null; email: string }; subject: string; snippet: string }, fromEmployer = true) =>
  classifyWithCertainty({ from: person, labelIds: ['INBOX'], ...message }, { fromEmployer })?.kind;

describe('Polish hiring mail', () => {
  it('reads the receipts Polish job boards and applicant-tracking systems send as confirmations', () => {
    expect(read({ from: { name: 'Pracuj.pl', email: 'noreply@pracuj.pl' }, subject: 'Aplikacja wysłana', snippet: 'Twoje CV zostało przesłane do pracodawcy Lewiatan Finanse na stanowisko Księgowy.' }, false)).toBe('application_confirmation');
    expect(read({ from: { name: 'Bank Spółdzielczy', email: 'powiadomienia@erecruiter.pl' }, subject: 'Potwierdzenie', snippet: 'Otrzymaliśmy Twoje zgłoszenie na stanowisko Analityk Kredytowy. Dziękujemy.' }, false)).toBe('application_confirmation');
  });

  it('reads a choice of another candidate, or the process not continued, as a rejection', () => {
    expect(read({ subject: 'Rekrutacja – Księgowy', snippet: 'Dziękujemy za udział w rekrutacji. Zdecydowaliśmy się na innego kandydata, którego doświadczenie lepiej odpowiada naszym potrzebom.' })).toBe('rejection');
    expect(read({ subject: 'Twoja aplikacja', snippet: 'Niestety, tym razem nie będziemy kontynuować procesu z Twoją kandydaturą.' })).toBe('rejection');
    expect(read({ subject: 'Informacja', snippet: 'Uprzejmie informujemy, że nie zakwalifikowała się Pani do kolejnego etapu rekrutacji.' })).toBe('rejection');
  });

  it('reads an invitation to a job interview or a trial day as an invitation', () => {
    expect(read({ subject: 'Zaproszenie na rozmowę kwalifikacyjną', snippet: 'Chcielibyśmy zaprosić Pana na rozmowę w naszym biurze w przyszłym tygodniu.' })).toBe('interview_invitation');
    expect(read({ subject: 'Re: Księgowa', snippet: 'Czy mógłby Pan przyjść we wtorek o 10 i popracować z nami kilka godzin? Pokażę biuro.' })).toBe('interview_invitation');
  });

  it('reads a test to take as an assessment, a slower process as a status note, and a hire as an offer', () => {
    expect(read({ subject: 'Kolejny etap', snippet: 'Prosimy o rozwiązanie testu z Excela online do piątku.' })).toBe('assessment_invitation');
    expect(read({ subject: 'Status rekrutacji', snippet: 'Niestety proces rekrutacji wydłuża się z powodu urlopów. Pani kandydatura jest nadal rozpatrywana.' })).toBe('still_reviewing');
    expect(read({ subject: 'Propozycja zatrudnienia', snippet: 'Z przyjemnością przedstawiamy Panu ofertę pracy: umowa o pracę od 1 marca, 8 500 zł brutto.' })).toBe('offer');
  });

  it('reads a frozen recruitment and a withdrawal acknowledged as a closed role', () => {
    expect(read({ subject: 'Rekrutacja', snippet: 'Z powodu zmian budżetowych rekrutacja na to stanowisko została wstrzymana do odwołania.' })).toBe('position_closed');
    expect(read({ subject: 'Re: Księgowy', snippet: 'Rozumiem, szkoda. Zamykam w takim razie Pana kandydaturę. Powodzenia!' })).toBe('position_closed');
  });

  it('reads a recruiter asking about a client’s role as a reply', () => {
    expect(read({ from: { name: 'Piotr Zając | Wisła HR', email: 'piotr.zajac@wislahr.example' }, subject: 'Kontroler finansowy – Gdańsk', snippet: 'Dzień dobry, rekrutuję na stanowisko Kontrolera Finansowego dla klienta z branży logistycznej. Czy byłby Pan zainteresowany rozmową?' }, false)).toBe('recruiter_reply');
  });

  it('leaves a postgraduate admission interview and a loan decision alone', () => {
    expect(read({ from: { name: 'Szkoła Główna', email: 'rekrutacja@uczelnia.example' }, subject: 'Rozmowa kwalifikacyjna – studia podyplomowe', snippet: 'Zapraszamy na rozmowę kwalifikacyjną na studia podyplomowe z rachunkowości.' }, false)).toBeUndefined();
    expect(read({ from: { name: 'Bank', email: 'kontakt@bank.example' }, subject: 'Decyzja kredytowa', snippet: 'Niestety Twój wniosek o kredyt hipoteczny nie został zaakceptowany.' }, false)).toBeUndefined();
  });
});

describe('Czech hiring mail', () => {
  it('reads receipts from Jobs.cz and an applicant-tracking system as confirmations', () => {
    expect(read({ from: { name: 'Jobs.cz', email: 'noreply@jobs.cz' }, subject: 'Odpověď odeslána', snippet: 'Vaše odpověď na inzerát Účetní byla odeslána zaměstnavateli.' }, false)).toBe('application_confirmation');
    expect(read({ from: { name: 'Moravia Stav', email: 'no-reply@teamio.com' }, subject: 'Děkujeme za přihlášku', snippet: 'Dobrý den, děkujeme za Vaši přihlášku na pozici Mzdová účetní. Obdrželi jsme ji a brzy se ozveme.' }, false)).toBe('application_confirmation');
  });

  it('reads another candidate chosen as a rejection', () => {
    expect(read({ subject: 'Re: Pozice Controller', snippet: 'Děkujeme za Váš čas. Rozhodli jsme se pokračovat s jiným uchazečem, jehož zkušenosti lépe odpovídají požadavkům.' })).toBe('rejection');
    expect(read({ subject: 'Výběrové řízení', snippet: 'Bohužel jste nepostoupil do dalšího kola výběrového řízení.' })).toBe('rejection');
  });

  it('reads an invitation to a job interview, a moved one and a paused hiring', () => {
    expect(read({ subject: 'Pozvánka na pohovor', snippet: 'Rádi bychom Vás pozvali na osobní pohovor v naší kanceláři v Praze.' })).toBe('interview_invitation');
    expect(read({ subject: 'Re: Pohovor', snippet: 'Potřebovali bychom přesunout pohovor na čtvrtek v 10:00, pokud Vám to vyhovuje.' })).toBe('interview_scheduling');
    expect(read({ subject: 'Pozice Účetní', snippet: 'Omlouváme se, výběrové řízení bylo pozastaveno do odvolání kvůli reorganizaci.' })).toBe('position_closed');
  });

  it('reads a slower process as a status note and a test to do as an assessment', () => {
    expect(read({ subject: 'Stav přihlášky', snippet: 'Výběrové řízení se bohužel protahuje. Vaše přihláška je stále v procesu, ozveme se do konce měsíce.' })).toBe('still_reviewing');
    expect(read({ subject: 'Další krok', snippet: 'Dalším krokem je vypracování testového zadání v Excelu do pátku.' })).toBe('assessment_invitation');
  });

  it('reads a Czech calendar invitation to an interview as a booking', () => {
    expect(
      read({ from: { name: 'Petr Novák (Kalendář Google)', email: 'calendar-notification@google.com' }, subject: 'Pozvánka: Pohovor – Controller @ po 9. 11. 2026 14:00 – 15:00 (SEČ)', snippet: 'Byli jste pozváni na následující událost. Pohovor – Controller. Kdy: pondělí 9. listopadu 2026 14:00 – 15:00.' }, false),
    ).toBe('interview_scheduling');
  });
});
