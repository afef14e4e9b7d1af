import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './test-server.ts';

let local: TestServer;
let behindHttps: TestServer;
beforeAll(async () => {
  local = await startTestServer();
  behindHttps = await startTestServer({ environment: { ATLAS_PUBLIC_URL: 'https://atlas.example' } });
});
afterAll(async () => {
  await local.close();
  await behindHttps.close();
});

const directives = (policy: string | null) =>
  Object.fromEntries((policy ?? '').split(';').map((directive) => directive.trim().split(/\s+/)).map(([name, ...values]) => [name, values.join(' ')]));

describe('security headers', () => {
  it('allow only Atlas’s own scripts, with no inline script or eval, and forbid framing', async () => {
    for (const path of ['/', '/api/health', '/api/auth/me']) {
      const response = await local.request(path);
      const policy = directives(response.headers.get('content-security-policy'));

      expect(policy).toMatchObject({
        'default-src': "'self'",
        'script-src': "'self'",
        'style-src': "'self'",
        'connect-src': "'self'",
        'object-src': "'none'",
        'base-uri': "'none'",
        'frame-ancestors': "'none'",
      });
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('same-origin');
      expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('send HSTS and upgrade insecure requests only when Atlas is served over HTTPS', async () => {
    const overHttp = await local.request('/api/health');
    const overHttps = await fetch(`${behindHttps.url}/api/health`);

    expect(overHttp.headers.get('strict-transport-security')).toBeNull();
    expect(overHttp.headers.get('content-security-policy')).not.toContain('upgrade-insecure-requests');
    expect(overHttps.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    expect(overHttps.headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
  });
});
