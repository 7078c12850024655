// What the `pyheap run` command prints besides the program's own output, compared with
// text recorded from CPython 3.11.7 (`python prog.py 2>&1` from the program's folder):
// the compiler's SyntaxWarnings on stderr before anything runs, with the script path
// made absolute as CPython 3.9+ does (also __file__ and tracebacks), and stdout/stderr
// interleaved as the program writes them.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = resolve('dist/cli.js');

function run(source: string): { combined: string; dir: string } {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'pyheap-out-')));
  writeFileSync(join(dir, 'prog.py'), source);
  // Executed as the `pyheap` bin (its launcher picks the node flags and the startup
  // snapshot). One pipe for both streams, as `2>&1`: the order of the writes is what is compared.
  const r = spawnSync('/bin/sh', ['-c', `"${CLI}" run prog.py 2>&1`], { cwd: dir, encoding: 'utf8' });
  rmSync(dir, { recursive: true, force: true });
  return { combined: r.stdout, dir };
}

test('SyntaxWarnings are printed first, as CPython prints them, with the absolute script path', { skip: !existsSync(CLI) }, () => {
  const { combined, dir } = run("x = 1000\nif x is 1000:\n    print('same')\nassert (x, 'msg')\nprint(x is not 'a', __file__ == __file__)\n");
  const f = `${dir}/prog.py`;
  assert.equal(combined,
    `${f}:2: SyntaxWarning: "is" with a literal. Did you mean "=="?\n  if x is 1000:\n` +
    `${f}:4: SyntaxWarning: assertion is always true, perhaps remove parentheses?\n  assert (x, 'msg')\n` +
    `${f}:5: SyntaxWarning: "is not" with a literal. Did you mean "!="?\n  print(x is not 'a', __file__ == __file__)\n` +
    'same\nTrue True\n');
});

test('__file__ and tracebacks name the script by its absolute path; stdout is flushed before the traceback', { skip: !existsSync(CLI) }, () => {
  const { combined, dir } = run("print(__file__)\n1/0\n");
  // _PyRun_SimpleFileObject calls flush_io() before PyErr_Print.
  assert.equal(combined,
    `${dir}/prog.py\nTraceback (most recent call last):\n  File "${dir}/prog.py", line 2, in <module>\n    1/0\n    ~^~\nZeroDivisionError: division by zero\n`);
});

test("a SyntaxError's caret spans its range, an IndentationError's is one caret (parse_syntax_error)", { skip: !existsSync(CLI) }, () => {
  const indent = run('x = 1\ndef g():\ndef f():\n    return 1\n');
  assert.equal(indent.combined,
    `  File "${indent.dir}/prog.py", line 3\n    def f():\n    ^\n` +
    'IndentationError: expected an indented block after function definition on line 2\n');
  const syntax = run('def f():\n    return 1\nf() = 3\n');
  assert.equal(syntax.combined,
    `  File "${syntax.dir}/prog.py", line 3\n    f() = 3\n    ^^^\n` +
    "SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?\n");
});

test("the compiler's SyntaxWarnings before its SyntaxError are printed first, as CPython's compiler emits them", { skip: !existsSync(CLI) }, () => {
  // 'await' outside a function: a construct PyHeap lacks, whose real error CPython's compiler raises.
  const { combined, dir } = run('x = 1\nif x is 1: pass\nawait y\n');
  assert.equal(combined,
    `${dir}/prog.py:2: SyntaxWarning: "is" with a literal. Did you mean "=="?\n  if x is 1: pass\n` +
    `  File "${dir}/prog.py", line 3\n    await y\n    ^^^^^^^\nSyntaxError: 'await' outside function\n`);
});

test("a failed subscript is underlined from its '[' to its ']', parentheses and spaces included (3.11.7's anchors)", { skip: !existsSync(CLI) }, () => {
  for (const [segment, carets] of [['n[ (1) ]', '~^^^^^^^'], ['(n)[(1)]', '~~~^^^^^'], ['n [1]', '~~^^^']]) {
    const { combined, dir } = run(`n = 1\nx = ${segment}\n`);
    assert.equal(combined,
      `Traceback (most recent call last):\n  File "${dir}/prog.py", line 2, in <module>\n    x = ${segment}\n        ${carets}\n` +
      "TypeError: 'int' object is not subscriptable\n");
  }
});
