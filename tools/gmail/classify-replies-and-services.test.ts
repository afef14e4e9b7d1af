import { describe, expect, it } from 'vitest';
import { classifyMessage } from './classify.ts';

const read = (from: string, name: string | null, subject: string, snippet: string, fromEmployer = false) =>
  classifyMessage({ from: { name, email: from }, subject, snippet, labelIds: ['INBOX'] }, { fromEmployer });

describe('classifying by what this message says, and by who sends it', () => {
  it('does not read a reply as the decision its subject carries from the first message', () => {
    expect(read('jade@hospital.example', 'Jade', 'Re: Conditional Offer of Employment - Staff Nurse', 'Thanks for sending these. We are still waiting on your second reference.', true)).not.toBe('offer');
    expect(read('rita@te-group.com', 'Rita', 'RE: Entrevista - Especialista', 'Informamos que decidimos não avançar com a sua candidatura nesta fase.', true)).toBe('rejection');
  });

  it('reads a scheduling tool’s or calendar’s interview mail as a booking', () => {
    expect(read('notifications@calendly.com', 'Calendly', 'New Event: Ana Ruiz - 09:30 Fri - Interview with Acme', 'A new event has been scheduled. Event Type: Interview with Acme.')).toBe('interview_scheduling');
    expect(read('calendar-notification@google.com', 'Jan (Google Calendar)', 'Invitation: Acme | Technical interview @ Tue 14:00', 'You have been invited to the following event.')).toBe('interview_scheduling');
  });

  it('reads foreign-language steps from an ATS without any English in them', () => {
    expect(read('no-reply@teamtailor.com', 'Acme', 'Votre candidature', 'Malheureusement, nous avons retenu d’autres candidatures dont le profil correspond davantage.')).toBe('rejection');
    expect(read('noreply@jobs.personio.de', 'Acme GmbH', 'Ihre Bewerbung', 'Vielen Dank für Ihre Bewerbung. Ihre Bewerbung ist bei uns eingegangen.')).toBe('application_confirmation');
  });

  it('keeps an ATS vendor’s newsletter and a job board’s alerts out', () => {
    expect(read('newsletter@personio.de', 'Personio', 'HR-Trends 2027', 'Wie Recruiting-Teams Bewerbungen schneller bearbeiten.')).toBeUndefined();
    expect(read('jobalerts-noreply@linkedin.com', 'LinkedIn', 'New jobs for you', 'We received your application preferences.')).toBeUndefined();
  });

  it('reads interviews named only as still running as a delay, and one interview offered as an invitation', () => {
    expect(read('m.leroy@acme.example', 'Marie Leroy', 'Votre candidature', 'Nous n’avons pas encore terminé les entretiens avec les autres candidats, nous revenons vers vous la semaine prochaine.', true)).toBe('still_reviewing');
    expect(read('m.leroy@acme.example', 'Marie Leroy', 'Votre candidature', 'Merci pour votre patience ! Seriez-vous disponible pour un entretien en visio jeudi ?', true)).toBe('interview_invitation');
  });

  it('reads an interview already held as the past, so the news after it decides', () => {
    expect(read('ana@acme.example', 'Ana Ruiz', 'Tu candidatura', 'Gracias por tu tiempo en la entrevista. Nos complace ofrecerte el puesto de diseñadora.', true)).toBe('offer');
    expect(read('ana@acme.example', 'Ana Ruiz', 'Re: Interview - Designer', 'Thanks for the call yesterday! We would like to invite you to a second interview with our CTO.', true)).toBe('interview_invitation');
  });

  it('reads a reply whose own words name no step as a reply, not as the step in its subject', () => {
    expect(read('ana@acme.example', 'Ana Ruiz', 'Re: Interview invitation - Designer', 'Hi Sam, lovely to hear from you, the team has a few more questions about the portfolio.', true)).toBe('recruiter_reply');
  });

  it('reads a person writing "I" about the application as a reply, not as a receipt', () => {
    expect(read('ana@acme.example', 'Ana Ruiz', 'Your application', 'Thanks for your application! I have passed your CV to our head of design and will come back to you.', true)).toBe('recruiter_reply');
    expect(read('no-reply@acme.example', 'Acme', 'Your application', 'Thanks for your application! We have received it and will review it shortly.', true)).toBe('application_confirmation');
  });

  it('reads Indeed’s application confirmations, and keeps its alerts out', () => {
    expect(read('indeedapply@indeed.com', 'Indeed Apply', 'Application submitted: Nurse', 'Your application has been submitted to Oakfield Care. Good luck!')).toBe('application_confirmation');
    expect(read('alert@indeed.com', 'Indeed', '12 new nurse jobs', 'Thanks for applying through Indeed before: new jobs near you.')).toBeUndefined();
  });

  it('reads a receipt that promises an answer later as a confirmation', () => {
    expect(read('noreply@jobs.personio.de', 'Acme GmbH', 'Eingangsbestätigung Ihrer Bewerbung', 'Wir haben Ihre Unterlagen erhalten und melden uns, sobald wir sie gesichtet haben.')).toBe('application_confirmation');
  });

  it('keeps a delay note from an employer a status note, never a rejection', () => {
    expect(read('priya@hospital.example', 'Priya', 'Theatre Nurse', 'Unfortunately our theatre manager has been out on leave, so we are a little behind with shortlisting.', true)).toBe('still_reviewing');
  });
});

