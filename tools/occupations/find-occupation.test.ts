import { describe, expect, it } from 'vitest';
import { occupationOfTitle } from './find-occupation.ts';

const occupation = (title: string) => occupationOfTitle(title)?.occupation ?? null;

describe('occupationOfTitle', () => {
  it.each([
    ['English', 'Software Engineer', 'software-engineer'],
    ['English', 'Senior Backend Engineer', 'backend-engineer'],
    ['English', 'Registered Nurse', 'registered-nurse'],
    ['English', 'Staff Accountant', 'accountant'],
    ['English', 'Warehouse Operative', 'warehouse-associate'],
    ['English', 'Maths Teacher', 'maths-teacher'],
    ['German', 'Gesundheits- und Krankenpfleger (m/w/d)', 'registered-nurse'],
    ['German', 'Softwareentwickler', 'software-engineer'],
    ['German', 'Elektriker', 'electrician'],
    ['German', 'Buchhalter', 'accountant'],
    ['German', 'Grundschullehrerin', 'primary-teacher'],
    ['German', 'Lagerhelfer', 'warehouse-associate'],
    ['French', 'Infirmière', 'registered-nurse'],
    ['French', 'Développeur logiciel', 'software-engineer'],
    ['French', 'Électricien', 'electrician'],
    ['French', 'Comptable', 'accountant'],
    ['Spanish', 'Enfermera', 'registered-nurse'],
    ['Spanish', 'Desarrollador de software', 'software-engineer'],
    ['Spanish', 'Electricista', 'electrician'],
    ['Spanish', 'Profesor de matemáticas', 'maths-teacher'],
  ])('reads the %s title "%s" as %s', (_language, title, expected) => {
    expect(occupation(title)).toBe(expected);
  });

  it.each([
    ['Registered Nurse – ICU', 'icu-nurse'],
    ['Registered Nurse - ICU', 'icu-nurse'],
    ['Software Engineer, Backend', 'backend-engineer'],
    ['Infirmier en réanimation', 'icu-nurse'],
    ['Enfermero de UCI', 'icu-nurse'],
    ['Pflegefachkraft für Intensivstation', 'icu-nurse'],
    ['Hospital Pharmacist', 'hospital-pharmacist'],
  ])('refines "%s" to the specialty %s its qualifier names', (title, expected) => {
    expect(occupation(title)).toBe(expected);
  });

  it('keeps the broad occupation when the title names no specialty', () => {
    expect(occupation('Registered Nurse')).toBe('registered-nurse');
    expect(occupation('Pharmacist')).toBe('pharmacist');
  });

  it('reads a veterinary nurse as a veterinary nurse, not a nurse', () => {
    expect(occupation('Veterinary Nurse')).toBe('veterinary-nurse');
  });

  it('reads a reptile keeper who handles pythons as a zookeeper, not a developer', () => {
    expect(occupation('Reptile Keeper (Python)')).toBe('zookeeper');
  });

  it('reads an HVAC engineer working on airflow as a ventilation engineer, not a data engineer', () => {
    expect(occupation('HVAC Ventilation Engineer – Airflow')).toBe('ventilation-engineer');
  });

  it('prefers the title that matches more of the text', () => {
    const nurse = occupationOfTitle('Nurse')!;
    const veterinary = occupationOfTitle('Veterinary Nurse')!;

    expect(veterinary.strength).toBeGreaterThan(nurse.strength);
  });

  it('is null for a title that names no occupation it knows', () => {
    expect(occupationOfTitle('clinic caregiver')).toBeNull();
    expect(occupationOfTitle('Rockstar Ninja')).toBeNull();
    expect(occupationOfTitle('')).toBeNull();
  });

  it('matches whole words only', () => {
    // "nurse" inside "nursery" is not a nurse.
    expect(occupation('Nursery gardener')).not.toBe('registered-nurse');
  });

  it('knows the commonest titles in Dutch, Italian and Portuguese', () => {
    expect(occupation('Operationeel Inkoper')).toBe('procurement-specialist');
    expect(occupation('Magazijnmedewerker (fulltime)')).toBe('warehouse-associate');
    expect(occupation('Magazziniere con patentino')).toBe('warehouse-associate');
    expect(occupation('Contabilista Sénior')).toBe('accountant');
    expect(occupation('IC-verpleegkundige')).toBe('icu-nurse');
    expect(occupation('Sviluppatore Backend Java')).not.toBeNull();
    expect(occupation('Vrachtwagenchauffeur CE')).toBe('truck-driver');
    expect(occupation('Analista de dados')).toBe('data-analyst');
  });

  it('reads a title whose words come in any order, one of them ending in a wildcard', () => {
    expect(occupation('Designer – Kitchens & Bathrooms')).toBe('interior-designer');
    expect(occupation('Supervisor, Fulfilment Centre')).toBe('warehouse-supervisor');
    expect(occupation('Diseñadora senior de producto')).toBe('product-designer');
  });

  it("reads a warehouse foreman and a freight forwarder's operator by the trade's own titles", () => {
    expect(occupation('Lagervorarbeiter (m/w/d)')).toBe('warehouse-supervisor');
    expect(occupation('Vorarbeiter Versand')).toBe('warehouse-supervisor');
    expect(occupation('Air Freight Operator – Export')).toBe('logistics-coordinator');
    expect(occupation('Operator Import (Zeevracht)')).toBe('logistics-coordinator');
    expect(occupation('Forklift Operator')).not.toBe('logistics-coordinator');
  });

  it('reads a head of a school subject as a teacher of it', () => {
    expect(occupation('Head of Mathematics')).toBe('maths-teacher');
    expect(occupation('Recruitment Specialist')).toBe('recruiter');
  });
});

