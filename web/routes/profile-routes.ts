import { Router } from 'express';
import type { Database } from '../../db/database.ts';
import { withUser } from '../../db/with-user.ts';
import { parseInput } from '../../tools/errors.ts';
import { loadSearchProfile, saveSearchProfile, searchProfileSchema } from '../../tools/search-profile.ts';
import { requireUser } from '../session-middleware.ts';

/** The job-search profile the agent remembers, for the user to see and edit in Settings. */
export function profileRoutes(options: { database: Database; now: () => Date }) {
  const { database, now } = options;
  const router = Router();

  router.get('/', async (_request, response) => {
    const user = requireUser(response);
    response.json({ profile: await withUser(database, user.id, (db) => loadSearchProfile(db)) });
  });

  // The whole profile at once, as the Settings form holds it: a field left out is emptied.
  router.put('/', async (request, response) => {
    const user = requireUser(response);
    const profile = parseInput(searchProfileSchema.strict(), request.body, 'Invalid search profile');
    response.json({ profile: await withUser(database, user.id, (db) => saveSearchProfile(db, profile, now())) });
  });

  return router;
}
