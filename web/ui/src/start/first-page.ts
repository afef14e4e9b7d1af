import { callApi } from '../shared/api.ts';

/**
 * Where the app opens at "/": the first-run path (/start) for an account that has nothing yet (no CV,
 * no saved search profile, no application, no conversation), else chat. If an answer fails, chat:
 * the path is a help, never a gate.
 */
export async function firstPage(): Promise<string> {
  try {
    const [cv, profile, applications, conversations] = await Promise.all([
      callApi('/api/cv').then(
        () => true,
        () => false,
      ),
      callApi<{ profile: { updatedAt: string | null } }>('/api/profile'),
      callApi<{ total: number }>('/api/applications'),
      callApi<{ conversations: unknown[] }>('/api/conversations'),
    ]);
    const hasAnything = cv || profile.profile.updatedAt !== null || applications.total > 0 || conversations.conversations.length > 0;
    return hasAnything ? '/chat' : '/start';
  } catch {
    return '/chat';
  }
}
