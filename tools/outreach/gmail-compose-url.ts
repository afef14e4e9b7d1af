/**
 * Gmail's compose window in the user's own account, filled in with a draft, for "Open in Gmail": the
 * user reviews and sends it themselves. Atlas never sends mail.
 */
export function gmailComposeUrl(draft: { to: string | null; subject: string; body: string }) {
  const parameters = ['view=cm', 'fs=1'];
  if (draft.to) parameters.push(`to=${encodeURIComponent(draft.to)}`);
  parameters.push(`su=${encodeURIComponent(draft.subject)}`, `body=${encodeURIComponent(draft.body)}`);
  return `https://mail.google.com/mail/?${parameters.join('&')}`;
}
