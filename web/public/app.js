// The minimal browser client: sign up, sign in, sign out. Cookies carry the session; no tokens in JS.
const signedOut = document.querySelector('#signed-out');
const signedIn = document.querySelector('#signed-in');
const authError = document.querySelector('#auth-error');

async function api(path, body) {
  const response = await fetch(path, {
    method: body === undefined ? 'GET' : 'POST',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = response.status === 204 ? {} : await response.json();
  return { ok: response.ok, data };
}

function reason(error) {
  const field = error?.fields?.[0];
  return field ? `${error.message}: ${field.message}` : (error?.message ?? 'Something went wrong');
}

async function refresh() {
  const { ok, data } = await api('/api/auth/me');
  signedIn.hidden = !ok;
  signedOut.hidden = ok;
  if (ok) document.querySelector('#user-email').textContent = data.user.email;
}

document.querySelector('#auth-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  const mode = event.submitter?.value === 'signup' ? 'signup' : 'login';
  const { ok, data } = await api(`/api/auth/${mode}`, { email: form.get('email'), password: form.get('password') });
  authError.textContent = ok ? '' : reason(data.error);
  if (ok) await refresh();
});

document.querySelector('#logout').addEventListener('click', async () => {
  await api('/api/auth/logout', {});
  await refresh();
});

refresh();
