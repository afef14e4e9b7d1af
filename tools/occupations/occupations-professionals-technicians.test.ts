import { describe, expect, it } from 'vitest';
import { occupationOfTitle } from './find-occupation.ts';
import { occupationRelatedness } from './occupation-relatedness.ts';
import { occupationTaxonomy } from './occupation-taxonomy.ts';

const occupation = (title: string) => occupationOfTitle(title)?.occupation ?? null;

describe('media, arts and culture occupations', () => {
  it.each([
    ['Senior Copywriter', 'copywriter'],
    ['Werbetexter (m/w/d)', 'copywriter'],
    ['Concepteur-rédacteur', 'copywriter'],
    ['Redactor publicitario', 'copywriter'],
    ['Technical Writer (Contract)', 'technical-writer'],
    ['Technischer Redakteur (m/w/d)', 'technical-writer'],
    ['Rédactrice technique', 'technical-writer'],
    ['Technisch schrijver', 'technical-writer'],
    ['Copy Editor', 'publishing-editor'],
    ['Korrekturleser*in', 'proofreader'],
    ['Fotograf (m/w/d)', 'photographer'],
    ['Fotógrafa', 'photographer'],
    ['Video Editor', 'video-editor'],
    ['Monteur vidéo', 'video-editor'],
    ['Kameramann', 'camera-operator'],
    ['Cinegrafista', 'camera-operator'],
    ['Tontechniker (m/w/d)', 'audio-visual-technician'],
    ['Ingénieur du son', 'audio-visual-technician'],
    ['Fachkraft für Veranstaltungstechnik', 'audio-visual-technician'],
    ['TV Producer', 'producer'],
    ['Radiomoderatorin', 'presenter'],
    ['Presentadora', 'presenter'],
    ['Sängerin', 'musician'],
    ['Schauspielerin', 'actor'],
    ['Bailarina', 'dancer'],
    ['Museum Curator', 'curator'],
    ['Archivar (m/w/d)', 'archivist'],
    ['Restauratorin für Gemälde', 'conservator'],
  ])('reads "%s" as %s', (title, expected) => {
    expect(occupation(title)).toBe(expected);
  });

  it('keeps content writing with content marketing and newsroom titles with journalists', () => {
    expect(occupation('Content Writer')).toBe('content-marketer');
    expect(occupation('Sub-editor')).toBe('journalist');
    expect(occupation('Reporter')).toBe('journalist');
  });

  it('does not read a look-alike as an artist or media worker', () => {
    expect(occupation('Bus Conductor')).not.toBe('musician');
    expect(occupation('Content Moderator')).not.toBe('presenter');
    expect(occupation('Research Assistant, Wellcome Sanger Institute')).not.toBe('musician');
    expect(occupation('Chef opérateur de production')).not.toBe('camera-operator');
    expect(occupation('Restaurateur')).not.toBe('conservator');
    expect(occupation('Ingenieur Akustik')).not.toBe('audio-visual-technician');
  });
});

describe('ICT occupations', () => {
  it.each([
    ['Network Engineer', 'network-engineer'],
    ['Ingénieur réseau', 'network-engineer'],
    ['Ingeniera de redes', 'network-engineer'],
    ['Netzwerkadministrator', 'sysadmin'],
    ['Network Technician', 'network-technician'],
    ['Technicien réseau', 'network-technician'],
    ['IT Manager', 'it-manager'],
    ['IT-Leiter (m/w/d)', 'it-manager'],
    ['Responsable informatique', 'it-manager'],
    ['Gerente de TI', 'it-manager'],
    ['Modern Workplace Engineer', 'endpoint-administrator'],
    ['System Administrator – Microsoft 365', 'endpoint-administrator'],
    ['Systemadministrator Intune', 'endpoint-administrator'],
    ['Systems Analyst', 'systems-analyst'],
    ['Webmaster', 'web-technician'],
    ['Data Centre Technician', 'ict-operations-technician'],
    ["Technicien d'exploitation informatique", 'ict-operations-technician'],
  ])('reads "%s" as %s', (title, expected) => {
    expect(occupation(title)).toBe(expected);
  });

  it('keeps software engineering leadership apart from running IT', () => {
    expect(occupation('Engineering Manager')).toBe('engineering-manager');
    expect(occupation('CTO')).toBe('engineering-manager');
    expect(occupationRelatedness('it-manager', 'sysadmin')).toBeGreaterThan(occupationRelatedness('it-manager', 'accountant'));
  });

  it('relates network engineers to the systems administrators they used to be filed with', () => {
    expect(occupationRelatedness('network-engineer', 'sysadmin')).toBeGreaterThan(occupationRelatedness('network-engineer', 'graphic-designer'));
  });

  it('does not read a network of another kind as network engineering', () => {
    expect(occupation('Field Engineer - Network Rail')).not.toBe('network-engineer');
    expect(occupation('Network Marketing Consultant')).not.toBe('network-engineer');
    expect(occupation('Account Manager IT')).toBe('account-manager');
  });
});

