import { describe, expect, it } from 'vitest';
import { occupationOfTitle } from './find-occupation.ts';
import { occupationFit, occupationRelatedness } from './occupation-relatedness.ts';
import { occupationTaxonomy } from './occupation-taxonomy.ts';

const occupation = (title: string) => occupationOfTitle(title)?.occupation ?? null;

describe('occupationOfTitle for farming, forestry and fishing', () => {
  it.each([
    ['Farmer', 'farmer'],
    ['Landwirt (m/w/d)', 'farmer'],
    ['Agricultrice', 'farmer'],
    ['Agricoltore', 'farmer'],
    ['Arable Farmer', 'crop-farmer'],
    ['Maraîcher', 'crop-farmer'],
    ['Akkerbouwer', 'crop-farmer'],
    ['Herdsman', 'livestock-farmer'],
    ['Éleveur de bovins', 'livestock-farmer'],
    ['Ganadero', 'livestock-farmer'],
    ['Dairy Herd Manager', 'dairy-farmer'],
    ['Melkveehouder', 'dairy-farmer'],
    ['Poultry Stockperson', 'poultry-farmer'],
    ['Imker (m/w/d)', 'beekeeper'],
    ['Apicultor', 'beekeeper'],
    ['Farm Manager', 'farm-manager'],
    ['Chef de culture', 'horticulture-production-manager'],
    ['Bedrijfsleider melkveehouderij', 'farm-manager'],
    ['Teeltmedewerker', 'greenhouse-grower'],
    ['Operario de invernadero', 'greenhouse-grower'],
    ['Landscape Gardener', 'landscape-gardener'],
    ['Garten- und Landschaftsbauer (m/w/d)', 'landscape-gardener'],
    ['Hovenier', 'landscape-gardener'],
    ['Head Greenkeeper', 'groundskeeper'],
    ['Groundsman', 'groundskeeper'],
    ['Tree Surgeon', 'arborist'],
    ['Élagueur grimpeur', 'arborist'],
    ['Forstwirt', 'forestry-worker'],
    ['Bûcheron', 'forestry-worker'],
    ['Revierförster', 'forester'],
    ['Ingeniero de montes', 'forester'],
    ['Fish Farm Technician', 'aquaculture-worker'],
    ['Pisciculteur', 'aquaculture-worker'],
    ['Fisherman', 'fishery-worker'],
    ['Marin pêcheur', 'fishery-worker'],
    ['Agronomist', 'agronomist'],
    ['Ingénieur agronome', 'agronomist'],
    ['Engenheiro agrônomo', 'agronomist'],
    ['Agricultural Technician', 'agricultural-technician'],
    ['Técnico agrícola', 'agricultural-technician'],
    ['Land-based Service Engineer', 'agricultural-machinery-technician'],
    ['Land- und Baumaschinenmechatroniker (m/w/d)', 'agricultural-machinery-technician'],
    ['Mécanicien agricole', 'agricultural-machinery-technician'],
  ])('reads "%s" as %s', (title, expected) => {
    expect(occupation(title)).toBe(expected);
  });

  it.each([
    ['Fruit Picker', 'farm-labourer'],
    ['Erntehelfer (m/w/d)', 'farm-labourer'],
    ['Landwirtschaftlicher Mitarbeiter (m/w/d)', 'farm-labourer'],
    ['Ouvrier agricole', 'farm-labourer'],
    ['Bracciante agricolo', 'farm-labourer'],
    ['Pracownik rolny', 'farm-labourer'],
  ])('reads the farm labour title "%s" as %s', (title, expected) => {
    expect(occupation(title)).toBe(expected);
  });

  it('keeps a plain gardener a horticulturist and a landscape architect a designer', () => {
    expect(occupation('Gardener')).toBe('horticulturist');
    expect(occupation('Gärtner')).toBe('horticulturist');
    expect(occupation('Landscape Architect')).toBe('landscape-architect');
    expect(occupation('Paysagiste')).toBe('landscape-architect');
  });

  it('does not read software, images or shops named for farming as farm work', () => {
    expect(occupation('Harvest Software Engineer')).toBe('software-engineer');
    expect(occupation('Crop Image Data Analyst')).toBe('data-analyst');
    expect(occupation('Farm Shop Manager')).not.toBe('farm-manager');
  });
});

