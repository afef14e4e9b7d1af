import { describe, expect, it } from 'vitest';
import { candidateLevel, levelOfTitle, levelOfYears, postingLevel } from './career-level.ts';

describe('levelOfTitle', () => {
  it.each([
    ['Junior Developer', 'junior'],
    ['Graduate Engineer', 'junior'],
    ['Software Engineer II', 'mid'],
    ['Senior Backend Engineer', 'senior'],
    ['Sr. Data Analyst', 'senior'],
    ['Lead Developer', 'lead'],
    ['Staff Engineer', 'lead'],
    ['Engineering Manager', 'lead'],
    ['Principal Designer', 'principal'],
    ['VP Sales', 'principal'],
    ['Director of Nursing', 'principal'],
    ['Intern', 'intern'],
    ['Apprentice Electrician', 'intern'],
  ])('reads the English title "%s" as %s', (title, level) => {
    expect(levelOfTitle(title)).toBe(level);
  });

  it.each([
    ['Senior Pharmacist / Assistant Pharmacy Manager', 'senior'],
    ['Deputy Store Manager', 'senior'],
    ['Assistant Director of Nursing', 'lead'],
    ['Stellvertretende Stationsleitung', 'senior'],
    ['Directeur adjoint des opérations', 'lead'],
  ])('reads the deputy "%s" one step below the role it stands in for: %s', (title, level) => {
    expect(levelOfTitle(title)).toBe(level);
  });

  it.each([
    ['Werkstudent Marketing', 'intern'],
    ['Auszubildender Elektriker', 'intern'],
    ['Erfahrener Buchhalter', 'senior'],
    ['Elektromeister', 'senior'],
    ['Friseurmeisterin', 'senior'],
    ['Teamleiter Logistik', 'lead'],
    ['Leitende Pflegefachkraft', 'lead'],
    ['Stagiaire Comptable', 'intern'],
    ['Développeur confirmé', 'senior'],
    ["Chef d'équipe", 'lead'],
    ['Becario de marketing', 'intern'],
    ['Electricista experimentado', 'senior'],
    ['Oficial de primera electricista', 'senior'],
    ['Jefe de almacén', 'lead'],
    ['Schichtleiter Logistik', 'senior'],
  ])('reads "%s" as %s in German, French or Spanish', (title, level) => {
    expect(levelOfTitle(title)).toBe(level);
  });

  it.each([
    ['Kierownik zmiany produkcji', 'senior'],
    ['Brygadzista produkcji', 'senior'],
    ['Kierownik magazynu', 'lead'],
    ['Młodszy księgowy', 'junior'],
    ['Praktykant w dziale HR', 'intern'],
  ])('reads the Polish title "%s" as %s', (title, level) => {
    expect(levelOfTitle(title)).toBe(level);
  });

  it('lets the higher level win when a title names two', () => {
    expect(levelOfTitle('Senior Staff Engineer')).toBe('lead');
    expect(levelOfTitle('Senior Director of Engineering')).toBe('principal');
  });

  it('reads "assistant" and "associate" as junior before a job, and as the job\'s own name after one', () => {
    expect(levelOfTitle('Assistant Accountant')).toBe('junior');
    expect(levelOfTitle('Associate Product Manager')).toBe('junior');
    expect(levelOfTitle('Executive Assistant – Private Equity')).toBeNull();
    expect(levelOfTitle('Sales Associate')).toBeNull();
  });

  it('does not take whom a job serves for its level', () => {
    expect(levelOfTitle('Executive Assistant to the CEO')).toBeNull();
    expect(levelOfTitle('PA to the Managing Director')).toBeNull();
  });

  it('is null for a title that names no level', () => {
    expect(levelOfTitle('Hausmeister (m/w/d)')).toBeNull();
    expect(levelOfTitle('Data Analyst')).toBeNull();
    expect(levelOfTitle('Registered Nurse')).toBeNull();
  });
});

describe('levelOfYears', () => {
  it('makes someone junior under two and a half years, mid under eight, senior after', () => {
    expect([0, 2.4, 2.5, 7.9, 9.9, 10, 25].map(levelOfYears)).toEqual(['junior', 'junior', 'mid', 'mid', 'mid', 'senior', 'senior']);
  });
});

