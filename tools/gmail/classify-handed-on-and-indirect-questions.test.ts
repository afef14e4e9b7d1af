import { describe, expect, it } from 'vitest';
import { classifyWithCertainty } from './classify.ts';

const read = (from: { name: string; email: string }, subject: string, snippet: string) =>
  classifyWithCertainty({ from, labelIds: ['INBOX'], subject, snippet }, { fromEmployer: true })?.kind;
const recruiter = { name: 'Roberto Parodi', email: 'r.parodi@vrg-trasporti.example' };

describe('a person writing beyond a receipt or a status note', () => {
  it('reads an application handed on, with news promised later, as a reply', () => {
    const groupRecruiter = { name: 'Núria Puig', email: 'nuria.puig@somriuregroup.example' };
    expect(read(groupRecruiter, 'Tu candidatura – Higienista dental', 'Hola Larissa, he pasado tu CV a la directora de la clínica, que es quien decide. Te digo algo pronto.')).toBe('recruiter_reply');
  });

  it('reads a receipt that asks something without a question mark as a reply, in several languages', () => {
    expect(read(recruiter, 'Sua candidatura Responsabile Trasporti', 'Buongiorno, abbiamo ricevuto il suo CV. Prima di procedere le chiedo se sarebbe disponibile a trasferirsi a Genova.')).toBe('recruiter_reply');
    expect(read(recruiter, 'Your application', 'Thanks, we have received your application. I would like to know whether you could start in May.')).toBe('recruiter_reply');
    expect(read(recruiter, 'Votre candidature', 'Bonjour, nous avons bien reçu votre candidature. Je voudrais savoir si vous êtes disponible en juin.')).toBe('recruiter_reply');
  });

  it('reads a person saying only that the CV arrived as a receipt', () => {
    const dentist = { name: 'Marta Ferri', email: 'marta.ferri.studio@gmail.com' };
    expect(read(dentist, 'Re: Candidatura igienista dentale', 'Buongiorno Larissa, ho ricevuto il suo curriculum, grazie. Raccolgo le candidature fino a fine mese e poi la ricontatto.')).toBe('application_confirmation');
  });
});
