import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { applications, applicationStatusHistory, gmailSignals } from '../../db/schema.ts';
import { withUser } from '../../db/with-user.ts';
import { reviewSignal } from './signals.ts';
import { requestSyncRun, runSync } from './sync.ts';
import { connectedUser, stubMessage, useGmailWorld } from './test-gmail-setup.ts';

const context = useGmailWorld({
  mailbox: (userEmail) => [
    // An employer's ATS about a role the user never put in the pipeline.
    stubMessage({
      id: 'm-tidemoor',
      from: 'Tidemoor Dairy <noreply@smartrecruiters.com>',
      to: userEmail,
      subject: 'Tidemoor Dairy - Candidatura recebida',
      snippet: 'Olá, confirmamos a receção da sua candidatura para Engenheiro(a) de Qualidade. Vamos analisar o seu perfil.',
    }),
    // A job board's receipt names the employer it sent the application to.
    stubMessage({
      id: 'm-board',
      from: 'LinkedIn <jobs-noreply@linkedin.com>',
      to: userEmail,
      subject: 'Tu solicitud se ha enviado a Horizonte Naval',
      snippet: 'Tu solicitud para Técnico de Mantenimiento se ha enviado a Horizonte Naval. Buena suerte.',
    }),
    // A job board's receipt under the employer's name as its sender.
    stubMessage({
      id: 'm-board-name',
      from: 'Brasserie Lumière <candidatures@mail.welcometothejungle.com>',
      to: userEmail,
      subject: 'Candidature reçue - Commis de cuisine',
      snippet: "L'équipe de la Brasserie Lumière a bien reçu votre candidature pour le poste de Commis de cuisine.",
    }),
    // A recruiter's first approach about a role the user never tracked: kept for review, naming no employer.
    stubMessage({
      id: 'm-approach',
      from: '"Rory Walsh" <rory.walsh@northfield-search.example>',
      to: userEmail,
      subject: 'Head of Quality - food manufacturer',
      snippet: "Hi, I'm recruiting a Head of Quality for a food manufacturer near Porto. Your background stood out. Would you be open to hearing more?",
    }),
    // An agency's first approach for a client it does not name, about a title the user tracks elsewhere: not that application.
    stubMessage({
      id: 'm-client',
      from: '"Maya Stone" <maya@harbourline-talent.example>',
      to: userEmail,
      subject: 'Site Reliability Engineer - fintech client',
      snippet: "Hi, I'm hiring a Site Reliability Engineer for a client of ours, a payments scale-up. Would you be open to a short call?",
    }),
    // An employer's own recruiting inbox inviting to an interview for a role the user never tracked: its name, without "Karriere", is the employer.
    stubMessage({
      id: 'm-inbox',
      from: 'Isarwerk Pumpen Karriere <karriere@isarwerk-pumpen.example>',
      to: userEmail,
      subject: 'Einladung zum Vorstellungsgespräch - Konstrukteur',
      snippet: 'Sehr geehrte Frau Berger, vielen Dank für Ihre Bewerbung. Wir möchten Sie gern zu einem Vorstellungsgespräch in Landshut einladen.',
    }),
    // A public employer's recruiting system writing from a no-reply address, its name saying what it is: the name without "Recruitment" is the employer.
    stubMessage({
      id: 'm-noreply-system',
      from: 'Coastal Plains Health Recruitment <no-reply@health.coastal.gov.example>',
      to: userEmail,
      subject: 'Application received - REQ602214 Radiographer',
      snippet: 'Dear Sam, thank you for your application for REQ602214 Radiographer. Your application will be assessed after the closing date.',
    }),
    // A no-reply newsletter whose name says nothing of recruiting is not kept, whatever it reads like.
    stubMessage({
      id: 'm-noreply-other',
      from: 'Harbour Rowing Club <no-reply@harbourrowing.example>',
      to: userEmail,
      subject: 'Application received - membership',
      snippet: 'Thank you for your application. Your application will be assessed at the next committee meeting.',
    }),
    // An "offer" for a role never applied to, from a careers inbox: the scam's form, not kept.
    stubMessage({
      id: 'm-inbox-offer',
      from: 'Quellhof Careers <careers@quellhof-group.example>',
      to: userEmail,
      subject: 'Job offer - Remote Assistant',
      snippet: 'We are pleased to offer you the position of Remote Assistant. Please confirm your acceptance today.',
    }),
    // Reads like a rejection, names no employer and comes from no hiring system: not kept.
    stubMessage({
      id: 'm-talk',
      from: 'Program Committee <program@devconf.example>',
      to: userEmail,
      subject: 'Your talk proposal',
      snippet: 'Unfortunately we have decided not to move forward with your proposal this year.',
    }),
    // An imitation of an ATS domain is no ATS, and names no tracked employer: not kept.
    stubMessage({
      id: 'm-lookalike',
      from: 'Tidemoor Dairy <noreply@smartrecruiters.com.candidate-check.net>',
      to: userEmail,
      subject: 'Offer from Tidemoor Dairy',
      snippet: 'We are delighted to offer you the position. Send your bank details to confirm.',
    }),
  ],
});

