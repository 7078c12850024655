// The PyObject header and the type object, as Include/object.h lays them out.
// Every simulated Python object is a PyObject: it has ob_refcnt, ob_type and an
// address (what id() returns). Reference counting follows CPython exactly: a
// function that returns an object returns a *new* reference unless documented as
// borrowed (named after the C-API function it mirrors), and when ob_refcnt drops
// to 0 the type's tp_dealloc runs at once.

import type { PyRuntime } from '../runtime';
import type { PyMethodDef, PyGetSetDef } from './methoddef';

export type Slot1 = (self: PyObject) => PyObject;
export type Slot2 = (a: PyObject, b: PyObject) => PyObject;
export type Slot3 = (a: PyObject, b: PyObject, c: PyObject) => PyObject;

/** Comparison opcodes, numbered as Include/object.h's Py_LT..Py_GE. */
export const enum CompareOp { LT = 0, LE = 1, EQ = 2, NE = 3, GT = 4, GE = 5 }

/** tp_flags bits we model (Include/object.h). */
export const enum TypeFlags {
  HEAPTYPE = 1 << 9,
  BASETYPE = 1 << 10,
  HAVE_GC = 1 << 14,
  MANAGED_DICT = 1 << 4,
  LONG_SUBCLASS = 1 << 24,
  LIST_SUBCLASS = 1 << 25,
  TUPLE_SUBCLASS = 1 << 26,
  BYTES_SUBCLASS = 1 << 27,
  UNICODE_SUBCLASS = 1 << 28,
  DICT_SUBCLASS = 1 << 29,
  BASE_EXC_SUBCLASS = 1 << 30,
  TYPE_SUBCLASS = 1 << 31,
  // Added by the type system (objects/typeobject.ts):
  DISALLOW_INSTANTIATION = 1 << 7,
  IMMUTABLETYPE = 1 << 8,
  HAVE_VECTORCALL = 1 << 11,
  READY = 1 << 12,
  READYING = 1 << 13,
  METHOD_DESCRIPTOR = 1 << 17,
}

/** Generation value of an object that the cyclic GC does not track. */
export const GC_UNTRACKED = -1;

/** Receives every reference an object holds, with a label the panel can show
 *  ("[0]", ".x", "cell_contents", "co_consts[2]"...). Like tp_traverse's visitproc
 *  but for every type (GC or not), so referrers can be listed exactly. Returning true
 *  asks to stop, as a visitproc's non-zero result does: the containers that can be big
 *  (list, tuple, dict) then visit no more (a page of a 10^5-item list, one referrer's
 *  slot); others may go on, so a visitor that stops ignores what comes after. */
export type RefVisitor = (target: PyObject, label: string) => void | boolean;

/** Whether the visitor of the traversal running now reads its labels (scratch: set and
 *  restored around one traversal, never across a pause, so shared by every runtime). The panel's
 *  referrers do; the cyclic GC's visitors (visit_decref, visit_reachable) and
 *  gc.get_referents do not, and turn this off while they traverse. A tp_traverse whose
 *  label has to be computed ("[3]", ".x", a dict key's repr) passes '' instead when it
 *  is off, so a collection allocates no string per reference it visits. */
export let refLabelsWanted = true;

/** Sets refLabelsWanted and returns the previous value (to restore it afterwards). */
export function _Py_SetRefLabelsWanted(on: boolean): boolean {
  const was = refLabelsWanted;
  refLabelsWanted = on;
  return was;
}

/** With labels wanted, the one object whose references' labels are read, or null for all
 *  (scratch like refLabelsWanted). Naming the slots a holder has for one referrer
 *  (debug/referrers.ts) reads a big list's or dict's labels for that object only: the
 *  containers make no label for the others' references. */
export let refLabelTarget: PyObject | null = null;

/** Sets refLabelTarget and returns the previous value (to restore it afterwards). */
export function _Py_SetRefLabelTarget(o: PyObject | null): PyObject | null {
  const was = refLabelTarget;
  refLabelTarget = o;
  return was;
}

/** Whether the label of a reference to `target` is read (refLabelsWanted, refLabelTarget). */
export function refLabelWanted(target: PyObject): boolean {
  return refLabelsWanted && (refLabelTarget === null || refLabelTarget === target);
}

