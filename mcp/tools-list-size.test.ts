import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Database } from '../db/database.ts';
import { tools as registry } from '../tools/index.ts';
import { createMcpServer } from './create-mcp-server.ts';

/**
 * tools/list was 62,499 bytes for its 18 tools before its schemas were compacted; every client pays
 * for it in tokens on each connection. The limit is per tool, so a new tool is held to the same
 * compactness rather than squeezing the others.
 */
const bytesPerToolBeforeCompacting = 62_499 / 18;

async function listTools() {
  // Listing tools touches no data, so no database is opened.
  const server = createMcpServer({ database: undefined as unknown as Database, userId: 'nobody', scopes: ['read'], actor: 'mcp', logError: () => {} });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await server.connect(serverSide);
  const client = new Client({ name: 'size-test', version: '1.0.0' });
  await client.connect(clientSide);
  const listed = await client.listTools();
  await client.close();
  return listed;
}

function descriptionsIn(schema: unknown): string[] {
  if (Array.isArray(schema)) return schema.flatMap(descriptionsIn);
  if (schema === null || typeof schema !== 'object') return [];
  return Object.entries(schema).flatMap(([key, value]) => (key === 'description' && typeof value === 'string' ? [value] : descriptionsIn(value)));
}

describe('tools/list', () => {
  it('is at most half the size per tool it was', async () => {
    const listed = await listTools();

    expect(JSON.stringify(listed).length / listed.tools.length).toBeLessThanOrEqual(bytesPerToolBeforeCompacting / 2);
  });

  it('keeps every tool description and every input field description whole, so models still know when and how to call each tool', async () => {
    const { tools } = await listTools();

    for (const tool of registry) {
      const listedTool = tools.find((candidate) => candidate.name === tool.name)!;
      expect(listedTool.description).toBe(tool.description);
      const full = z.toJSONSchema(tool.input, { io: 'input' });
      expect(descriptionsIn(listedTool.inputSchema).sort(), tool.name).toEqual(descriptionsIn(full).sort());
    }
  });

  it('still lists an output schema that a result of every shape validates against', async () => {
    const { tools } = await listTools();

    for (const tool of tools) {
      expect(tool.outputSchema?.type, tool.name).toBe('object');
      expect(Object.keys(tool.outputSchema?.properties ?? {}).length, tool.name).toBeGreaterThan(0);
    }
  });
});
