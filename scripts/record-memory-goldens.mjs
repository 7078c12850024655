#!/usr/bin/env node
// Re-records the memory goldens from a real CPython 3.11 (default: pyenv's 3.11.7):
//   test/unit/memory-goldens/cpython311.json   sys.getsizeof sweeps, type layouts,
//                                               static object offsets (scripts/memory-goldens.py)
//   test/unit/memory-goldens/static-strings.json  the static str list of
//                                               Include/internal/pycore_global_strings.h
// Usage: node scripts/record-memory-goldens.mjs [path/to/python3.11]
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { homedir } from 'node:os';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pyenvRoot = process.env.PYENV_ROOT ?? join(homedir(), '.pyenv');
const python = process.argv[2] ?? join(pyenvRoot, 'versions', '3.11.7', 'bin', 'python');
const outDir = join(root, 'test', 'unit', 'memory-goldens');
mkdirSync(outDir, { recursive: true });

const json = execFileSync(python, [join(root, 'scripts', 'memory-goldens.py')], { encoding: 'utf8', maxBuffer: 64 << 20 });
const data = JSON.parse(json);
writeFileSync(join(outDir, 'cpython311.json'), JSON.stringify(data, null, 1) + '\n');

// A real sys._debugmallocstats() report (stderr), for its exact format.
const stats = spawnSync(python, ['-c', 'import sys; sys._debugmallocstats()'], { encoding: 'utf8' }).stderr;
writeFileSync(join(outDir, 'debugmallocstats.txt'), stats);

// The static strings, in struct order, from the interpreter's own internal header.
const include = execFileSync(python, ['-c', 'import sysconfig; print(sysconfig.get_paths()["include"])'], { encoding: 'utf8' }).trim();
const header = readFileSync(join(include, 'internal', 'pycore_global_strings.h'), 'utf8');
const body = header.slice(header.indexOf('struct _Py_global_strings {'));
const unescape = (s) => s.replace(/\\n/g, '\n').replace(/\\"/g, '"').replace(/\\\\/g, '\\');
const literals = [...body.matchAll(/STRUCT_FOR_STR\((\w+), "((?:[^"\\]|\\.)*)"\)/g)].map((m) => [m[1], unescape(m[2])]);
const identifiers = [...body.matchAll(/STRUCT_FOR_ID\((\w+)\)/g)].map((m) => m[1]);
writeFileSync(join(outDir, 'static-strings.json'), JSON.stringify({ literals, identifiers }, null, 1) + '\n');
console.log(`recorded ${data.version}: ${Object.keys(data.types).length} type layouts, ${Object.keys(data.static).length} static offsets, ` +
  `${literals.length} literals + ${identifiers.length} identifiers`);
