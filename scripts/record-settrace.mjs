#!/usr/bin/env node
// Records the settrace goldens: every differential program (test/differential/programs, except syntax_errors/)
// runs in real CPython 3.11.7 under the C trace function of scripts/settrace/ (PyEval_SetTrace in an embedding
// of libpython3.11), and test/settrace/golden/<category>/<name>.json receives its event sequence with, at each
// line event, the true ob_refcnt of every bound name. Format and rules: test/settrace/README.md, RULES.md.
//
//   npm run goldens:settrace                       every program (also deletes goldens whose program is gone)
//   npm run goldens:settrace -- refcount/          only programs whose "category/name" contains the filter
//   npm run goldens:settrace -- --check-static     writes nothing: runs each program again with -S (no site:
//                                                  a different startup) and lists the names not marked static
//                                                  whose count changed
//   node scripts/record-settrace.mjs --trace [--all] FILE
//                                                  runs one file from its folder, prints the raw records
//                                                  (--all: also those of other files' code it calls)
//
// The tracer is built with gcc into .cache/settrace/ (ignored) against $(pyenv root)/versions/3.11.7.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpythonSpawnOptions, cpythonStdin } from './cpython-env.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PROGRAMS = join(ROOT, 'test', 'differential', 'programs');
/** test/settrace/programs/NAME.py: small programs showing each rule of RULES.md, recorded as rules/NAME. */
const RULE_PROGRAMS = join(ROOT, 'test', 'settrace', 'programs');
const GOLDEN = join(ROOT, 'test', 'settrace', 'golden');
const SOURCES = join(ROOT, 'scripts', 'settrace');
const CACHE = join(ROOT, '.cache', 'settrace');
const TRACER = join(CACHE, 'pyheap-settrace');
const VERSION = '3.11.7';
const PREFIX = `${process.env.PYENV_ROOT || pyenvRoot()}/versions/${VERSION}`;
const PYTHON = `${PREFIX}/bin/python`;

/** Events recorded per program: the first MAX_EVENTS (the golden says how many there were in all). */
const MAX_EVENTS = 1000;
const SKIPPED_CATEGORIES = new Set(['syntax_errors']);
const TIMEOUT_MS = 120_000;

function pyenvRoot() {
  try {
    return execFileSync('pyenv', ['root'], { encoding: 'utf8' }).trim();
  } catch {
    return join(process.env.HOME ?? '/root', '.pyenv');
  }
}

/** Builds the tracer when a source is newer than it. */
function buildTracer() {
  const sources = readdirSync(SOURCES).filter((f) => /\.[ch]$/.test(f)).map((f) => join(SOURCES, f));
  const built = existsSync(TRACER) ? statSync(TRACER).mtimeMs : 0;
  if (sources.every((f) => statSync(f).mtimeMs < built)) return;
  mkdirSync(CACHE, { recursive: true });
  const include = `${PREFIX}/include/python3.11`;
  execFileSync('gcc', [
    '-O2', '-Wall', '-Wextra', '-Werror', `-I${include}`, `-I${include}/internal`,
    '-o', TRACER, ...sources.filter((f) => f.endsWith('.c')),
    `-L${PREFIX}/lib`, `-Wl,-rpath,${PREFIX}/lib`, '-lpython3.11', '-ldl', '-lm',
  ], { stdio: 'inherit' });
}

/** Runs `command args` in cwd as scripts/record-goldens.mjs runs `python FILE` (same environment). */
function run(command, args, cwd, extraEnv = {}) {
  const r = spawnSync(command, args, { ...cpythonSpawnOptions(cwd, TIMEOUT_MS, extraEnv), ...cpythonStdin(cwd, args.at(-1)) });
  if (r.error) throw new Error(`${args.at(-1)}: ${r.error.message}`);
  if (r.signal) throw new Error(`${args.at(-1)}: killed by ${r.signal}`);
  return r;
}

/**
 * Runs FILE from CWD as `python FILE` under the tracer: the program's output and the parsed records (with
 * `all`, also those of other files' code the program calls).
 */
function trace(file, cwd, pythonOptions = [], all = false) {
  const out = join(CACHE, 'events.jsonl');
  const env = all ? { PYHEAP_SETTRACE_ALL: '1' } : {};
  // Address-space randomisation off (setarch -R): None's count, for one, otherwise varies by dozens from
  // run to run (startup code orders some objects by address), and re-recording would rewrite goldens.
  const r = run('setarch', ['-R', TRACER, out, String(MAX_EVENTS), PYTHON, ...pythonOptions, file], cwd, env);
  const records = readFileSync(out, 'utf8').split('\n').filter((l) => l !== '').map((l) => JSON.parse(l));
  const end = records.pop();
  if (end?.[0] !== 'end') throw new Error(`${file}: the tracer did not finish (exit ${r.status}): ${r.stderr}`);
  return { stdout: r.stdout, stderr: r.stderr, exitCode: r.status, events: records, total: end[1], other: end[2] };
}

/** Every traced program: { id: "category/name", dir, file }, differential ones first, each sorted. */
function listPrograms() {
  const programs = [];
  const add = (category, dir) => {
    for (const file of readdirSync(dir).sort()) {
      if (file.endsWith('.py')) programs.push({ id: `${category}/${file.slice(0, -3)}`, dir, file });
    }
  };
  for (const category of readdirSync(PROGRAMS).sort()) {
    const dir = join(PROGRAMS, category);
    if (!SKIPPED_CATEGORIES.has(category) && statSync(dir).isDirectory()) add(category, dir);
  }
  add('rules', RULE_PROGRAMS);
  return programs;
}

