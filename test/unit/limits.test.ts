// CPython's errors at the host's limits, where no differential program can say what
// CPython prints (it would succeed, or crash, or print a path): the JavaScript stack
// and string limits (vm/hostlimits.ts, memory/budget.ts HOST_MAX_STRING_LENGTH), the
// source file's bytes (syntax/source_decode.ts, messages recorded from CPython 3.11.7
// with the file's path substituted) and the CLI's stack (scripts/cli-launcher.mjs).
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runSource } from '../../src/model/index';
import { _PyErr_FromHostLimit } from '../../src/model/vm/hostlimits';

function run(source: string | Uint8Array, filename = '/tmp/prog.py'): { stdout: string; stderr: string; exitCode: number } {
  return runSource(source, { filename, maxSteps: 50_000_000 });
}

test('strings past the host limit (2**29 - 24 UTF-16 units) are a MemoryError before the text is built', () => {
  const r = run([
    "def t(f):",
    "    try:",
    "        print(len(f()))",
    "    except MemoryError as e:",
    "        print('MemoryError', e.args)",
    "t(lambda: 'a' * 2**29)",
    "t(lambda: 'é' * (2**29 - 23))",
    "t(lambda: 'a'.ljust(2**29))",
    "t(lambda: 'a'.center(2**30, 'x'))",
    "t(lambda: '1'.zfill(2**29))",
    "t(lambda: format('x', '>' + str(2**29)))",
    "t(lambda: '%*d' % (2**29, 1))",
    "t(lambda: ('\\t' * 64).expandtabs(2**23))",
    "t(lambda: ('a' * 2**15).replace('a', 'b' * 2**15))",
    "big = 'a' * 2**28",
    "t(lambda: big + big)",
    "t(lambda: ''.join([big, big]))",
    "t(lambda: 'a' * 2**20)",
  ].join('\n'));
  assert.equal(r.exitCode, 0, r.stderr);
  assert.equal(r.stdout, `${'MemoryError ()\n'.repeat(11)}${2 ** 20}\n`);
});

test('a JavaScript stack overflow or a host size limit becomes RecursionError / MemoryError, never an internal error', () => {
  let overflow: unknown;
  const deep = (n: number): number => deep(n + 1) + 1;
  try {
    deep(0);
  } catch (e) {
    overflow = e;
  }
  const rec = _PyErr_FromHostLimit(overflow);
  assert.ok(rec !== null);
  assert.equal(rec.type.tp_name, 'RecursionError');
  assert.equal(_PyErr_FromHostLimit(new RangeError('Invalid string length'))?.type.tp_name, 'MemoryError');
  assert.equal(_PyErr_FromHostLimit(new RangeError('toFixed() digits argument must be between 0 and 100')), null);
  // Recursion through C code with the limit raised past what the stack holds: CPython
  // would crash (its C stack); the simulator raises RecursionError, which Python catches.
  const r = run([
    'import sys',
    'sys.setrecursionlimit(10**7)',
    'class A:',
    '    def __init__(self):',
    '        self.a = A()',
    'try:',
    '    A()',
    'except RecursionError as e:',
    "    print('caught', e)",
    "print('after')",
  ].join('\n'));
  assert.equal(r.exitCode, 0, r.stderr);
  assert.equal(r.stdout, 'caught maximum recursion depth exceeded\nafter\n');
});

