import { describe, expect, it } from 'vitest';
import { occupationOfTitle } from './find-occupation.ts';
import { occupationRelatedness } from './occupation-relatedness.ts';
import { occupationTaxonomy } from './occupation-taxonomy.ts';

const occupation = (title: string) => occupationOfTitle(title)?.occupation ?? null;

describe('managers of plants, sites, services and functions', () => {
  it.each([
    ['Production Manager', 'manufacturing-manager'],
    ['Werkleiter (m/w/d)', 'manufacturing-manager'],
    ["Directrice d'usine", 'manufacturing-manager'],
    ['Jefe de planta', 'manufacturing-manager'],
    ['Construction Project Manager', 'construction-manager'],
    ['Project Manager – Construction', 'construction-manager'],
    ['Kierownik budowy', 'construction-manager'],
    ['Nursery Manager', 'childcare-centre-manager'],
    ['Kita-Leitung', 'childcare-centre-manager'],
    ['Directrice de crèche', 'childcare-centre-manager'],
    ['GP Practice Manager', 'health-services-manager'],
    ['Praktijkmanager huisartsen', 'health-services-manager'],
    ['Academic Director', 'education-manager'],
    ['Directeur pédagogique', 'education-manager'],
    ['Chef de service éducatif', 'social-services-manager'],
    ['Bank Branch Manager', 'bank-branch-manager'],
    ['Direttore di filiale', 'bank-branch-manager'],
    ['Leisure Centre Manager', 'leisure-centre-manager'],
    ['Head of Communications', 'communications-manager'],
    ['Kommunikationsleiterin', 'communications-manager'],
    ['R&D Manager', 'research-development-manager'],
    ['Director de I+D+i', 'research-development-manager'],
    ['Facilities Manager', 'facilities-manager'],
    ['Facilitair manager', 'facilities-manager'],
    ['Head of Policy', 'policy-manager'],
    ['Retail Supervisor', 'retail-supervisor'],
    ['Encargada de sección', 'retail-supervisor'],
  ])('reads "%s" as %s', (title, expected) => {
    expect(occupation(title)).toBe(expected);
  });

  it('keeps a plain branch or project manager apart from a bank branch or a building site', () => {
    expect(occupation('Branch Manager')).toBe('retail-manager');
    expect(occupation('Project Manager')).toBe('project-manager');
    expect(occupation('Chef de projet')).toBe('project-manager');
  });
});

describe('clerks', () => {
  it.each([
    ['Stock Controller', 'stock-controller'],
    ['Lagerverwalter', 'stock-controller'],
    ['Postman', 'postal-worker'],
    ['Briefträgerin', 'postal-worker'],
    ['Factrice', 'postal-worker'],
    ['Postbode', 'postal-worker'],
    ['Listonosz', 'postal-worker'],
    ['Library Assistant', 'library-assistant'],
    ['Auxiliar de biblioteca', 'library-assistant'],
    ['Medical Records Clerk', 'records-clerk'],
    ['Document Controller', 'records-clerk'],
    ['HR Administrator', 'hr-administrator'],
    ['Personalsachbearbeiter (m/w/d)', 'hr-administrator'],
    ['Assistante RH', 'hr-administrator'],
    ['Travel Consultant', 'travel-consultant'],
    ['Reiseverkehrskauffrau', 'travel-consultant'],
    ['Agente de viajes', 'travel-consultant'],
    ['Agente di viaggio', 'travel-consultant'],
    ['Hotel Receptionist', 'hotel-receptionist'],
    ['Réceptionniste de nuit', 'hotel-receptionist'],
    ['Debt Collector', 'debt-collector'],
    ['Chargé de recouvrement', 'debt-collector'],
    ['Windykator', 'debt-collector'],
    ['Market Research Interviewer', 'survey-interviewer'],
    ['Encuestadora', 'survey-interviewer'],
  ])('reads "%s" as %s', (title, expected) => {
    expect(occupation(title)).toBe(expected);
  });

  it('reads a receptionist at a hotel as the hotel specialty of receptionist', () => {
    expect(occupation('Receptionist (Hotel)')).toBe('hotel-receptionist');
    expect(occupation('Receptionist')).toBe('receptionist');
    expect(occupationTaxonomy().get('hotel-receptionist')?.parent).toBe('receptionist');
  });
});

