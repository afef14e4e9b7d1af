import { describe, expect, it } from 'vitest';
import { classifyMessage, classifyWithCertainty, isFirstApproach } from './classify.ts';
import { readWithKnowledge } from './job-mail-knowledge.ts';

const read = (from: string, name: string | null, subject: string, snippet: string, fromEmployer = false) =>
  classifyMessage({ from: { name, email: from }, subject, snippet, labelIds: ['INBOX'] }, { fromEmployer });

describe('reading what a hiring message does, not only its words', () => {
  it('reads a recruiter’s first approach about a role as a reply, even when it proposes a call', () => {
    expect(read('sam.reed@brightpath-search.example', 'Sam Reed', 'Operations Manager - logistics client', 'Hi Noor, I’m recruiting an Operations Manager for a client in Leeds. Would you be open to a quick call this week?')).toBe('recruiter_reply');
    expect(read('k.brandt@personalwerk.example', 'Katrin Brandt', 'Projektleiterin Bau', 'Guten Tag Frau Aydin, für ein Bauunternehmen in Köln suche ich eine Projektleiterin, Vollzeit, unbefristet. Hätten Sie Interesse?')).toBe('recruiter_reply');
    expect(read('g.conti@talentibergamo.example', 'Giulia Conti', 'Opportunità Controller', 'Buongiorno, stiamo cercando un controller per un gruppo alimentare. Il suo profilo mi sembra in linea: sarebbe interessata?')).toBe('recruiter_reply');
  });

  it('does not take a landlord, a newsletter or a friend asking for interest for a first approach', () => {
    const approach = (from: string, subject: string, snippet: string, labelIds = ['INBOX']) => isFirstApproach({ from: { name: null, email: from }, subject, snippet, labelIds });
    expect(approach('lettings@citynest.example', 'Your viewing', 'We are looking for a tenant for the flat on Hyde Road. Would you be interested in a second viewing?')).toBe(false);
    expect(approach('news@agency.example', 'Roles this week', 'I’m recruiting a Head of Finance — would you be open to hearing more?', ['INBOX', 'CATEGORY_PROMOTIONS'])).toBe(false);
    expect(approach('tom.b@gmail.com', 'job?', 'I’m hiring a nanny, would you be interested?')).toBe(false);
  });

  it('reads a step already taken as the past, so the news after it decides', () => {
    expect(read('lea@acme.example', 'Lea', 'Next steps', 'Thanks for completing the assessment, your results were strong. Could you come in to meet the team on Thursday?', true)).toBe('interview_invitation');
    expect(read('lea@acme.example', 'Lea', 'Next steps', 'Thanks for completing the tests. Our head of design is on parental leave until March, so we can only schedule the next interviews after that.', true)).toBe('still_reviewing');
    expect(read('rh@bistro.example', 'Hugo', 'Votre candidature', 'Suite à votre journée d’essai, j’ai le plaisir de vous adresser une promesse d’embauche pour le poste de commis.', true)).toBe('offer');
  });

  it('reads someone who thanks for the application and asks the candidate something as replying, and a template’s offer of help as a receipt', () => {
    expect(read('info@apotheke-am-ring.example', 'Dr. Jonas Berg', 'Ihre Bewerbung', 'Vielen Dank für Ihre Bewerbung. Ab wann könnten Sie bei uns anfangen, und arbeiten Sie auch samstags?', true)).toBe('recruiter_reply');
    expect(read('careers@acme.example', 'Acme Careers', 'Application received', 'Thank you for your application. Questions? Visit our candidate FAQ.', true)).toBe('application_confirmation');
  });

  it('reads an invitation that asks the candidate to confirm a proposed time as an invitation, not a booking', () => {
    expect(read('hr@hotel-adler.example', 'HR Hotel Adler', 'Ihre Bewerbung', 'Gerne möchten wir Sie zu einem ersten Gespräch per Teams mit unserer Küchenchefin einladen, am Montag um 10 Uhr. Bitte bestätigen Sie den Termin.', true)).toBe('interview_invitation');
    expect(read('hr@hotel-adler.example', 'HR Hotel Adler', 'Terminbestätigung', 'Hiermit bestätigen wir Ihren Termin am Montag um 10 Uhr.', true)).toBe('interview_scheduling');
  });

  it('reads an assessment platform’s video interview as a test taken alone, and a scheduler’s booking of a case study as a booking', () => {
    expect(read('noreply@sonru.com', 'Sonru', 'Video interview invitation', 'Acme has invited you to complete an online video interview: record your answers to five questions by Friday.')).toBe('assessment_invitation');
    expect(read('notifications@calendly.com', 'Calendly', 'New Event: Mina Park - 10:00 Tue - Case study presentation', 'A new event has been scheduled. Event Type: Case study presentation.')).toBe('interview_scheduling');
  });

  it('keeps a performance review or a payslip from an HR system out, however hiring-like its sender', () => {
    expect(read('acme@myworkday.com', 'Workday @ Acme', 'Reminder: complete your mid-year self-assessment', 'Please complete your performance self-assessment before your check-in with your manager.')).toBeUndefined();
    expect(read('rh@employeur-actuel.example', 'RH', 'Entretien annuel', 'Votre entretien annuel d’évaluation est prévu le 6 octobre.', true)).toBeUndefined();
  });

  it('reads a role closed, frozen or paused from the closing word and the hiring word in either order', () => {
    expect(read('maria@lumen.example', 'Maria', 'Re: Designer role', 'We have frozen the designer hire until next year after a change in funding.', true)).toBe('position_closed');
    expect(read('seleccion@viajes.example', 'Selección', 'Proceso', 'El proceso de selección para Analista queda en pausa por una reorganización interna.', true)).toBe('position_closed');
    expect(read('no-reply@hire.lever.co', 'Acme', 'An update', 'We have decided to close this opening for now due to changing priorities.')).toBe('position_closed');
  });

  it('reads soft rejections that describe the person chosen instead', () => {
    expect(read('ciara@agency.example', 'Ciara', 'RE: Marketing Executive', 'They enjoyed meeting you but have gone with a candidate who has more retail experience.', true)).toBe('rejection');
    expect(read('martina@drogerie.example', 'Martina', 'Ihre Bewerbung', 'Nach reiflicher Überlegung haben wir uns für eine Kandidatin mit Erfahrung im Handel entschieden.', true)).toBe('rejection');
    expect(read('rrhh@hotel.example', 'RRHH', 'Jefe de partida', 'Te escribo para comunicarte que la plaza ya se ha cubierto con otro candidato.', true)).toBe('rejection');
  });
});

