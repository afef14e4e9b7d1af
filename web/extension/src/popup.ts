/// <reference types="chrome" />
import { AtlasError, checkKey, KeyRefusedError, readPosting, savePosting, stages, type PagePosting, type Reading } from './atlas-api.ts';
import { readConnection, saveConnection, type Connection } from './connection.ts';
import type { PageReading } from './read-page.ts';

const app = document.getElementById('app')!;

type Child = Node | string | null | undefined | false;
function element(tag: string, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children) if (child) node.append(child);
  return node;
}

function show(...children: Child[]) {
  app.replaceChildren(...children.filter((child): child is Node | string => Boolean(child)));
}

function field(label: string, name: string, value: string, options: { multiline?: boolean; type?: string } = {}) {
  const id = `field-${name}`;
  const input = options.multiline ? element('textarea', { id, name }) : element('input', { id, name, type: options.type ?? 'text' });
  (input as HTMLInputElement).value = value;
  return element('div', {}, element('label', { for: id }, label), input);
}

function select(label: string, name: string, choices: [string, string][], value: string) {
  const id = `field-${name}`;
  const node = element('select', { id, name }, ...choices.map(([choice, text]) => element('option', { value: choice }, text))) as HTMLSelectElement;
  node.value = value;
  return element('div', {}, element('label', { for: id }, label), node);
}

/** The tab to read: the one the popup was opened on, or the one named by ?tab= when opened as a page. */
async function targetTab(): Promise<number | undefined> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(named) && named > 0) return named;
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** Reads the page in its tab (activeTab: only now that the user clicked); null where the browser forbids it. */
async function readTab(tabId: number): Promise<PageReading | null> {
  try {
    await chrome.scripting.executeScript({ target: { tabId }, files: ['read-page.js'] });
    const [result] = await chrome.scripting.executeScript({
      target: { tabId },
      func: () => (globalThis as unknown as { atlasReadPage: () => PageReading }).atlasReadPage(),
    });
    return (result?.result as PageReading | undefined) ?? null;
  } catch {
    return null;
  }
}

function showNotConnected(problem?: string) {
  const form = element(
    'form',
    { 'aria-label': 'Connect with a key' },
    field('Atlas address', 'atlasUrl', '', { type: 'url' }),
    field('Key', 'key', '', { type: 'password' }),
    element('button', { type: 'submit' }, 'Connect'),
  ) as HTMLFormElement;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    void connectWithKey(String(data.get('atlasUrl') ?? ''), String(data.get('key') ?? '').trim());
  });
  show(
    element('h1', {}, 'Connect Save to Atlas'),
    element('p', {}, 'Open Atlas, go to Settings → Access tokens and press “Connect the extension”. Atlas hands this extension its own key; you never copy it.'),
    element('p', {}, 'In Firefox, which lets no page hand an extension a key, press “Show a key to paste” there instead and paste it here with Atlas’s address.'),
    problem && element('p', { class: 'notice error', role: 'alert' }, problem),
    form,
  );
}

/**
 * Keeps a pasted key once Atlas accepts it. Where the browser needs leave to reach Atlas's address
 * (Firefox's optional host permission), it is asked for now, for that one origin.
 */
async function connectWithKey(address: string, key: string) {
  let atlasUrl: string;
  try {
    atlasUrl = new URL(address).origin;
  } catch {
    return showNotConnected('That is not an address: paste Atlas’s, e.g. http://localhost:3000');
  }
  if (!/^atlas_pat_[\w.-]{10,200}$/.test(key)) return showNotConnected('That is not an Atlas key: it starts with atlas_pat_');
  const optional = (chrome.runtime.getManifest() as { optional_host_permissions?: string[] }).optional_host_permissions;
  if (optional?.length && !(await chrome.permissions.request({ origins: [`${atlasUrl}/*`] }))) {
    return showNotConnected('The extension needs your leave to reach Atlas at that address.');
  }
  try {
    await checkKey({ atlasUrl, key });
  } catch (error) {
    return showNotConnected(error instanceof Error ? error.message : 'Atlas could not be reached at that address');
  }
  await saveConnection({ atlasUrl, key });
  await start();
}

function showReconnect(connection: Connection, reason: string) {
  show(
    element('h1', {}, 'Reconnect Save to Atlas'),
    element('p', { class: 'notice error', role: 'alert' }, reason),
    element('p', {}, element('a', { href: `${connection.atlasUrl}/settings`, target: '_blank', rel: 'noopener' }, 'Reconnect in Atlas Settings')),
  );
}

function showError(error: unknown) {
  show(element('p', { class: 'notice error', role: 'alert' }, error instanceof Error ? error.message : String(error)));
}

const emptyPosting = (): PagePosting => ({
  title: '',
  company: '',
  locations: [],
  workplaceType: null,
  employmentType: null,
  salaryMin: null,
  salaryMax: null,
  salaryCurrency: null,
  description: '',
});

function number(value: FormDataEntryValue | null): number | null {
  const text = String(value ?? '').replace(/[\s,]/g, '');
  return text && Number.isFinite(Number(text)) ? Math.round(Number(text)) : null;
}