describe('health professionals and associates', () => {
  it.each([
    ['Consultant Orthopaedic Surgeon', 'surgeon'],
    ['Facharzt für Chirurgie', 'surgeon'],
    ['Cirujana', 'surgeon'],
    ['Assistenzarzt Anästhesie (m/w/d)', 'anaesthetist'],
    ['Médecin anesthésiste', 'anaesthetist'],
    ['Diagnostic Radiographer', 'radiographer'],
    ['MTRA', 'radiographer'],
    ['Manipulateur en électroradiologie médicale', 'radiographer'],
    ['Técnico superior en imagen para el diagnóstico', 'radiographer'],
    ['Sonographer', 'sonographer'],
    ['Optometrist', 'optometrist'],
    ['Augenoptiker', 'optician'],
    ['Opticienne lunetière', 'optician'],
    ['Speech and Language Therapist', 'speech-therapist'],
    ['Logopäde', 'speech-therapist'],
    ['Orthophoniste', 'speech-therapist'],
    ['Hörakustiker', 'audiologist'],
    ['Ergotherapeut', 'occupational-therapist'],
    ['Terapeuta ocupacional', 'occupational-therapist'],
    ['Podologue', 'podiatrist'],
    ['Dental Hygienist', 'dental-hygienist'],
    ['Mondhygiënist', 'dental-hygienist'],
    ['Zahnmedizinische Fachangestellte (ZFA)', 'dental-nurse'],
    ['Assistente alla poltrona', 'dental-nurse'],
    ['Respiratory Therapist', 'respiratory-therapist'],
    ['Pflegekoordinatorin', 'care-coordinator'],
  ])('reads "%s" as %s', (title, expected) => {
    expect(occupation(title)).toBe(expected);
  });

  it('files surgeons and anaesthetists as specialties of doctors', () => {
    const taxonomy = occupationTaxonomy();
    expect(taxonomy.get('surgeon')?.parent).toBe('doctor');
    expect(taxonomy.get('anaesthetist')?.parent).toBe('doctor');
    expect(occupation('Medico chirurgo')).toBe('doctor');
  });

  it('does not read other surgeons or optics as these jobs', () => {
    expect(occupation('Tree Surgeon')).toBe('arborist');
    expect(occupation('Dental Surgeon')).toBe('dentist');
    expect(occupation('Técnico de fibra óptica')).not.toBe('optician');
    expect(occupation('Ingeniero óptico')).not.toBe('optician');
  });
});