describe('occupationOfTitle with asides and gendered forms', () => {
  it('reads a German gendered title as the occupation it names', () => {
    expect(occupationOfTitle('Tiermedizinische:r Fachangestellte:r (m/w/d) für unsere Intensivstation')?.occupation).toBe('veterinary-nurse');
    expect(occupationOfTitle('Grundschullehrer*in in Teilzeit')?.occupation).toBe('primary-teacher');
  });

  it('does not take the job from what a dash adds with "also", "or" or "with"', () => {
    expect(occupationOfTitle('Lehrkraft (m/w/d) für sonderpädagogische Förderung – auch mit Lehramt Grundschule')?.occupation).toBe('special-education-teacher');
  });

  it('still reads a specialty that follows a dash', () => {
    expect(occupationOfTitle('Registered Nurse – ICU')?.occupation).toBe('icu-nurse');
  });

  it('does not take a specialty from brackets that describe the work, but keeps one a short bracket names', () => {
    expect(occupationOfTitle('Remote Pharmacist – Telepharmacy (Order Entry & Clinical Verification)')?.occupation).toBe('pharmacist');
    expect(occupationOfTitle('Registered Nurse (ICU)')?.occupation).toBe('icu-nurse');
  });

  it('reads a title named only inside long brackets', () => {
    expect(occupationOfTitle('Job opening (Registered Nurse, night shifts)')?.occupation).toBe('registered-nurse');
  });
});