describe('how certain a reading is', () => {
  it('holds back an end of the application that also reads as a delay, and not a plain one', async () => {
    const { classifyWithCertainty } = await import('./classify.ts');
    const from = { name: 'Priya', email: 'priya@hospital.example' };
    const mixed = classifyWithCertainty(
      { from, subject: 'Theatre Nurse', snippet: 'Unfortunately the process has been delayed and we have decided not to proceed with interviews this month.', labelIds: ['INBOX'] },
      { fromEmployer: true },
    );
    const plain = classifyWithCertainty(
      { from, subject: 'Theatre Nurse', snippet: 'After careful consideration we have decided to move forward with other candidates.', labelIds: ['INBOX'] },
      { fromEmployer: true },
    );
    expect(mixed).toMatchObject({ kind: 'rejection', certain: false });
    expect(plain).toEqual({ kind: 'rejection', certain: true });
  });
});

describe('applications that are not for a job', () => {
  it('are not job mail from anyone else, but do not silence the employer or a hiring system', () => {
    expect(read('claims@acme-insurance.example', 'Acme Insurance', 'Your claim', 'Thank you for your application for reimbursement; your insurance claim is under review.')).toBeUndefined();
    expect(read('notifications@calendly.com', 'Calendly', 'New Event: Dentist check-up', 'A new event has been scheduled: dentist check-up, 30 minutes.')).toBeUndefined();
    expect(read('podcast@careers.example', 'Career Talk', 'Episode 12', 'We run a mock interview with a data analyst candidate.')).toBeUndefined();
    expect(read('no-reply@us.greenhouse-mail.io', 'Acme Insurance', 'Interview confirmed', 'Your interview is confirmed for Monday at 10:00. Please bring your passport.')).toBe('interview_scheduling');
    expect(read('anna@acmeinsurance.example', 'Anna', 'Data Analyst', 'We would like to invite you to an interview at Acme Insurance next week.', true)).toBe('interview_invitation');
  });
});

describe('bad-news preambles', () => {
  it('are not a rejection without a decision, and a cancelled interview being rebooked never ends the application', async () => {
    const { classifyWithCertainty } = await import('./classify.ts');
    const from = { name: 'Jonas', email: 'jonas@acme.example' };
    const reading = (subject: string, snippet: string) => classifyWithCertainty({ from, subject, snippet, labelIds: ['INBOX'] }, { fromEmployer: true });
    expect(reading('Your interview', 'We regret to inform you that the interview has to be moved to Thursday at 10:00.')?.kind).not.toBe('rejection');
    expect(reading('Terminabsage', 'Leider müssen wir den Termin für Ihr Vorstellungsgespräch absagen, ein neuer Termin folgt.')?.certain ?? true).toBe(true);
    expect(reading('Terminabsage', 'Leider müssen wir den Termin für Ihr Vorstellungsgespräch absagen, ein neuer Termin folgt.')?.kind).not.toBe('rejection');
    expect(reading('Absage Ihrer Bewerbung', 'Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerberin entschieden haben.')).toEqual({ kind: 'rejection', certain: true });
    expect(reading('Your application', 'We regret to inform you that we will not be moving forward with your application.')).toEqual({ kind: 'rejection', certain: true });
  });
});
