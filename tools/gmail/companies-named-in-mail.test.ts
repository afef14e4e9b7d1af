import { describe, expect, it } from 'vitest';
import { matchApplication, type ApplicationCandidate } from './match.ts';

const pipeline: ApplicationCandidate[] = [
  { id: 'sorrisi', company: 'Sorrisi Italia S.p.A.', title: 'Igienista Dentale – Centro di Novara', url: null },
  { id: 'mediterrania', company: 'Clínica Dental Mediterrània', title: 'Higienista dental', url: null },
  { id: 'vigo', company: 'Clínica Dental Ría de Vigo', title: 'Higienista dental', url: null },
  { id: 'dentalplus', company: 'DentalPlus Centri Odontoiatrici', title: 'Igienista dentale – Milano Loreto', url: null },
  { id: 'maplecrest', company: 'Maplecrest Software', title: 'Account Executive', url: null },
];

const match = (from: { name: string | null; email: string }, subject: string, snippet = '') => matchApplication({ from, subject, snippet }, pipeline);

describe('a tracked company named in mail from a domain that is not its own', () => {
  it('reads a legal form written with full stops as one word, so the name is found without it', () => {
    expect(match({ name: 'Selezione Gruppo SIH', email: 'selezione@sih-holding.example' }, 'Sorrisi Italia – videocolloquio registrato')).toMatchObject({
      applicationId: 'sorrisi',
      confident: false,
      evidence: ['company_name'],
    });
  });

  it('finds a brand spelled with a capital inside it as written, even in a booking tool’s event name', () => {
    expect(match({ name: 'Calendly', email: 'notifications@calendly.com' }, 'Confermato: Colloquio DentalPlus Milano con Federica Galli')).toMatchObject({ applicationId: 'dentalplus', confident: false });
    // Lower-case, it is the trade's words, not the brand.
    expect(match({ name: 'Calendly', email: 'notifications@calendly.com' }, 'Confermato: visita dental plus')).toBeUndefined();
  });

  it('ties a group recruiter heading the mail with the words of the name that say which company, leaving its trade out, as a guess', () => {
    expect(match({ name: 'Núria Puig', email: 'nuria.puig@somriuregroup.example' }, 'Invitación: Entrevista higienista – Clínica Mediterrània Gràcia')).toMatchObject({
      applicationId: 'mediterrania',
      confident: false,
      evidence: ['company_name'],
    });
  });

  it('does not take a friend mentioning the company in passing for the employer', () => {
    expect(match({ name: 'Anika', email: 'anika.m@gmail.com' }, 'did you hear back??', 'Did Maplecrest make you an offer yet??')).toBeUndefined();
    expect(match({ name: 'Eline', email: 'eline@family-name.example' }, 'Congrats!!', 'So you took the Maplecrest offer? We should celebrate.')).toBeUndefined();
  });

  it('folds letters without a separable mark as the domain spells them: "Bryggeriet Øst" writes from bryggeriet-ost', () => {
    const brewery = [{ id: 'ost', company: 'Bryggeriet Øst ApS', title: 'Lagerchef', url: null }];
    expect(matchApplication({ from: { name: 'Mette Holm', email: 'mette@bryggeriet-ost.example' }, subject: 'Din ansøgning', snippet: '' }, brewery)).toMatchObject({ applicationId: 'ost', confident: true });
  });
});
