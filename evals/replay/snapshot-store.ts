import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { contentHash } from './request-snapshot.ts';

/**
 * System instructions and tool declarations that recordings refer to by content hash, one JSON file
 * each. Kept so a replay whose request changed can show what it was recorded against.
 */
export interface SnapshotStore {
  save(value: unknown): string;
  load(hash: string): unknown;
  /** Deletes the snapshots no recording refers to any more. */
  prune(used: Set<string>): void;
}

export const defaultSnapshotFolder = fileURLToPath(new URL('../snapshots/', import.meta.url));

export function createSnapshotStore(folder = defaultSnapshotFolder): SnapshotStore {
  const pathOf = (hash: string) => `${folder}/${hash}.json`;
  return {
    save(value) {
      const hash = contentHash(value);
      if (!existsSync(pathOf(hash))) {
        mkdirSync(folder, { recursive: true });
        writeFileSync(pathOf(hash), `${JSON.stringify(value, null, 2)}\n`);
      }
      return hash;
    },
    load(hash) {
      return existsSync(pathOf(hash)) ? (JSON.parse(readFileSync(pathOf(hash), 'utf8')) as unknown) : undefined;
    },
    prune(used) {
      if (!existsSync(folder)) return;
      for (const file of readdirSync(folder)) {
        if (file.endsWith('.json') && !used.has(file.slice(0, -'.json'.length))) rmSync(`${folder}/${file}`);
      }
    },
  };
}