describe('how sure a reply is', () => {
  const reply = (subject: string, snippet: string) =>
    classifyWithCertainty({ from: { name: 'Kees', email: 'kees@installatiebedrijf.example' }, subject, snippet, labelIds: ['INBOX'] }, { fromEmployer: true });

  it('is sure when its own words ask or tell the candidate something, and waits for the user when it is only someone writing in the thread', () => {
    expect(reply('Re: Sollicitatie', 'Heb je een geldig VCA-diploma? Stuur even een kopie mee.')).toEqual({ kind: 'recruiter_reply', certain: true });
    expect(reply('Re: Uitnodiging sollicitatiegesprek', 'Morgen om zeven uur bij de werkplaats, neem je schoenen mee.')).toEqual({ kind: 'recruiter_reply', certain: false });
  });
});

describe('the knowledge base’s stems', () => {
  it('do not let a stem that cut most of its word match other words ("retrait" is not "retrouvez")', () => {
    expect(readWithKnowledge('Votre candidature a bien été transmise. Retrouvez le suivi de vos candidatures dans votre espace.').map((reading) => reading.kind)).not.toContain('position_closed');
    expect(readWithKnowledge('Nous prenons bonne note du retrait de votre candidature.').map((reading) => reading.kind)).toContain('position_closed');
  });
});
