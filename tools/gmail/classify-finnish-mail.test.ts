import { describe, expect, it } from 'vitest';
import { classifyWithCertainty } from './classify.ts';

const person = { name: 'Laura Mäkinen', email: 'laura.makinen@hameenhyvinvointi.example' };
const read = (message: { from?: { name: string | null; email: string }; subject: string; snippet: string }, fromEmployer = true) =>
  classifyWithCertainty({ from: person, labelIds: ['INBOX'], ...message }, { fromEmployer })?.kind;

describe('Finnish hiring mail', () => {
  it('reads a receipt, from a hiring system or a person, as a confirmation', () => {
    expect(read({ from: { name: 'Kuntarekry', email: 'noreply@kuntarekry.fi' }, subject: 'Hakemuksesi on vastaanotettu', snippet: 'Hei Mikko, kiitos hakemuksestasi tehtävään sairaanhoitaja, päivystys. Käsittelemme hakemukset haun päätyttyä.' }, false)).toBe(
      'application_confirmation',
    );
    expect(read({ subject: 'Lähihoitaja, kotihoito', snippet: 'Olemme vastaanottaneet hakemuksesi. Otamme yhteyttä valittuihin hakijoihin haun päätyttyä.' })).toBe('application_confirmation');
  });

  it('reads another applicant chosen, however politely, as a rejection', () => {
    expect(read({ subject: 'Sairaanhoitaja, teho-osasto', snippet: 'Kiitos hakemuksestasi. Valitettavasti olemme valinneet tehtävään toisen hakijan. Toivotamme onnea työnhakuun.' })).toBe('rejection');
    expect(read({ subject: 'Rekrytointi', snippet: 'Päädyimme tällä kertaa muihin hakijoihin, joiden kokemus vastasi paremmin tehtävän vaatimuksia.' })).toBe('rejection');
    expect(read({ subject: 'Fysioterapeutti', snippet: 'Valinta kohdistui toiseen hakijaan. Kiitos kiinnostuksestasi.' })).toBe('rejection');
  });

  it('reads an invitation to an interview and a booking confirmed', () => {
    expect(read({ subject: 'Haastattelukutsu', snippet: 'Hei, kutsumme sinut haastatteluun ensi viikolla. Varaa itsellesi sopiva aika linkin kautta.' })).toBe('interview_invitation');
    expect(read({ subject: 'Kehittämispäällikkö', snippet: 'Haluaisimme tavata sinut ja keskustella tehtävästä tarkemmin.' })).toBe('interview_invitation');
    expect(read({ from: { name: 'Rekrytointi', email: 'rekrytointi@hameenhyvinvointi.example' }, subject: 'Varaus vahvistettu: Haastattelu – Lähihoitaja', snippet: 'Varauksesi on vahvistettu. Liity Microsoft Teams -kokoukseen.' })).toBe(
      'interview_scheduling',
    );
  });

  it('reads a test to take as an assessment', () => {
    expect(read({ subject: 'Soveltuvuusarviointi', snippet: 'Pyydämme sinua suorittamaan soveltuvuusarvioinnin verkossa perjantaihin mennessä.' })).toBe('assessment_invitation');
    expect(read({ subject: 'Sairaanhoitaja', snippet: 'Seuraavaksi pyydämme sinua suorittamaan LOVe-lääkelaskutestin verkossa ennen haastattelua.' })).toBe('assessment_invitation');
  });

  it('reads the job offered without the word "offer" as an offer', () => {
    expect(read({ subject: 'Lähihoitaja', snippet: 'Haluamme tarjota sinulle vakituista tehtävää 1.12. alkaen. Työsopimus lähetetään allekirjoitettavaksi.' })).toBe('offer');
    expect(read({ subject: 'Valintapäätös', snippet: 'Olet tullut valituksi tehtävään, onneksi olkoon!' })).toBe('offer');
  });

  it('reads a recruitment stopped and a withdrawal acknowledged as a closed role', () => {
    expect(read({ subject: 'Rekrytointi keskeytetty', snippet: 'Rekrytointi on keskeytetty talousarvion vuoksi, eikä tehtävää täytetä tänä vuonna.' })).toBe('position_closed');
    expect(read({ subject: 'Re: Haastattelu', snippet: 'Kiitos kun ilmoitit. Olemme poistaneet hakemuksesi rekrytoinnista, onnea uuteen työpaikkaan!' })).toBe('position_closed');
  });

  it('reads a delay as a status note, not a decision', () => {
    expect(read({ subject: 'Rekrytoinnin tilanne', snippet: 'Valitettavasti rekrytointi viivästyy, koska esihenkilö on lomalla. Palaamme asiaan ensi viikolla.' })).toBe('still_reviewing');
    expect(read({ subject: 'Hakemuksesi', snippet: 'Hakemusten käsittely kestää suunniteltua pidempään. Emme ole vielä tehneet päätöstä.' })).toBe('still_reviewing');
  });
});