describe('levelOfTitle for supervisors and leads', () => {
  it.each([
    ['Warehouse Shift Supervisor', 'senior'],
    ['Air Freight Warehouse Shift Manager', 'senior'],
    ['Senior Electrician / Lead Hand', 'senior'],
    ['Electrical Chargehand', 'senior'],
    ['Warehouse Manager / Site Lead', 'lead'],
    ['Lead Backend Engineer', 'lead'],
    ['Head of Content', 'lead'],
  ])('reads "%s" as %s: a shift or crew supervisor is senior staff, who runs a site or team leads', (title, level) => {
    expect(levelOfTitle(title)).toBe(level);
  });

  it.each([
    ['Team Leader Goods-In', 'senior'],
    ['Teamleiter Produktion (m/w/d)', 'senior'],
    ["Chef d'équipe entrepôt", 'senior'],
    ['Team Lead – Contact Centre', 'senior'],
    ['QC Team Lead – Chemistry', 'lead'],
    ['Engineering Team Lead', 'lead'],
    ['Teamleiter Softwareentwicklung', 'lead'],
  ])('reads "%s" as %s: a team leader on a warehouse, production or shop floor supervises a crew, in an office profession leads', (title, level) => {
    expect(levelOfTitle(title)).toBe(level);
  });

  it('does not read the lead of a sale as a level', () => {
    expect(levelOfTitle('Lead Generation Specialist')).toBeNull();
  });
});

describe('postingLevel', () => {
  it('takes the level the title names over the years it asks for', () => {
    expect(postingLevel({ title: 'Junior Data Analyst', requirementsText: '5+ years of experience' })).toEqual({ level: 'junior', basis: 'title' });
  });

  it('reads the years asked for when the title names no level', () => {
    const level = (requirementsText: string) => postingLevel({ title: 'Data Analyst', requirementsText })?.level;

    expect(postingLevel({ title: 'Data Analyst', requirementsText: '3 years of experience' })?.basis).toBe('years');

    expect(level('1 year of experience')).toBe('junior');
    expect(level('3 years of experience')).toBe('mid');
    expect(level('5+ years of experience')).toBe('senior');
    expect(level('10 years of experience')).toBe('lead');
    expect(level('mindestens 5 Jahre Berufserfahrung')).toBe('senior');
    expect(level('Al menos 3 años de experiencia')).toBe('mid');
  });

  it('is null when neither title nor requirements say', () => {
    expect(postingLevel({ title: 'Data Analyst', requirementsText: 'SQL and Tableau' })).toBeNull();
  });
});

describe('candidateLevel', () => {
  it('trusts the latest title over the years, even below what the years imply', () => {
    expect(candidateLevel({ recentTitle: 'Junior Analyst', years: 9 })).toBe('junior');
  });

  it('falls back on the years when the title names no level', () => {
    expect(candidateLevel({ recentTitle: 'Data Analyst', years: 11 })).toBe('senior');
    expect(candidateLevel({ recentTitle: 'Data Analyst', years: 9 })).toBe('mid');
    expect(candidateLevel({ recentTitle: null, years: null })).toBeNull();
  });
});

describe('levelOfTitle for lines of support', () => {
  it.each([
    ['1st Line Support Analyst', 'junior'],
    ['First-line IT Support', 'junior'],
    ['1e lijns helpdesk medewerker', 'junior'],
    ['Eerstelijns ICT medewerker', 'junior'],
    ['Level 1 Support', 'junior'],
    ['Service Desk Analyst - Tier 1', 'junior'],
    ['2nd Line Support Engineer', 'mid'],
    ['2nd-level support', 'mid'],
    ['Second Level Support (m/w/d)', 'mid'],
    ['L2 Support Analyst', 'mid'],
    ['3rd Line Infrastructure Engineer', 'senior'],
    ['Tier 3 Technical Support', 'senior'],
  ])('reads "%s" as %s: the first line takes the calls, the second what it cannot solve, the third is the specialist', (title, level) => {
    expect(levelOfTitle(title)).toBe(level);
  });

  it.each([
    ['First-line supervisor', 'senior'],
    ['First Line Manager', null],
    ['Front line staff', null],
    ['Line cook', null],
    ['Production line operator', null],
    ['Care Assistant (Level 3)', null],
    ['Level 3 Teaching Assistant', null],
    ['Eerstelijnspsycholoog', null],
    ['Tier 1 supplier quality engineer', null],
  ])('does not read "%s" as a line of support: %s', (title, level) => {
    expect(levelOfTitle(title)).toBe(level);
  });
});