describe('service and sales workers', () => {
  it.each([
    ['Cajera', 'cashier'],
    ['Kassiererin (m/w/d)', 'cashier'],
    ['Kassier', 'cashier'],
    ['Kassamedarbetare', 'cashier'],
    ['Cajero de banco', 'bank-teller'],
    ['Bankkassierer', 'bank-teller'],
  ])('reads a bare cashier title as a shop cashier and a bank\'s as a teller: "%s" is %s', (title, expected) => {
    expect(occupation(title)).toBe(expected);
  });

  it.each([
    ['Line Cook', 'cook'],
    ['Cuisinier de collectivité', 'cook'],
    ['Bartender', 'bartender'],
    ['Barkeeperin', 'bartender'],
    ['Camarero de barra', 'bartender'],
    ['Barista', 'barista'],
    ['Equipier polyvalent', 'food-counter-attendant'],
    ['Catering Assistant', 'food-counter-attendant'],
    ['Nanny', 'nanny'],
    ['Niñera', 'nanny'],
    ['Funeral Director', 'funeral-director'],
    ['Bestatterin', 'funeral-director'],
    ['Uitvaartverzorger', 'funeral-director'],
    ['Dog Groomer', 'pet-groomer'],
    ['Toiletteuse canine', 'pet-groomer'],
    ['Dog Walker', 'pet-sitter'],
    ['Lifeguard', 'lifeguard'],
    ['Rettungsschwimmer', 'lifeguard'],
    ['Socorrista', 'lifeguard'],
    ['Bagnino', 'lifeguard'],
    ['Telesales Executive', 'telemarketer'],
    ['Operatore telemarketing', 'telemarketer'],
    ['Forecourt Attendant', 'service-station-attendant'],
    ['Frentista', 'service-station-attendant'],
    ['Fashion Model', 'model'],
    ['Tour Guide', 'tour-guide'],
    ['Reiseleiterin', 'tour-guide'],
    ['Guía turística', 'tour-guide'],
    ['Train Conductor', 'transport-conductor'],
    ['Zugbegleiter (m/w/d)', 'transport-conductor'],
    ['Capotreno', 'transport-conductor'],
    ['Cruise Ship Steward', 'travel-attendant'],
    ['Shop Supervisor', 'retail-supervisor'],
  ])('reads "%s" as %s', (title, expected) => {
    expect(occupation(title)).toBe(expected);
  });

  it('reads cooks and pastry chefs as specialties of chef, close to it in fit', () => {
    expect(occupationTaxonomy().get('cook')?.parent).toBe('chef');
    expect(occupation('Chef de partie – Pâtisserie')).toBe('pastry-chef');
    expect(occupation('Pastry Chef')).toBe('pastry-chef');
    expect(occupation('Konditorin')).toBe('pastry-chef');
    expect(occupationRelatedness('cook', 'chef')).toBe(0.75);
  });
});

describe('"chef" as a cook and as a boss', () => {
  it.each(['Chef', 'Chef (m/w/d)', 'Head Chef', 'Sous Chef', 'Chef de partie', 'Küchenchef', 'Chef cuisinier', 'Cheffe de cuisine', 'Commis Chef', 'Breakfast Chef', 'Chef Manager'])(
    'reads "%s" as a chef',
    (title) => {
      expect(occupation(title)).toBe('chef');
    },
  );

  it.each(['Chef de cabine', 'chef kwekerij', 'Chef de projet', "Chef d'équipe", 'Chef de bord', 'chef magazijn', 'Chef comptable', 'Chef de service'])(
    'does not read "%s", where chef is the head of something else, as a cook',
    (title) => {
      expect(occupation(title)).not.toBe('chef');
      expect(occupation(title)).not.toBe('cook');
    },
  );
});

