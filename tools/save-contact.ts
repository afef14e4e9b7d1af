import { z } from 'zod';
import { personSchema } from './contacts/people.ts';
import { contactInputSchema, saveContact as savePerson } from './contacts/save-contact.ts';
import { defineTool } from './define-tool.ts';

export const saveContact = defineTool({
  name: 'saveContact',
  title: 'Save a person',
  description:
    'Add or change a person (recruiter, hiring manager) and link them to an application; only what the user said.',
  effect: 'write',
  // It may overwrite a name, company or role the user had.
  destructive: true,
  idempotent: true,
  input: contactInputSchema,
  output: z.object({ person: personSchema, created: z.boolean() }),
  async run(input, { db, now }) {
    return savePerson(db, { input, mode: 'upsert', now: now() });
  },
});
