import { describe, expect, it } from 'vitest';
import { gmailSignalKinds } from '../../db/schema.ts';
import { parseMailbox } from './addresses.ts';
import { classifyMessage, type SignalKind } from './classify.ts';
import { matchApplication } from './match.ts';
import { freshHeldOutMail, heldOutMail, type HeldOutMessage } from './test-held-out-mail.ts';
import { buildFixtureMailbox, fixtureApplications } from './test-mailbox.ts';

const mailbox = buildFixtureMailbox({ userEmail: 'alex.morgan@example.test', now: new Date('2026-04-17T09:00:00Z') });
const header = (message: (typeof mailbox)[number], name: string) => message.headers.find((entry) => entry.name === name)?.value ?? '';

/** The thresholds README states; a change to the classifier that drops below them fails here. */
const thresholds = { precision: 0.9, recall: 0.85 };
/** Held-out mail is a small sample (25 messages), so one miss moves recall by 0.2-0.33 for a kind. */
const heldOutThresholds = { precision: 0.8, recall: 0.7 };

function classifyAll() {
  return mailbox.map((message) => ({
    truth: message.truth.kind,
    predicted: classifyMessage({
      from: parseMailbox(header(message, 'From'))!,
      subject: header(message, 'Subject'),
      snippet: message.snippet,
      labelIds: message.labelIds,
    }),
  }));
}

/** Precision and recall per kind over labelled results, printed as a table. */
function score(results: { truth: SignalKind | null; predicted: SignalKind | undefined }[], title: string) {
  const scores = gmailSignalKinds.map((kind: SignalKind) => {
    const truePositives = results.filter((result) => result.predicted === kind && result.truth === kind).length;
    const predicted = results.filter((result) => result.predicted === kind).length;
    const actual = results.filter((result) => result.truth === kind).length;
    return { kind, precision: predicted ? truePositives / predicted : 1, recall: actual ? truePositives / actual : 1, actual, predicted };
  });
  console.log(title);
  for (const entry of scores) {
    console.log(`  ${entry.kind.padEnd(24)} precision ${entry.precision.toFixed(2)}  recall ${entry.recall.toFixed(2)}  (${entry.actual} actual, ${entry.predicted} predicted)`);
  }
  return scores;
}

describe('classifyMessage on the fixture mailbox', () => {
  const results = classifyAll();

  it('holds precision and recall per kind above the stated thresholds (printed)', () => {
    const scores = score(results, `Classification on ${mailbox.length} fixture messages (${results.filter((result) => result.truth).length} job signals):`);

    expect(mailbox.length).toBeGreaterThanOrEqual(200);
    for (const entry of scores) {
      expect(entry.precision, `${entry.kind} precision`).toBeGreaterThanOrEqual(thresholds.precision);
      expect(entry.recall, `${entry.kind} recall`).toBeGreaterThanOrEqual(thresholds.recall);
    }
  });

  it('calls no newsletter, job alert, shop offer or personal message a job signal', () => {
    const falseAlarms = results.filter((result) => result.truth === null && result.predicted !== undefined);

    expect(falseAlarms).toEqual([]);
  });
});

function classifyEach(messages: HeldOutMessage[]) {
  return messages.map((message) => ({
    truth: message.kind,
    predicted: classifyMessage({ from: parseMailbox(message.from)!, subject: message.subject, snippet: message.snippet, labelIds: message.labelIds }),
  }));
}

describe('classifyMessage beyond the fixture', () => {
  it('keeps to the fixture thresholds on the second set, which the rules were revised against once (printed)', () => {
    const results = classifyEach(heldOutMail);
    const scores = score(results, `Classification on ${heldOutMail.length} messages of the second set (revised against once):`);

    for (const entry of scores) {
      expect(entry.precision, `${entry.kind} precision`).toBeGreaterThanOrEqual(thresholds.precision);
      expect(entry.recall, `${entry.kind} recall`).toBeGreaterThanOrEqual(0.8);
    }
  });

  it('is scored on held-out phrasings it never saw, above the held-out thresholds (printed)', () => {
    const results = classifyEach(freshHeldOutMail);
    const scores = score(results, `Classification on ${freshHeldOutMail.length} held-out messages (never tuned against):`);
    const right = results.filter((result) => (result.predicted ?? null) === result.truth).length;
    console.log(`  ${right}/${results.length} labelled right`);

    for (const entry of scores) {
      expect(entry.precision, `${entry.kind} precision`).toBeGreaterThanOrEqual(heldOutThresholds.precision);
      expect(entry.recall, `${entry.kind} recall`).toBeGreaterThanOrEqual(heldOutThresholds.recall);
    }
  });
});

describe('matchApplication on the fixture mailbox', () => {
  const applications = fixtureApplications.map((application, index) => ({ id: `application-${index}`, ...application }));
  const about = mailbox.filter((message) => message.truth.application);

  it('matches job mail to the right application, confidently for most', () => {
    let right = 0;
    let confident = 0;
    let confidentlyWrong = 0;
    for (const message of about) {
      const match = matchApplication(
        { from: parseMailbox(header(message, 'From'))!, subject: header(message, 'Subject'), snippet: message.snippet },
        applications,
      );
      const expected = applications.find(
        (application) => application.company === message.truth.application!.company && application.title === message.truth.application!.title,
      )!;
      if (match?.applicationId === expected.id) right++;
      if (match?.confident) confident++;
      if (match?.confident && match.applicationId !== expected.id) confidentlyWrong++;
    }
    console.log(`Matching: ${right}/${about.length} to the right application, ${confident} confident, ${confidentlyWrong} confidently wrong`);

    expect(confidentlyWrong).toBe(0);
    expect(right / about.length).toBeGreaterThanOrEqual(0.9);
    expect(confident / about.length).toBeGreaterThanOrEqual(0.8);
  });

  it('sends a company named only in the text to review rather than acting on it', () => {
    const match = matchApplication(
      { from: { name: 'Chris', email: 'chris.recruits@gmail.com' }, subject: 'Re: Quillstone role', snippet: 'Quillstone asked me to set up an interview with you.' },
      applications,
    );

    expect(match).toMatchObject({ applicationId: 'application-2', confident: false, evidence: ['company_name'] });
  });

  it('tells two roles at one company apart by title, and asks when it cannot', () => {
    const from = { name: 'Orbital Foods Hiring Team', email: 'no-reply@us.greenhouse-mail.io' };
    const byTitle = matchApplication({ from, subject: 'Thank you for applying to Orbital Foods', snippet: 'We received your application for Engineering Manager.' }, applications);
    const ambiguous = matchApplication({ from, subject: 'Thank you for applying to Orbital Foods', snippet: 'We received your application.' }, applications);

    expect(byTitle).toMatchObject({ applicationId: 'application-8', confident: true });
    expect(ambiguous).toMatchObject({ confident: false });
  });
});