describe('occupationOfTitle for drivers and plant and machine operators', () => {
  it.each([
    ['Forklift Driver', 'forklift-operator'],
    ['Reach Truck Operator', 'forklift-operator'],
    ['Staplerfahrer (m/w/d)', 'forklift-operator'],
    ['Cariste', 'forklift-operator'],
    ['Carretillero', 'forklift-operator'],
    ['Tower Crane Operator', 'crane-operator'],
    ['Kranführer', 'crane-operator'],
    ['Grutier', 'crane-operator'],
    ['360 Excavator Operator', 'plant-operator'],
    ['Baggerfahrer (m/w/d)', 'plant-operator'],
    ["Conducteur d'engins de chantier", 'plant-operator'],
    ['Escavatorista', 'plant-operator'],
    ['Tractor Driver', 'tractor-driver'],
    ['Trattorista', 'tractor-driver'],
    ['Train Driver', 'train-driver'],
    ['Triebfahrzeugführer (m/w/d)', 'train-driver'],
    ['Conducteur de train', 'train-driver'],
    ['Maquinista ferroviario', 'train-driver'],
    ['Strojvedoucí', 'train-driver'],
    ['Tram Driver', 'tram-driver'],
    ['Straßenbahnfahrer', 'tram-driver'],
    ['Taxi Driver', 'taxi-driver'],
    ['Chauffeur VTC', 'taxi-driver'],
    ['Taxista', 'taxi-driver'],
    ['Deckhand', 'deckhand'],
    ['Matrose', 'deckhand'],
    ['Chief Mate', 'ship-officer'],
    ['Nautischer Offizier', 'ship-officer'],
    ['Stuurman', 'ship-officer'],
    ['Marine Engineer', 'marine-engineer'],
    ['Oficial de máquinas', 'marine-engineer'],
    ['Food Production Operative', 'food-production-operator'],
    ['Opérateur de production agroalimentaire', 'food-production-operator'],
    ['Packaging Machine Operator', 'packaging-machine-operator'],
    ['Injection Moulding Operator', 'plastics-machine-operator'],
    ['Verfahrensmechaniker für Kunststoff- und Kautschuktechnik', 'plastics-machine-operator'],
    ['Chemikant (m/w/d)', 'chemical-plant-operator'],
    ['Operatore chimico', 'chemical-plant-operator'],
    ['Offset Printer', 'print-operator'],
    ['Conducteur offset', 'print-operator'],
    ['Sewing Machinist', 'sewing-machinist'],
    ['Railway Signaller', 'railway-signaller'],
    ['Fahrdienstleiter (m/w/d)', 'railway-signaller'],
    ['Chauffeur de bus', 'bus-driver'],
    ['Costurera', 'tailor'],
  ])('reads "%s" as %s', (title, expected) => {
    expect(occupation(title)).toBe(expected);
  });

  it('refines a production operator to the process its qualifier names', () => {
    expect(occupation('Production Operator – Food')).toBe('food-production-operator');
    expect(occupation('Produktionsmitarbeiter Chemie')).toBe('chemical-plant-operator');
    expect(occupation('Production Operator')).toBe('production-operator');
  });

  it('keeps a lorry driver a truck driver, not a tractor driver', () => {
    expect(occupation('Tractor Unit Driver')).not.toBe('tractor-driver');
    expect(occupation('Tractor Trailer Driver')).toBe('truck-driver');
  });

  it('does not read a machine press, a software container or a plain chauffeur as these trades', () => {
    expect(occupation('Press Operator')).not.toBe('print-operator');
    expect(occupation('Docker Engineer')).not.toBe('freight-handler');
    expect(occupation('Chauffeur')).toBe('truck-driver');
  });
});

