import type { Transaction } from '../../db/database.ts';
import { applications } from '../../db/schema.ts';
import { UpstreamError } from '../errors.ts';
import type { ModelCallUsage } from '../usage/model-call-usage.ts';
import { parseMailbox, type Mailbox } from './addresses.ts';
import { classifyMessage, isAboutHiring } from './classify.ts';
import type { MessageMetadata } from './gmail-api.ts';
import { hiringSenderOf } from './hiring-senders.ts';
import { matchApplication, type ApplicationCandidate } from './match.ts';
import {
  acceptedReadings,
  messagesPerModelCall,
  type ApplicationForModel,
  type MailForModel,
  type MailModelReader,
  type ModelMailReading,
} from './model-mail-reading.ts';

export interface PageReadings {
  readings: Map<string, ModelMailReading>;
  usage: ModelCallUsage[];
  /** Why the model could not read (part of) the page; the rules alone read what it did not. */
  failure?: string;
}

/**
 * Asks the model to read the page's mail that may be about hiring, in batches, before the page is
 * judged. Only what the task needs leaves Atlas: mail with a hiring word in any of the seven
 * languages, from a hiring system, one the rules already read, or from a tracked employer's domain.
 * The user's own mail, and the rest of their inbox, is never sent. A failing model call ends the
 * model's part of this page; the rules read it alone.
 */
export async function readMailWithModel(options: {
  reader: MailModelReader;
  messages: MessageMetadata[];
  mailboxAddress: string;
  /** The user's tracked applications (trackedApplications), read before: no transaction waits on the model. */
  tracked: ApplicationCandidate[];
}): Promise<PageReadings> {
  const { tracked } = options;
  // The model is shown each application's company and title, not its link.
  const shown: ApplicationForModel[] = tracked.map(({ id, company, title }) => ({ id, company, title }));
  const own = options.mailboxAddress.toLowerCase();
  const usersThreads = new Set(options.messages.filter((message) => message.labelIds.includes('SENT')).map((message) => message.threadId));
  const worthReading: MailForModel[] = [];
  for (const message of options.messages) {
    const from = parseMailbox(message.headers.from);
    if (!from || from.email === own || message.labelIds.includes('SENT')) continue;
    const subject = message.headers.subject ?? '';
    if (!mayBeAboutHiring({ from, subject, snippet: message.snippet, labelIds: message.labelIds }, tracked)) continue;
    worthReading.push({ id: message.id, from, subject, snippet: message.snippet, inUsersThread: usersThreads.has(message.threadId) });
  }

  const result: PageReadings = { readings: new Map(), usage: [] };
  for (let start = 0; start < worthReading.length; start += messagesPerModelCall) {
    const request = { messages: worthReading.slice(start, start + messagesPerModelCall), applications: shown };
    try {
      const { answer, usage } = await options.reader.read(request);
      result.usage.push(...usage);
      for (const [id, reading] of acceptedReadings(request, answer)) result.readings.set(id, reading);
    } catch (error) {
      if (!(error instanceof UpstreamError)) throw error;
      result.failure = error.message;
      break;
    }
  }
  return result;
}

/** The user's applications as the mail is matched against them. */
export function trackedApplications(db: Transaction): Promise<ApplicationCandidate[]> {
  return db.select({ id: applications.id, company: applications.company, title: applications.title, url: applications.url }).from(applications);
}

function mayBeAboutHiring(message: { from: Mailbox; subject: string; snippet: string; labelIds: string[] }, tracked: ApplicationCandidate[]) {
  return (
    hiringSenderOf(message.from.email) !== undefined ||
    isAboutHiring(`${message.subject}\n${message.snippet}`) ||
    classifyMessage(message) !== undefined ||
    matchApplication(message, tracked)?.evidence.includes('company_domain') === true
  );
}
