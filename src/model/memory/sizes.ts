// Object sizes of CPython 3.11 as pure functions: what each type allocates (the
// number passed to PyObject_Malloc / PyMem_Malloc) and what sys.getsizeof returns.
// sys.getsizeof(o) = type(o).__sizeof__(o) + the pre-header (Python/sysmodule.c
// _PySys_GetSizeOf adds _PyType_PreHeaderSize: 16 for PyGC_Head of GC types, 16 more
// for managed-dict instances). __sizeof__ is object.__sizeof__ (tp_basicsize +
// tp_itemsize * |ob_size|) unless the type overrides it (list, dict, set, str, int,
// bytearray, code, generator, type ...). Every rule below names its C function.
// The numbers come from the profile's memory section; unit tests replay sweeps of
// sizes recorded from the real interpreter (test/unit/memory-goldens/).

import type { MemoryProfile } from '../profiles/memory';

/** _Py_SIZE_ROUND_UP(n, 8). */
export function roundUp8(n: number): number {
  return Math.ceil(n / 8) * 8;
}

/** _PyObject_VAR_SIZE: basicsize + n * itemsize, rounded up to pointer size. */
export function varObjectSize(basicsize: number, itemsize: number, n: number): number {
  return roundUp8(basicsize + n * itemsize);
}

/** _PyType_PreHeaderSize: bytes before the object address in its block. */
export function preHeaderSize(mem: MemoryProfile, gc: boolean, managedDict: boolean): number {
  return (gc ? mem.gcHeadSize : 0) + (managedDict ? mem.managedDictPreHeaderSize : 0);
}

/** sys.getsizeof from a __sizeof__ result. */
export function getsizeof(mem: MemoryProfile, sizeofResult: number, gc: boolean, managedDict = false): number {
  return sizeofResult + preHeaderSize(mem, gc, managedDict);
}

/** object.__sizeof__ (Objects/typeobject.c object___sizeof___impl): basicsize + itemsize * |ob_size|. */
export function objectSizeof(basicsize: number, itemsize: number, obSize = 0): number {
  return basicsize + itemsize * Math.abs(obSize);
}

/** The layout of a builtin type by tp_name (throws for unknown names). */
export function typeLayout(mem: MemoryProfile, tpName: string) {
  const t = mem.types[tpName];
  if (t === undefined) throw new Error(`internal: no layout for type ${tpName}`);
  return t;
}

/** sys.getsizeof of an object of a fixed-size builtin type (float, range, cell, function, slice ...). */
export function fixedGetsizeof(mem: MemoryProfile, tpName: string): number {
  const t = typeLayout(mem, tpName);
  return getsizeof(mem, t.basicsize, t.gc);
}

// ---------------------------------------------------------------------------
// int (Objects/longobject.c)

/** Number of 30-bit digits of |v| (0 for 0: ob_size is 0). */
export function longDigits(mem: MemoryProfile, v: bigint): number {
  let a = v < 0n ? -v : v;
  let n = 0;
  const shift = BigInt(mem.structs.digitBits);
  while (a > 0n) {
    a >>= shift;
    n++;
  }
  return n;
}

/** int.__sizeof__ (long__sizeof__): offsetof(ob_digit) + max(|ob_size|, 1) digits.
 *  Also what _PyLong_New(n) allocates (3.11 always allocates at least one digit). */
export function longSizeof(mem: MemoryProfile, ndigits: number): number {
  return mem.types.int.basicsize + Math.max(ndigits, 1) * mem.structs.digit;
}

// ---------------------------------------------------------------------------
// str (Objects/unicodeobject.c)

/** PEP 393 kind of a string whose largest code point is maxchar: 1, 2 or 4 bytes per char. */
export function unicodeKind(maxchar: number): 1 | 2 | 4 {
  return maxchar < 256 ? 1 : maxchar < 65536 ? 2 : 4;
}

/** PyUnicode_New(size, maxchar): bytes of the compact object (header + (size + 1) * kind). */
export function unicodeAllocSize(mem: MemoryProfile, length: number, maxchar: number): number {
  if (maxchar < 128) return mem.structs.PyASCIIObject + length + 1;
  return mem.structs.PyCompactUnicodeObject + (length + 1) * unicodeKind(maxchar);
}

/** str.__sizeof__ (unicode_sizeof_impl): the compact object plus a separately cached
 *  UTF-8 buffer (utf8_length + 1) when one was materialised for a non-ASCII string
 *  (PyUnicode_AsUTF8AndSize caches it; str.encode does not). */
export function unicodeSizeof(mem: MemoryProfile, length: number, maxchar: number, utf8Length: number | null = null): number {
  let size = unicodeAllocSize(mem, length, maxchar);
  if (maxchar >= 128 && utf8Length !== null) size += utf8Length + 1;
  return size;
}

// ---------------------------------------------------------------------------
// bytes, bytearray (Objects/bytesobject.c, Objects/bytearrayobject.c)

