import { describe, expect, it } from 'vitest';
import { readCandidatePlace } from './candidate-place.ts';

const cv = (...lines: string[]) => lines.join('\n');

describe('readCandidatePlace', () => {
  it('reads home from the contact line at the top of the CV', () => {
    const place = readCandidatePlace(cv('Jane Doe', 'Berlin, Germany | jane@example.com', '', 'Software Engineer', 'Acme, London, 2018 – 2020'));

    expect(place).toMatchObject({ city: 'berlin', country: 'DE', relocate: null });
  });

  it('lets an EU citizen work anywhere in the EU/EEA and Switzerland, and not in the UK', () => {
    const place = readCandidatePlace(cv('Jane Doe', 'Berlin, Germany'));

    expect([...place.authorised]).toEqual(expect.arrayContaining(['DE', 'FR', 'ES', 'NL', 'IE', 'CH', 'NO']));
    expect(place.authorised.has('GB')).toBe(false);
    expect(place.authorised.has('US')).toBe(false);
  });

  it('keeps someone outside the EU to their own country', () => {
    const place = readCandidatePlace(cv('Sam Lee', 'Toronto, Canada'));

    expect(place).toMatchObject({ city: 'toronto', country: 'CA' });
    expect([...place.authorised]).toEqual(['CA']);
  });

  it('adds the countries a stated citizenship or permit opens, free movement included', () => {
    const irishInManchester = readCandidatePlace(cv('Aoife Brennan', 'Manchester, UK', 'Irish citizen'));
    const permit = readCandidatePlace(cv('Jane Doe', 'London', 'Work permit for the United States'));

    expect(irishInManchester.country).toBe('GB');
    expect([...irishInManchester.authorised]).toEqual(expect.arrayContaining(['GB', 'IE', 'DE', 'FR']));
    // Home in the UK brings Ireland too, by the Common Travel Area.
    expect([...permit.authorised].sort()).toEqual(['GB', 'IE', 'US']);
  });

  it('lets British and Irish residents work in both countries, and no further', () => {
    const dublin = readCandidatePlace(cv('Aoife Brennan', 'Dublin, Ireland'));
    const london = readCandidatePlace(cv('Sam Lee', 'London, UK'));

    expect(dublin.authorised.has('GB')).toBe(true);
    expect([...london.authorised].sort()).toEqual(['GB', 'IE']);
  });

  it('reads whether the person would relocate, in several languages', () => {
    expect(readCandidatePlace(cv('Jane Doe', 'Dublin, Ireland', 'Open to relocation.')).relocate).toBe(true);
    expect(readCandidatePlace(cv('Sam Lee', 'Toronto, Canada', 'Not open to relocation.')).relocate).toBe(false);
    expect(readCandidatePlace(cv('María López', 'Madrid, España', 'Disponibilidad para cambio de residencia')).relocate).toBe(true);
    expect(readCandidatePlace(cv('Jan Müller', 'Hamburg', 'Umzugsbereit')).relocate).toBe(true);
  });

  it('knows nothing of a CV that names no place', () => {
    expect(readCandidatePlace(cv('Jane Doe', 'jane@example.com', 'Skills: Python'))).toEqual({ city: null, country: null, authorised: new Set(), relocate: null });
  });

  it('reads a small town from the contact line', () => {
    expect(readCandidatePlace(cv('Jan de Vries', 'Naaldwijk | +31 6 1234 5678 | jan@example.nl', 'Teeltmedewerker'))).toMatchObject({ city: 'naaldwijk', country: 'NL' });
    expect(readCandidatePlace(cv('Ana Ferreira', 'Morada: Rua do Souto 12, 4800 Guimarães'))).toMatchObject({ city: 'guimaraes', country: 'PT' });
    expect(readCandidatePlace(cv('Seán Byrne', 'Leixlip, Co. Kildare · 087 123 4567'))).toMatchObject({ city: 'leixlip', country: 'IE' });
    expect(readCandidatePlace(cv('Kees Jansen', 'Westland', 'Kassenbouw'))).toMatchObject({ city: 'westland', country: 'NL' });
  });

  it('takes no town from the person’s name, an e-mail address or an ordinary word', () => {
    expect(readCandidatePlace(cv('Maria Santos', 'maria.santos@example.com | +55 11 91234 5678'))).toMatchObject({ city: null, country: 'BR' });
    expect(readCandidatePlace(cv('Tom Best', 'Best sales results, 2020', 'Mobile: 06 1234 5678'))).toMatchObject({ city: null, country: null });
    expect(readCandidatePlace(cv('Tom Best', 'Best, Netherlands | tom@example.nl'))).toMatchObject({ city: 'best', country: 'NL' });
  });
});

describe('readCandidatePlace choosing between towns of one name', () => {
  it('takes the country of the phone number or postcode where the CV names none', () => {
    expect(readCandidatePlace('Sam Carter\n+44 7700 900123 · Lincoln\nProfile').country).toBe('GB');
    expect(readCandidatePlace('Sam Carter\n+44 1205 123456 · Boston\nProfile')).toMatchObject({ city: 'boston', country: 'GB' });
    expect(readCandidatePlace('Sam Carter\n+64 21 123 4567 · Hamilton\nProfile').country).toBe('NZ');
    expect(readCandidatePlace('Sam Carter\n+1 205 555 0100 · Birmingham\nProfile').country).toBe('US');
  });

  it('takes the country the work history names where the contact lines do not tell', () => {
    const lincolnshire = 'Sam Carter\nLincoln\nProfile\nTractor driver.\n2019–2024 Manor Farms, Grantham, Lincolnshire\n2015–2019 Farm hand, Sleaford';
    const nebraska = 'Sam Carter\nLincoln\nProfile\nWarehouse lead.\n2019–2024 Distribution centre, Omaha, Nebraska';
    expect(readCandidatePlace(lincolnshire).country).toBe('GB');
    expect(readCandidatePlace(nebraska).country).toBe('US');
  });

  it('keeps the country the contact lines name over the phone number', () => {
    expect(readCandidatePlace('Sam Carter\n+44 7700 900123 · Birmingham, Alabama, USA\nProfile').country).toBe('US');
  });
});

describe('readCandidatePlace without a home in the contact lines', () => {
  it('leaves out where the person was born and takes where they work now', () => {
    const cv = 'LEBENSLAUF\nTomasz Nowak\nZimmerer\nTel. +49 176 3381 2290\nGeboren 1990 in Nowy Targ, polnischer Staatsangehöriger\nÜBER MICH\nIch arbeite seit 2019 in München und Umgebung.';
    expect(readCandidatePlace(cv)).toMatchObject({ city: 'munich', country: 'DE' });
  });

  it('reads the current employer\'s city from the line above its dates', () => {
    const cv = '# Karim B.\n## Responsable d\'entrepôt\n+33 6 72 18 44 09\n\n**Expérience**\n- Responsable d\'entrepôt — Logistique des Flandres, Lille\n  de 2021 à aujourd\'hui\n- Chef d\'équipe — Entrepôts du Nord, Lesquin\n  de 2015 à 2021';
    expect(readCandidatePlace(cv)).toMatchObject({ city: 'lille', country: 'FR' });
  });

  it('takes the country of the phone number when nothing names a place', () => {
    expect(readCandidatePlace('Jane Doe\n+351 912 345 678\nProfile\nNurse.').country).toBe('PT');
  });
});
