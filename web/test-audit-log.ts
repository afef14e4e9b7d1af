import type { TestServer } from './test-server.ts';

/**
 * The actions in the user's audit log once it holds every one of `actions`, or after two seconds:
 * REST calls are logged when their response has finished, so the entry may land just after it.
 */
export async function auditActionsOnceLogged(server: TestServer, cookie: string, actions: string[]): Promise<string[]> {
  const deadline = Date.now() + 2000;
  for (;;) {
    const { events } = (await (await server.request('/api/audit', { cookie })).json()) as { events: { action: string }[] };
    const logged = events.map((event) => event.action);
    if (actions.every((action) => logged.includes(action)) || Date.now() > deadline) return logged;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
