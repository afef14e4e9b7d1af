import { describe, expect, it } from 'vitest';
import { parseRequest } from './parse-request.ts';

const countries = (set: Set<string> | null) => (set ? [...set].sort() : null);

describe('parseRequest', () => {
  it('splits a request into the wanted words, the place and a pay floor in dollars', () => {
    expect(parseRequest('SRE jobs in New York paying $170k+')).toMatchObject({
      wanted: 'sre',
      occupations: ['site-reliability-engineer'],
      places: [{ city: 'new york', country: 'US' }],
      remoteOnly: false,
      salaryFloor: { amount: 170_000, currency: 'USD', period: 'year' },
    });
  });

  it('reads a German floor with thousands dots and the euro after the number', () => {
    expect(parseRequest('Pflegefachkraft Intensivstation Hamburg mindestens 60.000 €')).toMatchObject({
      wanted: 'pflegefachkraft intensivstation',
      occupations: ['icu-nurse'],
      places: [{ city: 'hamburg', country: 'DE' }],
      salaryFloor: { amount: 60_000, currency: 'EUR', period: 'year' },
    });
  });

  it('reads hourly rates', () => {
    expect(parseRequest('freelance UX designer 80 €/h')).toMatchObject({ salaryFloor: { amount: 80, currency: 'EUR', period: 'hour' }, contract: 'contract' });
    expect(parseRequest('barista London £14.50/hr').salaryFloor).toEqual({ amount: 14.5, currency: 'GBP', period: 'hour' });
    expect(parseRequest('Elektriker Teilzeit München ab 20 € die Stunde')).toMatchObject({
      occupations: ['electrician'],
      places: [{ city: 'munich', country: 'DE' }],
      salaryFloor: { amount: 20, currency: 'EUR', period: 'hour' },
      contract: 'part-time',
    });
  });

  it('reads monthly and yearly periods and "k" after the currency', () => {
    expect(parseRequest('product designer 5000 €/Monat').salaryFloor).toEqual({ amount: 5000, currency: 'EUR', period: 'month' });
    expect(parseRequest('data scientist £60,000 per year London').salaryFloor).toEqual({ amount: 60_000, currency: 'GBP', period: 'year' });
    expect(parseRequest('développeur senior Lyon CDI 55k€').salaryFloor).toEqual({ amount: 55_000, currency: 'EUR', period: 'year' });
  });

  it('takes the currency of the place asked for when the amount names none', () => {
    expect(parseRequest('nurse jobs in Manchester from 30k').salaryFloor).toEqual({ amount: 30_000, currency: 'GBP', period: 'year' });
  });

  it('does not read a bare number without a currency or a cue as pay', () => {
    expect(parseRequest('nurse 35000').salaryFloor).toBeNull();
  });

  it('reads remote work and the region it must be open to', () => {
    const canada = parseRequest('remote content marketing open to Canada');
    const emea = parseRequest('remote python developer EMEA');

    expect(canada).toMatchObject({ wanted: 'content marketing', occupations: ['content-marketer'], remoteOnly: true, places: [] });
    expect(countries(canada.remoteFrom)).toEqual(['CA']);
    expect(emea.remoteOnly).toBe(true);
    expect(countries(emea.remoteFrom)).toEqual(expect.arrayContaining(['DE', 'GB', 'ZA']));
  });

  it('reads "anywhere in" a country as that country, and "from anywhere" as remote work', () => {
    const within = parseRequest('warehouse supervisor anywhere in Scotland');
    const fromAnywhere = parseRequest('copywriter jobs I can do from anywhere');

    expect(within).toMatchObject({ remoteOnly: false, places: [{ city: null, country: 'GB' }] });
    expect(fromAnywhere.remoteOnly).toBe(true);
  });

  it('keeps remote optional when the request welcomes other arrangements too', () => {
    const request = parseRequest('backend engineer remote or hybrid is fine, Berlin');

    expect(request.remoteOnly).toBe(false);
    expect(request.places).toEqual([{ city: 'berlin', country: 'DE' }]);
  });

  it('reads how recent postings must be, in English and Spanish', () => {
    expect(parseRequest('data analyst jobs posted this week')).toMatchObject({ wanted: 'data analyst', postedWithinDays: 7 });
    expect(parseRequest('enfermera Madrid últimas 2 semanas')).toMatchObject({ wanted: 'enfermera', occupations: ['registered-nurse'], postedWithinDays: 14 });
    expect(parseRequest('warehouse jobs posted in the last 3 days').postedWithinDays).toBe(3);
  });

  it('reads the contract type in several languages', () => {
    expect(parseRequest('junior accountant Toronto full-time').contract).toBe('full-time');
    expect(parseRequest('software engineer internship Paris').contract).toBe('internship');
    expect(parseRequest('electricista Barcelona contrato temporal').contract).toBe('temporary');
  });

  it('reads the level and takes it out of the wanted words', () => {
    expect(parseRequest('senior TypeScript backend engineer in Berlin, €80k+')).toMatchObject({
      wanted: 'typescript backend engineer',
      occupations: ['backend-engineer'],
      level: 'senior',
      places: [{ city: 'berlin', country: 'DE' }],
      salaryFloor: { amount: 80_000, currency: 'EUR', period: 'year' },
    });
    expect(parseRequest('junior accountant Toronto full-time')).toMatchObject({ wanted: 'accountant', level: 'junior' });
    expect(parseRequest('software engineer internship Paris').level).toBe('intern');
  });

  it('keeps a request without constraints whole', () => {
    expect(parseRequest('python backend engineer')).toEqual({
      wanted: 'python backend engineer',
      occupations: ['backend-engineer'],
      places: [],
      remoteOnly: false,
      remoteFrom: null,
      salaryFloor: null,
      level: null,
      contract: null,
      postedWithinDays: null,
    });
  });

  it('does not read years of experience as pay', () => {
    const request = parseRequest('FP&A analyst jobs in Chicago, I have about 5 yrs experience, hybrid is fine, need $85k+ base');

    expect(request.salaryFloor).toEqual({ amount: 85_000, currency: 'USD', period: 'year' });
  });

  it('takes dollars in a request for Canada as Canadian dollars', () => {
    expect(parseRequest('sales jobs in Toronto, at least $50k').salaryFloor).toEqual({ amount: 50_000, currency: 'CAD', period: 'year' });
  });

  it('takes dollars in a request for Hong Kong as Hong Kong dollars, as it does for a posting there', () => {
    expect(parseRequest('sales jobs in Hong Kong, at least $400k').salaryFloor).toEqual({ amount: 400_000, currency: 'HKD', period: 'year' });
    expect(parseRequest('sales jobs in Hong Kong, at least 400k').salaryFloor).toEqual({ amount: 400_000, currency: 'HKD', period: 'year' });
  });

  it('keeps dollars in a request naming the US as US dollars', () => {
    expect(parseRequest('remote sales jobs in the US or Canada, at least $50k').salaryFloor).toEqual({ amount: 50_000, currency: 'USD', period: 'year' });
  });

  it('leaves no part of a pay period among the wanted words', () => {
    expect(parseRequest('barista London £14.50/hr').wanted).toBe('barista');
    expect(parseRequest('product designer 5000 €/Monat').wanted).toBe('product designer');
  });

  it('reads "remote US" as remote work open to the US', () => {
    const request = parseRequest('lead data engineer remote US $150k');

    expect(request.wanted).toBe('data engineer');
    expect(countries(request.remoteFrom)).toEqual(['US']);
  });

  it('reads every occupation a request offers as alternatives', () => {
    expect(parseRequest('supply chain planner or buyer job in Rotterdam').occupations).toEqual(['supply-chain-planner', 'procurement-specialist']);
    expect(parseRequest('Krankenpfleger oder Apotheker in Berlin').occupations).toEqual(['registered-nurse', 'pharmacist']);
    expect(parseRequest('veterinary nurse Leeds').occupations).toEqual(['veterinary-nurse']);
  });

  it('reads "contract" before a job title as part of the title, not the contract type', () => {
    expect(parseRequest('contracts administrator jobs in Leeds')).toMatchObject({ contract: null, wanted: 'contracts administrator' });
    expect(parseRequest('Contract Manager in Frankfurt, permanent')).toMatchObject({ contract: 'full-time', wanted: 'contract manager' });
    expect(parseRequest('backend developer, contract, 6 months').contract).toBe('contract');
  });

  it('keeps a front office in the wanted words and takes office work out as a place of work', () => {
    expect(parseRequest('hotel front office supervisor Lisbon').wanted).toBe('hotel front office supervisor');
    expect(parseRequest('accountant in office Glasgow').wanted).toBe('accountant');
  });

  it('does not read an early-stage company as an internship', () => {
    expect(parseRequest('product marketer at an early stage startup').contract).toBeNull();
    expect(parseRequest('stage marketing digital Paris').contract).toBe('internship');
  });

  it('reads a dollar sign after the amount and periods in French, Dutch and Italian', () => {
    expect(parseRequest('infirmière à Montréal, 65 000 $ par année').salaryFloor).toEqual({ amount: 65_000, currency: 'CAD', period: 'year' });
    expect(parseRequest('verpleegkundige Utrecht vanaf €3.800 per maand')).toMatchObject({ wanted: 'verpleegkundige', salaryFloor: { amount: 3800, currency: 'EUR', period: 'month' } });
    expect(parseRequest('cuoco Milano 12 € all\'ora').salaryFloor).toEqual({ amount: 12, currency: 'EUR', period: 'hour' });
    expect(parseRequest('infirmière à Montréal, 65 000 $ par année').wanted).not.toMatch(/annee|par/);
  });

  it('takes a place out of the wanted words as it was typed, not only as the gazetteer names it', () => {
    expect(parseRequest('Buchhalter in München').wanted).toBe('buchhalter');
    expect(parseRequest('enfermera en Sevilla').wanted).not.toContain('sevilla');
  });

  it('reads newly qualified as a junior level', () => {
    expect(parseRequest('NQ staff nurse jobs in Cork').level).toBe('junior');
    expect(parseRequest('newly qualified teacher Bristol').level).toBe('junior');
  });

  it('reads the occupation of a title whose small words join its other words', () => {
    expect(parseRequest('jefa de proyectos Madrid')).toMatchObject({ wanted: 'jefa proyectos', occupations: ['project-manager'] });
    expect(parseRequest('gestor de contratos em Porto').occupations).toEqual(['contract-manager']);
    expect(parseRequest('chef de rang à Paris').occupations).toEqual(['waiter']);
    expect(parseRequest('looking for a nurse job in Berlin').occupations).toEqual(['registered-nurse']);
  });

  it('takes the job a request names first over a longer title named later as an aside', () => {
    expect(parseRequest('Buchhalter (m/w/d) in Teilzeit in Köln – gern auch Sachbearbeiter-Ebene').occupations[0]).toBe('accountant');
    expect(parseRequest('Registered Nurse (ICU), Dublin').occupations).toEqual(['icu-nurse']);
    expect(parseRequest('supply chain planner or buyer job in Rotterdam').occupations).toEqual(['supply-chain-planner', 'procurement-specialist']);
  });

  it('reads the occupation of a title whose level word is its own name, and still takes the level', () => {
    const head = parseRequest('Head of Content role at a SaaS company, remote');
    expect(head.occupations).toEqual(['content-marketer']);
    expect(head.level).toBe('lead');
    expect(parseRequest('Lagerleiter (m/w/d) in Bremen').occupations).toEqual(['warehouse-supervisor']);
  });

  it('reads a slash between two jobs as either, and one between gender letters as no choice', () => {
    expect(parseRequest('Buyer/Supply Chain Planner roles in Rotterdam').occupations).toEqual(expect.arrayContaining(['supply-chain-planner', 'procurement-specialist']));
    expect(parseRequest('SRE / DevOps in London').occupations).toEqual(expect.arrayContaining(['site-reliability-engineer', 'devops-engineer']));
    const gendered = parseRequest('Buchhalter (m/w/d) Hamburg');
    expect(gendered.occupations).toEqual(['accountant']);
    expect(gendered.wanted).toBe('buchhalter');
  });

  it('reads a lorry licence class as the driving job and "min" before pay as the floor', () => {
    const request = parseRequest('HGV1 driving jobs in Leeds, min £12.50 an hour');
    expect(request.occupations).toEqual(['truck-driver']);
    expect(request.wanted).toBe('hgv1 driving');
    expect(request.salaryFloor).toEqual({ amount: 12.5, currency: 'GBP', period: 'hour' });
  });

  it('reads a capitalised code as a job where no place stands, and as a place where one does', () => {
    const shopFloor = parseRequest('part time SA jobs leeds posted this week');
    expect(shopFloor.occupations).toEqual(['retail-sales-associate']);
    expect(shopFloor.places).toEqual([{ city: 'leeds', country: 'GB' }]);
    expect(shopFloor.wanted).toBe('sales associate');
    expect(parseRequest('HR manager Zagreb').wanted).toBe('hr manager');
    expect(parseRequest('store manager Cape Town, SA').wanted).toBe('store manager');
    expect(parseRequest('software engineer Austin TX').wanted).toBe('software engineer');
    expect(parseRequest('nurse jobs in PA').wanted).toBe('nurse');
    expect(parseRequest('CA jobs, remote').wanted).toBe('');
  });

  it('reads "remote" before a job as asking for remote work, and "or remote" after a place as welcoming it', () => {
    const assistant = parseRequest('VA or remote PA work I can do from the UK, at least £18 an hour');
    expect(assistant.remoteOnly).toBe(true);
    expect(assistant.remoteFrom).toEqual(new Set(['GB']));
    expect(assistant.wanted).toBe('virtual assistant personal assistant');
    expect(assistant.occupations).toEqual(['executive-assistant']);
    expect(parseRequest('nurse in Berlin or remote').remoteOnly).toBe(false);
  });

  it('reads a small town the request names as its place', () => {
    expect(parseRequest('greenhouse jobs near Westland').places).toEqual([{ city: 'westland', country: 'NL' }]);
    expect(parseRequest('enfermeira em Évora').places).toEqual([{ city: 'evora', country: 'PT' }]);
    expect(parseRequest('warehouse jobs in Leixlip').places).toEqual([{ city: 'leixlip', country: 'IE' }]);
  });

  it('turns no ordinary word of a request into a place', () => {
    for (const request of ['best paid sales jobs', 'police officer', 'mobile developer', 'reading specialist', 'split shift cleaner', 'lead engineer', 'hope to work with children']) {
      expect(parseRequest(request).places, request).toEqual([]);
    }
  });
});

