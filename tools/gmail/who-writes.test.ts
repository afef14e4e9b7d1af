import { describe, expect, it } from 'vitest';
import { isAutomatedAddress, isPersonAtOrganisation, isTeamAddress } from './who-writes.ts';

describe('who a sender is, from the address', () => {
  it('tells systems, team inboxes, hiring services and free-mail addresses from a person at an organisation', () => {
    expect(isAutomatedAddress('ne-pas-repondre@ville.example')).toBe(true);
    expect(isAutomatedAddress('noreply@acme.example')).toBe(true);
    expect(isTeamAddress('karriere@acme.example')).toBe(true);
    expect(isTeamAddress('selezione@gruppo.example')).toBe(true);
    expect(isTeamAddress('candidates@acme.example')).toBe(true);
    expect(isTeamAddress('bewerbung@acme.example')).toBe(true);
    expect(isPersonAtOrganisation('s.thode@nordlicht-group.example')).toBe(true);
    expect(isPersonAtOrganisation('jobs@acme.example')).toBe(false);
    expect(isPersonAtOrganisation('no-reply@acme.example')).toBe(false);
    expect(isPersonAtOrganisation('marta.ferri@gmail.com')).toBe(false);
    expect(isPersonAtOrganisation('acme@greenhouse-mail.io')).toBe(false);
  });
});
