import { Router, type Response } from 'express';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { withUser } from '../../db/with-user.ts';
import { readApplicationPosting } from '../../tools/application-posting.ts';
import { readCv } from '../../tools/cv/read-cv.ts';
import { parseInput } from '../../tools/errors.ts';
import { atsKeywordReport } from '../../tools/resume/ats-keyword-report.ts';
import { exportResumeOffThread } from '../../tools/resume/export-resume-off-thread.ts';
import { jsonResumeSchema, resumeSectionKeySchema } from '../../tools/resume/json-resume-schema.ts';
import { postingAsks } from '../../tools/resume/posting-asks.ts';
import { citationsAfterEdit, deleteResumeVersion, listResumeVersions, readResumeVersion, saveResumeVersion } from '../../tools/resume/resume-store.ts';
import type { ResumeWriter } from '../../tools/resume/resume-writer.ts';
import { runTool } from '../../tools/run-tool.ts';
import { isStorableText } from '../../tools/storable-input.ts';
import { tailorResume } from '../../tools/tailor-resume.ts';
import { requireUser } from '../session-middleware.ts';

export const listQuerySchema = z.object({ applicationId: z.uuid().optional() });

// A résumé a person edits stays a résumé: bounded in size, and storable text throughout.
const maximumEditedBytes = 200_000;
export const editSchema = z
  .object({
    resume: jsonResumeSchema,
    sectionOrder: z.array(resumeSectionKeySchema).max(10),
  })
  .strict()
  .refine((edit) => JSON.stringify(edit).length <= maximumEditedBytes, { message: 'The résumé is too long to keep' })
  .refine((edit) => isStorableText(JSON.stringify(edit)), { message: 'Text must not contain the NUL character or an unpaired surrogate' });

export const exportQuerySchema = z.object({ pageSize: z.enum(['A4', 'LETTER']).default('A4') });

const mediaTypes = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

/** A file name from the résumé's owner and the application, in plain characters any system accepts. */
function fileName(parts: (string | undefined)[], extension: string) {
  const base = parts
    .filter(Boolean)
    .join(' ')
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 80);
  return `${base || 'resume'}.${extension}`;
}

/**
 * The signed-in user's tailored résumés (the Résumés page): tailor one for an application (the tool
 * chat and MCP call), list and read versions, save an edit as a new version, export as PDF, DOCX or
 * JSON Resume, and delete a version.
 */
export function resumeRoutes(options: { database: Database; resumeWriter: ResumeWriter | undefined; now: () => Date }) {
  const { database, resumeWriter, now } = options;
  const router = Router();
  const caller = (response: Response) => ({ database, userId: requireUser(response).id, actor: 'web' as const, now, resumeWriter });

  router.get('/', async (request, response) => {
    const user = requireUser(response);
    const { applicationId } = parseInput(listQuerySchema, request.query, 'Invalid résumés query');
    response.json({ resumes: await withUser(database, user.id, (db) => listResumeVersions(db, { applicationId })), rewordingAvailable: resumeWriter !== undefined });
  });

  router.post('/', async (request, response) => {
    const result = await runTool(tailorResume, request.body ?? {}, caller(response));
    response.status(201).json(result);
  });

  router.get('/:id', async (request, response) => {
    const user = requireUser(response);
    const result = await withUser(database, user.id, async (db) => {
      const resume = await readResumeVersion(db, request.params.id);
      // The CV passages the citations name, so the page can show where each line comes from.
      const cv = await readCv(db, user.id);
      const cited = new Set(resume.tailored.citations.flatMap((citation) => citation.passageIds));
      const passages = (cv?.passages ?? []).filter((passage) => cited.has(passage.id)).map(({ id, section, text }) => ({ id, section, text }));
      return { resume, passages };
    });
    response.json(result);
  });

  // An edit is a new version: the tailored one stays. Lines the user changed are theirs, uncited.
  router.put('/:id', async (request, response) => {
    const user = requireUser(response);
    const edit = parseInput(editSchema, request.body ?? {}, 'Invalid résumé');
    const saved = await withUser(database, user.id, async (db) => {
      const before = await readResumeVersion(db, request.params.id);
      const { posting } = await readApplicationPosting(db, before.applicationId);
      const cv = await readCv(db, user.id);
      const tailored = { resume: edit.resume, sectionOrder: edit.sectionOrder, citations: citationsAfterEdit(before.tailored, edit.resume), removedClaims: before.tailored.removedClaims };
      const keywordReport = atsKeywordReport({ resume: edit.resume, passages: cv?.passages ?? [], asks: postingAsks({ title: posting.title, company: posting.company, description: posting.description ?? '' }) });
      return saveResumeVersion(db, { applicationId: before.applicationId, origin: 'edited', modelWritten: before.modelWritten, tailored, keywordReport });
    });
    response.status(201).json({ resume: saved });
  });

  router.get('/:id/resume.:format', async (request, response) => {
    const user = requireUser(response);
    const format = parseInput(z.enum(['pdf', 'docx', 'json']), request.params.format, 'Unknown résumé format');
    const { pageSize } = parseInput(exportQuerySchema, request.query, 'Invalid export options');
    const { resume, title } = await withUser(database, user.id, async (db) => {
      const version = await readResumeVersion(db, request.params.id);
      const { posting } = await readApplicationPosting(db, version.applicationId);
      return { resume: version, title: `${posting.company} ${posting.title}` };
    });
    const name = fileName([resume.tailored.resume.basics?.name, title, `v${resume.version}`], format);
    if (format === 'json') {
      response.type('application/json').attachment(name).send(JSON.stringify({ $schema: 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json', ...resume.tailored.resume }, null, 2));
      return;
    }
    const bytes = await exportResumeOffThread(format, resume.tailored, { pageSize });
    response.type(mediaTypes[format]).attachment(name).send(Buffer.from(bytes));
  });

  router.delete('/:id', async (request, response) => {
    const user = requireUser(response);
    await withUser(database, user.id, (db) => deleteResumeVersion(db, request.params.id));
    response.status(204).end();
  });

  return router;
}
