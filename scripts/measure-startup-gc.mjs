// Measures, in CPython 3.11.7 itself, the collector's state when `python FILE` is about to
// parse FILE: what src/model/profiles/gc.ts (startup.count0) starts the simulator from.
//
//   node scripts/measure-startup-gc.mjs [FILE]       (default: a one-line program)
//
// Runs the interpreter under gdb (needs gdb and pyenv's 3.11.7, whose libpython has debug
// information), stops at _PyParser_ASTFromFile — pyrun_file has just made the parser arena,
// whose list is one of the counted objects — and again at PyEval_EvalCode, once the file is
// compiled, and prints generation counts and free-list lengths at both. The environment is
// the goldens' (scripts/cpython-env.mjs) with address-space randomisation off, as the
// settrace recorder runs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cpythonEnv } from './cpython-env.mjs';

const python = join(process.env.PYENV_ROOT ?? join(process.env.HOME ?? '/root', '.pyenv'), 'versions', '3.11.7', 'bin', 'python3.11');
const dir = mkdtempSync(join(tmpdir(), 'pyheap-startup-gc-'));
let file = process.argv[2];
if (file === undefined) {
  file = join(dir, 'one_line.py');
  writeFileSync(file, 'import gc; print(gc.get_count())\n');
}

const state = [
  'p _PyRuntime.interpreters.main->gc.generations[0].count',
  'p _PyRuntime.interpreters.main->gc.generations[1].count',
  'p _PyRuntime.interpreters.main->gc.generations[2].count',
  'p _PyRuntime.interpreters.main->dict_state.numfree',
  'p _PyRuntime.interpreters.main->list.numfree',
  'p _PyRuntime.interpreters.main->tuple.numfree',
];
const script = [
  'set pagination off',
  'set breakpoint pending on',
  'break _PyParser_ASTFromFile',
  'run',
  'echo @parse\\n',
  ...state,
  // Module code run during startup goes through PyEval_EvalCode too: only now is the next stop FILE's.
  'break PyEval_EvalCode',
  'continue',
  'echo @compiled\\n',
  ...state,
  'kill',
  'quit',
].join('\n');
const cmds = join(dir, 'gdb.cmds');
writeFileSync(cmds, script + '\n');

const r = spawnSync('setarch', ['-R', 'gdb', '-q', '-batch', '-x', cmds, '--args', python, file], {
  env: cpythonEnv(), encoding: 'utf8',
});
if (r.error !== undefined || r.status !== 0 && !/@compiled/.test(r.stdout)) {
  console.error(r.error?.message ?? r.stderr);
  process.exit(1);
}
const names = ['generation 0 count', 'generation 1 count', 'generation 2 count', 'free dicts', 'free lists', 'free tuples (by size 1..20)'];
let i = 0;
for (const line of r.stdout.split('\n')) {
  if (line.startsWith('@')) {
    console.log(line === '@parse' ? 'about to parse (the arena list made):' : 'compiled, about to run:');
    i = 0;
  } else {
    const m = /^\$\d+ = (.*)$/.exec(line);
    if (m !== null) console.log(`  ${names[i++]}: ${m[1]}`);
  }
}
