import type { AccessTokenScope } from '../../mcp/access-tokens.ts';

/** The authorization request the page asks about; sent back unchanged with the user's decision. */
export interface ConsentRequest {
  clientId: string;
  redirectUri: string;
  codeChallenge: string;
  state?: string;
  scopes: AccessTokenScope[];
  resource: string;
}

const htmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Every value on the page is escaped: the client's name and URIs are whatever it registered. */
function escape(value: string): string {
  return value.replace(/[&<>"']/g, (character) => htmlEscapes[character]!);
}

function hidden(name: string, value: string | undefined) {
  return value === undefined ? '' : `<input type="hidden" name="${name}" value="${escape(value)}">`;
}

/** Where the browser goes after the decision, as the user can judge it: the host, or a native app's scheme. */
function destination(redirectUri: string) {
  const url = new URL(redirectUri);
  return url.host || url.protocol;
}

/**
 * The consent screen: which client asks, for what, and where the answer goes. Plain HTML with no
 * script (the CSP allows none inline), posted back to Atlas with the session cookie; the same-origin
 * check on POST keeps other sites from submitting it.
 */
export function renderConsentPage(options: { clientName: string; userEmail: string; request: ConsentRequest }): string {
  const { clientName, userEmail, request } = options;
  const name = escape(clientName);
  const writeChoice = request.scopes.includes('write')
    ? `<li><label><input type="checkbox" name="write" value="allow" checked> Change your data: update applications, save and import jobs, follow job boards, label email threads. Atlas never sends anything on your behalf.</label></li>`
    : '';
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Connect ${name} to Atlas?</title>
    <link rel="stylesheet" href="/oauth/consent.css">
  </head>
  <body>
    <main class="consent">
      <h1>Connect ${name} to Atlas?</h1>
      <p>Signed in as <strong>${escape(userEmail)}</strong>.</p>
      <p><strong>${name}</strong> is an app that uses Atlas over the Model Context Protocol. It chose this name itself; Atlas has not checked it.</p>
      <form method="post" action="/oauth/consent">
        ${hidden('client_id', request.clientId)}
        ${hidden('redirect_uri', request.redirectUri)}
        ${hidden('code_challenge', request.codeChallenge)}
        ${hidden('state', request.state)}
        ${hidden('scope', request.scopes.join(' '))}
        ${hidden('resource', request.resource)}
        <p>If you allow it, it may:</p>
        <ul>
          <li>Read your pipeline, CV, saved jobs, search profile and history, and the job-related email details Atlas keeps.</li>
          ${writeChoice}
        </ul>
        <p>Afterwards your browser returns to <strong>${escape(destination(request.redirectUri))}</strong>. Only connect apps you trust; you can disconnect them in Settings at any time.</p>
        <div class="actions">
          <button type="submit" name="decision" value="allow">Allow</button>
          <button type="submit" name="decision" value="deny" class="secondary">Deny</button>
        </div>
      </form>
    </main>
  </body>
</html>
`;
}