describe('science and engineering occupations', () => {
  it.each([
    ['Physicist', 'physicist'],
    ['Physikerin', 'physicist'],
    ['Chemist', 'physicist-chemist'],
    ['Geologe (m/w/d)', 'geologist'],
    ['Meteorologist', 'meteorologist'],
    ['Aerospace Engineer', 'aerospace-engineer'],
    ['Ingeniero aeronáutico', 'aerospace-engineer'],
    ['Chemical Engineer', 'chemical-engineer'],
    ['Ingénieur génie chimique', 'chemical-engineer'],
    ['Mining Engineer', 'mining-engineer'],
    ['Quantity Surveyor', 'quantity-surveyor'],
    ['QS – London', 'quantity-surveyor'],
    ['Économiste de la construction', 'quantity-surveyor'],
    ['Land Surveyor', 'land-surveyor'],
    ['Géomètre-topographe', 'land-surveyor'],
    ['GIS Analyst', 'gis-specialist'],
    ['Technischer Zeichner', 'cad-technician'],
    ['Dessinateur projeteur', 'cad-technician'],
    ['Building Control Surveyor', 'building-inspector'],
    ['HSE Advisor', 'health-safety-officer'],
    ['Fachkraft für Arbeitssicherheit', 'health-safety-officer'],
    ['Técnico de prevención de riesgos laborales', 'health-safety-officer'],
    ['Solar PV Engineer', 'solar-installer'],
    ['Instrumentation Technician', 'electrical-technician'],
    ['Maschinenbautechniker', 'mechanical-technician'],
  ])('reads "%s" as %s', (title, expected) => {
    expect(occupation(title)).toBe(expected);
  });

  it('does not read a physical or metallurgical adjective as a scientist', () => {
    expect(occupation('Preparador físico')).not.toBe('physicist');
    expect(occupation('Operaio metallurgico')).not.toBe('mining-engineer');
    expect(occupation('Functional Safety Engineer')).not.toBe('health-safety-officer');
    expect(occupation('Process Engineer')).toBe('industrial-engineer');
  });
});

describe('business and legal occupations', () => {
  it.each([
    ['Economist', 'economist'],
    ['Volkswirtin', 'economist'],
    ['Mortgage Advisor', 'loan-officer'],
    ['Kreditsachbearbeiter (m/w/d)', 'loan-officer'],
    ['Insurance Broker', 'insurance-agent'],
    ['Versicherungskaufmann', 'insurance-agent'],
    ['Corredora de seguros', 'insurance-agent'],
    ['Customs Broker', 'customs-broker'],
    ['Conveyancer', 'conveyancer'],
    ['Notar', 'notary'],
    ['Notaris', 'notary'],
    ['Notarfachangestellte', 'notary-clerk'],
    ['Clerc de notaire', 'notary-clerk'],
    ['Judge', 'judge'],
    ['Richterin am Amtsgericht', 'judge'],
    ['Policy Officer', 'policy-officer'],
    ['Beleidsmedewerker', 'policy-officer'],
    ['Bid Writer', 'bid-writer'],
    ['Grant Writer', 'bid-writer'],
    ['Fundraiser', 'fundraiser'],
    ['Fondsenwerver', 'fundraiser'],
  ])('reads "%s" as %s', (title, expected) => {
    expect(occupation(title)).toBe(expected);
  });

  it('leaves insurance claims, credit control and policing to their own occupations', () => {
    expect(occupation('Insurance Claims Agent')).toBe('insurance-claims-handler');
    expect(occupation('Credit Controller')).not.toBe('loan-officer');
    expect(occupation('Police Officer')).not.toBe('policy-officer');
  });
});

describe('titles that put the place of work before or after the job', () => {
  it.each([
    ['Operator Network Operations Centre (NOC)', 'ict-operations-technician'],
    ['Network Operations Center Analyst', 'ict-operations-technician'],
    ['Persoonlijk begeleider gehandicaptenzorg', 'social-worker'],
    ['Begeleider wonen', 'social-worker'],
    ['Lagerchef', 'warehouse-supervisor'],
    ['Lagersjef', 'warehouse-supervisor'],
  ])('reads "%s" as %s', (title, expected) => {
    expect(occupationOfTitle(title)?.occupation).toBe(expected);
  });
});

describe('risk, compliance and privacy in finance and beyond', () => {
  it.each([
    ['Aktuarin (m/w/d)', 'actuary'],
    ['Actuarial Analyst', 'actuary'],
    ['Market Risk Analyst', 'risk-analyst'],
    ['Analyste risques de marché', 'risk-analyst'],
    ['Compliance Officer', 'compliance-officer'],
    ['Compliance Officer – AML', 'aml-analyst'],
    ['KYC Analyst', 'aml-analyst'],
    ['Datenschutzbeauftragter (m/w/d)', 'data-protection-officer'],
    ['Statistician', 'statistician'],
  ])('reads "%s" as %s', (title, expected) => {
    expect(occupation(title)).toBe(expected);
  });
});

