// The parser against goldens recorded from CPython 3.11.7
// (scripts/record-ast-goldens.mjs): ast.dump of valid snippets, and the
// SyntaxError (type, msg, lineno, offset, end_lineno, end_offset, text) that
// `python file.py` raises for invalid ones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dump, parse, parseFull, PySyntaxError, UnsupportedSyntax } from '../../src/model/syntax/index';

const dir = join(__dirname, 'syntax-goldens');
const astGoldens: { src: string; dump: string; attrs: string }[] = JSON.parse(readFileSync(join(dir, 'ast.json'), 'utf8'));
const errorGoldens: { src: string; stage: string; error: [string, string, number, number, number, number, string | null] }[] =
  JSON.parse(readFileSync(join(dir, 'errors.json'), 'utf8'));

function describe(e: unknown): unknown {
  if (e instanceof PySyntaxError) return [e.kind, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text];
  if (e instanceof UnsupportedSyntax) return ['UnsupportedSyntax', e.message];
  throw e;
}

test('ast.dump matches CPython 3.11 for valid snippets', () => {
  const failures: string[] = [];
  for (const g of astGoldens) {
    let got: string;
    try {
      got = dump(parseFull(g.src, 'f.py'));
    } catch (e) {
      got = JSON.stringify(describe(e));
    }
    if (got !== g.dump) failures.push(`${JSON.stringify(g.src)}\n  want ${g.dump}\n  got  ${got}`);
  }
  assert.equal(failures.length, 0, `${failures.length}/${astGoldens.length} differ:\n${failures.join('\n')}`);
});

test('AST positions (lineno, col_offset, end_lineno, end_col_offset) match CPython 3.11', () => {
  const failures: string[] = [];
  for (const g of astGoldens) {
    let got: string;
    try {
      got = dump(parseFull(g.src, 'f.py'), true);
    } catch (e) {
      got = JSON.stringify(describe(e));
    }
    if (got !== g.attrs) failures.push(`${JSON.stringify(g.src)}\n  want ${g.attrs}\n  got  ${got}`);
  }
  assert.equal(failures.length, 0, `${failures.length}/${astGoldens.length} differ:\n${failures.join('\n')}`);
});

/** Known differences, each with its reason. */
const KNOWN_ERROR_DIFFERENCES = new Map<string, string>([
  ['match x:\n  case 1 pass\n', 'PyHeap parses no match patterns: any match statement is UnsupportedSyntax'],
]);

test('SyntaxErrors match CPython 3.11 (message, line, offsets, text)', () => {
  const failures: string[] = [];
  let n = 0;
  for (const g of errorGoldens) {
    if (g.stage !== 'parse' || KNOWN_ERROR_DIFFERENCES.has(g.src)) continue;
    n++;
    let got: unknown = null;
    try {
      parseFull(g.src, 'f.py');
    } catch (e) {
      got = describe(e);
    }
    if (JSON.stringify(got) !== JSON.stringify(g.error)) {
      failures.push(`${JSON.stringify(g.src)}\n  want ${JSON.stringify(g.error)}\n  got  ${JSON.stringify(got)}`);
    }
  }
  assert.equal(failures.length, 0, `${failures.length}/${n} differ:\n${failures.join('\n')}`);
});

test('compile-stage errors are not raised by the parser', () => {
  for (const g of errorGoldens) {
    if (g.stage !== 'compile') continue;
    assert.doesNotThrow(() => parseFull(g.src, 'f.py'), g.src);
  }
});

test('constructs outside the subset are rejected by name and line', () => {
  const cases: [string, string][] = [
    ['x = 1\nasync with a: pass\n', "PyHeap does not support 'async with' yet (line 2)"],
    ['match x:\n  case 1: pass\n', "PyHeap does not support the 'match' statement yet (line 1)"],
    ['async def f(): pass\n', "PyHeap does not support 'async def' yet (line 1)"],
    ['x = [(y := 1) async for y in z]\n', "PyHeap does not support 'async for' in comprehensions yet (line 1)"],
    ["x = '\\N{DASH}'\n", "PyHeap does not support '\\N{...}' escapes in string literals yet (line 1)"],
  ];
  for (const [src, msg] of cases) {
    assert.throws(() => parse(src, 'f.py'), (e: unknown) => e instanceof UnsupportedSyntax && e.message === msg, src);
  }
});