describe('parseRequest reading a journeyman and contract words in other languages', () => {
  it('reads "Geselle" as the qualified level and takes contract words out of what is ranked', () => {
    const request = parseRequest('Zimmerer Geselle in München, unbefristet Vollzeit, ab 20 € Stundenlohn');
    expect(request).toMatchObject({ wanted: 'zimmerer', occupations: ['carpenter'], level: 'mid', contract: 'full-time' });
    expect(parseRequest('ingénieur réseau CCNP en CDI à Lyon').wanted).not.toMatch(/\bcdi\b/);
    // A contract word taken out of what is ranked is read as the constraint it is.
    expect(parseRequest('contabile a Torino, tempo indeterminato')).toMatchObject({ wanted: 'contabile', contract: 'full-time' });
    expect(parseRequest('boekhouder Utrecht vast contract')).toMatchObject({ contract: 'full-time' });
    expect(parseRequest('impiegata a tempo determinato Milano').contract).toBe('temporary');
  });
});

describe('parseRequest reading pay per piece of work', () => {
  it('reads no pay floor from a rate per word, line or minute, which no salary can be compared with', () => {
    expect(parseRequest('DE>EN translator, freelance, remote from the UK, min 10p/word').salaryFloor).toBeNull();
    expect(parseRequest('traductor EN>ES autónomo, mínimo 0,08 €/palabra').salaryFloor).toBeNull();
    expect(parseRequest('subtitler remote, at least $3 per minute').salaryFloor).toBeNull();
    expect(parseRequest('traducteur anglais-français, 0,10 € par mot minimum').salaryFloor).toBeNull();
  });

  it('still reads an hourly floor beside a translation request', () => {
    expect(parseRequest('MTPE EN>ES remoto desde España, mínimo 25 €/h').salaryFloor).toEqual({ amount: 25, currency: 'EUR', period: 'hour' });
  });
});

describe('parseRequest reading recency written in words', () => {
  it.each([
    ['farmacéutico en Sevilla, ofertas de las últimas dos semanas', 14, 'farmaceutico'],
    ['Einkäufer Stuttgart, in den letzten 14 Tagen', 14, 'einkaufer'],
    ['Einkäufer Stuttgart, die letzten zwei Wochen', 14, 'einkaufer'],
    ['verpleegkundige Utrecht laatste drie dagen', 3, 'verpleegkundige'],
    ['data analyst posted in the past month', 31, 'data analyst'],
    ['infermiere Milano ultime due settimane', 14, 'infermiere'],
    ['Notfallsanitäter Jobs Hamburg, letzte 7 Tage', 7, 'notfallsanitater'],
    ['comptable Lyon, offres des 7 derniers jours', 7, 'comptable'],
  ])('reads "%s" as posted within %s days and leaves "%s" to rank', (typed, days, wanted) => {
    const parsed = parseRequest(typed);
    expect(parsed.postedWithinDays).toBe(days);
    expect(parsed.wanted).toBe(wanted);
  });
});