/** The posting as the user left the form: Atlas's reading with their corrections. */
function postingFromForm(form: FormData, read: PagePosting): PagePosting {
  const text = (name: string) => String(form.get(name) ?? '').trim();
  const workplace = text('workplaceType');
  return {
    title: text('title'),
    company: text('company'),
    locations: text('locations').split(/\s*;\s*/).filter(Boolean),
    workplaceType: workplace === 'remote' || workplace === 'hybrid' || workplace === 'onsite' ? workplace : null,
    employmentType: text('employmentType') || null,
    salaryMin: number(form.get('salaryMin')),
    salaryMax: number(form.get('salaryMax')),
    salaryCurrency: text('salaryCurrency').toUpperCase() || null,
    description: form.has('description') ? text('description') : read.description,
  };
}

function showPosting(connection: Connection, url: string, reading: Reading | null) {
  const posting = reading?.posting ?? emptyPosting();
  const found = Boolean(reading?.found);
  const pipeline = reading?.application ?? null;
  const form = element(
    'form',
    {},
    !url && field('Job address (URL)', 'url', ''),
    field('Title', 'title', posting.title),
    field('Company', 'company', posting.company),
    field('Location', 'locations', posting.locations.join('; ')),
    element(
      'div',
      { class: 'row' },
      select('Remote', 'workplaceType', [['', 'Not stated'], ['remote', 'Remote'], ['hybrid', 'Hybrid'], ['onsite', 'On-site']], posting.workplaceType ?? ''),
      field('Contract', 'employmentType', posting.employmentType ?? ''),
    ),
    element(
      'div',
      { class: 'row' },
      field('Pay from', 'salaryMin', posting.salaryMin?.toString() ?? ''),
      field('Pay to', 'salaryMax', posting.salaryMax?.toString() ?? ''),
      field('Currency', 'salaryCurrency', posting.salaryCurrency ?? ''),
    ),
    !found && field('Job description', 'description', '', { multiline: true }),
    element(
      'div',
      { class: 'row' },
      field('Group', 'group', pipeline?.group ?? 'General'),
      select('Stage', 'status', stages.map((stage) => [stage, stage[0]!.toUpperCase() + stage.slice(1)]), pipeline?.status ?? 'saved'),
    ),
    field('Note', 'notes', pipeline?.notes ?? '', { multiline: true }),
    element('button', { type: 'submit' }, pipeline ? 'Update in Atlas' : 'Save to Atlas'),
  ) as HTMLFormElement;

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const button = form.querySelector('button')!;
    button.disabled = true;
    const notes = String(data.get('notes') ?? '');
    savePosting(connection, {
      url: url || String(data.get('url') ?? '').trim(),
      posting: postingFromForm(data, posting),
      group: String(data.get('group') ?? '').trim() || 'General',
      status: String(data.get('status')),
      ...(notes || pipeline ? { notes } : {}),
    })
      .then(({ created }) =>
        show(
          element('p', { class: 'notice done', role: 'status' }, created ? 'Saved to your pipeline.' : 'Updated in your pipeline.'),
          element('p', {}, element('a', { href: `${connection.atlasUrl}/pipeline`, target: '_blank', rel: 'noopener' }, 'Open the pipeline in Atlas')),
        ),
      )
      .catch((error: unknown) => {
        if (error instanceof KeyRefusedError) return showReconnect(connection, error.message);
        button.disabled = false;
        form.prepend(element('p', { class: 'notice error', role: 'alert' }, error instanceof Error ? error.message : String(error)));
      });
  });

  const match = reading?.match;
  show(
    element('h1', {}, found ? 'Save to Atlas' : 'No job found here'),
    !found && element('p', { class: 'notice', role: 'status' }, 'No job found here, paste the details: Atlas found no job posting on this page.'),
    pipeline && element('p', { class: 'notice', role: 'status' }, `Already in your pipeline: ${pipeline.status}, in ${pipeline.group}.`),
    match &&
      element(
        'section',
        { class: 'score', 'aria-label': 'Match with your CV' },
        element('div', { title: match.summary }, element('strong', {}, String(Math.round(match.score))), element('div', { class: 'muted' }, 'fit')),
        element('ul', {}, ...match.reasons.map((reason) => element('li', {}, reason))),
      ),
    reading?.matchNote && element('p', { class: 'muted' }, reading.matchNote),
    found && reading?.via && element('p', { class: 'muted' }, `Read from ${reading.via === 'page text' ? "the page's text: check the fields" : `the page's ${reading.via} data`}.`),
    form,
  );
}

async function start() {
  const connection = await readConnection();
  if (!connection) return showNotConnected();
  const tabId = await targetTab();
  const reading = tabId === undefined ? null : await readTab(tabId);
  if (!reading) return showPosting(connection, '', null);
  try {
    showPosting(connection, reading.url, await readPosting(connection, reading));
  } catch (error) {
    if (error instanceof KeyRefusedError) return showReconnect(connection, error.message);
    if (error instanceof AtlasError) return showPosting(connection, reading.url, null);
    showError(error);
  }
}

void start();
