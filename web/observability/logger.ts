import { pino, type DestinationStream, type Logger } from 'pino';
import { currentRequestId } from './request-context.ts';
import { describeError, scrubDeep } from './scrub.ts';

export type { Logger } from 'pino';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'silent';

/** Fields that hold what users wrote, uploaded or authenticate with; censored wherever they appear in a log object. */
const contentFields = [
  'password',
  'token',
  'authorization',
  'cookie',
  'email',
  'text',
  'body',
  'content',
  'parts',
  'messages',
  'prompt',
  'notes',
  'snippet',
  'subject',
  'cv',
];

/**
 * Structured JSON logs (pino) with the privacy of error reports: content fields censored at any of
 * the first three levels, errors reduced to their safe fields, and every remaining string scrubbed of
 * emails, tokens and keys. Lines written while serving an HTTP request carry its `requestId`.
 */
export function createLogger(options: { level: LogLevel; destination?: DestinationStream }): Logger {
  return pino(
    {
      level: options.level,
      redact: {
        paths: contentFields.flatMap((field) => [field, `*.${field}`, `*.*.${field}`]),
        censor: '[redacted]',
      },
      serializers: { err: describeError, error: describeError },
      formatters: { log: (object) => scrubDeep(object) },
      timestamp: pino.stdTimeFunctions.isoTime,
      // Every line written while serving a request names it, so an operator can gather a request's lines.
      mixin: () => {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
    },
    options.destination,
  );
}
