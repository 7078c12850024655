#!/usr/bin/env node
// Re-records test/unit/numtext-goldens/goldens.json from real CPython 3.11
// (scripts/numtext-goldens.py run with PYTHONHASHSEED=0, so str/bytes hashes are
// reproducible). Usage: node scripts/record-numtext-goldens.mjs [path/to/python3.11]
import { execFileSync } from 'node:child_process';
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { homedir } from 'node:os';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const python = process.argv[2] ?? process.env.PYTHON311 ?? join(process.env.PYENV_ROOT ?? join(homedir(), '.pyenv'), 'versions/3.11.7/bin/python');
const out = execFileSync(python, [join(root, 'scripts/numtext-goldens.py')], {
  env: { ...process.env, PYTHONHASHSEED: '0' },
  maxBuffer: 256 * 1024 * 1024,
  encoding: 'utf8',
});
const dest = join(root, 'test/unit/numtext-goldens/goldens.json');
mkdirSync(dirname(dest), { recursive: true });
writeFileSync(dest, out);
const n = Object.values(JSON.parse(out).cases).reduce((a, c) => a + c.length, 0);
console.log(`wrote ${dest}: ${n} cases`);
