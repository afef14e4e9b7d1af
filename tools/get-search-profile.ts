import { z } from 'zod';
import { defineTool } from './define-tool.ts';
import { isEmptySearchProfile, loadSearchProfile, storedSearchProfileSchema } from './search-profile.ts';

export const getSearchProfile = defineTool({
  name: 'getSearchProfile',
  title: 'Get the search profile',
  description:
    "Read the user's job-search profile: target roles, seniority, locations, remote preference, salary floor, deal-breakers and companies to avoid. Use it to explain what Atlas remembers or before changing it.",
  effect: 'read',
  input: z.object({}),
  output: z.object({
    profile: storedSearchProfileSchema,
    isEmpty: z.boolean().describe('True when the user has not stated any preference yet'),
  }),
  async run(_input, { db }) {
    const profile = await loadSearchProfile(db);
    return { profile, isEmpty: isEmptySearchProfile(profile) };
  },
});
