import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { CreateMessageRequestSchema, type CreateMessageRequest } from '@modelcontextprotocol/sdk/types.js';
import type { Database } from '../db/database.ts';
import { createMcpServer } from './create-mcp-server.ts';

/**
 * The SDK client in-process, as a user with read and write access, over a connection that can carry
 * sampling (as stdio does). Its "model" answers each sampling request with the next of `answers`, as
 * `model`; what it was asked is kept. Without `sampling`, the client offers no model at all.
 */
export async function connectSamplingClient(
  database: Database,
  userId: string,
  answers: string[],
  options: { sampling?: boolean; model?: string } = {},
) {
  const server = createMcpServer({ database, userId, scopes: ['read', 'write'], actor: 'mcp', sampling: true, logError: () => {} });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await server.connect(serverSide);
  const lends = options.sampling !== false;
  const client = new Client({ name: 'sampling-client', version: '1.0.0' }, { capabilities: lends ? { sampling: {} } : {} });
  const asked: CreateMessageRequest['params'][] = [];
  if (lends) {
    client.setRequestHandler(CreateMessageRequestSchema, async (request) => {
      asked.push(request.params);
      return { model: options.model ?? 'client-model-1', role: 'assistant', content: { type: 'text', text: answers[asked.length - 1] ?? '' } };
    });
  }
  await client.connect(clientSide);
  return { client, asked };
}
