// CPython 3.11.7 (64-bit Linux) values of the memory section. Struct and type sizes
// were printed by the real interpreter (scripts/record-memory-goldens.mjs records
// them again into test/unit/memory-goldens/; a unit test compares).

import type { MemoryProfile } from './memory';

export const PY311_MEMORY: MemoryProfile = {
  // Objects/obmalloc.c: SMALL_REQUEST_THRESHOLD 512; ALIGNMENT 16 (SIZEOF_VOID_P > 4);
  // USE_LARGE_POOLS → POOL_BITS 14 (16 KiB); USE_LARGE_ARENAS → ARENA_BITS 20 (1 MiB);
  // POOL_OVERHEAD = sizeof(struct pool_header) (4 pointers + 4 uints = 48) rounded to 16.
  smallRequestThreshold: 512,
  alignmentShift: 4,
  poolBits: 14,
  arenaBits: 20,
  poolOverhead: 48,
  initialArenaObjects: 16,

  // Include/internal/pycore_gc.h PyGC_Head: two uintptr_t. Include/internal/pycore_object.h:
  // a managed-dict type has two pointers (dict, values) before the GC header.
  gcHeadSize: 16,
  managedDictPreHeaderSize: 16,

  freeLists: {
    list: 80, // Include/internal/pycore_list.h PyList_MAXFREELIST
    dict: 80, // Include/internal/pycore_dict.h PyDict_MAXFREELIST
    dictKeys: 80, // same constant, keys_free_list (Objects/dictobject.c free_keys_object)
    float: 100, // Include/internal/pycore_floatobject.h PyFloat_MAXFREELIST
    tupleMaxSaveSize: 20, // Include/internal/pycore_tuple.h PyTuple_MAXSAVESIZE
    tupleMaxFreeList: 2000, // PyTuple_MAXFREELIST
    slice: 1, // Include/internal/pycore_interp.h interp->slice_cache
  },
  // Modules/gcmodule.c gc_collect_main: `if (generation == NUM_GENERATIONS-1) clear_freelists(...)`.
  fullCollectClearsFreeLists: true,

  structs: {
    PyASCIIObject: 48, // refcnt, type, length, hash, state (padded), wstr
    PyCompactUnicodeObject: 72, // + utf8_length, utf8, wstr_length
    PyDictKeysObject: 32, // dk_refcnt, log2 sizes, kind, version, usable, nentries
    PyDictKeyEntry: 24, // me_hash, me_key, me_value
    PyDictUnicodeEntry: 16, // me_key, me_value
    PySet_MINSIZE: 8, // Include/setobject.h
    setentry: 16, // key, hash
    PyTypeObject: 408, // getsizeof(int) - 16 == 408
    PyHeapTypeObject: 904, // == type.__basicsize__
    codeUnit: 2, // sizeof(_Py_CODEUNIT)
    pointer: 8,
    digit: 4, // Include/cpython/longintrepr.h: 30-bit digits in uint32_t
    digitBits: 30, // PyLong_SHIFT
  },

  // type.__basicsize__ / __itemsize__ / __flags__ & Py_TPFLAGS_HAVE_GC, printed by 3.11.7.
  types: {
    int: { basicsize: 24, itemsize: 4, gc: false },
    float: { basicsize: 24, itemsize: 0, gc: false },
    complex: { basicsize: 32, itemsize: 0, gc: false },
    bool: { basicsize: 32, itemsize: 4, gc: false },
    NoneType: { basicsize: 16, itemsize: 0, gc: false },
    ellipsis: { basicsize: 16, itemsize: 0, gc: false },
    NotImplementedType: { basicsize: 16, itemsize: 0, gc: false },
    str: { basicsize: 80, itemsize: 0, gc: false },
    bytes: { basicsize: 33, itemsize: 1, gc: false },
    bytearray: { basicsize: 56, itemsize: 0, gc: false },
    tuple: { basicsize: 24, itemsize: 8, gc: true },
    list: { basicsize: 40, itemsize: 0, gc: true },
    dict: { basicsize: 48, itemsize: 0, gc: true },
    set: { basicsize: 200, itemsize: 0, gc: true },
    frozenset: { basicsize: 200, itemsize: 0, gc: true },
    range: { basicsize: 48, itemsize: 0, gc: false },
    slice: { basicsize: 40, itemsize: 0, gc: true },
    object: { basicsize: 16, itemsize: 0, gc: false },
    type: { basicsize: 904, itemsize: 40, gc: true },
    generator: { basicsize: 152, itemsize: 8, gc: true },
    function: { basicsize: 136, itemsize: 0, gc: true },
    code: { basicsize: 184, itemsize: 2, gc: false },
    cell: { basicsize: 24, itemsize: 0, gc: true },
    method: { basicsize: 48, itemsize: 0, gc: true },
    builtin_function_or_method: { basicsize: 56, itemsize: 0, gc: true },
    list_iterator: { basicsize: 32, itemsize: 0, gc: true },
    tuple_iterator: { basicsize: 32, itemsize: 0, gc: true },
    range_iterator: { basicsize: 48, itemsize: 0, gc: false },
    dict_keyiterator: { basicsize: 56, itemsize: 0, gc: true },
    set_iterator: { basicsize: 48, itemsize: 0, gc: true },
    str_ascii_iterator: { basicsize: 32, itemsize: 0, gc: true },
    bytes_iterator: { basicsize: 32, itemsize: 0, gc: true },
    dict_keys: { basicsize: 24, itemsize: 0, gc: true },
    dict_values: { basicsize: 24, itemsize: 0, gc: true },
    dict_items: { basicsize: 24, itemsize: 0, gc: true },
    dict_valueiterator: { basicsize: 56, itemsize: 0, gc: true },
    dict_itemiterator: { basicsize: 56, itemsize: 0, gc: true },
    list_reverseiterator: { basicsize: 32, itemsize: 0, gc: true },
    zip: { basicsize: 48, itemsize: 0, gc: true },
    map: { basicsize: 32, itemsize: 0, gc: true },
    filter: { basicsize: 32, itemsize: 0, gc: true },
    enumerate: { basicsize: 56, itemsize: 0, gc: true },
    property: { basicsize: 64, itemsize: 0, gc: true },
    staticmethod: { basicsize: 32, itemsize: 0, gc: true },
    classmethod: { basicsize: 32, itemsize: 0, gc: true },
    super: { basicsize: 40, itemsize: 0, gc: true },
    memoryview: { basicsize: 144, itemsize: 8, gc: true },
    module: { basicsize: 56, itemsize: 0, gc: true },
    SimpleNamespace: { basicsize: 24, itemsize: 0, gc: true },
    wrapper_descriptor: { basicsize: 56, itemsize: 0, gc: true },
    method_descriptor: { basicsize: 56, itemsize: 0, gc: true },
    getset_descriptor: { basicsize: 48, itemsize: 0, gc: true },
    longrange_iterator: { basicsize: 48, itemsize: 0, gc: false },
    reversed: { basicsize: 32, itemsize: 0, gc: true },
    bytearray_iterator: { basicsize: 32, itemsize: 0, gc: true },
    frame: { basicsize: 120, itemsize: 8, gc: true },
    Exception: { basicsize: 72, itemsize: 0, gc: true },
    TypeError: { basicsize: 72, itemsize: 0, gc: true },
    StopIteration: { basicsize: 80, itemsize: 0, gc: true },
    KeyError: { basicsize: 72, itemsize: 0, gc: true },
    OSError: { basicsize: 112, itemsize: 0, gc: true },
    ValueError: { basicsize: 72, itemsize: 0, gc: true },
    IndexError: { basicsize: 72, itemsize: 0, gc: true },
    NameError: { basicsize: 80, itemsize: 0, gc: true },
    AttributeError: { basicsize: 88, itemsize: 0, gc: true },
    ZeroDivisionError: { basicsize: 72, itemsize: 0, gc: true },
    RuntimeError: { basicsize: 72, itemsize: 0, gc: true },
    RecursionError: { basicsize: 72, itemsize: 0, gc: true },
    AssertionError: { basicsize: 72, itemsize: 0, gc: true },
    UnboundLocalError: { basicsize: 80, itemsize: 0, gc: true },
    NotImplementedError: { basicsize: 72, itemsize: 0, gc: true },
    MemoryError: { basicsize: 72, itemsize: 0, gc: true },
    OverflowError: { basicsize: 72, itemsize: 0, gc: true },
    LookupError: { basicsize: 72, itemsize: 0, gc: true },
    ArithmeticError: { basicsize: 72, itemsize: 0, gc: true },
    BaseException: { basicsize: 72, itemsize: 0, gc: true },
    SyntaxError: { basicsize: 136, itemsize: 0, gc: true },
    ImportError: { basicsize: 96, itemsize: 0, gc: true },
    GeneratorExit: { basicsize: 72, itemsize: 0, gc: true },
    KeyboardInterrupt: { basicsize: 72, itemsize: 0, gc: true },
    SystemExit: { basicsize: 80, itemsize: 0, gc: true },
    traceback: { basicsize: 40, itemsize: 0, gc: true },
    coroutine: { basicsize: 152, itemsize: 8, gc: true },  },

  defaultMemoryCap: 1 << 30,
};
