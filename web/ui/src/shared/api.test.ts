import { describe, expect, it } from 'vitest';
import { ApiError } from './api.ts';

describe('ApiError.reason', () => {
  it('says a refusal once when the field repeats the message', () => {
    const message = 'The file is a legacy Word (.doc) or password-protected Office file. Save it as an unprotected DOCX or PDF.';
    const error = new ApiError(400, 'invalid_input', message, [{ path: 'file', message }]);

    expect(error.reason).toBe(message);
  });

  it('adds what is wrong with the field when the message is general', () => {
    const error = new ApiError(400, 'invalid_input', 'The request is invalid', [{ path: 'email', message: 'Enter an email address' }]);

    expect(error.reason).toBe('The request is invalid: Enter an email address');
  });
});