describe('building, metal, electrical, food, garment and other craft trades', () => {
  it.each([
    ['Bricklayer', 'bricklayer'],
    ['Maurer (m/w/d)', 'bricklayer'],
    ['Maçon', 'bricklayer'],
    ['Albañil', 'bricklayer'],
    ['Metselaar', 'bricklayer'],
    ['Muratore', 'bricklayer'],
    ['Pedreiro', 'bricklayer'],
    ['Stonemason', 'stonemason'],
    ['Steinmetzin', 'stonemason'],
    ['Steel Fixer', 'concrete-worker'],
    ['Coffreur bancheur', 'concrete-worker'],
    ['Roofer', 'roofer'],
    ['Dachdecker', 'roofer'],
    ['Couvreur zingueur', 'roofer'],
    ['Dakdekker', 'roofer'],
    ['Wall and Floor Tiler', 'tiler'],
    ['Fliesenleger', 'tiler'],
    ['Carreleur', 'tiler'],
    ['Carpet Fitter', 'floor-layer'],
    ['Bodenleger', 'floor-layer'],
    ['Plasterer', 'plasterer'],
    ['Trockenbauer (m/w/d)', 'plasterer'],
    ['Plaquiste', 'plasterer'],
    ['Stukadoor', 'plasterer'],
    ['Insulation Installer', 'insulation-installer'],
    ['Calorifugeur', 'insulation-installer'],
    ['Glazier', 'glazier'],
    ['Glaser', 'glazier'],
    ['Vitrier', 'glazier'],
    ['Painter and Decorator', 'painter-decorator'],
    ['Maler und Lackierer (m/w/d)', 'painter-decorator'],
    ['Peintre en bâtiment', 'painter-decorator'],
    ['Schilder', 'painter-decorator'],
    ['Scaffolder', 'scaffolder'],
    ['Gerüstbauer', 'scaffolder'],
    ['Échafaudeur', 'scaffolder'],
    ['Sheet Metal Worker', 'sheet-metal-worker'],
    ['Spengler', 'sheet-metal-worker'],
    ['Steel Erector', 'steel-erector'],
    ['Toolmaker', 'toolmaker'],
    ['Werkzeugmechaniker', 'toolmaker'],
    ['Locksmith', 'locksmith'],
    ['Cerrajero', 'locksmith'],
    ['Motorcycle Mechanic', 'motorcycle-mechanic'],
    ['Zweiradmechatroniker', 'motorcycle-mechanic'],
    ['Bike Mechanic', 'bicycle-mechanic'],
    ['Fietsenmaker', 'bicycle-mechanic'],
    ['Panel Beater', 'auto-body-repairer'],
    ['Karosseriebauer', 'auto-body-repairer'],
    ['Carrossier', 'auto-body-repairer'],
    ['Autolackierer', 'vehicle-painter'],
    ['Auto Electrician', 'vehicle-electrician'],
    ['Kfz-Elektriker', 'vehicle-electrician'],
    ['Fibre Technician', 'telecoms-technician'],
    ['Technicien fibre optique', 'telecoms-technician'],
    ['Electronics Repair Technician', 'electronics-technician'],
    ['Solar PV Installer', 'solar-installer'],
    ['Solarteur', 'solar-installer'],
    ['Instalador de placas solares', 'solar-installer'],
    ['Butcher', 'butcher'],
    ['Metzger', 'butcher'],
    ['Carnicera', 'butcher'],
    ['Baker', 'baker'],
    ['Bäckerin', 'baker'],
    ['Boulanger', 'baker'],
    ['Panadero', 'baker'],
    ['Cheesemaker', 'cheesemaker'],
    ['Fromager', 'cheesemaker'],
    ['Tailor', 'tailor'],
    ['Maßschneiderin', 'tailor'],
    ['Costurera', 'tailor'],
    ['Upholsterer', 'upholsterer'],
    ['Tapissier', 'upholsterer'],
    ['Cabinet Maker', 'cabinet-maker'],
    ['Ebanista', 'cabinet-maker'],
    ['Jeweller', 'jeweller'],
    ['Goldschmied', 'jeweller'],
    ['Watchmaker', 'watchmaker'],
    ['Litho Printer', 'print-operator'],
    ['Offsetdrucker', 'print-operator'],
    ['Sign Maker', 'sign-maker'],
    ['Gas Engineer', 'gas-engineer'],
    ['Gas Safe Engineer', 'gas-engineer'],
    ['Lift Engineer', 'lift-engineer'],
    ['Aufzugsmonteur', 'lift-engineer'],
    ['Ascensoriste', 'lift-engineer'],
  ])('reads "%s" as %s', (title, expected) => {
    expect(occupation(title)).toBe(expected);
  });

  it('keeps the broad trades their own titles', () => {
    expect(occupation('Construction Worker')).toBe('construction-worker');
    expect(occupation('General Labourer')).toBe('construction-labourer');
    expect(occupation('Carpenter')).toBe('carpenter');
    expect(occupation('Tischler')).toBe('carpenter');
    expect(occupation('Plumber')).toBe('plumber');
    expect(occupation('Mechanic')).toBe('mechanic');
  });

  it('places the specialised trades beside the broader ones they grew from', () => {
    expect(occupationTaxonomy().get('gas-engineer')?.parent).toBe('plumber');
    expect(occupationTaxonomy().get('motorcycle-mechanic')?.parent).toBe('mechanic');
    expect(occupationRelatedness('bricklayer', 'construction-worker')).toBeGreaterThanOrEqual(0.35);
    expect(occupationRelatedness('roofer', 'tiler')).toBeGreaterThan(0);
    expect(occupationRelatedness('cabinet-maker', 'carpenter')).toBe(0.45);
  });
});

