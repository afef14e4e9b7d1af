import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const machineNode = '/usr/bin/node';
const machineNodeVersion = existsSync(machineNode) ? execFileSync(machineNode, ['--version'], { encoding: 'utf8' }).trim() : undefined;
const machineNodeIsOld = machineNodeVersion !== undefined && Number(/^v(\d+)/.exec(machineNodeVersion)![1]) < 22;

describe('npm install on an older machine node', () => {
  it('keeps npm to errors and turns engine mismatches into no warnings at all', () => {
    const settings = readFileSync(new URL('../.npmrc', import.meta.url), 'utf8');

    expect(settings).toMatch(/^engine-strict=false$/m);
    expect(settings).toMatch(/^loglevel=error$/m);
  });

  it.skipIf(!machineNodeIsOld)('says in one line why the older node is fine (machine node %s)', () => {
    const output = execFileSync(machineNode, [new URL('./note-node-version.cjs', import.meta.url).pathname], { encoding: 'utf8' });

    expect(output.trim().split('\n')).toHaveLength(1);
    expect(output).toMatch(/^Note: npm runs on Node \d+\.\d+\.\d+ here; Atlas needs 22\.12 or newer/);
  });

  it('says nothing on a node Atlas runs on', () => {
    const output = execFileSync(process.execPath, [new URL('./note-node-version.cjs', import.meta.url).pathname], { encoding: 'utf8' });

    expect(output).toBe('');
  });
});