/** PyBytesObject_SIZE + n: allocation and __sizeof__ of a bytes object of length n. */
export function bytesSize(mem: MemoryProfile, n: number): number {
  return mem.types.bytes.basicsize + n;
}

/** bytearray.__sizeof__: basicsize + ob_alloc (the buffer is PyObject_Malloc'ed separately). */
export function bytearraySizeof(mem: MemoryProfile, alloc: number): number {
  return mem.types.bytearray.basicsize + alloc;
}

/** PyByteArray_Resize's new ob_alloc for a resize from (size, alloc) to `requested`
 *  (logical offset 0), or the old alloc when the buffer is kept. 0 → 0 (the buffer is freed). */
export function bytearrayResizeAlloc(alloc: number, requested: number): number {
  if (requested === 0) return 0;
  if (requested + 1 <= alloc) {
    // Major downsize to exact size, else a quick exit keeping the buffer.
    return requested < alloc / 2 ? requested + 1 : alloc;
  }
  if (requested <= alloc * 1.125) return requested + (requested >> 3) + (requested < 9 ? 3 : 6);
  return requested + 1;
}

// ---------------------------------------------------------------------------
// tuple (Objects/tupleobject.c)

/** tuple_alloc: PyObject_GC_NewVar(PyTupleObject, n) — the struct part (without PyGC_Head). */
export function tupleStructSize(mem: MemoryProfile, n: number): number {
  const t = mem.types.tuple;
  return varObjectSize(t.basicsize, t.itemsize, n);
}

// ---------------------------------------------------------------------------
// list (Objects/listobject.c)

/** list.__sizeof__ (list___sizeof___impl): basicsize + allocated * sizeof(PyObject *). */
export function listSizeof(mem: MemoryProfile, allocated: number): number {
  return mem.types.list.basicsize + allocated * mem.structs.pointer;
}

/** list_resize(self, newsize): the new `allocated`, or `allocated` unchanged when the
 *  current array is kept (allocated >= newsize >= allocated/2). 3.11 over-allocation:
 *  (newsize + newsize/8 + 6) & ~3, but no more than needed to round newsize up to a
 *  multiple of 4 when the growth is larger than that over-allocation; 0 for newsize 0. */
export function listResize(allocated: number, oldSize: number, newSize: number): number {
  if (allocated >= newSize && newSize >= allocated >> 1) return allocated;
  let newAllocated = (newSize + (newSize >> 3) + 6) & ~3;
  if (newSize - oldSize > newAllocated - newSize) newAllocated = (newSize + 3) & ~3;
  if (newSize === 0) newAllocated = 0;
  return newAllocated;
}

/** list_preallocate_exact(self, n) (list(sized iterable), list_extend into an empty list
 *  from a list/tuple): n rounded up to an even number. */
export function listPreallocateExact(n: number): number {
  return (n + 1) & ~1;
}

// ---------------------------------------------------------------------------
// dict (Objects/dictobject.c)

/** PyDict_LOG2_MINSIZE. */
export const PyDict_LOG2_MINSIZE = 3;

/** USABLE_FRACTION(n) = 2n/3. */
export function usableFraction(n: number): number {
  return Math.floor((n << 1) / 3);
}

/** GROWTH_RATE(d) = used * 3 (3.11). */
export function growthRate(used: number): number {
  return used * 3;
}

/** calculate_log2_keysize(minsize): log2 of the smallest table of size >= minsize (>= 8). */
export function calculateLog2Keysize(minsize: number): number {
  const m = (minsize | 8) - 1;
  return bitLength(m | 7);
}

/** estimate_log2_keysize(n): table for n entries without resizing (dict_merge, fromkeys). */
export function estimateLog2Keysize(n: number): number {
  return calculateLog2Keysize(Math.floor((n * 3 + 1) / 2));
}

function bitLength(n: number): number {
  let b = 0;
  while (n > 0) {
    n = Math.floor(n / 2);
    b++;
  }
  return b;
}

/** dk_log2_index_bytes for a keys table of 2**log2Size slots (new_keys_object):
 *  1-byte indices below 256 slots, 2 below 65536, 4 below 2**32, else 8. */
export function dictLog2IndexBytes(log2Size: number): number {
  if (log2Size < 8) return log2Size;
  if (log2Size < 16) return log2Size + 1;
  if (log2Size >= 32) return log2Size + 3;
  return log2Size + 2;
}

/** _PyDict_KeysSize / new_keys_object's allocation: header + index array + usable entries
 *  (PyDictUnicodeEntry when all keys are str, else PyDictKeyEntry). */
export function dictKeysSize(mem: MemoryProfile, log2Size: number, unicode: boolean): number {
  const s = mem.structs;
  const entry = unicode ? s.PyDictUnicodeEntry : s.PyDictKeyEntry;
  return s.PyDictKeysObject + 2 ** dictLog2IndexBytes(log2Size) + usableFraction(2 ** log2Size) * entry;
}

/** What dict.__sizeof__ counts (_PyDict_SizeOf): the dict struct, the values array of a
 *  split dict (nentries + usable of the shared keys, one pointer each), and the keys
 *  object only when this dict owns it (dk_refcnt == 1: not the shared empty keys, not
 *  a class's shared keys). */