describe('occupationOfTitle across the languages of the labour markets it serves', () => {
  it.each([
    ['German', 'Vertragsmanager*in (m/w/d)', 'contract-manager'],
    ['German', 'Pflegedienstleitung (PDL)', 'nurse-manager'],
    ['German', 'Fachkraft für Schutz und Sicherheit', 'security-guard'],
    ['German', 'Tiermedizinischer Fachangestellter', 'veterinary-nurse'],
    ['German', 'Sachbearbeiter Kundenservice (m/w/d)', 'customer-support-agent'],
    ['German', 'Rechtsanwaltsfachangestellte (m/w/d)', 'paralegal'],
    ['German', 'Assistenz der Geschäftsleitung (m/w/d)', 'executive-assistant'],
    ['French', "Directrice de l'hébergement", 'hotel-manager'],
    ['French', "Responsable de l'hébergement", 'hotel-manager'],
    ['French', 'Gestionnaire de contrats', 'contract-manager'],
    ['French', 'Technicien de maintenance industrielle', 'maintenance-technician'],
    ['French', 'Conseillère relation client', 'customer-support-agent'],
    ['French', 'Chef de rang', 'waiter'],
    ['Spanish', 'Jefa de proyectos', 'project-manager'],
    ['Spanish', 'Gestora de contratos', 'contract-manager'],
    ['Spanish', 'Auxiliar de enfermería', 'healthcare-assistant'],
    ['Spanish', 'Enfermera escolar', 'community-nurse'],
    ['Spanish', 'Maestra de audición y lenguaje', 'special-education-teacher'],
    ['Spanish', 'Peluquera canina', 'pet-groomer'],
    ['Dutch', 'Logistiek coördinator', 'logistics-coordinator'],
    ['Dutch', 'Verpleegkundige', 'registered-nurse'],
    ['Dutch', 'Boekhouder', 'accountant'],
    ['Dutch', 'Accountmanager', 'account-manager'],
    ['Dutch', 'Contractmanager', 'contract-manager'],
    ['Dutch', 'SEH-verpleegkundige', 'emergency-nurse'],
    ['Dutch', 'Huisarts', 'doctor'],
    ['Dutch', 'Apothekersassistent', 'pharmacy-technician'],
    ['Dutch', 'Leerkracht groep 7/8', 'primary-teacher'],
    ['Italian', 'Infermiere', 'registered-nurse'],
    ['Italian', 'Infermiera di terapia intensiva', 'icu-nurse'],
    ['Italian', 'Contabile', 'accountant'],
    ['Italian', 'Operatore socio sanitario (OSS)', 'healthcare-assistant'],
    ['Italian', 'Insegnante di sostegno', 'special-education-teacher'],
    ['Italian', 'Cameriera ai piani', 'cleaner'],
    ['Portuguese', 'Enfermeira', 'registered-nurse'],
    ['Portuguese', 'Enfermeiro', 'registered-nurse'],
    ['Portuguese', 'Contabilista', 'accountant'],
    ['Portuguese', 'Gestor de contratos', 'contract-manager'],
    ['Portuguese', 'Operador de empilhador', 'forklift-operator'],
    ['Portuguese', 'Enfermeiro veterinário', 'veterinary-nurse'],
  ])('reads the %s title "%s" as %s', (_language, title, expected) => {
    expect(occupation(title)).toBe(expected);
  });

  it.each([
    ['German', 'Rechtsanwaltsfachangestellte (m/w/d)', 'lawyer'],
    ['French', 'Chef de rang', 'chef'],
    ['Spanish', 'Peluquera canina', 'hairdresser'],
    ['Dutch', 'Apothekersassistent', 'pharmacist'],
    ['Italian', 'Cameriera ai piani', 'waiter'],
    ['Portuguese', 'Enfermeiro veterinário', 'registered-nurse'],
  ])('does not read the %s title "%s" as %s, which one of its words names elsewhere', (_language, title, wrong) => {
    expect(occupation(title)).not.toBe(wrong);
  });

  it('reads no occupation into a word that is ambiguous on its own, nor into its other senses', () => {
    expect(occupationOfTitle('Técnico')).toBeNull();
    expect(occupationOfTitle('Of')).toBeNull();
    // A CV's name line is read for a title: common surnames that are also trade words name no job.
    expect(occupationOfTitle('Jan Kok')).toBeNull();
    expect(occupationOfTitle('Marie Barbier')).toBeNull();
    expect(occupationOfTitle('RSSI')).toBeNull();
    expect(occupation('Responsabile di commessa')).toBe('project-manager');
    expect(occupation('Arts teacher')).not.toBe('doctor');
  });

  it('reads an interpreter of code as software, and an editor of machine translation as a translator', () => {
    expect(occupation('Python Interpreter Developer')).not.toBe('interpreter');
    expect(occupation('Compiler Engineer')).toBe('software-engineer');
    expect(occupation('Post-Editor (MTPE)')).toBe('translator');
    expect(occupation('News Editor')).toBe('journalist');
    expect(occupation('Computational Linguist')).not.toBe('translator');
  });
});

