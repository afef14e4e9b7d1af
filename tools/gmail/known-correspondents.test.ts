import { describe, expect, it } from 'vitest';
import { KnownCorrespondents } from './known-correspondents.ts';

describe('KnownCorrespondents.lookupPerson', () => {
  it('ties a scheduler naming a person to their application, sure only when their own mail was tied for sure', () => {
    const known = new KnownCorrespondents();
    known.learn({ threadId: 't1', from: { name: 'Ines Varga', email: 'ines.varga@ostrava-clinic.example' }, applicationId: 'a1', vouched: false });
    known.learn({ threadId: 't2', from: { name: 'Tomas Berg', email: 'tomas.berg@kiln-works.example' }, applicationId: 'a2', vouched: true });

    expect(known.lookupPerson('Confirmed: first talk with Ines Varga on Monday')).toEqual({ applicationId: 'a1', vouched: false, by: 'contact' });
    expect(known.lookupPerson('Confirmed: intro call with Tomas Berg on Monday')).toEqual({ applicationId: 'a2', vouched: true, by: 'contact' });
    expect(known.lookupPerson('Confirmed: yoga class with Ana Lind')).toBeUndefined();
  });
});