export class PyObject {
  ob_refcnt: number;
  ob_type: PyTypeObject;
  /** The object's address: what id() returns. 0 until allocated. */
  ob_addr: number;
  // --- PyGC_Head (Include/internal/pycore_gc.h): only objects of HAVE_GC types have
  // these fields (set by the constructor below), as only they have the pre-header in
  // CPython. Read them only after checking the type (PyObject_IS_GC); on other objects
  // they are undefined. Declared without initialisers so nothing is emitted for them.
  gc_prev!: PyObject | null;
  gc_next!: PyObject | null;
  /** gc_refs during a collection (update_refs/subtract_refs). */
  gc_refs!: number;
  /** 0,1,2 = generation list the object is on, 3 = permanent (gc.freeze), GC_UNTRACKED. */
  gc_gen!: number;
  /** PEP 442: tp_finalize already called (_PyGC_FINALIZED). */
  gc_finalized!: boolean;
  /** Head of the list of weak references to this object (CPython keeps it in the slot at
   *  tp_weaklistoffset). Present on instances of types with tp_weaklistoffset > 0 (and on
   *  type objects); read it through _PyObject_GetWeakrefHead (gc/weakrefobject.ts), which
   *  treats a missing field as an empty list. */
  ob_weakreflist!: PyObject | null;

  constructor(type: PyTypeObject) {
    this.ob_refcnt = 1;
    this.ob_type = type;
    // -0, not 0: a double from the start, as every address is (> 2**31). A Smi here would
    // make V8 change the field's representation on the first allocation of each class,
    // deprecating its maps and deoptimizing the code that uses them.
    this.ob_addr = -0;
    // A small int or str has 3 fields plus its own, a list or instance also the GC
    // head: every field costs 8 bytes of JS heap per object, and most objects are not
    // GC objects. The type decides once, here, in a fixed order, so each JS class has
    // at most a few stable shapes. A null type is a type object under bootstrap (its
    // metatype is patched later) or a GC list head: both need the GC fields.
    if (type === null || (type.tp_flags & TypeFlags.HAVE_GC) !== 0) {
      this.gc_prev = null;
      this.gc_next = null;
      this.gc_refs = 0;
      this.gc_gen = GC_UNTRACKED;
      this.gc_finalized = false;
    }
    // Type objects always (their metatype's tp_weaklistoffset is set after the first
    // static types exist).
    if (type === null || type.tp_weaklistoffset !== 0 || (type.tp_flags & TypeFlags.TYPE_SUBCLASS) !== 0) {
      this.ob_weakreflist = null;
    }
  }
}

/** A type object. Slots are plain function fields; null means "not provided",
 *  exactly like a NULL slot in PyTypeObject, so abstract.c's dispatch rules apply. */
export class PyTypeObject extends PyObject {
  tp_name: string;
  /** Struct size without the GC pre-header (tp_basicsize) and per-item size. */
  tp_basicsize: number;
  tp_itemsize: number;
  tp_flags: number;
  tp_base: PyTypeObject | null = null;
  /** Filled by type_ready: a tuple of types, kept also as a JS array for speed. */
  tp_mro_list: PyTypeObject[] = [];
  tp_mro: PyObject | null = null;
  tp_bases: PyObject | null = null;
  /** The type's __dict__ (a PyDictObject), set up by type_ready. */
  tp_dict: PyObject | null = null;
  /** The method cache's tag for the type's current attributes (typeobject.ts MCACHE):
   *  0 until a lookup assigns one, zeroed by PyType_Modified; never reused. */
  tp_version_tag = 0;
  /** Builtin methods and getset descriptors PyType_Ready puts in tp_dict (PyMethodDef/PyGetSetDef tables). */
  tp_methods: PyMethodDef[] | null = null;
  tp_getset: PyGetSetDef[] | null = null;
  /** Non-zero when instances have a __dict__ (CPython's byte offset; the dict lives in the
   *  instance's JS field `ob_dict`). -1 for 3.11's managed dict (MANAGED_DICT instances). */
  tp_dictoffset = 0;
  /** Non-zero when instances support weak references (CPython's tp_weaklistoffset);
   *  type_new adds a __weakref__ slot (8 bytes) to subclasses of types without one. */
  tp_weaklistoffset = 0;
  /** Direct subclasses (CPython keeps weak references in tp_subclasses); for PyType_Modified. */
  tp_subclasses: PyTypeObject[] | null = null;
  /** __doc__ of a static type (tp_doc), null for none. */
  tp_doc: string | null = null;
  /** CPython's PyTypeObject.tp_vectorcall: a fast path for calling the type object itself
   *  (list_vectorcall, range_vectorcall...), used by type's own tp_vectorcall. Args borrowed. */
  tp_vectorcall_ctor: ((type: PyTypeObject, args: PyObject[], nargs: number, kwnames: PyObject | null) => PyObject) | null = null;
  /** CPython keeps the vectorcall pointer per object (at tp_vectorcall_offset), here it is per
   *  type (tp_vectorcall): this says which instances have a NULL pointer all the same, so that
   *  PyObject_Call gives them the argument tuple itself (_PyVectorcall_Function): a class
   *  without its own constructor fast path, a METH_VARARGS builtin function. */
  tp_vectorcall_absent: ((o: PyObject) => boolean) | null = null;
  /** tp_free: how tp_dealloc releases the memory (PyObject_Free or PyObject_GC_Del). */
  tp_free: ((self: PyObject) => void) | null = null;
  /** tp_alloc: PyType_GenericAlloc for heap types. */
  tp_alloc: ((type: PyTypeObject, nitems: number) => PyObject) | null = null;

