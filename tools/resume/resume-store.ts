import { and, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Transaction } from '../../db/database.ts';
import { applications, resumeOrigins, resumeVersions } from '../../db/schema.ts';
import { NotFoundError } from '../errors.ts';
import { keywordReportSchema, type KeywordReport } from './ats-keyword-report.ts';
import { resumeLines } from './resume-lines.ts';
import { tailoredResumeSchema, type ResumeCitation, type TailoredResume } from './tailored-resume-schema.ts';

/** A stored résumé version as tools and the REST API return it. */
export const resumeVersionSchema = z.object({
  id: z.uuid(),
  applicationId: z.uuid(),
  version: z.number().int().describe('1 for the first résumé of this application, then 2, 3, …'),
  origin: z.enum(resumeOrigins).describe('tailored: Atlas built it from the CV; edited: the user changed a version'),
  modelWritten: z.boolean().describe('True when a model reworded lines, under the claim check'),
  tailored: tailoredResumeSchema,
  keywordReport: keywordReportSchema,
  createdAt: z.iso.datetime(),
});
export type ResumeVersionView = z.infer<typeof resumeVersionSchema>;

/**
 * The same version as tools return it. The résumé itself is described by name (JSON Resume, an open
 * standard models know) rather than field by field: its full schema would triple the size of the
 * tool list every MCP client pays for on each connection. The REST API keeps the full schema.
 */
export const resumeVersionToolSchema = resumeVersionSchema.extend({
  tailored: tailoredResumeSchema.extend({
    resume: z.record(z.string(), z.unknown()).describe('The résumé in the JSON Resume schema (jsonresume.org): basics, work, education, skills, …'),
  }),
});

/** A version in a list: enough to pick one. */
export const resumeVersionSummarySchema = resumeVersionSchema
  .pick({ id: true, applicationId: true, version: true, origin: true, modelWritten: true, createdAt: true })
  .extend({ company: z.string(), title: z.string(), requiredCovered: z.number().int(), requiredTotal: z.number().int() });
export type ResumeVersionSummary = z.infer<typeof resumeVersionSummarySchema>;

type ResumeRow = typeof resumeVersions.$inferSelect;

export function toResumeView(row: ResumeRow): ResumeVersionView {
  return {
    id: row.id,
    applicationId: row.applicationId,
    version: row.version,
    origin: row.origin,
    modelWritten: row.modelWritten,
    tailored: tailoredResumeSchema.parse(row.content),
    keywordReport: keywordReportSchema.parse(row.keywordReport),
    createdAt: row.createdAt.toISOString(),
  };
}

async function findVersion(db: Transaction, id: string) {
  if (!z.uuid().safeParse(id).success) throw new NotFoundError('Résumé', id);
  const [row] = await db.select().from(resumeVersions).where(eq(resumeVersions.id, id));
  if (!row) throw new NotFoundError('Résumé', id);
  return row;
}

export async function readResumeVersion(db: Transaction, id: string) {
  return toResumeView(await findVersion(db, id));
}

/** The newest version for an application, or null when none was made. */
export async function latestResumeVersion(db: Transaction, applicationId: string) {
  const [row] = await db.select().from(resumeVersions).where(eq(resumeVersions.applicationId, applicationId)).orderBy(desc(resumeVersions.version)).limit(1);
  return row ? toResumeView(row) : null;
}

/** The acting user's résumé versions, newest first; for one application when it is given. */
export async function listResumeVersions(db: Transaction, options: { applicationId?: string } = {}): Promise<ResumeVersionSummary[]> {
  const rows = await db
    .select({ row: resumeVersions, company: applications.company, title: applications.title })
    .from(resumeVersions)
    .innerJoin(applications, eq(applications.id, resumeVersions.applicationId))
    .where(and(options.applicationId ? eq(resumeVersions.applicationId, options.applicationId) : undefined))
    .orderBy(desc(resumeVersions.createdAt), desc(resumeVersions.version));
  return rows.map(({ row, company, title }) => {
    const { id, applicationId, version, origin, modelWritten, createdAt, keywordReport } = toResumeView(row);
    return { id, applicationId, version, origin, modelWritten, createdAt, company, title, requiredCovered: keywordReport.requiredCovered, requiredTotal: keywordReport.requiredTotal };
  });
}

/**
 * Stores a new version for an application, numbered after the last. The application's row is locked
 * first, so two versions made at once get 2 and 3 rather than both 2.
 */
export async function saveResumeVersion(
  db: Transaction,
  values: { applicationId: string; origin: ResumeRow['origin']; modelWritten: boolean; tailored: TailoredResume; keywordReport: KeywordReport },
) {
  await db.execute(sql`select 1 from ${applications} where ${applications.id} = ${values.applicationId} for update`);
  const [last] = await db
    .select({ version: resumeVersions.version })
    .from(resumeVersions)
    .where(eq(resumeVersions.applicationId, values.applicationId))
    .orderBy(desc(resumeVersions.version))
    .limit(1);
  const [row] = await db
    .insert(resumeVersions)
    .values({
      applicationId: values.applicationId,
      version: (last?.version ?? 0) + 1,
      origin: values.origin,
      modelWritten: values.modelWritten,
      content: values.tailored,
      keywordReport: values.keywordReport,
    })
    .returning();
  return toResumeView(row!);
}

/**
 * The citations an edited résumé keeps: a line the user left as it was (where it was, or moved) keeps
 * the CV passages it came from; a line the user wrote or changed has none, because it is the user's
 * own words, which Atlas does not judge.
 */
export function citationsAfterEdit(before: TailoredResume, edited: TailoredResume['resume']): ResumeCitation[] {
  const sourceOf = new Map(before.citations.map((citation) => [citation.pointer, citation.passageIds]));
  const beforeLines = resumeLines(before.resume);
  const byPointer = new Map(beforeLines.map((line) => [line.pointer, line.text]));
  const byText = new Map(beforeLines.filter((line) => sourceOf.has(line.pointer)).map((line) => [line.text.trim(), sourceOf.get(line.pointer)!]));
  return resumeLines(edited).flatMap((line) => {
    const unchanged = byPointer.get(line.pointer) === line.text ? sourceOf.get(line.pointer) : undefined;
    const passageIds = unchanged ?? byText.get(line.text.trim());
    return passageIds ? [{ pointer: line.pointer, passageIds }] : [];
  });
}

export async function deleteResumeVersion(db: Transaction, id: string) {
  await findVersion(db, id);
  await db.delete(resumeVersions).where(eq(resumeVersions.id, id));
}