describe('look-alikes in other senses', () => {
  it.each([
    ['Pilot Project Manager', 'transport-conductor'],
    ['Model Risk Analyst', 'model'],
    ['Data Model Engineer', 'model'],
    ['Printer Support Technician', 'print-operator'],
    ['Branch Manager', 'bank-branch-manager'],
    ['Head of Product', 'research-development-manager'],
    ['Directeur de projet', 'construction-manager'],
    ['Agent immobilier', 'travel-consultant'],
    ['Customer Service Agent', 'telemarketer'],
    ['Gestor de cartera', 'postal-worker'],
    ['Artiste peintre', 'painter-decorator'],
  ])('does not read "%s" as %s', (title, wrong) => {
    expect(occupation(title)).not.toBe(wrong);
  });
});

describe('the taxonomy file', () => {
  it('gives every occupation named as a parent or neighbour an entry of its own', () => {
    const taxonomy = occupationTaxonomy();
    for (const entry of taxonomy.values()) {
      if (entry.parent) expect(taxonomy.has(entry.parent), `${entry.id} → ${entry.parent}`).toBe(true);
      for (const neighbour of entry.related ?? []) expect(taxonomy.has(neighbour), `${entry.id} → ${neighbour}`).toBe(true);
    }
  });
});

describe('gendered titles in Romance languages', () => {
  it.each([
    ['Tramitador/a de siniestros de autos', 'insurance-claims-handler'],
    ['Operador/a senior de centro de control CCTV', 'cctv-operator'],
    ['Técnico/a de mantenimiento', 'maintenance-technician'],
    ['Enfermeiro(a)', 'registered-nurse'],
    ['Impiegato/a amministrativo/a', 'office-administrator'],
    ['Vendeur/euse', 'retail-sales-associate'],
    ['Ingeniero/a Técnico-Comercial', 'sales-engineer'],
  ])('reads "%s" as one occupation: %s', (title, expected) => {
    expect(occupation(title)).toBe(expected);
  });

  it('keeps a slash between two words as two words', () => {
    expect(occupation('A/B Testing Analyst')).toBe('data-analyst');
    expect(occupation('Operador de centro de control de tráfico')).not.toBe('cctv-operator');
  });
});

describe('insurance: handling claims, adjusting losses and underwriting risks are three jobs', () => {
  it.each([
    ['Motor Claims Handler', 'insurance-claims-handler'],
    ['Gestionnaire sinistres IARD', 'insurance-claims-handler'],
    ['Chartered Loss Adjuster', 'loss-adjuster'],
    ['Expert en assurance automobile', 'loss-adjuster'],
    ['Commercial Property Underwriter', 'insurance-underwriter'],
    ['Souscriptrice dommages aux biens entreprises', 'insurance-underwriter'],
    ['Underwriter Haftpflicht (m/w/d)', 'insurance-underwriter'],
  ])('reads "%s" as %s', (title, expected) => {
    expect(occupation(title)).toBe(expected);
  });

  it('keeps the three close, each a neighbour of the others', () => {
    expect(occupationRelatedness('insurance-underwriter', 'insurance-claims-handler')).toBe(0.45);
    expect(occupationRelatedness('loss-adjuster', 'insurance-claims-handler')).toBe(0.45);
  });
});

