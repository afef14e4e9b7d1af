import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './return-path.ts';

describe('the page to return to after signing in', () => {
  it.each([
    ['/authorize?response_type=code&client_id=abc&state=x', '/authorize?response_type=code&client_id=abc&state=x'],
    ['/settings', '/settings'],
    ['/pipeline#offer', '/pipeline#offer'],
  ])('keeps the same-site path %s', (value, expected) => {
    expect(safeReturnPath(value)).toBe(expected);
  });

  it.each([
    'https://evil.example/authorize',
    '//evil.example/authorize',
    '/\\evil.example',
    '\\\\evil.example',
    '/%0a//evil.example',
    '/\t/evil.example',
    'javascript:alert(1)',
    'authorize',
    '',
    null,
  ])('refuses %s, which could lead off this site', (value) => {
    const safe = safeReturnPath(value);
    expect(safe === null || new URL(safe, 'https://atlas.invalid').origin === 'https://atlas.invalid').toBe(true);
    if (typeof value === 'string' && !value.startsWith('/%0a')) expect(safe).toBeNull();
  });
});
