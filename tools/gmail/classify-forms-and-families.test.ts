import { describe, expect, it } from 'vitest';
import { isSharedPublicDomain } from './addresses.ts';
import { classifyWithCertainty } from './classify.ts';
import { hiringSenderOf } from './hiring-senders.ts';
import { nameVariant } from './match.ts';

const person = { name: 'Jo Smith', email: 'jo.smith@acme-corp.example' };
const read = (message: { from?: { name: string | null; email: string }; subject: string; snippet: string }, fromEmployer = true) =>
  classifyWithCertainty({ from: person, labelIds: ['INBOX'], ...message }, { fromEmployer })?.kind;

describe('a kind read from the form of the mail, in any language', () => {
  it('reads a calendar invitation to an event titled as an interview as a booking, whatever the calendar’s language', () => {
    const from = { name: 'Hannah Berger (Google Kalender)', email: 'calendar-notification@google.com' };
    expect(read({ from, subject: 'Einladung: Alpenwind x Tobias - Engineering Interview @ Do. 8. Okt. 2026 15:00 - 15:45 (MESZ)', snippet: 'Sie wurden zu folgendem Termin eingeladen.' }, false)).toBe('interview_scheduling');
    expect(read({ subject: 'Einladung: Vorstellungsgespräch Tobias Huber - Konstrukteur', snippet: 'Wann: Montag, 12. Oktober 2026 10:00-11:30. Wo: Werk Freising.' })).toBe('interview_scheduling');
  });

  it('reads a link to a booking page as an invitation to pick a time', () => {
    expect(read({ subject: 'Re: Vaga Data Analyst', snippet: 'Perfeito, Mariana! Escolhe o melhor horário nesse link: https://calendly.com/acme-dados/conversa-45min' })).toBe('interview_invitation');
  });

  it('ignores an application the user started and never sent, whoever reminds them of it', () => {
    const from = { name: 'StepStone', email: 'noreply@stepstone.de' };
    expect(read({ from, subject: 'Sie haben eine Bewerbung begonnen, aber nicht abgeschickt', snippet: 'Hallo Tobias, Sie haben Ihre Bewerbung bei Brenner Hydraulik GmbH noch nicht abgeschlossen.' }, false)).toBeUndefined();
  });

  it('reads an assessment platform’s mail about a candidate as the test, however it is worded', () => {
    const from = { name: 'Acme Corp', email: 'no-reply@testgorilla.com' };
    expect(read({ from, subject: 'Reminder: your test for Acme Corp', snippet: 'Hi Sam, the link expires in 2 days.' }, false)).toBe('assessment_invitation');
  });

  it('reads a new subject that names an offer as an offer, but not a job ad’s "oferta"', () => {
    expect(read({ subject: 'Offer - Senior Analyst', snippet: 'Hi Sam, as discussed on the phone, please see attached the details.' })).toBe('offer');
    expect(read({ subject: 'Oferta de empleo: Analista de datos', snippet: 'Nueva oferta publicada en Madrid.' })).not.toBe('offer');
  });
});

describe('families of phrasing rather than one wording', () => {
  it('reads a soft no in each language as a rejection', () => {
    expect(read({ subject: 'Re: Application', snippet: 'We have now chosen to proceed with a candidate whose experience fits the team a little more closely.' })).toBe('rejection');
    expect(read({ subject: 'AW: Bewerbung', snippet: 'Wir haben uns entschieden, den Prozess mit Kandidatinnen und Kandidaten fortzusetzen, deren Profil genauer passt.' })).toBe('rejection');
    expect(read({ subject: 'Votre candidature', snippet: 'Votre profil ne correspond pas entièrement aux besoins actuels du service et nous ne pourrons pas aller plus loin ensemble.' })).toBe('rejection');
    expect(read({ subject: 'Aggiornamento', snippet: 'Dopo un’attenta valutazione, la tua candidatura non proseguirà nelle fasi successive.' })).toBe('rejection');
    expect(read({ subject: 'Re: Vaga', snippet: 'Oi Sam, infelizmente seguimos com outra pessoa para a vaga. Boa sorte!' })).toBe('rejection');
  });

  it('reads a hire confirmed as an offer, and a job posting called "offre d’emploi" as none', () => {
    expect(read({ subject: 'Re: Your application', snippet: 'I am pleased to confirm that we want you on board as Senior Mechanical Engineer.' })).toBe('offer');
    expect(read({ subject: 'R: Candidatura', snippet: 'Siamo lieti di confermarle il suo inserimento come Vice Store Manager.' })).toBe('offer');
    expect(read({ subject: 'RE: Poste', snippet: 'C’est avec plaisir que nous vous confirmons votre embauche au poste d’infirmière clinicienne.' })).toBe('offer');
    expect(read({ subject: 'Simulation', snippet: 'Apportez une offre d’emploi qui vous intéresse pour préparer votre candidature.' })).not.toBe('offer');
  });

  it('reads the employer closing an application as a rejection, and closing the file of a user who withdrew as a closed role', () => {
    expect(read({ subject: 'Re: Next steps', snippet: 'I wanted to let you know that we have decided to close your application for this role.' })).toBe('rejection');
    expect(read({ subject: 'Re: Offer', snippet: 'Thanks for letting me know, and congratulations on the new job! I have closed your file on our side.' })).toBe('position_closed');
  });

  it('reads a call proposed with a link to come as an invitation, not a booking', () => {
    expect(read({ subject: 'Analista de BI - entrevista', snippet: 'Podemos fazer uma entrevista por vídeo na segunda às 11h? Vou te mandar o link do Teams assim que você confirmar.' })).toBe('interview_invitation');
    expect(read({ subject: 'AW: Gesprächstermin', snippet: 'Als nächsten Schritt würden wir Sie gerne zu einem Probearbeitstag einladen, um das Team kennenzulernen.' })).toBe('interview_invitation');
  });
});

describe('senders and domains', () => {
  it('knows Latin American, Québec and European hiring services by role', () => {
    expect(hiringSenderOf('no-reply@gupy.io')?.role).toBe('ats');
    expect(hiringSenderOf('notificaciones@pandape.com')?.role).toBe('ats');
    expect(hiringSenderOf('no-reply@onlyfy.jobs')?.role).toBe('ats');
    expect(hiringSenderOf('nepasrepondre@jobillico.com')?.role).toBe('job_board');
    expect(hiringSenderOf('no-reply@zoom.us')?.role).toBe('calendar');
  });

  it('takes a public sector’s shared domain for no one employer', () => {
    expect(isSharedPublicDomain('genevieve.roy.cnmtl@ssss.gouv.qc.ca')).toBe(true);
    expect(isSharedPublicDomain('ward.manager@nhs.net')).toBe(true);
    expect(isSharedPublicDomain('jobs@hmrc.gov.uk')).toBe(true);
    expect(isSharedPublicDomain('jo@acme-corp.example')).toBe(false);
  });

  it('reads a loose abbreviation followed by the start of a word of the name as a weak domain match', () => {
    expect(nameVariant({ tokens: ['tsb', 'tirol'], companyWords: ['tiroler', 'seilbahnbau'] })).toBe('weak');
    expect(nameVariant({ tokens: ['xyz', 'tirol'], companyWords: ['tiroler', 'seilbahnbau'] })).toBeUndefined();
  });
});
