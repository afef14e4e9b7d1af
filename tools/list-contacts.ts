import { z } from 'zod';
import { listPeople, personSchema } from './contacts/people.ts';
import { defineTool } from './define-tool.ts';
import { storableText } from './storable-input.ts';

export const listContacts = defineTool({
  name: 'listContacts',
  title: 'List people',
  description:
    'People in the user’s search (recruiters, hiring managers) with their applications, mail, last contact and next step.',
  effect: 'read',
  input: z.object({
    query: storableText().trim().max(200).optional().describe('Name, email, company or role word'),
  }),
  output: z.object({ people: z.array(personSchema) }),
  async run({ query }, { db }) {
    return { people: await listPeople(db, { query, limit: 50 }) };
  },
});
