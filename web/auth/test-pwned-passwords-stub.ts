import { createHash, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/*
 * Hand-written, not recorded: a local Pwned Passwords range API (GET /range/{first 5 hex of SHA-1}),
 * answering as the real one does: one `SUFFIX:COUNT` line per known hash with that prefix, and with
 * `Add-Padding: true`, decoy lines whose count is 0.
 */
export interface PwnedPasswordsStub {
  url: string;
  /** Every path requested, to check what left the server. */
  requests: { path: string; headers: Record<string, string | string[] | undefined> }[];
  /** `answer` fails every request with 500; `hang` never answers. */
  behaviour: 'answer' | 'fail' | 'hang';
  close(): Promise<void>;
}

export async function startPwnedPasswordsStub(breached: Record<string, number>): Promise<PwnedPasswordsStub> {
  const known = Object.entries(breached).map(([password, count]) => ({
    hash: createHash('sha1').update(password).digest('hex').toUpperCase(),
    count,
  }));
  const stub: PwnedPasswordsStub = { url: '', requests: [], behaviour: 'answer', close: async () => {} };
  const server = createServer((request, response) => {
    stub.requests.push({ path: request.url ?? '', headers: request.headers });
    if (stub.behaviour === 'hang') return;
    const match = /^\/range\/([0-9A-F]{5})$/i.exec(request.url ?? '');
    if (stub.behaviour === 'fail' || !match) {
      response.writeHead(stub.behaviour === 'fail' ? 500 : 400).end();
      return;
    }
    const prefix = match[1]!.toUpperCase();
    const lines = known.filter(({ hash }) => hash.startsWith(prefix)).map(({ hash, count }) => `${hash.slice(5)}:${count}`);
    if (request.headers['add-padding'] === 'true') {
      for (let decoy = 0; decoy < 5; decoy++) lines.push(`${randomBytes(18).toString('hex').slice(0, 35).toUpperCase()}:0`);
    }
    response.writeHead(200, { 'content-type': 'text/plain' });
    response.end(lines.join('\r\n'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  stub.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  stub.close = () => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return stub;
}