describe('occupationOfTitle in construction and social care', () => {
  it.each([
    ['Site Engineer – Highways Maintenance Framework', 'site-engineer'],
    ['Bauleiter (m/w/d) Tiefbau', 'site-engineer'],
    ['Conducteur de travaux TCE (H/F)', 'site-engineer'],
    ['Resident Engineer, Rail Bridges', 'site-engineer'],
    ['Structural Engineer – Bridges', 'civil-engineer'],
    ['Ingenieur (m/w/d) Tragwerksplanung Hochbau', 'civil-engineer'],
    ['Registered Manager – Supported Living Services', 'care-home-manager'],
    ['Einrichtungsleitung (m/w/d) für unser Seniorenzentrum', 'care-home-manager'],
    ["Directrice d'EHPAD (H/F)", 'care-home-manager'],
    ['Youth Worker (Detached Team)', 'youth-worker'],
    ['Jongerenwerker 32 uur', 'youth-worker'],
    ['Assistante de service social en polyvalence de secteur', 'social-worker'],
    ['Home Support Worker – Community Services', 'healthcare-assistant'],
    ['Domiciliary Care Worker (Days)', 'healthcare-assistant'],
  ])('reads "%s" as %s', (title, expected) => {
    expect(occupation(title)).toBe(expected);
  });

  it.each([
    ['Class 1 HGV Driver – Tramping', 'truck-driver'],
    ['C+E Driver, Continental Work', 'truck-driver'],
    ['Kierowca C+E – trasy międzynarodowe', 'truck-driver'],
    ['Kierowca ciągnika siodłowego', 'truck-driver'],
    ['Autista patente C+E per trasporti nazionali', 'truck-driver'],
    ['Multi-Drop Van Driver', 'delivery-driver'],
    ['Paketzusteller (m/w/d) in Teilzeit', 'delivery-driver'],
    ['Kierowca kurier kat. B', 'delivery-driver'],
    ['PCV Bus Driver – Trainee Scheme', 'bus-driver'],
    ['Checkout Assistant – Evenings', 'cashier'],
    ['Hôtesse de caisse à temps partiel', 'cashier'],
    ['Kasjer-sprzedawca', 'cashier'],
    ['Sprzedawca w sklepie odzieżowym', 'retail-sales-associate'],
    ['Visual Merchandiser – Flagship Store', 'visual-merchandiser'],
    ['Vetrinista / Visual Merchandiser', 'visual-merchandiser'],
    ['Zastępca kierownika sklepu', 'retail-manager'],
    ['Operator wózka widłowego', 'forklift-operator'],
  ])('reads the retail and driving title "%s" as %s', (title, expected) => {
    expect(occupation(title)).toBe(expected);
  });

  it('reads French titles written with gendered brackets or a middle dot as the occupation they name', () => {
    expect(occupation('Assistant(e) social(e) en milieu scolaire')).toBe('social-worker');
    expect(occupation('Éducateur·rice spécialisé·e en internat')).toBe('youth-worker');
    expect(occupation('Infirmier(e) de nuit en médecine')).toBe(occupation('Infirmier de nuit en médecine'));
  });

  it('tells an executive assistant, an office manager and a medical secretary from a general office clerk', () => {
    expect(occupation('Executive Assistant to the CEO')).toBe('executive-assistant');
    expect(occupation('Assistenz der Geschäftsführung (m/w/d)')).toBe('executive-assistant');
    expect(occupation('Office Manager – 4 days a week')).toBe('office-manager');
    expect(occupation('Medical Secretary, NHS Trust')).toBe('medical-secretary');
    expect(occupation('Administrative Assistant')).toBe('office-administrator');
  });

  it('tells a CNC machinist and a production supervisor from a production line operator', () => {
    expect(occupation('CNC-Fräser (m/w/d) Heidenhain')).toBe('cnc-machinist');
    expect(occupation('CNC Setter Operator – nights')).toBe('cnc-machinist');
    expect(occupation('Kierownik zmiany produkcji')).toBe('production-supervisor');
    expect(occupation('Production Shift Supervisor')).toBe('production-supervisor');
    expect(occupation('Production Operative')).not.toBe('production-supervisor');
  });

  it('reads the job named before "to", not whom it serves, and a job named only by its code', () => {
    expect(occupation('PA to the Chief Executive')).toBe('executive-assistant');
    expect(occupation('Executive Assistant to the CEO')).toBe('executive-assistant');
    expect(occupation('PA – Mayfair, London')).toBe('executive-assistant');
    expect(occupation('Registered Nurse – SA Health')).toBe('registered-nurse');
    expect(occupation('Company Secretary')).toBe('company-secretary');
  });

  it('tells hairdressers, barbers, beauty therapists and nail technicians apart, as ISCO-08 does', () => {
    expect(occupation('Friseurin (m/w/d)')).toBe('hairdresser');
    expect(occupation('Barber (Stuhlmiete)')).toBe('barber');
    expect(occupation('Esthéticienne CDI')).toBe('beauty-therapist');
    expect(occupation('Nail Technician – self-employed')).toBe('nail-technician');
  });

  it('tells cleaners, cleaning supervisors, caretakers, security officers, CCTV operators and prison officers apart', () => {
    expect(occupation('Agent de propreté (H/F)')).toBe('cleaner');
    expect(occupation('Cleaning Supervisor')).toBe('housekeeper');
    expect(occupation('Hausmeister (m/w/d)')).toBe('caretaker');
    expect(occupation('Security Officer – retail')).toBe('security-guard');
    expect(occupation('CCTV Operator – nights')).toBe('cctv-operator');
    expect(occupation('Prison Officer')).toBe('prison-officer');
  });
});