describe('construction sites: managed, supervised and costed', () => {
  it('keeps pricing a tender and managing a project\'s costs apart, as neighbours', () => {
    expect(occupationRelatedness('cost-estimator', 'quantity-surveyor')).toBe(0.45);
  });

  it.each([
    ['Site Manager', 'construction-manager'],
    ['Senior Site Manager – Residential New Build', 'construction-manager'],
    ['School Site Manager', 'caretaker'],
    ['Site Manager – Facilities', 'facilities-manager'],
    ['Groundworks Foreman', 'construction-supervisor'],
    ['Polier Hochbau (m/w/d)', 'construction-supervisor'],
    ['Capo cantiere edile', 'construction-supervisor'],
    ['Kalkulator (m/w/d) Hochbau', 'cost-estimator'],
    ['Leiter Kalkulation (m/w/d)', 'cost-estimator'],
    ['Senior Estimator', 'cost-estimator'],
    ['Quantity Surveyor (m/w/d) – International Contractor', 'quantity-surveyor'],
    ['Économiste de la construction', 'quantity-surveyor'],
  ])('reads "%s" as %s', (title, expected) => {
    expect(occupation(title)).toBe(expected);
  });
});

describe('property: selling, letting, managing and valuing are four jobs', () => {
  it.each([
    ['Senior Sales Negotiator', 'real-estate-agent'],
    ['Agent immobilier', 'real-estate-agent'],
    ['Lettings Negotiator', 'letting-agent'],
    ['Vermietungsberaterin', 'letting-agent'],
    ['Block Manager', 'property-manager'],
    ['WEG-Verwalter (m/w/d)', 'property-manager'],
    ['Gestionnaire de copropriété', 'property-manager'],
    ['Administradora de fincas', 'property-manager'],
    ['Amministratore di condominio', 'property-manager'],
    ['RICS Registered Valuer', 'property-valuer'],
    ['Immobiliengutachter', 'property-valuer'],
  ])('reads "%s" as %s', (title, expected) => {
    expect(occupation(title)).toBe(expected);
  });

  it('keeps the four neighbours of one another, and a valuer near a quantity surveyor', () => {
    expect(occupationRelatedness('letting-agent', 'real-estate-agent')).toBeGreaterThanOrEqual(0.45);
    expect(occupationRelatedness('property-manager', 'letting-agent')).toBeGreaterThanOrEqual(0.45);
    expect(occupationRelatedness('property-valuer', 'quantity-surveyor')).toBeGreaterThanOrEqual(0.45);
  });
});

describe('buying: for the organisation, for the shop floor and for the media are different jobs', () => {
  it.each([
    ['Einkäufer (m/w/d)', 'procurement-specialist'],
    ['Acheteuse projet', 'procurement-specialist'],
    ['Head of Procurement', 'procurement-manager'],
    ['Responsable des achats', 'procurement-manager'],
    ['Jefa de compras', 'procurement-manager'],
    ['Category Manager Indirect Spend', 'procurement-category-manager'],
    ['Category Manager (m/w/d) Einkauf', 'procurement-category-manager'],
    ['Acheteuse publique', 'public-procurement-officer'],
    ['Fashion Buyer', 'retail-buyer'],
    ['Einkäuferin Mode', 'retail-buyer'],
    ['Media Buyer', 'media-planner'],
  ])('reads "%s" as %s', (title, expected) => {
    expect(occupation(title)).toBe(expected);
  });

  it('places a category manager and a public buyer as kinds of buyer, and a fashion buyer apart', () => {
    expect(occupationRelatedness('procurement-category-manager', 'procurement-specialist')).toBe(0.75);
    expect(occupationRelatedness('public-procurement-officer', 'procurement-specialist')).toBe(0.75);
    expect(occupationRelatedness('procurement-manager', 'procurement-specialist')).toBe(0.45);
    expect(occupationRelatedness('retail-buyer', 'procurement-specialist')).toBeLessThan(0.45);
    expect(occupationRelatedness('media-planner', 'procurement-specialist')).toBe(0);
  });
});
