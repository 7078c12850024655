// The memory section of a Profile: every version-dependent number the simulated
// pymalloc, the free lists and sys.getsizeof use. Values for 3.11 are in
// py311-memory.ts, each with the CPython source it comes from.

/** tp_basicsize / tp_itemsize of a builtin type and the pre-headers getsizeof adds. */
export interface TypeLayout {
  readonly basicsize: number;
  readonly itemsize: number;
  /** Py_TPFLAGS_HAVE_GC: a 16-byte PyGC_Head precedes the object. */
  readonly gc: boolean;
}

export interface MemoryProfile {
  // --- Objects/obmalloc.c (64-bit, USE_LARGE_ARENAS, USE_LARGE_POOLS, radix tree) ---
  /** SMALL_REQUEST_THRESHOLD: requests of 1..this many bytes go to pymalloc. */
  readonly smallRequestThreshold: number;
  /** ALIGNMENT_SHIFT: size classes are 1 << this apart (ALIGNMENT). */
  readonly alignmentShift: number;
  /** POOL_BITS: POOL_SIZE = 1 << POOL_BITS. */
  readonly poolBits: number;
  /** ARENA_BITS: ARENA_SIZE = 1 << ARENA_BITS. */
  readonly arenaBits: number;
  /** POOL_OVERHEAD: sizeof(struct pool_header) rounded up to ALIGNMENT. */
  readonly poolOverhead: number;
  /** INITIAL_ARENA_OBJECTS: first size of the `arenas` vector (doubles after). */
  readonly initialArenaObjects: number;

  // --- object pre-headers (what sys.getsizeof adds, Python/sysmodule.c _PySys_GetSizeOf) ---
  /** sizeof(PyGC_Head) (Include/internal/pycore_gc.h). */
  readonly gcHeadSize: number;
  /** Managed-dict pre-header of instances (dict and values pointers, Include/internal/pycore_object.h). */
  readonly managedDictPreHeaderSize: number;

  // --- free lists (Include/internal/pycore_*.h, Objects/*object.c) ---
  readonly freeLists: {
    /** PyList_MAXFREELIST (Objects/listobject.c). */
    readonly list: number;
    /** PyDict_MAXFREELIST for PyDictObject (Objects/dictobject.c). */
    readonly dict: number;
    /** PyDict_MAXFREELIST for PyDictKeysObject of log2 size PyDict_LOG2_MINSIZE with unicode keys. */
    readonly dictKeys: number;
    /** PyFloat_MAXFREELIST (Objects/floatobject.c). */
    readonly float: number;
    /** PyTuple_MAXSAVESIZE: tuples of length 1..this are kept (Objects/tupleobject.c). */
    readonly tupleMaxSaveSize: number;
    /** PyTuple_MAXFREELIST: per length. */
    readonly tupleMaxFreeList: number;
    /** interp->slice_cache: one slice object kept (Objects/sliceobject.c). */
    readonly slice: number;
  };
  /** gc.collect() of the oldest generation clears the free lists (Modules/gcmodule.c clear_freelists). */
  readonly fullCollectClearsFreeLists: boolean;

  // --- struct sizes used by the size rules (sizes.ts) ---
  readonly structs: {
    /** sizeof(PyASCIIObject): compact ASCII str header. */
    readonly PyASCIIObject: number;
    /** sizeof(PyCompactUnicodeObject): compact non-ASCII str header. */
    readonly PyCompactUnicodeObject: number;
    /** sizeof(PyDictKeysObject) without the variable part. */
    readonly PyDictKeysObject: number;
    /** sizeof(PyDictKeyEntry) (hash, key, value). */
    readonly PyDictKeyEntry: number;
    /** sizeof(PyDictUnicodeEntry) (key, value). */
    readonly PyDictUnicodeEntry: number;
    /** PySet_MINSIZE: slots in a set's inline smalltable. */
    readonly PySet_MINSIZE: number;
    /** sizeof(setentry). */
    readonly setentry: number;
    /** sizeof(PyTypeObject): type.__sizeof__ of a static type. */
    readonly PyTypeObject: number;
    /** sizeof(PyHeapTypeObject) (Include/cpython/object.h). */
    readonly PyHeapTypeObject: number;
    /** sizeof(_Py_CODEUNIT). */
    readonly codeUnit: number;
    /** sizeof(PyObject *). */
    readonly pointer: number;
    /** bytes per PyLong digit (30-bit digits in 4 bytes). */
    readonly digit: number;
    /** PyLong_SHIFT. */
    readonly digitBits: number;
  };
  /** tp_basicsize / tp_itemsize / HAVE_GC of builtin types, by tp_name. */
  readonly types: Readonly<Record<string, TypeLayout>>;

  /** Default simulated memory cap in bytes (configurable per runtime). */
  readonly defaultMemoryCap: number;
}
