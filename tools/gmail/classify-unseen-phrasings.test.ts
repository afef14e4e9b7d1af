import { describe, expect, it } from 'vitest';
import { classifyWithCertainty } from './classify.ts';
import { scamRequest } from './imitated-sender.ts';

const person = { name: 'Robin Vale', email: 'robin.vale@ostrander-works.example' };
const read = (message: { from?: { name: string | null; email: string }; subject: string; snippet: string }, fromEmployer = true) =>
  classifyWithCertainty({ from: person, labelIds: ['INBOX'], ...message }, { fromEmployer });

describe('steps said in words the rules had not met', () => {
  it('reads an offer said as extending the role, bringing someone on, or wanting them in the team', () => {
    expect(read({ subject: 'Re: Controller role', snippet: "Great news - we'd like to extend you the Financial Controller role, starting in March." })?.kind).toBe('offer');
    expect(read({ subject: 'Re: next steps', snippet: 'We would be glad to bring you on as our new office manager; the formal letter follows tomorrow.' })?.kind).toBe('offer');
    expect(read({ subject: 'Re: Backend role', snippet: 'The panel agreed: we want you in our team from February. Paperwork to follow.' })?.kind).toBe('offer');
  });

  it('does not take a question about the kind of contract for an offer', () => {
    expect(read({ subject: 'A few questions', snippet: 'Before the interviews start: would you prefer freelance or an employment contract, and what salary do you expect?' })?.kind).not.toBe('offer');
  });

  it('reads a finalist chosen, a path not continued, an orientation elsewhere as a rejection', () => {
    expect(read({ subject: 'Re: Designer', snippet: 'Thank you for both rounds. We have selected another finalist whose portfolio is closer to our product.' })?.kind).toBe('rejection');
    expect(read({ subject: 'Re: sollicitatie', snippet: 'Na intern overleg hebben we besloten het traject niet voort te zetten. Succes met je zoektocht!' })?.kind).toBe('rejection');
    expect(read({ subject: 'Candidatura', snippet: 'Dopo attenta valutazione abbiamo preferito orientarci verso un altro profilo per questa posizione.' })?.kind).toBe('rejection');
  });

  it('reads a German role not filled after all as a closed role, not a rejection, though it says "leider müssen wir Ihnen mitteilen"', () => {
    const closed = read({ subject: 'AW: Bewerbung', snippet: 'Leider müssen wir Ihnen mitteilen, dass die Stelle nach der Budgetplanung für dieses Jahr vorerst nicht besetzt wird.' });
    expect(closed).toEqual({ kind: 'position_closed', certain: true });
    expect(read({ subject: 'AW: Ihre Bewerbung', snippet: 'Die Projektstelle wird wegen des gestrichenen Auftrags nun doch nicht besetzt.' })?.kind).toBe('position_closed');
  });

  it('reads a delay that names the rounds it holds back as a delay, not an invitation', () => {
    expect(read({ subject: 'Status of your application', snippet: 'Our recruitment for the role has been delayed by the reorganisation, and the directors want to hold final rounds until January. You are still in the process.' })?.kind).toBe('still_reviewing');
  });

  it('reads a slipping timeline and an absent team lead as a delay, not a decision', () => {
    expect(read({ subject: 'Update', snippet: 'Thanks for checking in: the timeline might slip a bit with the holidays, but I will have an update for you within ten days.' })?.kind).toBe('still_reviewing');
    expect(read({ subject: 'Recruitment timeline', snippet: 'Regrettably the selection panel has been affected by staff leave, so interviews for the role will now be held in the new year.' })?.kind).toBe('still_reviewing');
    expect(read({ subject: 'Zwischenstand', snippet: 'Unsere Abteilungsleiterin ist diese Woche krank, daher zieht sich die Entscheidung noch etwas hin.' })?.kind).toBe('still_reviewing');
  });

  it('reads a screening call, a slot on a calendar, minutes asked for and a coffee or a video call as invitations', () => {
    expect(read({ subject: 'Quick screen', snippet: 'Could we do a short screening call on Monday about the analyst role?' })?.kind).toBe('interview_invitation');
    expect(read({ subject: 'Ops role', snippet: 'Pick any slot on my calendar next week that suits you and we will talk through the role.' })?.kind).toBe('interview_invitation');
    expect(read({ subject: 'Re: your task', snippet: 'Do you have 45 minutes on Thursday to present it and meet the team?' })?.kind).toBe('interview_invitation');
    expect(read({ subject: 'Kennenlernen', snippet: 'Gern würden wir Sie nächste Woche persönlich kennenlernen, passt Ihnen Mittwoch?' })?.kind).toBe('interview_invitation');
    expect(read({ subject: 'Café', snippet: 'Hätten Sie Zeit, auf einen Kaffee bei uns im Laden vorbeizukommen?' })?.kind).toBe('interview_invitation');
    expect(read({ subject: 'Vaga de analista', snippet: 'Vamos bater um papo rápido por vídeo na quarta-feira?' })?.kind).toBe('interview_invitation');
  });

  it('reads a Spanish thank-you for the interview as looking back, so a request for references after it is a reply', () => {
    expect(read({ subject: 'Re: Entrevista - Analista', snippet: 'Hola Marta, muchas gracias por la entrevista de ayer. ¿Nos podrías pasar el contacto de dos referencias profesionales?' })?.kind).toBe('recruiter_reply');
  });

  it('reads a German appointment cancelled and offered again at another time as a booking', () => {
    expect(read({ subject: 'AW: Gespräch', snippet: 'Ich muss unseren Termin am Montag leider absagen. Würde Ihnen stattdessen Mittwoch um 9 Uhr passen?' })?.kind).toBe('interview_scheduling');
  });
});

