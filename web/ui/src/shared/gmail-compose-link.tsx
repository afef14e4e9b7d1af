import { gmailComposeUrl } from '../../../../tools/outreach/gmail-compose-url.ts';

/** Gmail's compose window, filled in: the user reviews and sends from their own account; Atlas never sends. */
export function GmailComposeLink(draft: { to: string | null; subject: string; body: string }) {
  return (
    <a className="button secondary small" href={gmailComposeUrl(draft)} target="_blank" rel="noopener noreferrer">
      Open in Gmail
      <span className="visually-hidden"> (opens a new tab)</span>
    </a>
  );
}