describe('occupationOfTitle for help desks and cultivation managers', () => {
  it.each([
    ['Customer Help Desk Adviser – Branch', 'customer-support-agent'],
    ['Helpdesk medewerker klantenservice', 'customer-support-agent'],
    ['Guest Service Desk Agent', 'receptionist'],
    ['Front Desk Adviser', 'receptionist'],
  ])('reads the help desk of a bank, shop, hotel or council "%s" as customer service or reception: %s', (title, expected) => {
    expect(occupation(title)).toBe(expected);
  });

  it.each(['IT Helpdesk Analyst', 'Service Desk Analyst', 'Helpdesk Engineer', 'Servicedesk medewerker ICT', '1st Line IT Support', '3rd Line Support'])(
    'keeps the IT help desk "%s" as IT support',
    (title) => {
      expect(occupation(title)).toBe('it-support');
    },
  );

  it.each(['Teeltmanager', 'Teeltleider', 'Cultivation Manager', 'Head Grower', 'Gewächshausleiter', 'Chef de culture', 'hoofdteler', 'Greenhouse Manager'])(
    'reads "%s" as the production manager of a growing business, not a grower',
    (title) => {
      expect(occupation(title)).toBe('horticulture-production-manager');
    },
  );

  it('keeps a farm manager without a horticultural word a farm manager', () => {
    expect(occupation('Dairy Farm Manager')).toBe('farm-manager');
    expect(occupation('Farm Manager – Glasshouse')).toBe('horticulture-production-manager');
  });

  it.each([
    ['Hovmästare', 'waiter'],
    ['Lagerarbeider', 'warehouse-associate'],
    ['Lagermedarbejder', 'warehouse-associate'],
  ])('reads the Scandinavian title "%s" as %s', (title, expected) => {
    expect(occupation(title)).toBe(expected);
  });

  it.each([
    ['Principal', 'school-principal'],
    ['Principal, Lincoln Elementary School', 'school-principal'],
    ['Assistant Principal', 'school-principal'],
    ['Contable principal', 'accountant'],
    ['Principal Teacher', 'school-teacher'],
    ['Ingeniero principal', null],
    ['Principal Planner', null],
  ])('reads "%s" as %s: "principal" with another job word is that job\'s grade, not a school\'s head', (title, expected) => {
    expect(occupation(title) ?? null).toBe(expected);
  });
});

describe('a title naming two jobs as fully as each other', () => {
  it('reads the job named first', () => {
    expect(occupationOfTitle('Grünpfleger / Hausmeister Außenanlagen (m/w/d)')?.occupation).toBe('groundskeeper');
    expect(occupationOfTitle('Hausmeister / Grünpfleger (m/w/d)')?.occupation).toBe('caretaker');
  });

  it('reads "MTPE" in capitals as a machine-translation post-editor', () => {
    expect(occupationOfTitle('MTPE – Spanish (remote)')?.occupation).toBe('translator');
  });
});