describe('mail that shares the words and is no job mail', () => {
  it('does not take a flat’s application or a landlord’s meeting for hiring, in any language', () => {
    const agent = { name: 'Casa Lago Affitti', email: 'info@casalago-immobili.example' };
    expect(read({ from: agent, subject: 'La sua candidatura per il bilocale', snippet: "Abbiamo ricevuto la sua candidatura per l'appartamento. Il proprietario vorrebbe un breve colloquio giovedì." }, false)).toBeUndefined();
    expect(read({ from: { name: 'Harbour Lettings', email: 'team@harbourlettings.example' }, subject: 'Your application for the flat', snippet: 'The landlord would like to meet you for a short interview before deciding.' }, false)).toBeUndefined();
  });

  it('names an offer asking for a social security number, a routing number or an IBAN as a scam', () => {
    expect(scamRequest('Congratulations! To start payroll reply with your SSN and your bank routing number.')).toMatch(/ssn|routing/);
    expect(scamRequest('Send us your IBAN and a scan of your passport to prepare the contract.')).toMatch(/iban/);
  });
});

describe('what the form and the speech act say, whoever sends it', () => {
  it('reads a job board’s digest by its subject, whichever board sends it', () => {
    const board = { name: 'Jobnet', email: 'mailer@alerts.jobnet.example' };
    expect(read({ from: board, subject: '27 new Pharmacist jobs near Leeds', snippet: 'Senior Pharmacist - Acme Health - Leeds. Apply now.' }, false)).toBeUndefined();
    expect(read({ from: board, subject: 'Neue Stellen für Sie: Projektleiter', snippet: 'Projektleiter Bau - Acme GmbH - Linz.' }, false)).toBeUndefined();
  });

  it('reads a scheduler asking to pick times as an invitation, and one confirming a time as a booking', () => {
    const scheduler = { name: 'Acme Talent', email: 'scheduling@goodtime.io' };
    expect(read({ from: scheduler, subject: 'Acme - interview availability', snippet: 'Acme would like to schedule a 30-minute interview with the hiring manager. Please pick the times that work for you this week.' }, false)?.kind).toBe('interview_invitation');
    expect(read({ from: scheduler, subject: 'Interview confirmed - Acme', snippet: 'Your interview is confirmed for Monday 9:00-9:30 with the hiring manager.' }, false)?.kind).toBe('interview_scheduling');
  });

  it('reads a time proposed "if that works" as an invitation still to be agreed', () => {
    expect(read({ subject: 'Re: Pharmacist role', snippet: 'Next step is a video interview with our clinical lead. I will send an invite for Wednesday at 11 if that works for you.' })?.kind).toBe('interview_invitation');
  });

  it('reads a person’s "couple of questions - …?" as a question to the candidate, but not a template’s offer of help', () => {
    expect(read({ from: { name: 'Kim Lo', email: 'kim@lo-dental.example' }, subject: 'Your application', snippet: 'Thanks for applying. A few questions - could you work Thursdays, and do you hold a radiography licence?' })?.kind).toBe('recruiter_reply');
    expect(read({ from: { name: 'Acme Careers', email: 'careers@acme.example' }, subject: 'Application received', snippet: 'Thank you for applying. Any questions? Visit our careers help pages.' })?.kind).toBe('application_confirmation');
  });

  it('reads a receipt acknowledged, a judgement questionnaire, and a recruiter filling a locum', () => {
    expect(read({ subject: 'Application acknowledgement - Ward Clerk', snippet: 'This email acknowledges receipt of your application. Shortlisting happens after the closing date.' })?.kind).toBe('application_confirmation');
    expect(read({ subject: 'Next step', snippet: 'Please complete the short situational judgement questionnaire linked below by Monday.' })?.kind).toBe('assessment_invitation');
    expect(read({ from: { name: 'Ian Roe', email: 'ian@medstaff-locums.example' }, subject: 'Locum GP - Inverness', snippet: "I'm filling a 6 week locum in Inverness from March, £95/hr. Would you be interested?" }, false)?.kind).toBe('recruiter_reply');
  });

  it('reads a test sent on behalf of an employer as about hiring, though it names no role', () => {
    const platform = { name: 'Talent Q Assessments', email: 'noreply@tq-assess.example' };
    expect(read({ from: platform, subject: 'Ihre Online-Tests', snippet: 'Im Namen von Acme GmbH laden wir Sie ein, zwei Online-Tests zu bearbeiten.' }, false)?.kind).toBe('assessment_invitation');
  });
});