  tp_dealloc: (self: PyObject) => void = defaultDealloc;
  tp_repr: Slot1 | null = null;
  tp_str: Slot1 | null = null;
  tp_hash: ((self: PyObject) => number) | null = null;
  tp_richcompare: ((a: PyObject, b: PyObject, op: CompareOp) => PyObject) | null = null;
  tp_iter: Slot1 | null = null;
  /** Returns a new reference, or null when exhausted (no StopIteration is raised). */
  tp_iternext: ((self: PyObject) => PyObject | null) | null = null;
  tp_getattro: ((self: PyObject, name: PyObject) => PyObject) | null = null;
  tp_setattro: ((self: PyObject, name: PyObject, value: PyObject | null) => void) | null = null;
  tp_descr_get: ((self: PyObject, obj: PyObject | null, type: PyObject | null) => PyObject) | null = null;
  tp_descr_set: ((self: PyObject, obj: PyObject, value: PyObject | null) => void) | null = null;
  /** args: a tuple; kwargs: a dict or null. New reference. */
  tp_call: ((self: PyObject, args: PyObject, kwargs: PyObject | null) => PyObject) | null = null;
  /** Vectorcall: args are borrowed; kwnames is a tuple of keyword names or null. */
  tp_vectorcall: ((callable: PyObject, args: PyObject[], nargs: number, kwnames: PyObject | null) => PyObject) | null = null;
  tp_new: ((type: PyTypeObject, args: PyObject, kwargs: PyObject | null) => PyObject) | null = null;
  tp_init: ((self: PyObject, args: PyObject, kwargs: PyObject | null) => void) | null = null;
  tp_finalize: ((self: PyObject) => void) | null = null;
  /** tp_traverse for the cyclic GC: visits the references a GC object holds. */
  tp_traverse: ((self: PyObject, visit: RefVisitor) => void) | null = null;
  tp_clear: ((self: PyObject) => void) | null = null;
  /** Every reference the object holds, GC type or not (referrers, snapshots). */
  tp_refs: ((self: PyObject, visit: RefVisitor) => void) | null = null;
  /** Size in bytes for sys.getsizeof without the GC header (tp_basicsize + items + buffers). */
  tp_sizeof: ((self: PyObject) => number) | null = null;

  // PyNumberMethods
  nb_add: Slot2 | null = null;
  nb_subtract: Slot2 | null = null;
  nb_multiply: Slot2 | null = null;
  nb_remainder: Slot2 | null = null;
  nb_divmod: Slot2 | null = null;
  nb_power: Slot3 | null = null;
  nb_negative: Slot1 | null = null;
  nb_positive: Slot1 | null = null;
  nb_absolute: Slot1 | null = null;
  nb_bool: ((self: PyObject) => boolean) | null = null;
  nb_invert: Slot1 | null = null;
  nb_lshift: Slot2 | null = null;
  nb_rshift: Slot2 | null = null;
  nb_and: Slot2 | null = null;
  nb_xor: Slot2 | null = null;
  nb_or: Slot2 | null = null;
  nb_int: Slot1 | null = null;
  nb_float: Slot1 | null = null;
  nb_floor_divide: Slot2 | null = null;
  nb_true_divide: Slot2 | null = null;
  nb_index: Slot1 | null = null;
  nb_matrix_multiply: Slot2 | null = null;
  nb_inplace_add: Slot2 | null = null;
  nb_inplace_subtract: Slot2 | null = null;
  nb_inplace_multiply: Slot2 | null = null;
  nb_inplace_remainder: Slot2 | null = null;
  nb_inplace_power: Slot3 | null = null;
  nb_inplace_lshift: Slot2 | null = null;
  nb_inplace_rshift: Slot2 | null = null;
  nb_inplace_and: Slot2 | null = null;
  nb_inplace_xor: Slot2 | null = null;
  nb_inplace_or: Slot2 | null = null;
  nb_inplace_floor_divide: Slot2 | null = null;
  nb_inplace_true_divide: Slot2 | null = null;
  nb_inplace_matrix_multiply: Slot2 | null = null;

