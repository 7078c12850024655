// Static objects (libpython's data segment) against offsets measured on the real
// libpython3.11.so (test/unit/memory-goldens/cpython311.json, "static": id(x) minus
// the image start) and the struct layout of Include/internal/pycore_global_objects.h.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { StaticLayout } from '../../src/model/memory/static';
import { IDENTIFIERS_311, LITERALS_311 } from '../../src/model/memory/static-strings-311';
import { LIBPYTHON_BASE, MMAP_BASE, HEAP_BASE } from '../../src/model/memory/addrspace';

const golden = JSON.parse(readFileSync(new URL('./memory-goldens/cpython311.json', import.meta.url), 'utf8'));
const strings = JSON.parse(readFileSync(new URL('./memory-goldens/static-strings.json', import.meta.url), 'utf8'));

test('the static string table is the one in pycore_global_strings.h', () => {
  assert.deepEqual(LITERALS_311.map((x) => [...x]), strings.literals);
  assert.deepEqual([...IDENTIFIERS_311], strings.identifiers);
});

test('every measured static object is at its real offset from the image start', () => {
  const s = new StaticLayout();
  for (const [symbol, off] of Object.entries(golden.static as Record<string, number>)) {
    assert.equal(s.staticAddress(symbol) - LIBPYTHON_BASE, off, symbol);
  }
});

test('small ints 32 bytes apart, bytes singletons 48, ascii 56, latin-1 80 (struct sizes)', () => {
  const s = new StaticLayout();
  assert.equal(s.smallInt(1) - s.smallInt(0), 32);
  assert.equal(s.smallInt(256) - s.smallInt(-5), 261 * 32);
  assert.equal(s.bytesChar(97) - s.bytesChar(0), 97 * 48);
  assert.equal(s.latin1Char(127) - s.latin1Char(0), 127 * 56);
  assert.equal(s.latin1Char(255) - s.latin1Char(128), 127 * 80);
  assert.equal(s.staticAddress("b''"), s.smallInt(256) + 32, 'bytes_empty follows small_ints');
  assert.equal(s.staticString(''), s.staticAddress("''"));
  assert.equal(s.staticString('__init__'), s.staticAddress('str:__init__'));
  assert.equal(s.staticString('not an identifier'), undefined);
});

test('unmeasured static types get distinct addresses in the image, stable per name', () => {
  const s = new StaticLayout();
  const a = s.staticType('dict_reversekeyiterator');
  const b = s.staticType('mappingproxy');
  assert.notEqual(a, b);
  assert.equal(s.staticType('dict_reversekeyiterator'), a);
  assert.ok(s.contains(a) && s.contains(b));
  const measured = Object.entries(golden.static as Record<string, number>).map(([, o]) => LIBPYTHON_BASE + o);
  assert.ok(!measured.includes(a) && !measured.includes(b));
});

test('static, arena (mmap) and raw (brk) ranges are distinct', () => {
  const s = new StaticLayout();
  assert.ok(!s.contains(MMAP_BASE - 1));
  assert.ok(!s.contains(HEAP_BASE));
  assert.ok(MMAP_BASE < LIBPYTHON_BASE && HEAP_BASE < MMAP_BASE);
});