describe('occupationOfTitle for aviation', () => {
  it.each([
    ['Airline Pilot', 'aircraft-pilot'],
    ['Captain A320', 'aircraft-pilot'],
    ['First Officer B737', 'aircraft-pilot'],
    ['Verkehrspilot (m/w/d)', 'aircraft-pilot'],
    ['Pilote de ligne', 'aircraft-pilot'],
    ['Officier pilote de ligne', 'aircraft-pilot'],
    ['Piloto comercial', 'aircraft-pilot'],
    ['Cabin Crew', 'cabin-crew'],
    ['Flight Attendant', 'cabin-crew'],
    ['Flugbegleiter (m/w/d)', 'cabin-crew'],
    ['Chef de cabine', 'cabin-crew'],
    ["Hôtesse de l'air", 'cabin-crew'],
    ['Tripulante de cabina de pasajeros', 'cabin-crew'],
    ['Assistente di volo', 'cabin-crew'],
    ['Comissário de bordo', 'cabin-crew'],
    ['PNC', 'cabin-crew'],
    ['Air Traffic Controller', 'air-traffic-controller'],
    ['Fluglotse', 'air-traffic-controller'],
    ['Contrôleur aérien', 'air-traffic-controller'],
    ['Luchtverkeersleider', 'air-traffic-controller'],
    ['B1 Licensed Aircraft Engineer', 'aircraft-maintenance-engineer'],
    ['Fluggerätmechaniker (m/w/d)', 'aircraft-maintenance-engineer'],
    ['Technicien aéronautique', 'aircraft-maintenance-engineer'],
    ['Vliegtuigmonteur', 'aircraft-maintenance-engineer'],
    ['LAME', 'aircraft-maintenance-engineer'],
    ['Ramp Agent', 'ramp-agent'],
    ['Baggage Handler', 'ramp-agent'],
    ['Agent de piste', 'ramp-agent'],
    ['Check-in Agent', 'airport-passenger-agent'],
    ["Agent d'escale", 'airport-passenger-agent'],
    ['Passenger Service Agent', 'airport-passenger-agent'],
    ['Flight Dispatcher', 'airport-operations-agent'],
    ['Airside Operations Officer', 'airport-operations-agent'],
  ])('reads "%s" as %s', (title, expected) => {
    expect(occupation(title)).toBe(expected);
  });

  it('does not read a pilot project, a code assistant or a plain pilot as a pilot', () => {
    expect(occupation('Pilot Project Manager')).toBe('project-manager');
    expect(occupation('Copilot Developer')).not.toBe('aircraft-pilot');
    expect(occupation('Pilot')).toBeNull();
    expect(occupation('Chef de projet')).toBe('project-manager');
  });

  it('does not read a chef de partie or a finance controller as aviation work', () => {
    expect(occupation('Chef de partie')).toBe('chef');
    expect(occupation('Financial Controller')).toBe('controller');
  });
});

describe('occupationOfTitle for elementary work', () => {
  it.each([
    ['Labourer', 'construction-labourer'],
    ['General Labourer', 'construction-labourer'],
    ['Bauhelfer (m/w/d)', 'construction-labourer'],
    ['Peón de obra', 'construction-labourer'],
    ['Manovale edile', 'construction-labourer'],
    ['Hand Packer', 'hand-packer'],
    ['Emballeur', 'hand-packer'],
    ['Stevedore', 'freight-handler'],
    ['Déménageur', 'freight-handler'],
    ['Refuse Collector', 'refuse-collector'],
    ['Éboueur', 'refuse-collector'],
    ['Müllwerker (m/w/d)', 'refuse-collector'],
    ['Street Cleaner', 'street-sweeper'],
    ['Barrendero', 'street-sweeper'],
    ['Vending Route Driver', 'vending-operative'],
    ['Cycle Courier', 'cycle-courier'],
    ['Fahrradkurier', 'cycle-courier'],
    ['Hotel Porter', 'hotel-porter'],
    ['Pot Washer', 'kitchen-porter'],
  ])('reads "%s" as %s', (title, expected) => {
    expect(occupation(title)).toBe(expected);
  });

  it('keeps a bricklayer in the building trades and a van courier a delivery driver', () => {
    expect(occupation('Bricklayer')).toBe('bricklayer');
    expect(occupation('Courier')).toBe('delivery-driver');
  });
});

describe('the farming, transport and labour occupations in the taxonomy', () => {
  it('places each in its ISCO-08 unit group', () => {
    const taxonomy = occupationTaxonomy();
    expect(taxonomy.get('crop-farmer')?.isco).toBe('6111');
    expect(taxonomy.get('farm-manager')?.isco).toBe('1311');
    expect(taxonomy.get('aircraft-pilot')?.isco).toBe('3153');
    expect(taxonomy.get('cabin-crew')?.isco).toBe('5111');
    expect(taxonomy.get('forklift-operator')?.isco).toBe('8344');
    expect(taxonomy.get('farm-labourer')?.isco).toBe('9211');
  });

  it('names only occupations that exist as parents and neighbours', () => {
    const taxonomy = occupationTaxonomy();
    for (const entry of taxonomy.values()) {
      if (entry.parent) expect(taxonomy.has(entry.parent), `${entry.id} → ${entry.parent}`).toBe(true);
      for (const related of entry.related ?? []) expect(taxonomy.has(related), `${entry.id} → ${related}`).toBe(true);
    }
  });

  it('keeps a forklift driver close to warehouse work and a landscaper close to gardening', () => {
    expect(occupationRelatedness('forklift-operator', 'warehouse-associate')).toBeGreaterThanOrEqual(0.45);
    expect(occupationFit('landscape-gardener', 'horticulturist')).toBeGreaterThanOrEqual(0.75);
    expect(occupationFit('construction-labourer', 'construction-worker')).toBeGreaterThanOrEqual(0.75);
    expect(occupationRelatedness('aircraft-pilot', 'warehouse-associate')).toBe(0);
  });
});