export interface DictSizeState {
  /** Keys object owned by this dict: its log2 size and kind; null = Py_EMPTY_KEYS or shared keys. */
  ownKeys: { log2Size: number; unicode: boolean } | null;
  /** Split dict: shared keys' dk_nentries + dk_usable; null = combined table. */
  splitValuesSlots: number | null;
}

export function dictSizeof(mem: MemoryProfile, st: DictSizeState): number {
  let res = mem.types.dict.basicsize;
  if (st.splitValuesSlots !== null) res += st.splitValuesSlots * mem.structs.pointer;
  if (st.ownKeys !== null) res += dictKeysSize(mem, st.ownKeys.log2Size, st.ownKeys.unicode);
  return res;
}

/** new_values(size): the allocation of a split dict's values array — a prefix of
 *  size + 2 bytes (insertion order + size byte), rounded to 8, then size pointers. */
export function dictValuesAllocSize(mem: MemoryProfile, size: number): number {
  return roundUp8(size + 2) + size * mem.structs.pointer;
}

/** Keys of a class's instances (_PyDict_NewKeysForClass: NEXT_LOG2_SHARED_KEYS_MAX_SIZE 6, unicode). */
export const SHARED_KEYS_LOG2_SIZE = 6;

// ---------------------------------------------------------------------------
// set / frozenset (Objects/setobject.c)

/** set.__sizeof__ (set_sizeof): the struct (with its 8-entry smalltable) plus the
 *  separately allocated table when mask + 1 > PySet_MINSIZE. */
export function setSizeof(mem: MemoryProfile, tableSize: number): number {
  const s = mem.structs;
  return mem.types.set.basicsize + (tableSize > s.PySet_MINSIZE ? tableSize * s.setentry : 0);
}

/** set_add_entry's growth check after an insert: resize when fill*5 >= mask*3. */
export function setNeedsResize(fill: number, mask: number): boolean {
  return fill * 5 >= mask * 3;
}

/** The argument set_add_entry passes to set_table_resize: used*4, or used*2 past 50000. */
export function setGrowthMinused(used: number): number {
  return used > 50000 ? used * 2 : used * 4;
}

/** set_table_resize(so, minused): the new table size, the smallest power of two > minused (>= 8). */
export function setTableSize(mem: MemoryProfile, minused: number): number {
  let n = mem.structs.PySet_MINSIZE;
  while (n <= minused) n *= 2;
  return n;
}

// ---------------------------------------------------------------------------
// code, generators, types

/** code.__sizeof__ (code_sizeof): _PyObject_VAR_SIZE(code type, number of code units
 *  incl. CACHE entries), without co_extra. Not a GC type. */
export function codeSizeof(mem: MemoryProfile, codeUnits: number): number {
  const t = mem.types.code;
  return varObjectSize(t.basicsize, t.itemsize, codeUnits);
}

/** gen_sizeof (Objects/genobject.c): offsetof(gi_iframe) + offsetof(localsplus) (the
 *  generator type's basicsize) + (co_nlocalsplus + co_stacksize) pointers.
 *  Same for coroutines. Add the GC header for sys.getsizeof. */
export function generatorSizeof(mem: MemoryProfile, nlocalsplus: number, stacksize: number): number {
  const t = mem.types.generator;
  return t.basicsize + (nlocalsplus + stacksize) * t.itemsize;
}

/** type.__sizeof__ of a heap type (type___sizeof___impl): sizeof(PyHeapTypeObject) plus
 *  its cached instance keys (ht_cached_keys) if any. */
export function heapTypeSizeof(mem: MemoryProfile, cachedKeys: { log2Size: number } | null): number {
  let size = mem.structs.PyHeapTypeObject;
  if (cachedKeys !== null) size += dictKeysSize(mem, cachedKeys.log2Size, true);
  return size;
}

/** type.__sizeof__ of a static type: sizeof(PyTypeObject). */
export function staticTypeSizeof(mem: MemoryProfile): number {
  return mem.structs.PyTypeObject;
}

/** PyType_GenericAlloc for a heap type with `nmembers` PyMemberDef slots (__slots__,
 *  __dict__, __weakref__): _PyObject_VAR_SIZE(type, nmembers + 1) — one extra item for
 *  the sentinel — without the GC header. */
export function heapTypeAllocSize(mem: MemoryProfile, nmembers: number): number {
  const t = mem.types.type;
  return varObjectSize(t.basicsize, t.itemsize, nmembers + 1);
}

/** __basicsize__ of instances of a class: its base's basicsize plus one pointer per
 *  __slots__ name and for __weakref__ (3.11: __dict__ is managed, not a slot, for classes
 *  without __slots__; Objects/typeobject.c type_new_descriptors). */
export function instanceBasicsize(mem: MemoryProfile, baseBasicsize: number, nslots: number, weakref: boolean): number {
  return baseBasicsize + (nslots + (weakref ? 1 : 0)) * mem.structs.pointer;
}
