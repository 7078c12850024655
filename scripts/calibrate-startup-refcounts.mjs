// Calibrates the startup reference counts of PyHeap's static objects against CPython.
//
//   npm run build && node scripts/calibrate-startup-refcounts.mjs          rewrite the baselines
//   node scripts/calibrate-startup-refcounts.mjs --check                   report, exit 1 on a difference
//
// A static object (None, True, a small int, a 1-character str, a static type...) is
// referenced at the start of __main__ by everything CPython's startup built: much of
// it (site, io, encodings, the stdlib modules' functions, classes and constants) PyHeap
// does not build. Its baseline is that remainder. scripts/probe-startup-refcounts.py
// prints sys.getrefcount of each static object; run as the same program in CPython
// (clean environment; None's count varies by about ±20 between CPython runs, one or two
// 1-character strs' by 1: the median of 21 runs is taken, and --check accepts any value
// CPython showed)
// and in PyHeap, it makes the same references in both, so for each object
//   new baseline = current baseline + (CPython's count - PyHeap's count).
// Written: src/model/objects/numtext_statics.json (singletons, '', b'', small ints,
// 1-character strs, 1-byte bytes: absolute ob_refcnt baselines),
// src/model/objects/static_type_refcounts.json (static types: references added to
// the count PyHeap's own startup leaves) and src/model/vm/runtime_startup_refcounts.json
// (the same for the objects each interpreter makes: the modules sys, builtins, _weakref,
// weakref, gc, their dicts and functions, sys's data; scripts/probe-runtime-refcounts.py).
// Rebuild and run with --check after writing.
//
// The difference is startup's only where PyHeap models every reference the probe's own
// code makes. One known exception: CPython's code objects and compiler reference b''
// (empty exception tables...), PyHeap's do not, so b'''s baseline also carries the
// probe's share of those and other programs can read it a few dozen off (README).
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { homedir } from 'node:os';

const check = process.argv.includes('--check');
const PROBE = 'scripts/probe-startup-refcounts.py';
const NUMTEXT = 'src/model/objects/numtext_statics.json';
const TYPES = 'src/model/objects/static_type_refcounts.json';
const RUNS = 21;

function pyenvRoot() {
  try {
    return execFileSync('pyenv', ['root'], { encoding: 'utf8' }).trim();
  } catch {
    return join(homedir(), '.pyenv');
  }
}

/** "key... count" lines → Map(key → count). */
function parse(out) {
  const m = new Map();
  for (const line of out.trim().split('\n')) {
    const i = line.lastIndexOf(' ');
    m.set(line.slice(0, i), Number(line.slice(i + 1)));
  }
  return m;
}

function run(cmd, args, env, cwd) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', env, cwd });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

const python = join(pyenvRoot(), 'versions', '3.11.7', 'bin', 'python');
// Run as scripts/record-goldens.mjs runs the differential programs: file name relative
// to its directory, nothing inherited from this environment (PYTHONDONTWRITEBYTECODE
// sets sys.flags.dont_write_bytecode, one reference moved from False to True).
const cleanEnv = {
  PATH: process.env.PATH, HOME: process.env.HOME ?? '/root', LANG: 'C.UTF-8',
  PYTHONHASHSEED: '0', PYTHONDONTWRITEBYTECODE: '1', PYTHONIOENCODING: 'utf-8',
};
const runs = [];
for (let i = 0; i < RUNS; i++) runs.push(parse(run(python, [basename(PROBE)], cleanEnv, dirname(PROBE))));
const cpython = new Map();
const range = new Map();
for (const k of runs[0].keys()) {
  const v = runs.map((r) => r.get(k)).sort((a, b) => a - b);
  cpython.set(k, v[RUNS >> 1]);
  range.set(k, [v[0], v[RUNS - 1]]);
}
const model = parse(run('node', ['dist/cli.bundle.js', 'run', PROBE], { ...process.env, PYTHONHASHSEED: '0' }));

