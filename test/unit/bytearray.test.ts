// bytearray's buffer is a real allocation (Objects/bytearrayobject.c, 3.11): a
// PyObject_Malloc'd block owned by the bytearray (pymalloc up to 512 bytes, the raw
// allocator above), resized as PyByteArray_Resize decides, freed with the object;
// a huge size is a MemoryError before anything is allocated.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Interpreter } from '../../src/model/vm/run';
import { PyDict_GetItemString } from '../../src/model/objects/dictobject';
import type { PyObject } from '../../src/model/objects/object';
import type { Obmalloc } from '../../src/model/memory/obmalloc';
import type { PyByteArrayObject } from '../../src/model/objects/bytearrayobject';

/** Steps until the module is paused just before line `line` (1-based) runs. */
function stepTo(it: Interpreter, line: number): void {
  do it.stepLine(); while (it.state !== 'done' && it.currentFrames()[0]?.traced_line !== line);
}

/** Runs `source` until just before line `line` runs. */
function pausedAt(source: string, line: number): Interpreter {
  const it = Interpreter.create(source, { filename: 'ba.py' });
  stepTo(it, line);
  return it;
}

function global(it: Interpreter, name: string): PyObject {
  it.activate();
  const v = PyDict_GetItemString(it.mainModule()?.ob_dict as PyObject, name);
  assert.ok(v !== null, name);
  return v;
}

test('bytearray(100): a 101-byte pymalloc block owned by the bytearray', () => {
  const it = pausedAt('b = bytearray(100)\npass\n', 2);
  const b = global(it, 'b') as PyByteArrayObject;
  const mem = it.rt.mem as Obmalloc;
  assert.equal(b.ob_alloc, 101);
  assert.equal(b.ob_size, 100);
  const owner = mem.ownerOf(b.ob_bytes);
  assert.equal(owner?.obj, b);
  assert.equal(owner?.part, 'ob_bytes');
  const loc = mem.locate(b.ob_bytes);
  assert.equal(loc?.kind, 'pymalloc');
  assert.equal(loc?.kind === 'pymalloc' ? loc.blockSize : 0, 112);
});

test('bytearray(1000): the buffer comes from the raw allocator; bytearray() has none', () => {
  const it = pausedAt('b = bytearray(1000)\ne = bytearray()\npass\n', 3);
  const b = global(it, 'b') as PyByteArrayObject;
  const e = global(it, 'e') as PyByteArrayObject;
  const loc = (it.rt.mem as Obmalloc).locate(b.ob_bytes);
  assert.equal(loc?.kind, 'raw');
  assert.equal(e.ob_bytes, 0);
  assert.equal(e.ob_alloc, 0);
});

test('appends over-allocate by about 1/8; the buffer follows (realloc)', () => {
  const it = Interpreter.create('b = bytearray()\nfor i in range(20):\n    b.append(i)\ndone = 1\npass\n', { filename: 'ba.py' });
  it.activate();
  while (PyDict_GetItemString(it.mainModule()?.ob_dict as PyObject, 'done') === null) it.stepLine();
  const b = global(it, 'b') as PyByteArrayObject;
  // Allocations 2, 5, 8, 12, 19, 27 as the size passes 1, 2, 5, 8, 12, 19.
  assert.equal(b.ob_size, 20);
  assert.equal(b.ob_alloc, 27);
  assert.equal((it.rt.mem as Obmalloc).ownerOf(b.ob_bytes)?.obj, b);
});

test('del b[:n] advances ob_start; a major shrink moves to a fresh block', () => {
  const src = 'b = bytearray(b"abcdefghij")\ndel b[:2]\ndel b[:4]\npass\n';
  const it = pausedAt(src, 2);
  const b = global(it, 'b') as PyByteArrayObject;
  const addr = b.ob_bytes;
  stepTo(it, 3);
  assert.equal(b.ob_start, 2);
  assert.equal(b.ob_bytes, addr);
  assert.equal(b.ob_alloc, 11);
  stepTo(it, 4);
  // size 4 < 11 / 2: exact size 5, copied to a new buffer (PyObject_Malloc + Free).
  assert.equal(b.ob_start, 0);
  assert.equal(b.ob_alloc, 5);
  assert.equal((it.rt.mem as Obmalloc).ownerOf(b.ob_bytes)?.obj, b);
  assert.equal((it.rt.mem as Obmalloc).ownerOf(addr), undefined);
});

test('bytearray(10**12) is a MemoryError that allocates nothing; the buffer is freed with the object', () => {
  const src = [
    'n = 10 ** 12', 'try:', '    bytearray(n)', 'except MemoryError:', '    pass',
    'try:', '    bytearray(n)', 'except MemoryError:', '    pass',
    'b = bytearray(300)', 'del b', 'pass', '',
  ].join('\n');
  const it = pausedAt(src, 6);
  const mem = it.rt.mem as Obmalloc;
  // After a first attempt (which may leave an argument tuple on its free list), a
  // second one leaves the heap exactly as it was.
  const before = mem.allocatedBlocks();
  stepTo(it, 10);
  assert.equal(mem.allocatedBlocks(), before);
  stepTo(it, 11); // b = bytearray(300) ran: the object and its buffer
  assert.equal(mem.allocatedBlocks(), before + 2);
  stepTo(it, 12); // del b
  assert.equal(mem.allocatedBlocks(), before);
  it.run();
  assert.equal(it.result().stdout, '');
  assert.equal(it.exitCode, 0);
});