describe('levelOfTitle for the rank a compound title starts or ends with', () => {
  it.each([
    ['hoofdteler', 'lead'],
    ['Hoofdverpleegkundige', 'lead'],
    ['Chefkoch', 'lead'],
    ['Chefarzt Kardiologie', 'principal'],
    ['Oberarzt Innere Medizin', 'senior'],
    ['Souschef', 'senior'],
    ['Assistenzarzt', 'junior'],
    ['Juniorberater', 'junior'],
    ['Assistent bedrijfsleider', 'senior'],
    ['Gewächshausleiter', 'lead'],
    ['Filialleiterin', 'lead'],
    ['Teeltleider', 'lead'],
    ['Ledende sykepleier', 'lead'],
    ['Lagerchef', 'lead'],
    ['Küchenchef', 'lead'],
    ['Afdelingsleder', 'lead'],
    ['Projektledare', 'lead'],
    ['Arbetsledare', 'senior'],
    ['Arbeidsleder', 'senior'],
  ])('reads "%s" as %s', (title, level) => {
    expect(levelOfTitle(title)).toBe(level);
  });

  it.each(['Medewerker hoofdkantoor', 'Chefsekretärin', 'Oberflächenbeschichter', 'Lehrer Oberstufe', 'Alltagsbegleiter', 'Zugbegleiter', 'Woonbegeleider', 'Leiterplattenbestücker', 'Assistent', 'Medewerker hoofdkassa', 'Pastry Chef', 'Kunstleder'])(
    'reads no rank in "%s"',
    (title) => {
      expect(levelOfTitle(title)).toBeNull();
    },
  );
});

describe('levelOfTitle reading cabin crew ranks', () => {
  it.each([
    ['Purser', 'senior'],
    ['Chefe de Cabine', 'senior'],
    ['Chef de cabine', 'senior'],
    ['Cabin Manager', 'senior'],
    ['Sobrecargo', 'senior'],
    ['Chef de cabine principal', 'lead'],
    ['Chief Purser', 'lead'],
    ['Cabin Service Director', 'lead'],
  ])('reads "%s" as %s: a cabin\'s leader and the chief of every cabin, not an executive', (title, level) => {
    expect(levelOfTitle(title)).toBe(level);
  });
});

describe('levelOfTitle reading a Romance "responsable"', () => {
  it.each([
    ["Responsable d'entrepôt", 'lead'],
    ['Responsabile di punto vendita', 'lead'],
    ['Responsable de Marketing de Contenidos', null],
    ['Responsável de armazém', 'lead'],
    ['Responsable de turno', 'senior'],
    ["Responsable adjoint d'entrepôt", 'senior'],
    ["Chef d'équipe logistique", 'senior'],
  ])('reads "%s" as %s: who is responsible for a unit runs it, for a shift or crew supervises it, for a function names no level', (title, level) => {
    expect(levelOfTitle(title)).toBe(level);
  });
});

describe('levelOfTitle reading "principal" after the job', () => {
  it.each([
    ['Ingeniero principal', 'senior'],
    ['Técnico principal de mantenimiento', 'senior'],
    ['Clerc de notaire principal', 'senior'],
    ['Principal Software Engineer', 'principal'],
    ['Senior Principal Engineer', 'principal'],
    ['Directeur principal', 'principal'],
    ['Elementary School Principal', 'principal'],
  ])('reads "%s" as %s: a Romance grade after the job is senior, an English one before it the principal level', (title, level) => {
    expect(levelOfTitle(title)).toBe(level);
  });
});

describe('levelOfTitle reading "master"', () => {
  it.each([
    ['Master Electrician', 'senior'],
    ['Scrum Master', null],
    ['Master Data Specialist', null],
    ['Master Scheduler', null],
  ])('reads "%s" as %s: a master of a trade is senior, a scrum master or master data names no level', (title, level) => {
    expect(levelOfTitle(title)).toBe(level);
  });
});

describe('levelOfTitle reading apprenticeships and internships across languages', () => {
  it.each([
    ['Ausbildungsplatz Zimmerer/in 2027', 'intern'],
    ['Lehrstelle Zimmermann', 'intern'],
    ['Duales Studium BWL', 'intern'],
    ['Stagiair marketing', 'intern'],
    ['BBL-opleiding monteur', 'intern'],
    ['Apprendista elettricista', 'intern'],
    ['Tirocinio amministrazione', 'intern'],
    ['Estágio em contabilidade', 'intern'],
    ['Ausbildungsleiter (m/w/d)', 'lead'],
    ['Ausbildungsbeauftragter Logistik', null],
    ['Praktikumsbetreuer', null],
  ])('reads "%s" as %s: a place in training is an intern\'s, whoever runs the training is not', (title, level) => {
    expect(levelOfTitle(title)).toBe(level);
  });
});
