import { describe, expect, it } from 'vitest';
import { classifyMessage, classifyWithCertainty, isFirstApproach } from './classify.ts';

const person = { name: 'Selina Amrhein', email: 'selina.amrhein@vorderau-gruppe.example' };
const read = (message: { from?: { name: string | null; email: string }; subject: string; snippet: string }, fromEmployer = true) =>
  classifyWithCertainty({ from: person, labelIds: ['INBOX'], ...message }, { fromEmployer })?.kind;

describe('hiring mail in Swiss German, Italian, French and Latin-American Spanish', () => {
  it('reads a French receipt that "acknowledges receipt" of the application, from an ATS', () => {
    const receipt = { from: { name: 'Caisse Rhodanienne – Recrutement', email: 'noreply@successfactors.eu' }, subject: 'Votre candidature – Contrôleur de gestion', snippet: 'Madame, nous accusons bonne réception de votre candidature et vous répondrons prochainement.' };
    expect(read(receipt, false)).toBe('application_confirmation');
  });

  it('reads a job board saying the employer still has the application "en proceso"', () => {
    const status = { from: { name: 'InfoJobs', email: 'noreply@infojobs.net' }, subject: 'Tu candidatura a Auxiliar Contable: En proceso', snippet: 'Hola Marta, Talleres Ebro ha cambiado el estado de tu candidatura a «En proceso». La empresa sigue revisando los CV.' };
    expect(read(status, false)).toBe('still_reviewing');
  });

  it('reads a Swiss post "sistiert" as a closed role, and an internal candidate chosen as a rejection', () => {
    expect(read({ subject: 'AW: Controller/in – Gespräch', snippet: 'Grüezi Herr Frei, die Stelle wird wegen einer Neuorganisation bis auf Weiteres sistiert. Wir bedauern das.' })).toBe('position_closed');
    expect(read({ subject: 'AW: Buchhalter/in', snippet: 'Leider hat sich die Bank für einen internen Kandidaten entschieden. Ich melde mich bei einer passenden Stelle.' })).toBe('rejection');
  });

  it('reads "laden wir Sie zu einem Gespräch … ein" with a time to confirm as an invitation, not a booking', () => {
    expect(read({ subject: 'AW: Ihre Bewerbung', snippet: 'Gerne laden wir Sie zu einem Gespräch mit der Teamleiterin ein: Dienstag, 3. März, 14 Uhr. Bitte bestätigen Sie uns den Termin.' })).toBe('interview_invitation');
  });

  it('reads an Outlook invitation for a talk, by its response buttons, as a booking', () => {
    expect(read({ subject: 'Einladung: Gespräch Frei / Keller – Controller', snippet: 'Freitag, 6. März 2026 10:00-11:00 (UTC+01:00) Bern, Rom, Wien. Ort: Sitzungszimmer 2. Annehmen Mit Vorbehalt Ablehnen' })).toBe('interview_scheduling');
  });

  it('reads a second round proposed after a praised case study as an interview, not the test', () => {
    expect(read({ subject: 'AW: Ihre Bewerbung – Fragen', snippet: 'Grüezi Herr Frei, Ihre Fallstudie hat überzeugt. Die CFO möchte Sie in einer zweiten Runde treffen, am Montag um 9 Uhr. Passt Ihnen das?' })).toBe('interview_invitation');
  });

  it('reads an Italian question about language skills and pay as a reply, not an invitation', () => {
    expect(read({ subject: 'Contabile – una domanda', snippet: 'Gentile signor Frei, prima di procedere: il ruolo richiede buone conoscenze di tedesco. Potrebbe indicarmi le Sue pretese salariali?' })).toBe('recruiter_reply');
  });

  it('reads Mexican Spanish: someone wanting to see or talk with the candidate on a day, a demo lesson, a process not continued', () => {
    expect(read({ subject: 'RE: Maestra de Primaria', snippet: 'Hola Lupita, la coordinadora te puede ver el martes 3 a las 11 en el plantel. ¿Te queda?' })).toBe('interview_invitation');
    expect(read({ subject: 'RE: Maestra de Primaria', snippet: 'Hola Lupita, ¡la clase muestra nos encantó! El director quiere platicar contigo el viernes a las 13:00. ¿Puedes?' })).toBe('interview_invitation');
    expect(read({ subject: 'RE: Maestra de Primaria', snippet: 'Hola Lupita, la directora quiere verte dar una clase muestra de 20 minutos el lunes. ¿Te queda?' })).toBe('assessment_invitation');
    expect(read({ subject: 'RE: Maestra de Primaria', snippet: 'Hola Lupita, la directora se decidió por una candidata con más experiencia; por ahora no va a seguir con tu proceso.' })).toBe('rejection');
  });

  it('reads a principal proposing a video call on a given day as an invitation', () => {
    expect(read({ subject: 'Grade 2 position – Oakmont Elementary', snippet: "Hi Ana, I'm the principal at Oakmont Elementary. I'd love to talk with you by Zoom. Are you free Tuesday at 5pm?" })).toBe('interview_invitation');
  });

  it('does not read an application started and not submitted, in German, as job mail', () => {
    expect(classifyMessage({ from: { name: 'Bank Seetal', email: 'bankseetal@myworkday.com' }, subject: 'Sie haben Ihre Bewerbung noch nicht abgeschlossen', snippet: 'Sie haben eine Bewerbung für Analyst begonnen, aber noch nicht eingereicht.', labelIds: ['INBOX'] })).toBeUndefined();
  });

  it('knows recruiters who run a search or ask "Hätten Sie Lust", and a talent lead asking to talk', () => {
    const approach = (from: { name: string; email: string }, subject: string, snippet: string) => isFirstApproach({ from, subject, snippet, labelIds: ['INBOX'] });
    expect(approach({ name: 'Jonas Wirz', email: 'j.wirz@wirz-search.example' }, 'Controller (m/w/d) – Mandat', 'Guten Tag, ich betreue exklusiv die Suche nach einem Controller für einen Versicherer in Basel. Ihr Profil passt gut. Hätten Sie Interesse an einem Telefonat?')).toBe(true);
    expect(approach({ name: 'Eva Glarner', email: 'eva.glarner@toedi-re.example' }, 'Underwriter bei Tödi Re', 'Grüezi, wir suchen einen Underwriter in Zürich und Ihr Profil ist mir aufgefallen. Hätten Sie Lust auf einen Austausch?')).toBe(true);
    expect(approach({ name: 'Luis Garza via LinkedIn', email: 'inmail-hit-reply@linkedin.com' }, 'Maestra de inglés – Colegio Norte', 'Hola, dirijo Talento en el Colegio Norte. Buscamos una maestra de inglés y tu experiencia nos llamó la atención. ¿Platicamos 15 minutos?')).toBe(true);
  });
});
