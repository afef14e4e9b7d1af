import * as Sentry from '@sentry/node';
import type { Config } from '../../config.ts';
import packageJson from '../../package.json' with { type: 'json' };
import type { Logger } from './logger.ts';
import { currentRequestId } from './request-context.ts';
import { scrubDeep, scrubErrorMessage, scrubSecrets, toReportableError } from './scrub.ts';

type SentryEvent = Sentry.Event;

/** A URL without its query string and fragment, where OAuth codes, states and emails travel. */
function withoutQuery(url: string) {
  return url.replace(/[?#].*$/, '');
}

/**
 * The last word on what leaves in an error report (promise 16): no user, no request body, cookies,
 * headers or query string, no local variables, exception messages scrubbed like logs, console
 * breadcrumbs dropped, and every remaining string cleared of emails, tokens and keys.
 */
export function scrubEvent<Event extends SentryEvent>(event: Event): Event {
  delete event.user;
  if (event.request) {
    event.request = {
      method: event.request.method,
      url: event.request.url ? withoutQuery(event.request.url) : undefined,
    };
  }
  for (const exception of event.exception?.values ?? []) {
    if (exception.value) exception.value = scrubErrorMessage(exception.value);
    for (const frame of exception.stacktrace?.frames ?? []) delete frame.vars;
  }
  if (event.message) event.message = scrubErrorMessage(event.message);
  if (event.breadcrumbs) event.breadcrumbs = event.breadcrumbs.map(scrubBreadcrumb).filter((crumb) => crumb !== null);
  delete event.extra;
  return scrubDeep(event);
}

export function scrubBreadcrumb(breadcrumb: Sentry.Breadcrumb): Sentry.Breadcrumb | null {
  // Console lines are whatever a library printed; they may quote anything.
  if (breadcrumb.category === 'console') return null;
  const data = breadcrumb.data ? { ...breadcrumb.data } : undefined;
  if (data && typeof data.url === 'string') data.url = withoutQuery(data.url);
  for (const key of ['http.query', 'http.fragment', 'body', 'request_body', 'response_body']) delete data?.[key];
  return {
    ...breadcrumb,
    message: breadcrumb.message ? scrubSecrets(withoutQuery(breadcrumb.message)) : undefined,
    data: data ? scrubDeep(data) : undefined,
  };
}

/** Span attributes that hold what was said, sent or stored rather than how long it took. */
const contentAttribute = /(^|\.)(prompt|messages|input|output|text|body|arguments|result|parameter|query|user|client)(\.|$)/;

/** Spans (sent only if an operator turns tracing on) keep their timings and names, never content. */
export function scrubSpan<Span extends { name: string; attributes: Record<string, unknown> }>(span: Span): Span {
  const attributes = Object.fromEntries(Object.entries(span.attributes).filter(([key]) => !contentAttribute.test(key)));
  return { ...span, name: scrubSecrets(withoutQuery(span.name)), attributes: scrubDeep(attributes) };
}

/**
 * Starts Sentry when SENTRY_DSN is set; without it nothing is sent anywhere. Every switch that would
 * collect personal data is off: Sentry 11's `dataCollection` (its replacement for `sendDefaultPii`),
 * request bodies (`maxRequestBodySize: 'none'`), the AI SDK integration's prompts and outputs, and
 * local variables; `beforeSend`, `beforeSendSpan` (Sentry 11's successor to `beforeSendTransaction`)
 * and `beforeBreadcrumb` scrub whatever is left.
 */
export function initErrorReporting(config: Pick<Config, 'SENTRY_DSN' | 'SENTRY_ENVIRONMENT' | 'NODE_ENV'>): boolean {
  if (!config.SENTRY_DSN) return false;
  Sentry.init({
    dsn: config.SENTRY_DSN,
    environment: config.SENTRY_ENVIRONMENT ?? config.NODE_ENV,
    release: `atlas-job-os@${packageJson.version}`,
    dataCollection: {
      userInfo: false,
      cookies: false,
      httpHeaders: false,
      httpBodies: [],
      urlQueryParams: false,
      graphQL: { document: false, variables: false },
      genAI: { inputs: false, outputs: false },
      mcp: { inputs: false, outputs: false },
      databaseQueryData: false,
      queues: false,
      stackFrameVariables: false,
    },
    integrations: (defaults) => [
      ...defaults.filter((integration) => !['Http', 'VercelAI', 'Console', 'LocalVariables'].includes(integration.name)),
      Sentry.httpIntegration({ maxRequestBodySize: 'none' }),
      Sentry.vercelAIIntegration({ recordInputs: false, recordOutputs: false }),
    ],
    beforeSend: (event) => scrubEvent(event),
    // Tracing stays off (no tracesSampleRate); should an operator enable it, spans are scrubbed too.
    beforeSendSpan: (span) => scrubSpan(span),
    beforeBreadcrumb: (breadcrumb) => scrubBreadcrumb(breadcrumb),
  });
  return true;
}

/**
 * What the app calls with an unexpected error: one structured log line and, when Sentry is on, one
 * report, each holding the error's name, scrubbed message, code and stack frames and nothing else.
 */
export function createErrorReporter(options: { logger: Logger }): (error: unknown) => void {
  return (error) => {
    // The log line carries the request id through the logger; the report carries it as a tag, so both can be matched.
    options.logger.error({ err: error }, 'Unexpected error');
    const requestId = currentRequestId();
    Sentry.captureException(toReportableError(error), requestId ? { tags: { request_id: requestId } } : undefined);
  };
}