const numtext = JSON.parse(readFileSync(NUMTEXT, 'utf8'));
const types = JSON.parse(readFileSync(TYPES, 'utf8'));
const typeDelta = new Map();
let differing = 0;
for (const [k, want] of cpython) {
  const got = model.get(k);
  if (got === undefined) throw new Error(`PyHeap's probe printed no line for ${k}`);
  const d = want - got;
  const [lo, hi] = range.get(k);
  if (got < lo || got > hi) {
    differing++;
    if (check) console.log(`${k}: CPython ${lo === hi ? lo : `${lo}..${hi} (median ${want})`}, PyHeap ${got}`);
  }
  const [kind, arg] = k.split(' ');
  if (kind === 'int') numtext.ints[Number(arg) + 5] += d;
  else if (kind === 'chr') numtext.chars[Number(arg)] += d;
  else if (kind === 'byte') numtext.bytes1[Number(arg)] += d;
  else if (kind === 'type') {
    if (typeDelta.has(arg) && typeDelta.get(arg) !== d) throw new Error(`type ${arg}: two probes disagree`);
    typeDelta.set(arg, d);
  } else if (k in numtext) numtext[k] += d;
  else throw new Error(`unknown probe key ${k}`);
}
for (const [name, d] of typeDelta) {
  const v = (types.types[name] ?? 0) + d;
  if (v < 0) throw new Error(`type ${name}: PyHeap's startup holds ${-v} more references than CPython's`);
  if (v > 0) types.types[name] = v;
  else delete types.types[name];
}
console.log(`${cpython.size} static objects probed, ${differing} outside what CPython 3.11.7 showed in ${RUNS} runs`);

// The objects every interpreter makes (modules, their dicts and functions, sys's data):
// scripts/probe-runtime-refcounts.py, "kind name count" lines; what CPython shows beyond
// PyHeap's count is held by startup objects PyHeap does not build (vm/startup_refs.ts).
const RT_PROBE = 'scripts/probe-runtime-refcounts.py';
const RUNTIME = 'src/model/vm/runtime_startup_refcounts.json';
const rtRuns = [];
for (let i = 0; i < RUNS; i++) rtRuns.push(parse(run(python, [basename(RT_PROBE)], cleanEnv, dirname(RT_PROBE))));
const rtModel = parse(run('node', ['dist/cli.bundle.js', 'run', RT_PROBE], { ...process.env, PYTHONHASHSEED: '0' }));
const runtime = JSON.parse(readFileSync(RUNTIME, 'utf8'));
let rtDiffering = 0, rtAbsent = 0;
for (const k of rtRuns[0].keys()) {
  const v = rtRuns.map((r) => r.get(k)).sort((a, b) => a - b);
  const want = v[RUNS >> 1], lo = v[0], hi = v[RUNS - 1];
  const got = rtModel.get(k);
  if (got === undefined) {
    rtAbsent++; // a function or attribute PyHeap does not have
    continue;
  }
  if (got < lo || got > hi) {
    rtDiffering++;
    if (check) console.log(`${k}: CPython ${lo === hi ? lo : `${lo}..${hi} (median ${want})`}, PyHeap ${got}`);
  }
  const n = (runtime.objects[k] ?? 0) + want - got;
  if (n < 0) throw new Error(`${k}: PyHeap holds ${-n} more references than CPython (a modelling error, not a startup difference)`);
  if (n > 0) runtime.objects[k] = n;
  else delete runtime.objects[k];
}
for (const k of rtModel.keys()) if (!rtRuns[0].has(k)) throw new Error(`${k}: PyHeap has it, CPython's probe printed no line`);
console.log(`${rtModel.size} runtime objects probed (${rtAbsent} of CPython's are not in PyHeap), ${rtDiffering} outside what CPython 3.11.7 showed`);
if (check) process.exit(differing === 0 && rtDiffering === 0 ? 0 : 1);
runtime.objects = Object.fromEntries(Object.entries(runtime.objects).sort(([a], [b]) => (a < b ? -1 : 1)));
writeFileSync(RUNTIME, JSON.stringify(runtime, null, 2) + '\n');
numtext.note = 'ob_refcnt each static object starts a run with (scripts/calibrate-startup-refcounts.mjs): ' +
  'ints[k+5] for k in -5..256, chars[c] for chr(c), bytes1[c] for bytes([c])';
writeFileSync(NUMTEXT, JSON.stringify(numtext));
types.types = Object.fromEntries(Object.entries(types.types).sort(([a], [b]) => (a < b ? -1 : 1)));
writeFileSync(TYPES, JSON.stringify(types, null, 2) + '\n');
console.log(`wrote ${NUMTEXT}, ${TYPES} and ${RUNTIME}: rebuild, then run with --check`);