describe('families of each step, across the languages', () => {
  it('reads an interview not offered as a rejection, not an invitation', () => {
    expect(read({ subject: 'Re: Bewerbung', snippet: 'Leider können wir Sie diesmal nicht zu einem persönlichen Gespräch einladen.' })?.kind).toBe('rejection');
    expect(read({ subject: 'Candidature', snippet: 'Nous ne pouvons malheureusement pas vous proposer un entretien pour ce poste.' })?.kind).toBe('rejection');
    expect(read({ subject: 'Re: Analyst', snippet: 'We have decided not to invite you to the final stage this time.' })?.kind).toBe('rejection');
  });

  it('reads waiting on others and needing more time as a delay, in several languages', () => {
    expect(read({ subject: 'Re: role', snippet: "I haven't heard back from the hiring panel yet - as soon as I have news I'll let you know." })?.kind).toBe('still_reviewing');
    expect(read({ subject: 'AW: Bewerbung', snippet: 'Wir brauchen leider noch etwas mehr Zeit und melden uns, sobald wir mehr wissen.' })?.kind).toBe('still_reviewing');
    expect(read({ subject: 'RE: candidature', snippet: 'Le calendrier a été décalé, merci de patienter encore un peu.' })?.kind).toBe('still_reviewing');
  });

  it('does not take a rejection that mentions how many applied for a delay', () => {
    expect(read({ subject: 'Your application', snippet: 'We received an overwhelming number of applications and have decided to move forward with other candidates.' })).toEqual({ kind: 'rejection', certain: true });
  });

  it('reads a start asked for and a hire approved as an offer, and a role whose headcount was pulled as closed', () => {
    expect(read({ subject: 'Re: Coordinator', snippet: 'Good news: finance approved your hire. Can you start on 2 March?' })?.kind).toBe('offer');
    expect(read({ subject: 'Re: Coordinator', snippet: 'The headcount for this role was pulled in the budget review, so we have stopped hiring for it.' })?.kind).toBe('position_closed');
  });

  it('reads a small task to prepare and an informal "are you around" as steps', () => {
    expect(read({ subject: 'Re: Marketing lead', snippet: 'Could you put together a short launch plan for our spring range before we meet?' })?.kind).toBe('assessment_invitation');
    expect(read({ subject: 'Re: Sous-chef', snippet: 'Are you around on Friday for a quick chat with our head chef?' })?.kind).toBe('interview_invitation');
  });

  it('reads a person saying the application was handed on as a reply, and a system’s receipt as a receipt', () => {
    const hr = { name: 'Lakeside Bakery Jobs', email: 'jobs@lakeside-bakery.example' };
    expect(read({ from: hr, subject: 'Re: Application', snippet: 'Thanks for your application - we have passed your CV on to our production manager.' })?.kind).toBe('recruiter_reply');
    expect(read({ from: { name: 'Lakeside Bakery', email: 'no-reply@lakeside-bakery.example' }, subject: 'Application received', snippet: 'Thank you for your application. We will review it shortly.' })?.kind).toBe('application_confirmation');
  });
});

