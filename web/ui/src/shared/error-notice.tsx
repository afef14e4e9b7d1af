import { describeError } from './api.ts';

/** A failure in plain words, announced to screen readers; nothing when there is no failure. */
export function ErrorNotice({ error }: { error: unknown }) {
  if (error === undefined || error === null) return null;
  return (
    <p className="error" role="alert">
      {typeof error === 'string' ? error : describeError(error)}
    </p>
  );
}