describe('trades, services and public roles that had no occupation', () => {
  it.each([
    ['Wind Turbine Technician', 'wind-turbine-technician'],
    ['Servicetechniker Windenergie (m/w/d)', 'wind-turbine-technician'],
    ['Technicien de maintenance éolien', 'wind-turbine-technician'],
    ['Florist', 'florist'],
    ['Fleuriste', 'florist'],
    ['Hospital Porter', 'porter'],
    ['Probation Officer', 'probation-officer'],
    ['Greffière', 'court-clerk'],
    ['Justizfachangestellte', 'court-clerk'],
    ['Scrum Master', 'scrum-master'],
  ])('reads "%s" as %s', (title, expected) => {
    expect(occupation(title)).toBe(expected);
  });
});

describe('sport, exercise and manual therapies are jobs of their own', () => {
  it.each([
    ['Sports Therapist', 'sports-therapist'],
    ['Sports Massage Therapist – Part Time', 'sports-therapist'],
    ['Soft Tissue Therapist', 'sports-therapist'],
    ['Sporttherapeut (m/w/d)', 'sports-therapist'],
    ['Massage Therapist', 'massage-therapist'],
    ['Masajista', 'massage-therapist'],
    ['Osteopath', 'osteopath'],
    ['Osteopath (m/w/d)', 'osteopath'],
    ['Ostéopathe', 'osteopath'],
    ['Osteópata', 'osteopath'],
    ['Chiropractor – Manchester', 'chiropractor'],
    ['Chiropraktiker (m/w/d)', 'chiropractor'],
    ['Chiropracteur', 'chiropractor'],
    ['Sportfysiotherapeut', 'physiotherapist'],
    ['Therapist', 'psychologist'],
    ['Swimming Teacher', 'swimming-teacher'],
    ['Allround zweminstructeur', 'swimming-teacher'],
    ['Coördinator zwemonderwijs', 'swimming-teacher'],
    ['Schwimmlehrer*in (m/w/d)', 'swimming-teacher'],
    ['Monitor de natación', 'swimming-teacher'],
    ['Istruttore di nuoto', 'swimming-teacher'],
    ['Professor de natação', 'swimming-teacher'],
    ['Head Swim Coach', 'swimming-teacher'],
    ['Swim School Coordinator', 'swimming-teacher'],
    ['Maître nageur sauveteur', 'lifeguard'],
    ['Personal Trainer (m/w/d)', 'personal-trainer'],
    ['Entrenador personal', 'personal-trainer'],
    ['Coach sportif à domicile', 'personal-trainer'],
    ['Gym Floor Instructor', 'fitness-instructor'],
    ['Gym Instructor – Part Time', 'fitness-instructor'],
    ['Monitor de sala', 'fitness-instructor'],
    ['Fitness Coach', 'fitness-instructor'],
    ['Strength and Conditioning Coach', 'sports-coach'],
    ['S&C Coach', 'sports-coach'],
    ['Athletiktrainer (m/w/d)', 'sports-coach'],
    ['Fußballtrainer (m/w/d)', 'sports-coach'],
    ['Trainer (Sport)', 'sports-coach'],
    ['Trainer (m/w/d) Fußball', 'sports-coach'],
    ['Trainerin Schwimmen (m/w/d)', 'swimming-teacher'],
    ['Trainer für Personalentwicklung (m/w/d)', 'corporate-trainer'],
    ['Préparateur physique', 'sports-coach'],
    ['Preparador físico', 'sports-coach'],
    ['Entraîneur de football', 'sports-coach'],
    ['Entrenador de fútbol base', 'sports-coach'],
    ['Allenatore', 'sports-coach'],
    ['Tennis Coach – London', 'sports-coach'],
  ])('reads "%s" as %s', (title, expected) => {
    expect(occupation(title)).toBe(expected);
  });

  it('reads no sports coach into coaches of other kinds', () => {
    expect(occupation('Agile Coach')).toBe('scrum-master');
    expect(occupation('Coach Driver')).toBe('bus-driver');
    for (const title of ['Career Coach', 'Life Coach', 'Executive Coach', 'Bus Coach']) expect(occupation(title)).not.toBe('sports-coach');
    expect(occupation('Trainer')).toBe('corporate-trainer');
  });

  it('links the new jobs to their neighbours', () => {
    expect(occupationRelatedness('sports-therapist', 'physiotherapist')).toBeGreaterThanOrEqual(0.45);
    expect(occupationRelatedness('osteopath', 'physiotherapist')).toBeGreaterThanOrEqual(0.45);
    expect(occupationRelatedness('chiropractor', 'physiotherapist')).toBeGreaterThanOrEqual(0.45);
    expect(occupationRelatedness('swimming-teacher', 'lifeguard')).toBeGreaterThanOrEqual(0.45);
    expect(occupationRelatedness('swimming-teacher', 'fitness-instructor')).toBeGreaterThanOrEqual(0.45);
    expect(occupationRelatedness('personal-trainer', 'fitness-instructor')).toBeGreaterThanOrEqual(0.45);
    expect(occupationRelatedness('sports-therapist', 'psychologist')).toBe(0);
  });
});