  // PySequenceMethods / PyMappingMethods
  sq_length: ((self: PyObject) => number) | null = null;
  sq_concat: Slot2 | null = null;
  sq_repeat: ((self: PyObject, n: number) => PyObject) | null = null;
  sq_item: ((self: PyObject, i: number) => PyObject) | null = null;
  sq_ass_item: ((self: PyObject, i: number, v: PyObject | null) => void) | null = null;
  sq_contains: ((self: PyObject, v: PyObject) => boolean) | null = null;
  sq_inplace_concat: Slot2 | null = null;
  sq_inplace_repeat: ((self: PyObject, n: number) => PyObject) | null = null;
  mp_length: ((self: PyObject) => number) | null = null;
  mp_subscript: Slot2 | null = null;
  mp_ass_subscript: ((self: PyObject, key: PyObject, v: PyObject | null) => void) | null = null;

  constructor(metatype: PyTypeObject | null, name: string, basicsize: number, itemsize: number, flags: number) {
    // `type` is its own metatype: the bootstrap passes null and patches ob_type.
    super(metatype as PyTypeObject);
    this.tp_name = name;
    this.tp_basicsize = basicsize;
    this.tp_itemsize = itemsize;
    this.tp_flags = flags;
    if ((flags & TypeFlags.HEAPTYPE) === 0) staticTypes.push(this);
  }
}

/** Every static (non-heap) type object, in creation order: PyType_Ready readies them
 *  all at startup (objects/typeobject.ts _PyTypes_InitTypes), as CPython's _PyTypes_InitTypes. */
export const staticTypes: PyTypeObject[] = [];

export function defaultDealloc(self: PyObject): void {
  throw new Error(`internal: ${self.ob_type.tp_name} has no tp_dealloc`);
}

// ---------------------------------------------------------------------------
// Reference counting (Include/object.h). The eval loop inlines these two for
// speed; everything else calls them.

export function Py_INCREF(o: PyObject): void {
  o.ob_refcnt++;
}

export function Py_XINCREF(o: PyObject | null): void {
  if (o !== null) o.ob_refcnt++;
}

export function Py_DECREF(o: PyObject): void {
  if (--o.ob_refcnt === 0) _Py_Dealloc(o);
}

export function Py_XDECREF(o: PyObject | null): void {
  if (o !== null && --o.ob_refcnt === 0) _Py_Dealloc(o);
}

/** Returns o with one more reference (Py_NewRef). */
export function Py_NewRef<T extends PyObject>(o: T): T {
  o.ob_refcnt++;
  return o;
}

export function _Py_Dealloc(o: PyObject): void {
  if (o.ob_refcnt !== 0) throw new Error(`internal: dealloc of ${o.ob_type.tp_name} with refcnt ${o.ob_refcnt}`);
  o.ob_type.tp_dealloc(o);
}

export function PyType_HasFeature(t: PyTypeObject, flag: number): boolean {
  return (t.tp_flags & flag) !== 0;
}

export function PyObject_IS_GC(o: PyObject): boolean {
  return (o.ob_type.tp_flags & TypeFlags.HAVE_GC) !== 0;
}

/** Objects that live in libpython's static data in CPython (small ints, None, True,
 *  '', (), static type objects...), shared by every runtime of the process. Their
 *  ob_refcnt starts from a documented baseline (the count CPython's startup leaves them
 *  with) in every new runtime and is switched with the runtime (vm/startup.ts), so every
 *  run is deterministic and replayable. Both arrays only grow (process-wide registry). */
export const staticObjects: PyObject[] = [];
/** staticBaseline[i]: the startup refcount of staticObjects[i]. */
export const staticBaseline: number[] = [];

export function _Py_RegisterStatic<T extends PyObject>(o: T, baselineRefcnt: number): T {
  o.ob_refcnt = baselineRefcnt;
  staticObjects.push(o);
  staticBaseline.push(baselineRefcnt);
  return o;
}

/** Current runtime: set by PyRuntime.activate() (runtime.ts) at every public API entry,
 *  which switches the per-runtime state, so interpreters in one process never see each
 *  other's heap. */
export let rt: PyRuntime = null as unknown as PyRuntime;
export function _setCurrentRuntime(r: PyRuntime): void {
  rt = r;
}
