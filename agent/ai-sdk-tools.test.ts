import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { DatabaseHandle } from '../db/database.ts';
import { openTestDatabase } from '../db/test-database.ts';
import { createTestUser } from '../db/test-users.ts';
import { defineTool } from '../tools/define-tool.ts';
import { tools } from '../tools/index.ts';
import { seedApplications } from '../tools/test-pipeline.ts';
import { createAiSdkTools } from './ai-sdk-tools.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

const callOptions = { toolCallId: 'call-1', messages: [], context: {} };

/** What the AI SDK does with a tool that throws: the model reads `String(error)` as the tool result. */
async function modelFacingFailure(call: () => unknown) {
  try {
    await call();
  } catch (error) {
    return String(error);
  }
  throw new Error('the tool call succeeded');
}

// The route tests cover expected errors end to end; these cover what a stubbed model cannot trigger.
describe('createAiSdkTools', () => {
  it('hides an unexpected failure from the model and reports it to the log', async () => {
    const user = await createTestUser(handle.db);
    const exportPipeline = defineTool({
      name: 'exportPipeline',
      title: 'Export the pipeline',
      description: 'Exports the pipeline',
      effect: 'read',
      input: z.object({}),
      output: z.object({}),
      async run() {
        throw new TypeError("Cannot read properties of undefined (reading 'oauth_refresh_token') in select * from google_accounts");
      },
    });
    const logged: unknown[] = [];
    const agentTools = createAiSdkTools({ tools: [exportPipeline], database: handle.db, userId: user.id, logError: (error) => logged.push(error) });

    const seenByModel = await modelFacingFailure(() => agentTools.exportPipeline!.execute!({}, callOptions));

    expect(seenByModel).toBe('exportPipeline failed unexpectedly. Tell the user it did not work and that they can try again.');
    expect(logged).toEqual([expect.objectContaining({ message: expect.stringContaining('oauth_refresh_token') })]);
  });

  it('names the field at fault when a tool refuses its input, so the model can correct the call', async () => {
    const user = await createTestUser(handle.db);
    const [application] = await seedApplications(handle.db, user.id, [{ company: 'Acme', title: 'SRE' }]);
    const agentTools = createAiSdkTools({ tools, database: handle.db, userId: user.id, logError: () => {} });

    const seenByModel = await modelFacingFailure(() =>
      agentTools.updateApplication!.execute!({ applicationId: application!.id }, callOptions),
    );

    expect(seenByModel).toBe('Nothing to update: give a status, notes or group (status: status, notes or group is required)');
  });
});