describe('translating, interpreting, subtitling and managing localisation are four jobs', () => {
  it.each([
    ['Conference Interpreter', 'interpreter'],
    ['Konferenzdolmetscher/in', 'interpreter'],
    ['Dolmetscher (m/w/d) – Arabisch', 'interpreter'],
    ['Gebärdensprachdolmetscherin', 'interpreter'],
    ['Sprachmittler (m/w/d) Arabisch', 'interpreter'],
    ['Interprète', 'interpreter'],
    ['Intérprete jurado', 'interpreter'],
    ['Tolk Arabisch', 'interpreter'],
    ['BSL Interpreter – Part Time', 'interpreter'],
    ['Translator', 'translator'],
    ['Sworn Translator (EN>DE)', 'translator'],
    ['Traductora jurada de inglés', 'translator'],
    ['Beëdigd vertaler', 'translator'],
    ['Vereidigter Übersetzer (m/w/d)', 'translator'],
    ['Traducteur assermenté', 'translator'],
    ['Traductor-intérprete jurado', 'translator'],
    ['Übersetzer und Dolmetscher (m/w/d)', 'translator'],
    ['MTPE Post-Editor English > Spanish', 'translator'],
    ['Polish Language Specialist (EN>PL)', 'translator'],
    ['Localizer', 'translator'],
    ['Terminologist', 'translator'],
    ['Lawyer Linguist', 'translator'],
    ['Subtitler', 'subtitler'],
    ['Subtitle Translator – Freelance', 'subtitler'],
    ['Untertitler (m/w/d)', 'subtitler'],
    ['Sous-titreuse', 'subtitler'],
    ['Subtitulador/a', 'subtitler'],
    ['Ondertitelaar', 'subtitler'],
    ['Sottotitolatore', 'subtitler'],
    ['Live Captioner', 'subtitler'],
    ['Localization Project Manager', 'localisation-project-manager'],
    ['Localisation Project Coordinator – Remote', 'localisation-project-manager'],
    ['Projektmanager/in Lokalisierung', 'localisation-project-manager'],
    ['Chef de projet localisation', 'localisation-project-manager'],
    ['Gestor/a de proyectos de localización', 'localisation-project-manager'],
    ['Localization Program Manager', 'localisation-project-manager'],
    ['Project Manager (Translation)', 'localisation-project-manager'],
    ['Agile Delivery Manager', 'project-manager'],
  ])('reads "%s" as %s', (title, expected) => {
    expect(occupation(title)).toBe(expected);
  });

  it('links them to one another and the localisation manager to project managers', () => {
    expect(occupationRelatedness('interpreter', 'translator')).toBeGreaterThanOrEqual(0.45);
    expect(occupationRelatedness('subtitler', 'translator')).toBeGreaterThanOrEqual(0.45);
    expect(occupationRelatedness('localisation-project-manager', 'translator')).toBeGreaterThanOrEqual(0.45);
    expect(occupationRelatedness('localisation-project-manager', 'project-manager')).toBeGreaterThanOrEqual(0.45);
    expect(occupationRelatedness('localisation-project-manager', 'project-manager')).toBeLessThan(1);
  });
});

