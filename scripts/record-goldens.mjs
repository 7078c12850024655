#!/usr/bin/env node
// Records the differential-test goldens: runs every program of test/differential/programs under a real
// CPython and writes what it printed to test/differential/golden/<version>/<category>/<name>.json.
//
//   npm run goldens                          every version whose interpreter is installed
//   npm run goldens -- --python 3.11         one version (repeat --python for several)
//   npm run goldens -- --python 3.11 refcount/   only programs whose "category/name" contains the filter
//
// Each program runs as `python name.py` from its own folder (relative file name, so tracebacks and
// SyntaxErrors name it exactly as a user's `python prog.py` would), with stdin empty (or the
// contents of name.stdin next to the program, for programs that call input()), no .pyc files,
// a fixed hash seed and UTF-8 output. An unfiltered run also deletes goldens whose program is gone.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpythonSpawnOptions, cpythonStdin } from './cpython-env.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PROGRAMS = join(ROOT, 'test', 'differential', 'programs');
const GOLDEN = join(ROOT, 'test', 'differential', 'golden');
const TIMEOUT_MS = 60_000;

const PYENV = process.env.PYENV_ROOT || '/root/.pyenv';

/**
 * The interpreters that judge the simulator, by the version name the simulator's profiles use.
 * To add one, add an entry; `run(file, cwd)` must return { stdout, stderr, exitCode } as
 * `python file` run in `cwd` would (3.14 will run through the pyodide npm package here).
 */
const INTERPRETERS = {
  '3.11': native(`${PYENV}/versions/3.11.7/bin/python`),
  '3.12': native(`${PYENV}/versions/3.12.1/bin/python`),
  '3.13': native(`${PYENV}/versions/3.13.0/bin/python`),
};

function native(python) {
  return {
    describe: python,
    available: () => existsSync(python),
    run(file, cwd) {
      const r = spawnSync(python, [file], { ...cpythonSpawnOptions(cwd, TIMEOUT_MS), ...cpythonStdin(cwd, file) });
      if (r.error) throw new Error(`${python} ${file}: ${r.error.message}`);
      if (r.signal) throw new Error(`${python} ${file}: killed by ${r.signal} (timeout ${TIMEOUT_MS} ms?)`);
      return { stdout: r.stdout, stderr: r.stderr, exitCode: r.status };
    },
  };
}

/** The last non-empty line of stderr, without trailing whitespace ("" when stderr is empty). */
function lastNonEmptyLine(text) {
  const lines = text.split(/\r?\n/);
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i].trimEnd();
    if (line.trim() !== '') return line;
  }
  return '';
}

/** "category/name" of every program, sorted. */
function listPrograms() {
  const ids = [];
  for (const category of readdirSync(PROGRAMS).sort()) {
    const dir = join(PROGRAMS, category);
    if (!statSync(dir).isDirectory()) continue;
    for (const file of readdirSync(dir).sort()) {
      if (file.endsWith('.py')) ids.push(`${category}/${file.slice(0, -3)}`);
    }
  }
  return ids;
}

function listGoldens(version) {
  const root = join(GOLDEN, version);
  if (!existsSync(root)) return [];
  const out = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir)) {
      const p = join(dir, entry);
      if (statSync(p).isDirectory()) walk(p);
      else if (entry.endsWith('.json')) out.push(relative(root, p).split(sep).join('/').slice(0, -5));
    }
  };
  walk(root);
  return out.sort();
}

function parseArgs(argv) {
  const versions = [];
  let filter = '';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--python' || a.startsWith('--python=')) {
      const v = a === '--python' ? argv[++i] : a.slice('--python='.length);
      if (!v || !(v in INTERPRETERS)) {
        throw new Error(`--python needs one of: ${Object.keys(INTERPRETERS).join(', ')}`);
      }
      versions.push(v);
    } else if (a === '--help' || a === '-h') {
      console.log('usage: record-goldens.mjs [--python VERSION]... [FILTER]');
      process.exit(0);
    } else if (a.startsWith('-')) {
      throw new Error(`unknown option ${a}`);
    } else {
      filter = a;
    }
  }
  return { versions, filter };
}

function main() {
  const { versions: asked, filter } = parseArgs(process.argv.slice(2));
  let versions = asked;
  if (versions.length === 0) {
    versions = Object.keys(INTERPRETERS).filter((v) => {
      if (INTERPRETERS[v].available()) return true;
      console.warn(`skipping ${v}: ${INTERPRETERS[v].describe} not found`);
      return false;
    });
  }
  const programs = listPrograms().filter((id) => id.includes(filter));
  if (programs.length === 0) throw new Error(`no program matches ${JSON.stringify(filter)}`);

  for (const version of versions) {
    const interp = INTERPRETERS[version];
    if (!interp.available()) throw new Error(`${version}: ${interp.describe} not found`);
    let changed = 0;
    for (const id of programs) {
      const [category, name] = id.split('/');
      const r = interp.run(`${name}.py`, join(PROGRAMS, category));
      const golden = { stdout: r.stdout, exitCode: r.exitCode, stderrLast: lastNonEmptyLine(r.stderr) };
      const text = JSON.stringify(golden, null, 2) + '\n';
      const out = join(GOLDEN, version, category, `${name}.json`);
      if (!existsSync(out) || readFileSync(out, 'utf8') !== text) {
        mkdirSync(dirname(out), { recursive: true });
        writeFileSync(out, text);
        changed++;
      }
    }
    let removed = 0;
    if (filter === '') {
      const wanted = new Set(programs);
      for (const id of listGoldens(version)) {
        if (!wanted.has(id)) {
          rmSync(join(GOLDEN, version, `${id}.json`));
          removed++;
        }
      }
    }
    console.log(`${version}: ${programs.length} programs, ${changed} goldens written, ${removed} stale removed`);
  }
}

main();
