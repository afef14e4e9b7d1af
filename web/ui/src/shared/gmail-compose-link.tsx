/** Gmail's compose window, filled in: the user reviews and sends from their own account; Atlas never sends. */
export function gmailComposeUrl(draft: { to?: string | null; subject: string; body: string }) {
  const url = new URL('https://mail.google.com/mail/');
  url.searchParams.set('view', 'cm');
  url.searchParams.set('fs', '1');
  if (draft.to) url.searchParams.set('to', draft.to);
  url.searchParams.set('su', draft.subject);
  url.searchParams.set('body', draft.body);
  return url.href;
}

export function GmailComposeLink(draft: { to?: string | null; subject: string; body: string }) {
  return (
    <a className="button secondary small" href={gmailComposeUrl(draft)} target="_blank" rel="noopener noreferrer">
      Open in Gmail
      <span className="visually-hidden"> (opens a new tab)</span>
    </a>
  );
}