describe('banking: advising customers, managing business clients, lending and analysing credit are different jobs', () => {
  it.each([
    ['Privatkundenberater (m/w/d)', 'bank-customer-adviser'],
    ['Kundenberater (m/w/d) Sparkasse', 'bank-customer-adviser'],
    ['Kundenberater (Bank/Sparkasse)', 'bank-customer-adviser'],
    ['Bankberaterin', 'bank-customer-adviser'],
    ['Personal Banker – Part Time', 'bank-customer-adviser'],
    ['Bank Customer Adviser', 'bank-customer-adviser'],
    ['Conseiller clientèle (particuliers) en banque', 'bank-customer-adviser'],
    ['Conseillère bancaire', 'bank-customer-adviser'],
    ['Gestor/a comercial (banca)', 'bank-customer-adviser'],
    ['Asesor/a financiero/a de banca', 'bank-customer-adviser'],
    ['Klantadviseur bank', 'bank-customer-adviser'],
    ['Consulente bancario', 'bank-customer-adviser'],
    ['Kundenberater (m/w/d)', 'customer-support-agent'],
    ['Kundenberater im Einzelhandel', 'customer-support-agent'],
    ['Bank Teller', 'bank-teller'],
    ['Business Relationship Manager', 'bank-relationship-manager'],
    ['Relationship Manager – Business Banking', 'bank-relationship-manager'],
    ['Firmenkundenbetreuer (m/w/d)', 'bank-relationship-manager'],
    ["Chargé d'affaires entreprises", 'bank-relationship-manager'],
    ['Gestor de empresas (banca)', 'bank-relationship-manager'],
    ['Relationship Manager', 'account-manager'],
    ['IT Business Relationship Manager', 'account-manager'],
    ['Mortgage & Protection Adviser', 'loan-officer'],
    ['Mortgage and Protection Adviser – Leeds', 'loan-officer'],
    ['Later Life Mortgage Adviser', 'loan-officer'],
    ['Equity Release Adviser', 'loan-officer'],
    ['Mortgage Team Manager', 'loan-officer'],
    ['Paraplanner', 'paraplanner'],
    ['Senior Paraplanner', 'paraplanner'],
    ['Credit Analyst', 'credit-analyst'],
    ['Credit Risk Analyst', 'credit-analyst'],
    ['Kreditanalyst (m/w/d)', 'credit-analyst'],
    ['Analyste crédit', 'credit-analyst'],
    ['Analista de riesgos de crédito', 'credit-analyst'],
    ['Financial Analyst', 'financial-analyst'],
    ['Risk Analyst', 'risk-analyst'],
  ])('reads "%s" as %s', (title, expected) => {
    expect(occupation(title)).toBe(expected);
  });

  it('links the banking jobs to their neighbours', () => {
    expect(occupationRelatedness('bank-customer-adviser', 'bank-teller')).toBeGreaterThanOrEqual(0.45);
    expect(occupationRelatedness('bank-customer-adviser', 'financial-advisor')).toBeGreaterThanOrEqual(0.45);
    expect(occupationRelatedness('bank-relationship-manager', 'account-manager')).toBeGreaterThanOrEqual(0.45);
    expect(occupationRelatedness('bank-relationship-manager', 'loan-officer')).toBeGreaterThanOrEqual(0.45);
    expect(occupationRelatedness('paraplanner', 'financial-advisor')).toBeGreaterThanOrEqual(0.45);
    for (const neighbour of ['financial-analyst', 'loan-officer', 'risk-analyst']) expect(occupationRelatedness('credit-analyst', neighbour)).toBeGreaterThanOrEqual(0.45);
  });
});

describe('health job codes written in capitals', () => {
  it.each([
    ['RDN', 'dental-nurse'],
    ['RDN – Weekend Clinic', 'dental-nurse'],
    ['RDH', 'dental-hygienist'],
    ['MTR (m/w/d)', 'radiographer'],
    ['MTR-R (m/w/d)', 'radiographer'],
    ['MTRA', 'radiographer'],
    ['Clinical Dietitian, RDN', 'dietitian'],
    ['MTR Train Captain', 'train-driver'],
  ])('reads "%s" as %s', (title, expected) => {
    expect(occupation(title)).toBe(expected);
  });
});
