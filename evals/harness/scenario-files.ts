import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scenarioSchema, type Exchange, type Scenario } from './scenario-schema.ts';

export const scenarioFolder = fileURLToPath(new URL('../scenarios/', import.meta.url));

export interface ScenarioFile {
  path: string;
  /** The file as written, defaults left out, so a rewrite changes only the recordings. */
  raw: Record<string, unknown> & { turns: { exchanges: unknown[] }[] };
  scenario: Scenario;
}

/** Reads and validates every scenario (or the named ones), failing with the file and field at fault. */
export function loadScenarioFiles(options: { folder?: string; only?: string[] } = {}): ScenarioFile[] {
  const folder = options.folder ?? scenarioFolder;
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort();
  const loaded = files.map((name) => {
    const path = `${folder}/${name}`;
    const raw = JSON.parse(readFileSync(path, 'utf8')) as ScenarioFile['raw'];
    const result = scenarioSchema.safeParse(raw);
    if (!result.success) {
      const issues = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
      throw new Error(`${name} is not a valid scenario:\n${issues}`);
    }
    if (`${result.data.id}.json` !== name) throw new Error(`${name}: its id is "${result.data.id}"; name the file after the id`);
    return { path, raw, scenario: result.data };
  });
  if (!options.only || options.only.length === 0) return loaded;
  const unknown = options.only.filter((id) => !loaded.some((file) => file.scenario.id === id));
  if (unknown.length > 0) throw new Error(`No scenario named ${unknown.join(', ')}`);
  return loaded.filter((file) => options.only!.includes(file.scenario.id));
}

/** Replaces a scenario's recorded exchanges, leaving the rest of the file as it was written. */
export function writeExchanges(file: ScenarioFile, exchanges: Exchange[][]) {
  file.raw.turns.forEach((turn, index) => {
    turn.exchanges = exchanges[index] ?? [];
  });
  writeFileSync(file.path, `${JSON.stringify(file.raw, null, 2)}\n`);
}