const asUser = <T>(userId: string, work: Parameters<typeof withUser<T>>[2]) => withUser(context.handle.db, userId, work);
const sync = async (userId: string) => {
  await requestSyncRun(context.handle.db, { userId, gmail: context.world.gmail, now: new Date() });
  return runSync(context.handle.db, { userId, gmail: context.world.gmail, now: () => new Date() });
};

describe('mail from an employer about a role the user does not track', () => {
  it('is kept for review with the employer it names (its ATS, its job board, its own recruiting inbox or a no-reply system named for its recruiting), moving nothing, as is a recruiter’s first approach; mail naming no employer, look-alikes and offers out of nowhere are not kept', async () => {
    const { user } = await connectedUser(context.handle.db, context.world);
    await sync(user.id);
    const stored = await asUser(user.id, (tx) => tx.select().from(gmailSignals));
    const history = await asUser(user.id, (tx) => tx.select().from(applicationStatusHistory));

    expect(stored.map((signal) => [signal.messageId, signal.kind, signal.applicationId, signal.review, signal.companyNamed]).sort()).toEqual([
      ['m-approach', 'recruiter_reply', null, 'needs_review', null],
      ['m-board', 'application_confirmation', null, 'needs_review', 'Horizonte Naval'],
      ['m-board-name', 'application_confirmation', null, 'needs_review', 'Brasserie Lumière'],
      ['m-client', 'recruiter_reply', null, 'needs_review', null],
      ['m-inbox', 'interview_invitation', null, 'needs_review', 'Isarwerk Pumpen'],
      ['m-noreply-system', 'application_confirmation', null, 'needs_review', 'Coastal Plains Health'],
      ['m-tidemoor', 'application_confirmation', null, 'needs_review', 'Tidemoor Dairy'],
    ]);
    expect(history).toEqual([]);
  });

  it('becomes a tracked application when the user adds the role, and the message then acts on it', async () => {
    const { user } = await connectedUser(context.handle.db, context.world);
    await sync(user.id);
    const [signal] = await asUser(user.id, (tx) => tx.select().from(gmailSignals).where(eq(gmailSignals.messageId, 'm-tidemoor')));

    const reviewed = await asUser(user.id, (tx) =>
      reviewSignal(tx, { userId: user.id, signalId: signal!.id, answer: { decision: 'track', title: 'Quality Engineer' }, now: new Date() }),
    );
    const [added] = await asUser(user.id, (tx) => tx.select().from(applications).where(eq(applications.company, 'Tidemoor Dairy')));
    const history = await asUser(user.id, (tx) => tx.select().from(applicationStatusHistory).where(eq(applicationStatusHistory.applicationId, added!.id)));

    expect(added).toMatchObject({ title: 'Quality Engineer', status: 'applied' });
    expect(reviewed).toMatchObject({ review: 'confirmed', applicationId: added!.id, companyNamed: 'Tidemoor Dairy' });
    expect(history).toMatchObject([{ fromStatus: 'saved', toStatus: 'applied', actor: 'gmail', gmailSignalId: signal!.id }]);
  });
});
