import type { MailTruth, Mailbox, SetMessage, TrackedApplication } from './mail-set.ts';

let counter = 0;

/** A message in the set's shape, for tests that need a handful: id and thread are made up when not given. */
export function testMessage(options: { id?: string; threadId?: string; from: string; subject: string; snippet?: string; labelIds?: string[]; at?: number; truth?: Partial<MailTruth> }): SetMessage {
  counter += 1;
  const id = options.id ?? counter.toString(16).padStart(16, '0');
  const at = options.at ?? 1_790_000_000_000 + counter * 60_000;
  return {
    id,
    threadId: options.threadId ?? id,
    labelIds: options.labelIds ?? ['INBOX'],
    snippet: options.snippet ?? '',
    historyId: String(1000 + counter),
    internalDate: String(at),
    sizeEstimate: 4000,
    payload: {
      mimeType: 'multipart/alternative',
      headers: [
        { name: 'From', value: options.from },
        { name: 'To', value: 'sam@example.com' },
        { name: 'Subject', value: options.subject },
        { name: 'Date', value: new Date(at).toUTCString() },
        { name: 'Message-ID', value: `<${id}@example.com>` },
      ],
    },
    truth: { kind: 'not_job', application: null, statusAfter: null, phishing: false, injection: false, language: 'en', employer: null, via: null, ...options.truth },
  };
}

/** A mailbox for sam@example.com holding these applications and messages. */
export function testMailbox(applications: TrackedApplication[], messages: SetMessage[]): Mailbox {
  return {
    _source: 'hand-written for a test',
    mailbox: { id: 'test', owner: { name: 'Sam Test', email: 'sam@example.com' }, place: 'Leeds', work: 'nurse', languages: ['en'] },
    applications,
    messages,
  };
}
