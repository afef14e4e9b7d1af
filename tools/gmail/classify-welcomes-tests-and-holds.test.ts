import { describe, expect, it } from 'vitest';
import { classifyWithCertainty, isFirstApproach } from './classify.ts';

const person = { name: 'Chiara Bassi', email: 'chiara.bassi@clinicaverde.example' };
const read = (message: { from?: { name: string | null; email: string }; subject: string; snippet: string }, fromEmployer = true) =>
  classifyWithCertainty({ from: person, labelIds: ['INBOX'], ...message }, { fromEmployer })?.kind;

describe('offers said as gladness to have the candidate on the team, in Italian and Portuguese', () => {
  it('reads "we would be happy to have you with us" as an offer', () => {
    expect(read({ subject: 'Re: candidatura assistente', snippet: 'Siamo molto lieti di averti nel team dal primo marzo, quattro giorni a settimana.' })).toBe('offer');
    expect(read({ subject: 'Re: vaga recepcionista', snippet: 'Adoraríamos ter você na nossa equipe a partir de março, com contrato CLT.' })).toBe('offer');
  });

  it('does not read a wish to meet as an offer', () => {
    expect(read({ subject: 'Re: vaga recepcionista', snippet: 'Gostaríamos de conhecer você melhor numa conversa presencial na terça.' })).not.toBe('offer');
  });
});

describe('assessments named in Portuguese and Italian', () => {
  it('reads a behavioural or knowledge test and a recorded video interview as assessments', () => {
    expect(read({ subject: 'Nova etapa', snippet: 'Você passou para a fase de testes: faça o teste de lógica e o teste comportamental até sexta.' })).toBe('assessment_invitation');
    expect(read({ subject: 'Selezione receptionist', snippet: 'Il passo successivo è una videointervista registrata con quattro domande, da completare entro lunedì.' })).toBe('assessment_invitation');
  });
});

describe('receipts confirmed in Italian', () => {
  it('reads a confirmed receipt of the application as a confirmation', () => {
    const office = { name: 'Ufficio Selezione', email: 'selezione@casadicura.example' };
    expect(read({ from: office, subject: 'La sua candidatura', snippet: 'Confermiamo la ricezione del suo curriculum per la posizione di fisioterapista. Sarà ricontattata in caso di interesse.' })).toBe('application_confirmation');
  });
});

describe('a role put on stand-by in Italian', () => {
  it('reads the opening put on stand-by as a closed role, even when an interview is called off with it', () => {
    expect(read({ subject: 'Incontro di giovedì', snippet: 'Purtroppo la proprietà ha messo in stand-by la ricerca per la sede di Pavia, quindi annulliamo il colloquio.' })).toBe('position_closed');
  });
});

describe('an invitation to talk over a named medium in Portuguese', () => {
  it('reads a call proposed by video or phone as an interview invitation', () => {
    expect(read({ subject: 'Re: vaga fisioterapeuta', snippet: 'Podemos falar por videochamada na segunda às 10h com a coordenadora?' })).toBe('interview_invitation');
  });
});

describe('a recruiter approaching about a named role', () => {
  it('counts "I\'m recruiting the … role" and a Scandinavian "jag rekryterar en" as a first approach', () => {
    const agency = { name: 'Sam Reid', email: 'sam.reid@northtalent.example' };
    expect(isFirstApproach({ from: agency, labelIds: ['INBOX'], subject: 'Site lead role', snippet: "I'm recruiting the Site Lead role for a food producer in Leeds. Would you be open to a quick call?" })).toBe(true);
    expect(isFirstApproach({ from: { name: 'Eva Lind', email: 'eva.lind@bemanningsgruppen.example' }, labelIds: ['INBOX'], subject: 'Lagerchef i Jönköping?', snippet: 'Hej! Jag rekryterar en lagerchef till en kund i Jönköping. Är du intresserad av att höra mer?' })).toBe(true);
  });
});

describe('a delay that names the interviews it holds back, in Danish', () => {
  it('reads "we expect to call candidates to interviews later" beside a delay as a status note', () => {
    expect(read({ subject: 'Status på rekrutteringen', snippet: 'Processen trækker ud, fordi vores direktør er på ferie. Vi forventer at indkalde til samtaler om to uger.' })).toBe('still_reviewing');
  });
});
