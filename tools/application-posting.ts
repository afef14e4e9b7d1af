import { eq } from 'drizzle-orm';
import type { Transaction } from '../db/database.ts';
import { applications, jobs } from '../db/schema.ts';
import { NotFoundError } from './errors.ts';

// Enough for any real posting; what a model reads stays bounded.
const maximumDescriptionLength = 8_000;

/**
 * One of the acting user's applications and the posting it is for: the saved catalogue posting when
 * there is one, else what the application itself records. Row-level security keeps another user's
 * application out, which reads as not found.
 */
export async function readApplicationPosting(db: Transaction, applicationId: string) {
  const [application] = await db.select().from(applications).where(eq(applications.id, applicationId));
  if (!application) throw new NotFoundError('Application', applicationId);
  const [job] = application.jobId ? await db.select().from(jobs).where(eq(jobs.id, application.jobId)) : [];
  return {
    application,
    posting: {
      company: job?.company ?? application.company,
      title: job?.title ?? application.title,
      description: job?.description ? job.description.slice(0, maximumDescriptionLength) : null,
      url: job?.url ?? application.url,
    },
  };
}