function listGoldens() {
  const out = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir)) {
      const p = join(dir, entry);
      if (statSync(p).isDirectory()) walk(p);
      else if (entry.endsWith('.json')) out.push(relative(GOLDEN, p).split(sep).join('/').slice(0, -5));
    }
  };
  if (existsSync(GOLDEN)) walk(GOLDEN);
  return out;
}

/**
 * The golden's text: a header, then one event per line (valid JSON, readable diffs). Events name their code
 * by an index into `codes` ([co_qualname, co_firstlineno]); a line event lists only the names that changed
 * since the previous line event of the same activation (call ... return): [name, ob_refcnt, type, static]
 * for a new or changed binding, [name] for one that went away. test/settrace/golden.ts expands them.
 */
function goldenText(run, untraced) {
  const codes = new Map();
  const activations = [];
  const events = run.events.map((e) => {
    const key = JSON.stringify([e[1], e[2]]);
    if (!codes.has(key)) codes.set(key, codes.size);
    const out = [e[0], codes.get(key), ...e.slice(3)];
    if (e[0] === 'call') activations.push(new Map());
    else if (e[0] === 'return') activations.pop();
    else if (e[0] === 'line' && e[5] !== null) out[4] = namesDelta(activations, e[5]);
    return out;
  });
  const header = {
    python: VERSION,
    events: run.total,
    recorded: events.length,
    otherCode: run.other,
    // false when tracing changed what the program printed (the frame objects tracing allocates count
    // towards gc generation 0 and take pymalloc blocks, see README): the events are CPython's, of another run.
    sameOutput: run.stdout === untraced.stdout && run.exitCode === untraced.status,
    codes: [...codes.keys()].map((k) => JSON.parse(k)),
  };
  const head = JSON.stringify(header).slice(0, -1);
  return `${head},"trace":[\n${events.map((e) => JSON.stringify(e)).join(',\n')}\n]}\n`;
}

/** The name records that differ from the previous line event of the innermost activation, which it replaces. */
function namesDelta(activations, names) {
  if (activations.length === 0) activations.push(new Map()); // cannot happen: recording starts at a call
  const before = activations[activations.length - 1];
  const now = new Map(names.map((n) => [n[0], JSON.stringify(n)]));
  const delta = [];
  for (const [name, text] of now) if (before.get(name) !== text) delta.push(JSON.parse(text));
  for (const name of before.keys()) if (!now.has(name)) delta.push([name]);
  activations[activations.length - 1] = now;
  return delta;
}

function record(filter) {
  const programs = listPrograms().filter((p) => p.id.includes(filter));
  if (programs.length === 0) throw new Error(`no program matches ${JSON.stringify(filter)}`);
  let changed = 0;
  let bytes = 0;
  const notes = [];
  for (const { id, dir, file: py } of programs) {
    const text = goldenText(trace(py, dir), run(PYTHON, [py], dir));
    if (!JSON.parse(text).sameOutput) notes.push(`${id}: the traced run printed otherwise than python ${py}`);
    const file = join(GOLDEN, `${id}.json`);
    bytes += Buffer.byteLength(text);
    if (!existsSync(file) || readFileSync(file, 'utf8') !== text) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
      changed++;
    }
  }
  let removed = 0;
  if (filter === '') {
    const wanted = new Set(programs.map((p) => p.id));
    for (const id of listGoldens()) {
      if (!wanted.has(id)) {
        rmSync(join(GOLDEN, `${id}.json`));
        removed++;
      }
    }
  }
  for (const note of notes) console.log(note);
  console.log(`${programs.length} programs, ${changed} goldens written, ${removed} stale removed, ${(bytes / 1e6).toFixed(2)} MB`);
}

/**
 * The static flag says a count depends on CPython's startup. Running without site (-S) changes the startup:
 * a name not marked static whose count changes is misclassified.
 */
function checkStatic(filter) {
  let compared = 0;
  let staticChanged = 0;
  const wrong = [];
  for (const { id, dir, file } of listPrograms().filter((p) => p.id.includes(filter))) {
    const a = trace(file, dir);
    const b = trace(file, dir, ['-S']);
    if (a.events.length !== b.events.length) {
      console.log(`${id}: ${a.events.length} events with site, ${b.events.length} without: not compared`);
      continue;
    }
    a.events.forEach((e, i) => {
      if (e[0] !== 'line' || !e[5]) return;
      const other = new Map((b.events[i][5] ?? []).map((n) => [n[0], n[1]]));
      for (const [n, count, type, isStatic] of e[5]) {
        compared++;
        if (other.get(n) === count) continue;
        if (isStatic) staticChanged++;
        else wrong.push(`${id} event ${i} line ${e[3]}: ${n} (${type}) ${count} with site, ${other.get(n)} without`);
      }
    });
  }
  for (const w of wrong) console.log(w);
  console.log(`${compared} name records compared; static and changed: ${staticChanged}; not static but changed: ${wrong.length}`);
  if (wrong.length > 0) process.exitCode = 1;
}

function main() {
  const args = process.argv.slice(2);
  if (!existsSync(PYTHON)) throw new Error(`${PYTHON} not found`);
  buildTracer();
  if (args[0] === '--trace') {
    const file = resolve(args.at(-1));
    const run = trace(basename(file), dirname(file), [], args.includes('--all'));
    for (const e of run.events) console.log(JSON.stringify(e));
    process.stdout.write(run.stdout);
    process.stderr.write(run.stderr);
    console.log(`${run.total} events, exit code ${run.exitCode}`);
  } else if (args[0] === '--check-static') {
    checkStatic(args[1] ?? '');
  } else {
    record(args[0] ?? '');
  }
}

main();
