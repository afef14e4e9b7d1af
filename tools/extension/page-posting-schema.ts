import { z } from 'zod';
import { applicationSchema } from '../application-schema.ts';
import { workplaceTypeSchema } from '../jobs/posting.ts';
import { storableInteger, storableText } from '../storable-input.ts';

/** Text the extension sends is cut to this many characters in the browser; longer is refused here. */
export const maxPageTextLength = 60_000;

/** The posting as the extension shows it and the user corrects it before saving. */
export const pagePostingSchema = z.object({
  title: storableText().trim().min(1).max(300),
  company: storableText().trim().min(1).max(200),
  locations: z.array(storableText().trim().min(1).max(200)).max(20),
  workplaceType: workplaceTypeSchema.nullable(),
  employmentType: storableText().trim().max(100).nullable().describe('The contract, e.g. "Full-time" or "Contract"'),
  salaryMin: storableInteger().min(0).nullable(),
  salaryMax: storableInteger().min(0).nullable(),
  salaryCurrency: storableText().trim().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as EUR').nullable(),
  description: storableText().max(maxPageTextLength),
});
export type PagePosting = z.infer<typeof pagePostingSchema>;

/** The user's application for a posting, when it is already in their pipeline. */
export const pipelineEntrySchema = applicationSchema.pick({ id: true, status: true, group: true, notes: true, title: true, company: true }).nullable();
