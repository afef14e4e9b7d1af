import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';

/*
 * Hand-written, not recorded: a local stand-in for a Sentry ingest endpoint. The real SDK posts
 * envelopes (newline-separated JSON: envelope header, then item header and payload pairs) to
 * /api/<project>/envelope/; this server keeps each one as text and answers as Sentry does.
 */
export interface SentryIngest {
  /** The DSN to configure the SDK with. */
  dsn: string;
  /** Every envelope received, as the raw text that left the process. */
  envelopes: string[];
  /** The error events among them, parsed. */
  events(): { exception?: { values?: { type?: string; value?: string }[] }; request?: Record<string, unknown>; tags?: Record<string, string> }[];
  close(): Promise<void>;
}

export async function startSentryIngest(): Promise<SentryIngest> {
  const envelopes: string[] = [];
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    if (request.method === 'POST' && /^\/api\/\d+\/envelope\/?/.test(request.url ?? '')) {
      envelopes.push((request.headers['content-encoding'] === 'gzip' ? gunzipSync(body) : body).toString('utf8'));
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{}');
      return;
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    dsn: `http://0123456789abcdef0123456789abcdef@127.0.0.1:${port}/1`,
    envelopes,
    events() {
      return envelopes.flatMap((envelope) => {
        const lines = envelope.split('\n').filter(Boolean).slice(1);
        const items = [];
        for (let index = 0; index + 1 < lines.length; index += 2) {
          const header = JSON.parse(lines[index]!) as { type?: string };
          if (header.type === 'event') items.push(JSON.parse(lines[index + 1]!));
        }
        return items;
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
