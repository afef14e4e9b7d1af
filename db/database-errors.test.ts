import { describe, expect, it } from 'vitest';
import { databaseStartupProblem } from './database-errors.ts';

const url = 'postgres://atlas:secret-password@db.internal:6543/atlas_jobs';
// drizzle wraps the driver's error; the SQLSTATE sits on the cause.
const wrapped = (fields: Record<string, unknown>) => Object.assign(new Error('Failed query'), { cause: Object.assign(new Error('driver'), fields) });

describe('databaseStartupProblem', () => {
  it('says the server cannot be reached, where it was looked for, and the way out', () => {
    expect(databaseStartupProblem(wrapped({ code: 'ECONNREFUSED' }), url)).toBe(
      'Cannot reach the PostgreSQL server in DATABASE_URL (db.internal:6543) (ECONNREFUSED): start it or correct DATABASE_URL, or unset DATABASE_URL to use the embedded database.',
    );
  });

  it('says the credentials were refused, without repeating the password', () => {
    const problem = databaseStartupProblem(wrapped({ code: '28P01' }), url);
    expect(problem).toBe('The PostgreSQL server in DATABASE_URL (db.internal:6543) refused its user name or password.');
    expect(problem).not.toContain('secret-password');
  });

  it('names a database that does not exist', () => {
    expect(databaseStartupProblem(wrapped({ code: '3D000' }), url)).toMatch(/^The database "atlas_jobs" does not exist on /);
  });

  it('leaves any other failure to be reported as unexpected', () => {
    expect(databaseStartupProblem(wrapped({ code: '42P01' }), url)).toBeUndefined();
  });
});