test('source bytes: Non-UTF-8 code, null bytes and coding declarations as CPython 3.11.7 reports them', () => {
  const F = '/tmp/src/prog.py';
  const bytes = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));
  const nonUtf8 = (byte: string, line: number): string =>
    `SyntaxError: Non-UTF-8 code starting with '\\x${byte}' in file ${F} on line ${line}, but no encoding declared; ` +
    'see https://peps.python.org/pep-0263/ for details\n';
  const cases: [string, string, number][] = [
    ['print(1)\nx = "\xff"\n', nonUtf8('ff', 2), 1],
    ['x = 1\ny = \xc3\n', nonUtf8('c3', 2), 1],
    // A parser error earlier in the file: reporting it reads the rest, which fails.
    ['x = = 1\ny = 2\n\xff\n', nonUtf8('ff', 3), 1],
    // A tokenizer error earlier in the file stops the reading first.
    ['x = )\ny=1\n\xff\n', `  File "${F}", line 1\n    x = )\n        ^\nSyntaxError: unmatched ')'\n`, 1],
    // ensure_utf8 stops at a NUL: on one line, the first problem wins.
    ['x = "\xff\x00"\n', nonUtf8('ff', 1), 1],
    ['x = "\x00\xff"\n', `  File "${F}", line 1\n    x = "\nSyntaxError: source code cannot contain null bytes\n`, 1],
    ['x = 1\n\t\x00\n', `  File "${F}", line 2\n    \nSyntaxError: source code cannot contain null bytes\n`, 1],
    ['# coding: foobar\nprint(1)\n', 'SyntaxError: encoding problem: foobar\n', 1],
    ['\xef\xbb\xbf# coding: latin-1\nprint(1)\n', 'SyntaxError: encoding problem: iso-8859-1 with BOM\n', 1],
    ['# coding: ascii\nx = "\xe9"\n', 'SyntaxError: encoding problem: ascii\n', 1],
    // A declaration counts on line 2 after a comment, not after code, nor on line 3.
    ['x = 1\n# coding: latin-1\nprint("\xe9")\n', nonUtf8('e9', 3), 1],
    ['\n\n# coding: latin-1\nx = "\xe9"\n', nonUtf8('e9', 4), 1],
  ];
  for (const [src, stderr, code] of cases) {
    const r = run(bytes(src), F);
    assert.equal(r.stderr, stderr, JSON.stringify(src));
    assert.equal(r.exitCode, code);
    assert.equal(r.stdout, '');
  }
  const ok: [string, string][] = [
    ['# hi\n# vim: set fileencoding=latin-1 :\nprint(ascii("\xe9\xff"))\n', "'\\xe9\\xff'\n"],
    ['  # coding=utf8\nprint(len("\xc3\xa9"))\n', '1\n'],
    ['# -*- coding: L1 -*-\r\nprint(len("\xc3\xa9"))\r\n', '2\n'],
    ['# coding: us-ascii\nprint(1)\n', '1\n'],
    ['\xef\xbb\xbfprint("bom")\n', 'bom\n'],
  ];
  for (const [src, out] of ok) {
    const r = run(bytes(src), F);
    assert.equal(r.stdout, out, r.stderr);
    assert.equal(r.exitCode, 0);
  }
  // A codec CPython has and PyHeap does not decode is refused by name.
  const r = run(bytes('# coding: cp1252\nprint("\x80")\n'), F);
  assert.equal(r.exitCode, 1);
  assert.match(r.stderr, /^SyntaxError: encoding 'cp1252' is not supported by PyHeap/);
});

const CLI = resolve('dist/cli.js');

test('cli: a directory runs its __main__.py, or fails as CPython does; deep recursion through C fits the stack', { skip: !existsSync(CLI) }, () => {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'pyheap-limits-')));
  try {
    mkdirSync(join(dir, 'app'));
    writeFileSync(join(dir, 'app', '__main__.py'), 'print(__name__, __file__.endswith("app/__main__.py"))\n');
    mkdirSync(join(dir, 'empty'));
    let r = spawnSync(CLI, ['run', 'app'], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.stdout, '__main__ True\n', r.stderr);
    r = spawnSync(CLI, ['run', 'empty'], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 1);
    assert.equal(r.stderr, `pyheap: can't find '__main__' module in '${dir}/empty'\n`);
    // 300 levels of repr() -> __repr__ (900 recursion counts, as in CPython) and the
    // limit itself reached through __init__: both within the launcher's stack.
    writeFileSync(join(dir, 'deep.py'), [
      'class R:',
      '    def __init__(self, n): self.n = n',
      "    def __repr__(self): return repr(R(self.n - 1)) if self.n else 'R'",
      'print(repr(R(300)))',
      'class B:',
      '    def __init__(self): self.b = B()',
      'try:',
      '    B()',
      'except RecursionError as e:',
      '    print(e)',
    ].join('\n'));
    r = spawnSync(CLI, ['run', 'deep.py'], { cwd: dir, encoding: 'utf8' });
    // (CPython 3.11.7 prints the same: the 1001st entry is an __init__ frame's.)
    assert.equal(r.stdout, 'R\nmaximum recursion depth exceeded\n', r.stderr);
    assert.equal(r.status, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
