import { describe, expect, it } from 'vitest';
import { describeError, scrubErrorMessage, scrubSecrets, toReportableError } from './scrub.ts';

describe('scrubSecrets', () => {
  it('removes email addresses, Atlas tokens, bearer tokens, Google tokens and API keys', () => {
    const text = [
      'from dana.smith+jobs@example.co.uk',
      'atlas_pat_abcdefghijklmnopqrstuvwx.abcdefghijklmnopqrstuvwx',
      'cookie abcdefghijklmnopqrstuvwx.234567abcdefghijklmnopqr',
      'Authorization: Bearer eyJhbGciOi.eyJzdWIiOiIx.c2lnbmF0dXJl',
      'ya29.a0AfH6SMBx-secret 1//0gLongRefreshTokenValue1234 AIzaSyA1234567890abcdefghijklmnopqrstu',
      'GET /api/auth/google/callback?state=s3cr3t&code=4/0AX4XfWh',
    ].join('\n');

    const scrubbed = scrubSecrets(text);

    for (const secret of ['dana.smith', 'atlas_pat_abc', 'abcdefghijklmnopqrstuvwx.234567', 'eyJzdWIiOiIx', 'ya29.a0', '1//0gLong', 'AIzaSy', 's3cr3t', '4/0AX4XfWh']) {
      expect(scrubbed).not.toContain(secret);
    }
    expect(scrubbed).toContain('from [email]');
    expect(scrubbed).toContain('callback?state=[redacted]&code=[redacted]');
  });
});

describe('scrubErrorMessage', () => {
  it('drops the query parameters drizzle quotes after a failed query', () => {
    const message = 'Failed query: update "applications" set "notes" = $1 where "id" = $2\nparams: My private note,9b2f…';

    expect(scrubErrorMessage(message)).toBe('Failed query: update "applications" set "notes" = $1 where "id" = $2');
  });

  it('drops input values Postgres and JSON.parse quote back', () => {
    expect(scrubErrorMessage('invalid input syntax for type uuid: "Dana Smith CV"')).toBe('invalid input syntax for type uuid: "[redacted]"');
    expect(scrubErrorMessage('Unexpected token \'D\', "Dear hiring manager" is not valid JSON')).not.toContain('Dear');
  });

  it('keeps the names of tables, columns and constraints', () => {
    expect(scrubErrorMessage('duplicate key value violates unique constraint "users_email_unique"')).toContain('users_email_unique');
  });
});

describe('describeError', () => {
  it('keeps the name, message, code, status and stack frames, and none of the fields that carry content', () => {
    const error = Object.assign(new Error('Internal error encountered.'), {
      name: 'AI_APICallError',
      statusCode: 500,
      requestBodyValues: { contents: [{ parts: [{ text: 'my CV says I led payments' }] }] },
      responseBody: '{"error":"echo of my CV"}',
      url: 'https://generativelanguage.googleapis.com/v1beta/models/gemini:streamGenerateContent?key=AIzaSecret',
    });

    const described = describeError(new Error('Model call failed', { cause: error }));

    expect(JSON.stringify(described)).not.toMatch(/CV|AIzaSecret/);
    expect(described.cause).toMatchObject({ name: 'AI_APICallError', message: 'Internal error encountered.', status: 500 });
    expect(described.stack?.[0]).toMatch(/^at /);
  });

  it('keeps only the SQLSTATE of an error Postgres raised, whose message may quote what a user wrote', () => {
    const refused = Object.assign(new Error('write refused: call Dana back about the Acme offer'), { code: 'P0001', severity: 'ERROR', detail: 'Key (notes)=(secret)' });

    const described = describeError(new Error('Failed query: update "applications" set "notes" = $1', { cause: refused }));

    expect(described.cause).toMatchObject({ message: 'Postgres refused the statement (SQLSTATE P0001)', code: 'P0001' });
    expect(JSON.stringify(described)).not.toMatch(/Dana|Acme|secret/);
  });

  it('describes a thrown value that is not an Error without quoting it', () => {
    expect(describeError('my CV text')).toEqual({ name: 'string', message: '(a non-Error value was thrown)' });
  });
});

describe('toReportableError', () => {
  it('rebuilds an Error, cause included, from only the safe fields', () => {
    const original = new TypeError('Cannot read notes of dana@example.com', { cause: new Error('params: secret') });

    const reportable = toReportableError(original);

    expect(reportable).toBeInstanceOf(Error);
    expect(reportable.name).toBe('TypeError');
    expect(reportable.message).toBe('Cannot read notes of [email]');
    expect(reportable.stack).toMatch(/^TypeError: Cannot read notes of \[email\]\n {4}at /);
    expect((reportable.cause as Error).message).toBe('');
  });
});
