import { describe, expect, it } from 'vitest';
import { NotFoundError, ValidationError } from './errors.ts';
import { toolErrorMessage } from './tool-error-message.ts';

describe('toolErrorMessage', () => {
  it('names each wrong field of a validation error', () => {
    const error = new ValidationError('Invalid input for listApplications', [{ path: 'status', message: 'Invalid option' }]);

    expect(toolErrorMessage(error)).toBe('Invalid input for listApplications (status: Invalid option)');
  });

  it('passes a typed error’s own message through', () => {
    expect(toolErrorMessage(new NotFoundError('Application', 'a1'))).toBe('Application a1 was not found');
  });

  it('says the database is unavailable when it cannot be reached', () => {
    const error = new Error('query failed', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) });

    expect(toolErrorMessage(error)).toBe('The Atlas database is unavailable; try again shortly');
  });

  it('keeps an unexpected error’s message to itself', () => {
    expect(toolErrorMessage(new Error('relation "secret_table" does not exist'))).toBeUndefined();
  });
});
