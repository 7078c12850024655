// The type system and object protocol, judged by CPython 3.11.7: each program in
// types-goldens/ was run with /root/.pyenv/versions/3.11.7/bin/python and its stdout
// committed as NAME.out (re-record: python3.11 NAME.py > NAME.out). The programs
// cover slot dispatch (binary_op1's subclass rule, reflected operands, rich
// comparison fallbacks), 3.11 error messages, slot wrappers and method descriptors,
// class creation (C3 MRO and its errors, layout conflicts), refcounts of classes,
// instances and methods called through slots, __del__ timing, sizes, super(),
// __getattr__, __slots__, property, exceptions and iterators.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runSource } from '../../src/model/index';

const dir = join(__dirname, 'types-goldens');

for (const f of readdirSync(dir).filter((n) => n.endsWith('.py')).sort()) {
  test(`types: ${f}`, () => {
    const src = readFileSync(join(dir, f), 'utf8');
    const expected = readFileSync(join(dir, f.replace(/\.py$/, '.out')), 'utf8');
    const r = runSource(src, { filename: f });
    assert.equal(r.stderr.split('\n').filter((l) => !l.includes('SyntaxWarning') && !l.startsWith('  t(lambda')).join('\n').trim(), '');
    assert.equal(r.stdout, expected);
    assert.equal(r.exitCode, 0);
  });
}
