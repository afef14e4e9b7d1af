import { describe, expect, it } from 'vitest';
import type { MessageMetadata } from './gmail-api.ts';
import { applicationsNamedBySenders } from './senders-naming-applications.ts';

const pipeline = [
  { id: 'danlogi', company: 'DanLogi Partner ApS', title: 'Teamleder, vareindlevering', url: null },
  { id: 'nordhavn', company: 'Nordhavn Lager A/S', title: 'Lagerchef', url: null },
];
const own = 'emil@example.com';
let sequence = 0;
const message = (from: string, subject: string, snippet: string, labelIds = ['INBOX']): MessageMetadata => ({
  id: `m${++sequence}`,
  threadId: `t${sequence}`,
  labelIds,
  snippet,
  historyId: '1',
  receivedAt: new Date('2026-10-01T09:00:00Z'),
  headers: { from, subject },
});

describe('a person who names one tracked company in a batch of mail', () => {
  it('ties their other mail to it, as a guess, whatever order it came in', () => {
    const named = applicationsNamedBySenders(
      [
        message('Rikke Dam <rikke.dam.rekruttering@gmail.com>', 'Invitation: Samtale @ tirs. 13. okt.', 'Du er blevet inviteret til følgende begivenhed.'),
        message('Rikke Dam <rikke.dam.rekruttering@gmail.com>', 'Teamleder, vareindlevering hos DanLogi Partner', 'Jeg hjælper DanLogi Partner med at besætte stillingen.'),
      ],
      pipeline,
      own,
    );
    expect(named.lookup('rikke.dam.rekruttering@gmail.com')).toEqual({ applicationId: 'danlogi', vouched: false, by: 'contact' });
  });

  it('names nothing for a person naming two companies, a free-mail address naming a company without its role, a team inbox or the user', () => {
    const named = applicationsNamedBySenders(
      [
        message('Jens Holm <jens@staffing-agency.example>', 'DanLogi Partner', 'A role at DanLogi Partner.'),
        message('Jens Holm <jens@staffing-agency.example>', 'Nordhavn Lager', 'A role at Nordhavn Lager.'),
        message('Anna <anna@gmail.com>', 'Hej!', 'Har du hørt fra DanLogi Partner?'),
        message('Karriere <jobs@nordhavn-lager.example>', 'Nordhavn Lager: Lagerchef', 'Tak for din ansøgning.'),
        message(`Emil <${own}>`, 'DanLogi Partner – Teamleder, vareindlevering', 'Min ansøgning.', ['SENT']),
      ],
      pipeline,
      own,
    );
    expect(named.lookup('jens@staffing-agency.example')).toBeUndefined();
    expect(named.lookup('anna@gmail.com')).toBeUndefined();
    expect(named.lookup('jobs@nordhavn-lager.example')).toBeUndefined();
    expect(named.lookup(own)).toBeUndefined();
  });
});
