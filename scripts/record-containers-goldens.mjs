#!/usr/bin/env node
// Records what real CPython 3.11.7 prints for each program in
// test/unit/containers-programs/ (run as a file, PYTHONHASHSEED=0) into
// test/unit/containers-goldens.json, which test/unit/containers.test.ts compares
// the simulator with. Usage: node scripts/record-containers-goldens.mjs [python]
import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { homedir } from 'node:os';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'test/unit/containers-programs');
const python = process.argv[2] ?? join(process.env.PYENV_ROOT ?? join(homedir(), '.pyenv'), 'versions/3.11.7/bin/python');
const version = execFileSync(python, ['-c', 'import sys; print(sys.version.split()[0])'], { encoding: 'utf8' }).trim();
if (version !== '3.11.7') throw new Error(`expected CPython 3.11.7, got ${version}`);
const goldens = { python: version, hashseed: '0', programs: {} };
for (const f of readdirSync(dir).filter((n) => n.endsWith('.py')).sort()) {
  let stdout, exitCode = 0, lastStderr = '';
  try {
    stdout = execFileSync(python, [f], { cwd: dir, env: { ...process.env, PYTHONHASHSEED: '0' }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    stdout = e.stdout ?? '';
    exitCode = e.status ?? 1;
    lastStderr = String(e.stderr ?? '').trimEnd().split('\n').pop();
  }
  goldens.programs[f] = { stdout, exitCode, lastStderr };
}
writeFileSync(join(root, 'test/unit/containers-goldens.json'), JSON.stringify(goldens, null, 1) + '\n');
console.log(`recorded ${Object.keys(goldens.programs).length} programs`);
