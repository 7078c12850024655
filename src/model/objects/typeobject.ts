// Type objects and the generic object protocol (Objects/typeobject.c, Objects/object.c):
// PyType_Ready (MRO, slot inheritance, tp_dict with method/getset/wrapper
// descriptors), _PyType_Lookup with a per-type method cache, generic attribute
// access, `type` and `object` themselves. Class creation (type_new) lives in
// typeobject_new.ts, the slotdefs table in typeobject_slots.ts.

import { _PyHeap_RefuseMissingAttr, _PyHeap_RefuseMissingTypeAttr } from './unsupported';
import { _PyGenericAlias_AddClassGetitem } from './genericaliasobject';
import { _PyObject_Dir_AddMethods } from './object_dir';
import {
  CompareOp, PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_XDECREF, TypeFlags, defaultDealloc,
  staticTypes, type RefVisitor,
} from './object';
import { _PyRuntime_RegisterState } from '../runtimestate';
import { PyType_Type, PyBaseObject_Type } from './typebase';
import { typeNewHook, updateSlotHook, slot_tp_new_marker, addSubclassHook } from './typehooks';
import { PyErr_SetString, PyException, isPyExc, PyErr_Clear } from './errors';
import { PyExc_AttributeError, PyExc_TypeError, PyExc_NotImplementedError, _PyErr_SetAttributeErrorContext } from './exceptions';
import { PyModule_Type } from './moduleobject';
import { Py_None, Py_NotImplemented } from './singletons';
import { Py_True, Py_False } from './boolobject';
import { PyUnicode_FromString, PyUnicode_Check, PyUnicode_CheckExact, type PyUnicodeObject } from './unicodeobject';
import { _PyTuple_FromArray, type PyTupleObject } from './tupleobject';
import { PyDict_New, PyDict_GetItem, PyDict_SetItem, PyDict_DelItem } from './dictobject';
import { _Py_HashPointer } from './pyhash';
import { PyGC_Head_SIZE, _PyObject_GC_New, _PyObject_New, PyObject_GC_Track, PyObject_GC_Del, PyObject_Free } from './objalloc';
import { PyDescr_NewMethod, PyDescr_NewClassMethod, PyDescr_NewGetSet } from './descrobject';
import { PyCFunction_NewEx } from './methodobject';
import { add_operators } from './typeobject_slots';
import { METH, type PyGetSetDef, type PyMethodDef } from './methoddef';
import { mro_implementation } from './mro';
import {
  _PyObject_InitializeDict, _PyObject_StoreInstanceAttribute, _PySharedKeys_Lookup, _PySharedKeys_StoreIndex,
  type PyDictValues, type SharedKeys,
  type ValuesBlockOwner,
} from './dictvalues';
import { _PyInstance_Reuse } from './instance_recycle';
import { StaticLayout } from '../memory/static';
import {
  _Py_ID, PyObject_Repr, _Py_PointerRepr, PyObject_RichCompare, PyObject_Str, PyType_Check, PyObject_HashNotImplemented,
} from './abstract';

export { PyType_Type, PyBaseObject_Type };
export { typeNewHook, updateSlotHook, slot_tp_new_marker };
// The parts that install themselves through typehooks.ts; imported here so that
// anyone importing typeobject.ts gets a complete type system.
import './typeobject_new';
import './typeobject_slotfuncs';
import './funcdescr';
import './superobject';

// ---------------------------------------------------------------------------
// Heap types (Include/cpython/object.h PyHeapTypeObject)

export class PyHeapTypeObject extends PyTypeObject {
  /** __name__ and __qualname__ (str objects, owned). */
  ht_name: PyObject;
  ht_qualname: PyObject;
  /** __slots__ tuple or null. */
  ht_slots: PyObject | null = null;
  /** 3.11 CACHED_KEYS: the shared keys of instance dicts (managed dict / split table). */
  ht_cached_keys: unknown = null;

  constructor(metatype: PyTypeObject, name: PyObject, qualname: PyObject, basicsize: number, itemsize: number, flags: number) {
    super(metatype, (name as PyUnicodeObject).str, basicsize, itemsize, flags | TypeFlags.HEAPTYPE);
    this.ht_name = name;
    this.ht_qualname = qualname;
  }
}

// ---------------------------------------------------------------------------
// Subtype test and MRO lookup

/** PyType_IsSubtype: a is b or b is in a's MRO (tp_base chain before the type is ready). */
export function PyType_IsSubtype(a: PyTypeObject, b: PyTypeObject): boolean {
  if (a === b) return true;
  const mro = a.tp_mro_list;
  if (mro.length !== 0) {
    for (let i = 1; i < mro.length; i++) if (mro[i] === b) return true;
    return false;
  }
  let t: PyTypeObject | null = a.tp_base;
  while (t !== null) {
    if (t === b) return true;
    t = t.tp_base;
  }
  return b === PyBaseObject_Type;
}

// The method cache (Objects/typeobject.c, MCACHE): one global table indexed by the
// type's version tag and the name's address; an entry is valid while the type keeps
// that tag. Tags are never reused: PyType_Modified zeroes the tags of the type and
// its subclasses and the next lookup assigns a fresh one (assign_version_tag).
const MCACHE_SIZE_EXP = 12;
const MCACHE_MASK = (1 << MCACHE_SIZE_EXP) - 1;
const mcache_version = new Int32Array(1 << MCACHE_SIZE_EXP);
const mcache_name: (PyObject | null)[] = new Array<PyObject | null>(1 << MCACHE_SIZE_EXP).fill(null);
const mcache_value: (PyObject | null)[] = new Array<PyObject | null>(1 << MCACHE_SIZE_EXP).fill(null);
let next_version_tag = 1;

// Per runtime (runtimestate.ts): the tags of the static types, the counter and the cache
// are the active runtime's, so tags given in one runtime are never met in another; the
// cache's entries hold references to their names, so each runtime keeps its own.
interface MethodCacheState { tags: number[]; next: number; version: Int32Array; name: (PyObject | null)[];
  value: (PyObject | null)[]; ix: Int32Array }
_PyRuntime_RegisterState<MethodCacheState>({
  name: 'type version tags and the method cache',
  save: () => ({
    tags: staticTypes.map((t) => t.tp_version_tag), next: next_version_tag, version: mcache_version.slice(),
    name: mcache_name.slice(), value: mcache_value.slice(), ix: mcache_ix.slice(),
  }),
  restore: (s) => {
    for (let i = 0; i < staticTypes.length; i++) staticTypes[i].tp_version_tag = i < s.tags.length ? s.tags[i] : 0;
    next_version_tag = s.next;
    mcache_version.set(s.version);
    for (let i = 0; i < mcache_name.length; i++) {
      mcache_name[i] = s.name[i];
      mcache_value[i] = s.value[i];
    }
    mcache_ix.set(s.ix);
  },
  fresh: () => ({
    tags: [], next: 1, version: new Int32Array(1 << MCACHE_SIZE_EXP), name: new Array<PyObject | null>(1 << MCACHE_SIZE_EXP).fill(null),
    value: new Array<PyObject | null>(1 << MCACHE_SIZE_EXP).fill(null), ix: new Int32Array(1 << MCACHE_SIZE_EXP).fill(MCACHE_IX_UNKNOWN),
  }),
});

/** MCACHE_MAX_ATTR_SIZE: "The cache can keep references to the names alive for longer than
 *  they normally would. This is why the maximum size is limited". */
const MCACHE_MAX_ATTR_SIZE = 100;

// Host-side addition to an entry (no CPython counterpart, nothing observable): where the
// entry's name sits in the shared keys of the entry's type (ht_cached_keys, which a type
// keeps for life and which never lose a key), so the generic getattr/setattr of a
// managed-dict instance need not hash and probe the keys again. A version tag belongs
// to one type, so the entry's type is the one whose keys the index refers to.
/** mcache_ix value of a new entry: index not looked up yet. */
const MCACHE_IX_UNKNOWN = -1;
/** >= 0: the index; MCACHE_IX_UNKNOWN; or -2 - n: absent while the keys had n entries. */
const mcache_ix = new Int32Array(1 << MCACHE_SIZE_EXP).fill(MCACHE_IX_UNKNOWN);
/** The entry of the last _PyType_Lookup (it holds that type and name until the next lookup),
 *  or -1 when that name was not cacheable. Scratch: read right after that lookup, within one
 *  instruction (a runtime switch happens only between instructions). */
let mcache_last = 0;

/** _PyType_Lookup: the attribute `name` (a str) found along type's MRO, borrowed, or null.
 *  A cacheable name (an exact str of at most MCACHE_MAX_ATTR_SIZE characters) is stored in
 *  the entry with a new reference, and the name it replaces loses one (Py_SETREF): a name
 *  built at run time and looked up on a type stays alive while its entry lasts. */
export function _PyType_Lookup(type: PyTypeObject, name: PyObject): PyObject | null {
  let version = type.tp_version_tag;
  if (version === 0) version = type.tp_version_tag = next_version_tag++;
  const h = (version ^ (name.ob_addr >>> 3)) & MCACHE_MASK;
  mcache_last = h;
  if (mcache_version[h] === version && mcache_name[h] === name) return mcache_value[h];
  const res = find_name_in_mro(type, name);
  if (!PyUnicode_CheckExact(name) || (name as PyUnicodeObject).str.length > MCACHE_MAX_ATTR_SIZE) {
    mcache_last = -1;
    return res;
  }
  // find_name_in_mro may have run a lookup of its own (a str subclass's __eq__).
  mcache_last = h;
  mcache_version[h] = version;
  mcache_value[h] = res;
  mcache_ix[h] = MCACHE_IX_UNKNOWN;
  const old = mcache_name[h];
  name.ob_refcnt++;
  mcache_name[h] = name;
  if (old !== null) Py_DECREF(old);
  return res;
}

/** Visits the name each method cache entry holds a reference to (for referrers). */
export function _PyType_VisitCacheNames(visit: (name: PyObject) => void): void {
  for (let i = 0; i < mcache_name.length; i++) {
    const n = mcache_name[i];
    if (n !== null) visit(n);
  }
}

/** The index of `name` in `keys`, the shared keys of the type that the last _PyType_Lookup
 *  was for, with `name` the name it looked up; -1 if absent. */
function lookup_keys_index(keys: SharedKeys, name: PyObject): number {
  const h = mcache_last;
  if (h < 0) return _PySharedKeys_Lookup(keys, name);
  const c = mcache_ix[h];
  if (c >= 0) return c;
  if (c !== MCACHE_IX_UNKNOWN && -2 - c === keys.dk_nentries) return -1;
  const ix = _PySharedKeys_Lookup(keys, name);
  mcache_ix[h] = ix >= 0 ? ix : -2 - keys.dk_nentries;
  return ix;
}

/** _PySharedKeys_StoreIndex for the name and type of the last _PyType_Lookup: where a store
 *  of `name` goes (the name added to the keys if needed), -1 if it does not fit. */
function store_keys_index(keys: SharedKeys, name: PyObject): number {
  if (mcache_last < 0) return _PySharedKeys_StoreIndex(keys, name);
  const c = mcache_ix[mcache_last];
  if (c >= 0 && PyUnicode_CheckExact(name)) return c;
  const ix = _PySharedKeys_StoreIndex(keys, name);
  if (ix >= 0) mcache_ix[mcache_last] = ix;
  return ix;
}

function find_name_in_mro(type: PyTypeObject, name: PyObject): PyObject | null {
  const mro = type.tp_mro_list;
  if (mro.length === 0) {
    // Not ready yet (only during PyType_Ready of a static type).
    let t: PyTypeObject | null = type;
    while (t !== null) {
      if (t.tp_dict !== null) {
        const r = PyDict_GetItem(t.tp_dict, name);
        if (r !== null) return r;
      }
      t = t.tp_base;
    }
    return null;
  }
  for (let i = 0; i < mro.length; i++) {
    const d = mro[i].tp_dict;
    if (d === null) continue;
    const r = PyDict_GetItem(d, name);
    if (r !== null) return r;
  }
  return null;
}

/** PyType_Modified: invalidates cached lookups of this type and every subclass. */
export function PyType_Modified(type: PyTypeObject): void {
  type.tp_version_tag = 0;
  const subs = type.tp_subclasses;
  if (subs !== null) for (let i = 0; i < subs.length; i++) PyType_Modified(subs[i]);
}

/** _PyObject_LookupSpecial: type(o).name bound to o (new reference), or null. */
export function _PyObject_LookupSpecial(o: PyObject, name: PyObject): PyObject | null {
  const res = _PyType_Lookup(o.ob_type, name);
  if (res === null) return null;
  const f = res.ob_type.tp_descr_get;
  if (f === null) {
    Py_INCREF(res);
    return res;
  }
  return f(res, o, o.ob_type);
}

// ---------------------------------------------------------------------------
// PyType_Ready

const emptyTupleItems: PyObject[] = [];

/** Slots inherit_slots copies when the subtype leaves them NULL (Objects/typeobject.c). */
const INHERITED_SLOTS = [
  'nb_add', 'nb_subtract', 'nb_multiply', 'nb_remainder', 'nb_divmod', 'nb_power', 'nb_negative', 'nb_positive',
  'nb_absolute', 'nb_bool', 'nb_invert', 'nb_lshift', 'nb_rshift', 'nb_and', 'nb_xor', 'nb_or', 'nb_int', 'nb_float',
  'nb_inplace_add', 'nb_inplace_subtract', 'nb_inplace_multiply', 'nb_inplace_remainder', 'nb_inplace_power',
  'nb_inplace_lshift', 'nb_inplace_rshift', 'nb_inplace_and', 'nb_inplace_xor', 'nb_inplace_or',
  'nb_floor_divide', 'nb_true_divide', 'nb_inplace_floor_divide', 'nb_inplace_true_divide', 'nb_index',
  'nb_matrix_multiply', 'nb_inplace_matrix_multiply',
  'sq_length', 'sq_concat', 'sq_repeat', 'sq_item', 'sq_ass_item', 'sq_contains', 'sq_inplace_concat', 'sq_inplace_repeat',
  'mp_length', 'mp_subscript', 'mp_ass_subscript',
  'tp_repr', 'tp_call', 'tp_str', 'tp_getattro', 'tp_setattro', 'tp_iter', 'tp_iternext', 'tp_descr_get', 'tp_descr_set',
  'tp_init', 'tp_alloc', 'tp_free', 'tp_finalize', 'tp_sizeof', 'tp_refs',
] as const;
type InheritedSlot = typeof INHERITED_SLOTS[number];

/** overrides_hash: a type defining __eq__ or __hash__ does not inherit tp_hash/tp_richcompare. */
function overrides_hash(type: PyTypeObject): boolean {
  const d = type.tp_dict as PyObject;
  return PyDict_GetItem(d, _Py_ID('__eq__')) !== null || PyDict_GetItem(d, _Py_ID('__hash__')) !== null;
}

/** inherit_special: flags and sizes that only come from tp_base. */
function inherit_special(type: PyTypeObject, base: PyTypeObject): void {
  if ((type.tp_flags & TypeFlags.HAVE_GC) === 0 && (base.tp_flags & TypeFlags.HAVE_GC) !== 0 &&
      type.tp_traverse === null && type.tp_clear === null) {
    type.tp_flags |= TypeFlags.HAVE_GC;
    type.tp_traverse = base.tp_traverse;
    type.tp_clear = base.tp_clear;
  }
  if (type.tp_basicsize === 0) type.tp_basicsize = base.tp_basicsize;
  if (type.tp_itemsize === 0) type.tp_itemsize = base.tp_itemsize;
  if (type.tp_dictoffset === 0) type.tp_dictoffset = base.tp_dictoffset;
  if (type.tp_weaklistoffset === 0) type.tp_weaklistoffset = base.tp_weaklistoffset;
  // Fast subclass flags (Include/object.h Py_TPFLAGS_*_SUBCLASS).
  const sub = TypeFlags.LONG_SUBCLASS | TypeFlags.LIST_SUBCLASS | TypeFlags.TUPLE_SUBCLASS | TypeFlags.BYTES_SUBCLASS |
    TypeFlags.UNICODE_SUBCLASS | TypeFlags.DICT_SUBCLASS | TypeFlags.BASE_EXC_SUBCLASS | TypeFlags.TYPE_SUBCLASS;
  type.tp_flags |= base.tp_flags & sub;
}

function inherit_slots(type: PyTypeObject, base: PyTypeObject): void {
  const t = type as unknown as Record<InheritedSlot, unknown>;
  const b = base as unknown as Record<InheritedSlot, unknown>;
  for (let i = 0; i < INHERITED_SLOTS.length; i++) {
    const k = INHERITED_SLOTS[i];
    if (t[k] === null && b[k] !== null) t[k] = b[k];
  }
  if (type.tp_dealloc === defaultDealloc && base.tp_dealloc !== defaultDealloc) type.tp_dealloc = base.tp_dealloc;
  if ((type.tp_flags & TypeFlags.HAVE_GC) !== 0) {
    if (type.tp_traverse === null) type.tp_traverse = base.tp_traverse;
    if (type.tp_clear === null) type.tp_clear = base.tp_clear;
  }
  if (type.tp_richcompare === null && type.tp_hash === null && !overrides_hash(type)) {
    type.tp_richcompare = base.tp_richcompare;
    type.tp_hash = base.tp_hash;
  }
  // tp_vectorcall here is the per-instance call path (CPython's tp_vectorcall_offset).
  if (type.tp_call === null && type.tp_vectorcall === null && (type.tp_flags & TypeFlags.HEAPTYPE) === 0) {
    type.tp_vectorcall = base.tp_vectorcall;
  }
}

function type_add_method(type: PyTypeObject, meth: PyMethodDef): void {
  const dict = type.tp_dict as PyObject;
  const name = _Py_ID(meth.ml_name);
  let descr: PyObject;
  if ((meth.ml_flags & METH.CLASS) !== 0) descr = PyDescr_NewClassMethod(type, meth);
  else if ((meth.ml_flags & METH.STATIC) !== 0) descr = PyCFunction_NewEx(meth, null, null);
  else descr = PyDescr_NewMethod(type, meth);
  // A METH_COEXIST method replaces a slot wrapper of the same name; others never do.
  if ((meth.ml_flags & METH.COEXIST) !== 0 || PyDict_GetItem(dict, name) === null) PyDict_SetItem(dict, name, descr);
  Py_DECREF(descr);
}

function type_add_getset(type: PyTypeObject, gsp: PyGetSetDef): void {
  const dict = type.tp_dict as PyObject;
  const name = _Py_ID(gsp.name);
  if (PyDict_GetItem(dict, name) !== null) return;
  const descr = PyDescr_NewGetSet(type, gsp);
  PyDict_SetItem(dict, name, descr);
  Py_DECREF(descr);
}

/** type_ready_set_new: static types without tp_new and with `object` as base cannot be
 *  instantiated from Python ("cannot create 'X' instances"); others get __new__ in their dict. */
function type_ready_set_new(type: PyTypeObject): void {
  const base = type.tp_base;
  if (type.tp_new === null && base === PyBaseObject_Type && (type.tp_flags & TypeFlags.HEAPTYPE) === 0) {
    type.tp_flags |= TypeFlags.DISALLOW_INSTANTIATION;
  }
  if ((type.tp_flags & TypeFlags.DISALLOW_INSTANTIATION) === 0) {
    if (type.tp_new !== null) {
      if ((type.tp_flags & TypeFlags.HEAPTYPE) === 0) add_tp_new_wrapper(type);
    } else if (base !== null) {
      type.tp_new = base.tp_new;
    }
  } else {
    type.tp_new = null;
  }
}

/** tp_new_wrapper: `T.__new__` is a builtin method bound to T (Objects/typeobject.c). */
function add_tp_new_wrapper(type: PyTypeObject): void {
  const dict = type.tp_dict as PyObject;
  const name = _Py_ID('__new__');
  if (PyDict_GetItem(dict, name) !== null) return;
  const func = PyCFunction_NewEx(tp_new_methoddef, type, null);
  PyDict_SetItem(dict, name, func);
  Py_DECREF(func);
}

/** tp_new_wrapper(self=type, args): args[0] is the subtype to create (checks as CPython). */
function tp_new_wrapper(self: PyObject, args: PyObject, kwds: PyObject | null): PyObject {
  const type = self as PyTypeObject;
  const items = (args as PyTupleObject).ob_item;
  if (items.length < 1) PyErr_SetString(PyExc_TypeError, `${type.tp_name}.__new__(): not enough arguments`);
  const arg0 = items[0];
  if (!PyType_Check(arg0)) {
    PyErr_SetString(PyExc_TypeError, `${type.tp_name}.__new__(X): X is not a type object (${arg0.ob_type.tp_name})`);
  }
  const subtype = arg0 as PyTypeObject;
  if (!PyType_IsSubtype(subtype, type)) {
    PyErr_SetString(PyExc_TypeError,
      `${type.tp_name}.__new__(${subtype.tp_name}): ${subtype.tp_name} is not a subtype of ${type.tp_name}`);
  }
  // The most derived base that is not a heap type must have the same tp_new.
  let staticbase: PyTypeObject | null = subtype;
  while (staticbase !== null && staticbase.tp_new === slot_tp_new_marker.fn) staticbase = staticbase.tp_base;
  while (staticbase !== null && (staticbase.tp_flags & TypeFlags.HEAPTYPE) !== 0) staticbase = staticbase.tp_base;
  if (staticbase !== null && staticbase.tp_new !== type.tp_new) {
    PyErr_SetString(PyExc_TypeError,
      `${type.tp_name}.__new__(${subtype.tp_name}) is not safe, use ${staticbase.tp_name}.__new__()`);
  }
  const rest = _PyTuple_FromArray(items.slice(1));
  try {
    return (type.tp_new as NonNullable<PyTypeObject['tp_new']>)(subtype, rest, kwds);
  } finally {
    Py_DECREF(rest);
  }
}
export const tp_new_methoddef: PyMethodDef = {
  ml_name: '__new__', ml_meth: tp_new_wrapper, ml_flags: METH.VARARGS | METH.KEYWORDS,
};

const staticTypeLayout = new StaticLayout();

/** PyType_Ready: makes a type usable (Objects/typeobject.c type_ready). */
export function PyType_Ready(type: PyTypeObject): void {
  if ((type.tp_flags & TypeFlags.READY) !== 0) return;
  type.tp_flags |= TypeFlags.READYING;
  // "Historically, all static types were immutable. See bpo-43908": `list.x = 1`,
  // `del list.append` raise TypeError (type_setattro).
  if ((type.tp_flags & TypeFlags.HEAPTYPE) === 0) type.tp_flags |= TypeFlags.IMMUTABLETYPE;
  // type_ready_set_bases
  let base = type.tp_base;
  if (base === null && type !== PyBaseObject_Type) base = type.tp_base = PyBaseObject_Type;
  if (base !== null && (base.tp_flags & TypeFlags.READY) === 0) PyType_Ready(base);
  if (type.ob_type === null && base !== null) type.ob_type = base.ob_type;
  if (type.tp_bases === null) {
    type.tp_bases = _PyTuple_FromArray(base === null ? emptyTupleItems : [base]);
  }
  // type_ready_set_dict
  if (type.tp_dict === null) type.tp_dict = PyDict_New();
  // type_ready_mro
  mro_internal(type);
  if (base !== null) inherit_special(type, base);
  type_ready_set_new(type);
  // type_ready_fill_dict: slot wrappers first, then methods and getsets.
  add_operators(type);
  if (type.tp_methods !== null) for (const m of type.tp_methods) type_add_method(type, m);
  if (type.tp_getset !== null) for (const g of type.tp_getset) type_add_getset(type, g);
  type_dict_set_doc(type);
  // type_ready_inherit
  const mro = type.tp_mro_list;
  for (let i = 1; i < mro.length; i++) inherit_slots(type, mro[i]);
  // type_ready_set_hash
  if (type.tp_hash === null) {
    const d = type.tp_dict;
    if (PyDict_GetItem(d, _Py_ID('__hash__')) === null) {
      PyDict_SetItem(d, _Py_ID('__hash__'), Py_None);
      type.tp_hash = PyObject_HashNotImplemented;
    }
  }
  // type_ready_add_subclasses
  const bases = (type.tp_bases as PyTupleObject).ob_item;
  for (let i = 0; i < bases.length; i++) {
    const b = bases[i] as PyTypeObject;
    (b.tp_subclasses ??= []).push(type);
    if ((type.tp_flags & TypeFlags.HEAPTYPE) !== 0 && addSubclassHook.fn !== null) addSubclassHook.fn(b, type);
  }
  type.tp_flags = (type.tp_flags & ~TypeFlags.READYING) | TypeFlags.READY;
}

/** The one PyObject_HashNotImplemented (abstract.ts): add_operators recognises it by identity. */
export { PyObject_HashNotImplemented };

function type_dict_set_doc(type: PyTypeObject): void {
  const d = type.tp_dict as PyObject;
  const key = _Py_ID('__doc__');
  if (PyDict_GetItem(d, key) !== null) return;
  if (type.tp_doc !== null) {
    const s = PyUnicode_FromString(type.tp_doc);
    PyDict_SetItem(d, key, s);
    Py_DECREF(s);
  } else {
    PyDict_SetItem(d, key, Py_None);
  }
}

/** mro_internal: computes tp_mro (C3 linearization, mro.ts) and stores it as a tuple. */
export function mro_internal(type: PyTypeObject): void {
  const list = mro_implementation(type);
  const old = type.tp_mro;
  type.tp_mro_list = list;
  type.tp_mro = _PyTuple_FromArray(list);
  Py_XDECREF(old);
  PyType_Modified(type);
}

/** _PyTypes_InitTypes: readies every static type created so far (in creation order). */
export function _PyTypes_InitTypes(): void {
  // A static type is a global in libpython's image (PyList_Type...): its id() is that
  // address, measured or laid out after the measured ones (memory/static.ts). Assigned
  // by name: the types the measured table lacks are laid out one after another, and
  // creation order follows the bundle's module order, which differs between the CLI's
  // snapshot and its plain bundle.
  const byName = staticTypes.slice().sort((a, b) => (type_name_str(a) < type_name_str(b) ? -1 : 1));
  for (const t of byName) if (t.ob_addr === 0) t.ob_addr = staticTypeLayout.staticType(type_name_str(t));
  _PyGenericAlias_AddClassGetitem();
  _PyObject_Dir_AddMethods();
  for (let i = 0; i < staticTypes.length; i++) PyType_Ready(staticTypes[i]);
}

// ---------------------------------------------------------------------------
// Allocation of instances (PyType_GenericAlloc)

/** A plain instance of a class whose solid base is `object` (its attributes live in
 *  the managed dict / values, see dictvalues.ts; __slots__ values in `ob_slots`).
 *  Every field is set here, in this order, so that all instances share one shape. */
export class PyInstanceObject extends PyObject {
  ob_dict: PyObject | null;
  /** The managed dict's values array and its block, order and last index (dictvalues.ts). */
  ob_values: PyDictValues | null;
  ob_values_addr: number;
  ob_values_order: number[] | null;
  ob_values_lastIx: number;
  ob_slots: (PyObject | null)[] | null;
  /** Host-side only (dictvalues.ts): the owner record of the values block, made once per
   *  JS object and kept when the object is recycled, with the values array last released. */
  ob_values_owner: ValuesBlockOwner | null;

  constructor(type: PyTypeObject) {
    super(type);
    this.ob_dict = null;
    this.ob_values = null;
    // -0: a double from the start, as addresses are (see PyObject's ob_addr).
    this.ob_values_addr = -0;
    this.ob_values_order = null;
    this.ob_values_lastIx = -1;
    this.ob_slots = null;
    this.ob_values_owner = null;
  }
}

/** PyType_GenericAlloc's bookkeeping for an already constructed JS object `o` of
 *  type `type`: memory (with GC and managed-dict pre-headers), the heap type's
 *  reference (instances own a reference to their heap type), GC tracking. */
export function PyType_GenericAllocInto<T extends PyObject>(o: T, type: PyTypeObject, nitems: number): T {
  // _PyObject_VAR_SIZE(type, nitems + 1): one spare item as CPython allocates.
  const size = type.tp_itemsize === 0 ? type.tp_basicsize : type.tp_basicsize + (nitems + 1) * type.tp_itemsize;
  const nbytes = (size + 7) & ~7;
  if ((type.tp_flags & TypeFlags.HAVE_GC) !== 0) _PyObject_GC_New(o, nbytes);
  else _PyObject_New(o, nbytes);
  if ((type.tp_flags & TypeFlags.HEAPTYPE) !== 0) Py_INCREF(type);
  if ((type.tp_flags & TypeFlags.HAVE_GC) !== 0) PyObject_GC_Track(o);
  return o;
}

/** PyType_GenericNew: tp_new that only allocates (type.tp_alloc). */
export function PyType_GenericNew(type: PyTypeObject, _args: PyObject, _kwds: PyObject | null): PyObject {
  return (type.tp_alloc ?? PyType_GenericAlloc)(type, 0);
}

/** PyType_GenericAlloc for types whose instances are PyInstanceObject: a recycled JS
 *  object when there is one of the same shape (instance_recycle.ts), else a new one. */
export function PyType_GenericAlloc(type: PyTypeObject, nitems: number): PyObject {
  const o = _PyInstance_Reuse(type) ?? new PyInstanceObject(type);
  return PyType_GenericAllocInto(o, type, nitems);
}

// ---------------------------------------------------------------------------
// Generic attribute access (Objects/object.c)

/** The instance dict of `o` if it has one materialised (borrowed), for tp_dictoffset != 0. */
export function _PyObject_GetInstanceDict(o: PyObject): PyObject | null {
  const d = (o as PyInstanceObject).ob_dict;
  return d === undefined ? null : d;
}


/** The generic "'T' object has no attribute 'x'" (unnormalized, as PyErr_Format leaves it;
 *  PyObject_GetAttr and _PyObject_GetMethod add the name/obj context). Exported for
 *  other getattro implementations. */
export function _PyErr_NoAttribute(o: PyObject, name: PyObject): never {
  _PyHeap_RefuseMissingAttr(o, name);
  const msg = `'${o.ob_type.tp_name.slice(0, 50)}' object has no attribute '${(name as PyUnicodeObject).str}'`;
  throw PyException.lazy(PyExc_AttributeError, PyUnicode_FromString(msg));
}
const attributeError = _PyErr_NoAttribute;

function attributeErrorWithContext(o: PyObject, name: PyObject): never {
  _PyHeap_RefuseMissingAttr(o, name);
  const msg = `'${o.ob_type.tp_name.slice(0, 50)}' object has no attribute '${(name as PyUnicodeObject).str}'`;
  const e = PyException.lazy(PyExc_AttributeError, PyUnicode_FromString(msg));
  _PyErr_SetAttributeErrorContext(e, o, name);
  throw e;
}

/** descr.__get__(obj, type) with a reference held on descr during the call; with
 *  suppress, an AttributeError becomes null (no exception kept). */
function call_descr_get(f: NonNullable<PyTypeObject['tp_descr_get']>, descr: PyObject, obj: PyObject, tp: PyTypeObject,
  suppress: boolean): PyObject | null {
  Py_INCREF(descr);
  try {
    return f(descr, obj, tp);
  } catch (e) {
    if (suppress && isPyExc(e, PyExc_AttributeError)) {
      PyErr_Clear(e);
      return null;
    }
    throw e;
  } finally {
    Py_DECREF(descr);
  }
}

/** The values array of a managed-dict instance, or null (dict materialised, or the
 *  object's JS class has no such field: a builtin subclass's instance before it gets one). */
function valuesOf(obj: PyObject): PyDictValues | null {
  const v = (obj as PyInstanceObject).ob_values;
  return v === undefined ? null : v;
}

/** _PyObject_GenericGetAttrWithDict: data descriptors on the type, then the instance
 *  dict (or values), then non-data descriptors and class attributes. With suppress,
 *  a missing attribute returns null without creating an exception. */
export function _PyObject_GenericGetAttrWithDict(obj: PyObject, name: PyObject, dict: PyObject | null, suppress: boolean): PyObject | null {
  const tp = obj.ob_type;
  const descr = _PyType_Lookup(tp, name);
  let f: PyTypeObject['tp_descr_get'] = null;
  if (descr !== null) {
    const dt = descr.ob_type;
    f = dt.tp_descr_get;
    if (f !== null && dt.tp_descr_set !== null) return call_descr_get(f, descr, obj, tp, suppress);
  }
  if (dict === null && tp.tp_dictoffset !== 0) {
    const values = (tp.tp_flags & TypeFlags.MANAGED_DICT) !== 0 ? valuesOf(obj) : null;
    if (values !== null) {
      const ix = lookup_keys_index((tp as PyHeapTypeObject).ht_cached_keys as SharedKeys, name);
      const v = ix >= 0 && ix < values.length ? values[ix] : null;
      if (v !== null) {
        v.ob_refcnt++;
        return v;
      }
    } else {
      dict = _PyObject_GetInstanceDict(obj);
    }
  }
  if (dict !== null) {
    const v = PyDict_GetItem(dict, name);
    if (v !== null) {
      Py_INCREF(v);
      return v;
    }
  }
  if (f !== null) return call_descr_get(f, descr as PyObject, obj, tp, suppress);
  if (descr !== null) {
    Py_INCREF(descr);
    return descr;
  }
  if (suppress) return null;
  return attributeError(obj, name);
}

export function PyObject_GenericGetAttr(obj: PyObject, name: PyObject): PyObject {
  return _PyObject_GenericGetAttrWithDict(obj, name, null, false) as PyObject;
}

/** descr.__set__(obj, value) with a reference held on descr during the call. */
function call_descr_set(f: NonNullable<PyTypeObject['tp_descr_set']>, descr: PyObject, obj: PyObject, value: PyObject | null): void {
  Py_INCREF(descr);
  try {
    f(descr, obj, value);
  } finally {
    Py_DECREF(descr);
  }
}

/** _PyObject_GenericSetAttrWithDict: data descriptor's __set__, else the instance dict. */
export function PyObject_GenericSetAttr(obj: PyObject, name: PyObject, value: PyObject | null): void {
  if (!PyUnicode_Check(name)) PyErr_SetString(PyExc_TypeError, `attribute name must be string, not '${name.ob_type.tp_name}'`);
  const tp = obj.ob_type;
  const descr = _PyType_Lookup(tp, name);
  if (descr !== null) {
    const f = descr.ob_type.tp_descr_set;
    if (f !== null) {
      call_descr_set(f, descr, obj, value);
      return;
    }
  }
  if (tp.tp_dictoffset === 0) {
    if (descr === null) attributeError(obj, name);
    PyErr_SetString(PyExc_AttributeError,
      `'${tp.tp_name}' object attribute '${(name as PyUnicodeObject).str}' is read-only`);
  }
  if ((tp.tp_flags & TypeFlags.MANAGED_DICT) !== 0) {
    const values = valuesOf(obj);
    if (values !== null) {
      const ix = store_keys_index((tp as PyHeapTypeObject).ht_cached_keys as SharedKeys, name);
      if (_PyObject_StoreInstanceAttribute(obj, values, name, ix, value)) return;
    }
  }
  generic_setattr_in_dict(obj, name, value);
}

/** The instance-dict part of _PyObject_GenericSetAttrWithDict (created on the first store). */
function generic_setattr_in_dict(obj: PyObject, name: PyObject, value: PyObject | null): void {
  const inst = obj as PyInstanceObject;
  let dict = inst.ob_dict ?? null;
  if (dict === null) {
    if (value === null) attributeError(obj, name);
    dict = inst.ob_dict = PyDict_New();
  }
  if (value === null) {
    try {
      PyDict_DelItem(dict, name);
    } catch (e) {
      if (e instanceof PyException && isPyExc(e, PyExc_KeyErrorLazy())) {
        PyErr_Clear(e);
        attributeError(obj, name);
      }
      throw e;
    }
  } else {
    PyDict_SetItem(dict, name, value);
  }
}
import { PyExc_KeyError } from './exceptions';
function PyExc_KeyErrorLazy(): PyTypeObject {
  return PyExc_KeyError;
}

/** State of the last _PyObject_GetMethod call (no allocation per call). Scratch, read by
 *  its caller right after the call. */
let lastMethodUnbound = false;
export function getMethodUnbound(): boolean {
  return lastMethodUnbound;
}
/** Sets that state, for a caller that found the method without _PyObject_GetMethod (typeobject_attrcache.ts). */
export function _PyObject_SetMethodUnbound(unbound: boolean): void {
  lastMethodUnbound = unbound;
}

/** _PyObject_GetMethod (LOAD_METHOD): if obj.name is a function or method descriptor found
 *  on the type (and not shadowed by the instance dict), returns it unbound (new reference)
 *  and sets getMethodUnbound() to true, so the caller passes obj as the first argument and
 *  no bound-method object is created. Otherwise returns the attribute as obj.name would. */
export function _PyObject_GetMethod(obj: PyObject, name: PyObject): PyObject {
  const tp = obj.ob_type;
  lastMethodUnbound = false;
  if (tp.tp_getattro !== PyObject_GenericGetAttr || !PyUnicode_Check(name)) {
    return (tp.tp_getattro as NonNullable<PyTypeObject['tp_getattro']>)(obj, name);
  }
  const descr = _PyType_Lookup(tp, name);
  let f: PyTypeObject['tp_descr_get'] = null;
  let meth_found = false;
  if (descr !== null) {
    if ((descr.ob_type.tp_flags & TypeFlags.METHOD_DESCRIPTOR) !== 0) meth_found = true;
    else {
      f = descr.ob_type.tp_descr_get;
      if (f !== null && descr.ob_type.tp_descr_set !== null) return call_descr_get(f, descr, obj, tp, false) as PyObject;
    }
  }
  if (tp.tp_dictoffset !== 0) {
    const values = (tp.tp_flags & TypeFlags.MANAGED_DICT) !== 0 ? valuesOf(obj) : null;
    let v: PyObject | null;
    if (values !== null) {
      const ix = lookup_keys_index((tp as PyHeapTypeObject).ht_cached_keys as SharedKeys, name);
      v = ix >= 0 && ix < values.length ? values[ix] : null;
    } else {
      const d = _PyObject_GetInstanceDict(obj);
      v = d === null ? null : PyDict_GetItem(d, name);
    }
    if (v !== null) {
      v.ob_refcnt++;
      return v;
    }
  }
  if (meth_found) {
    lastMethodUnbound = true;
    (descr as PyObject).ob_refcnt++;
    return descr as PyObject;
  }
  if (f !== null) return call_descr_get(f, descr as PyObject, obj, tp, false) as PyObject;
  if (descr !== null) {
    Py_INCREF(descr);
    return descr;
  }
  return attributeErrorWithContext(obj, name);
}

// ---------------------------------------------------------------------------
// `object` (Objects/typeobject.c object_*)

/** The __module__ of a type as a JS string ('builtins' for static types without a dot). */
export function type_module_str(type: PyTypeObject): string | null {
  if ((type.tp_flags & TypeFlags.HEAPTYPE) !== 0) {
    const mod = PyDict_GetItem(type.tp_dict as PyObject, _Py_ID('__module__'));
    return mod !== null && PyUnicode_Check(mod) ? (mod as PyUnicodeObject).str : null;
  }
  const dot = type.tp_name.lastIndexOf('.');
  return dot >= 0 ? type.tp_name.slice(0, dot) : 'builtins';
}

export function type_qualname_str(type: PyTypeObject): string {
  if ((type.tp_flags & TypeFlags.HEAPTYPE) !== 0) return ((type as PyHeapTypeObject).ht_qualname as PyUnicodeObject).str;
  const dot = type.tp_name.lastIndexOf('.');
  return dot >= 0 ? type.tp_name.slice(dot + 1) : type.tp_name;
}

function object_repr(self: PyObject): PyObject {
  const type = self.ob_type;
  const mod = type_module_str(type);
  if (mod !== null && mod !== 'builtins') {
    return PyUnicode_FromString(`<${mod}.${type_qualname_str(type)} object at ${_Py_PointerRepr(self.ob_addr)}>`);
  }
  return PyUnicode_FromString(`<${type.tp_name} object at ${_Py_PointerRepr(self.ob_addr)}>`);
}

function object_str(self: PyObject): PyObject {
  const f = self.ob_type.tp_repr ?? object_repr;
  return f(self);
}

function object_hash(self: PyObject): number {
  return _Py_HashPointer(self.ob_addr);
}

function object_richcompare(self: PyObject, other: PyObject, op: CompareOp): PyObject {
  let res: PyObject;
  switch (op) {
    case CompareOp.EQ:
      res = self === other ? Py_True : Py_NotImplemented;
      break;
    case CompareOp.NE: {
      // By default, __ne__ delegates to __eq__ and inverts the result.
      const rc = self.ob_type.tp_richcompare;
      if (rc === null) {
        res = Py_NotImplemented;
        break;
      }
      const r = rc(self, other, CompareOp.EQ);
      if (r === Py_NotImplemented) return r;
      let t: boolean;
      try {
        t = r === Py_True ? true : r === Py_False ? false : truthOf(r);
      } finally {
        Py_DECREF(r);
      }
      res = t ? Py_False : Py_True;
      break;
    }
    default:
      res = Py_NotImplemented;
  }
  Py_INCREF(res);
  return res;
}
import { PyObject_IsTrue as truthOf } from './abstract';

function excess_args(args: PyObject, kwds: PyObject | null): boolean {
  return (args as PyTupleObject).ob_item.length > 0 || (kwds !== null && dictSize(kwds) > 0);
}
import { PyDict_Size as dictSize } from './dictobject';

function object_init(self: PyObject, args: PyObject, kwds: PyObject | null): void {
  if (excess_args(args, kwds)) {
    const type = self.ob_type;
    if (type.tp_init !== object_init) {
      PyErr_SetString(PyExc_TypeError, 'object.__init__() takes exactly one argument (the instance to initialize)');
    }
    if (type.tp_new === object_new) PyErr_SetString(PyExc_TypeError, `${type_name_str(type)}() takes no arguments`);
  }
}


function object_new(type: PyTypeObject, args: PyObject, kwds: PyObject | null): PyObject {
  if (excess_args(args, kwds)) {
    if (type.tp_new !== object_new) {
      PyErr_SetString(PyExc_TypeError, 'object.__new__() takes exactly one argument (the type to instantiate)');
    }
    if (type.tp_init === object_init) PyErr_SetString(PyExc_TypeError, `${type_name_str(type)}() takes no arguments`);
  }
  const alloc = type.tp_alloc ?? PyType_GenericAlloc;
  const obj = alloc(type, 0);
  if ((type.tp_flags & TypeFlags.MANAGED_DICT) !== 0) _PyObject_InitializeDict(obj);
  return obj;
}

/** _PyType_Name: the part of tp_name after the last dot. */
export function type_name_str(type: PyTypeObject): string {
  const dot = type.tp_name.lastIndexOf('.');
  return dot >= 0 ? type.tp_name.slice(dot + 1) : type.tp_name;
}

function object_dealloc(self: PyObject): void {
  const free = self.ob_type.tp_free;
  if (free !== null) free(self);
  else PyObject_Free(self);
}

function object_format(self: PyObject, spec: PyObject): PyObject {
  if (!PyUnicode_Check(spec)) {
    PyErr_SetString(PyExc_TypeError, `__format__() argument must be str, not ${spec.ob_type.tp_name}`);
  }
  if ((spec as PyUnicodeObject).str.length > 0) {
    PyErr_SetString(PyExc_TypeError, `unsupported format string passed to ${self.ob_type.tp_name}.__format__`);
  }
  return PyObject_Str(self);
}

function object_sizeof(self: PyObject): PyObject {
  const t = self.ob_type;
  let size = t.tp_sizeof !== null ? t.tp_sizeof(self) : t.tp_basicsize;
  if (t.tp_sizeof === null && t.tp_itemsize !== 0) {
    const n = (self as unknown as { ob_size?: number }).ob_size ?? 0;
    size += n * t.tp_itemsize;
  }
  return PyLong_FromNumber(size);
}
import { PyLong_FromNumber } from './longobject';

function object_init_subclass(_cls: PyObject): PyObject {
  Py_INCREF(Py_None);
  return Py_None;
}

function object_get_class(self: PyObject): PyObject {
  Py_INCREF(self.ob_type);
  return self.ob_type;
}

/** object_set_class: CPython's checks, in its order. Changing the class of an instance
 *  (heap type to a compatible heap type) is not modelled yet, and says so. */
function object_set_class(self: PyObject, value: PyObject | null): void {
  if (value === null) PyErr_SetString(PyExc_TypeError, "can't delete __class__ attribute");
  if (!PyType_Check(value)) PyErr_SetString(PyExc_TypeError, `__class__ must be set to a class, not '${value.ob_type.tp_name}' object`);
  const newto = value as PyTypeObject, oldto = self.ob_type;
  // Every static type is immutable (Py_TPFLAGS_IMMUTABLETYPE); module subclasses are exempt.
  if (!(PyType_IsSubtype(newto, PyModule_Type) && PyType_IsSubtype(oldto, PyModule_Type)) &&
    ((newto.tp_flags & TypeFlags.HEAPTYPE) === 0 || (oldto.tp_flags & TypeFlags.HEAPTYPE) === 0)) {
    PyErr_SetString(PyExc_TypeError, '__class__ assignment only supported for mutable types or ModuleType subclasses');
  }
  PyErr_SetString(PyExc_NotImplementedError, 'PyHeap does not support assigning __class__ yet');
}

PyBaseObject_Type.tp_dealloc = object_dealloc;
PyBaseObject_Type.tp_repr = object_repr;
PyBaseObject_Type.tp_str = object_str;
PyBaseObject_Type.tp_hash = object_hash;
PyBaseObject_Type.tp_richcompare = object_richcompare;
PyBaseObject_Type.tp_getattro = PyObject_GenericGetAttr;
PyBaseObject_Type.tp_setattro = PyObject_GenericSetAttr;
PyBaseObject_Type.tp_init = object_init;
PyBaseObject_Type.tp_new = object_new;
PyBaseObject_Type.tp_alloc = PyType_GenericAlloc;
PyBaseObject_Type.tp_free = PyObject_Free;
PyBaseObject_Type.tp_doc = 'The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n';
PyBaseObject_Type.tp_methods = [
  { ml_name: '__format__', ml_meth: object_format, ml_flags: METH.O },
  { ml_name: '__sizeof__', ml_meth: object_sizeof, ml_flags: METH.NOARGS },
  { ml_name: '__init_subclass__', ml_meth: object_init_subclass, ml_flags: METH.CLASS | METH.NOARGS },
];
PyBaseObject_Type.tp_getset = [
  { name: '__class__', get: object_get_class, set: object_set_class },
];

// ---------------------------------------------------------------------------
// `type` (Objects/typeobject.c type_*)

function type_repr(self: PyObject): PyObject {
  const type = self as PyTypeObject;
  const mod = type_module_str(type);
  const qual = type_qualname_str(type);
  if (mod !== null && mod !== 'builtins') return PyUnicode_FromString(`<class '${mod}.${qual}'>`);
  return PyUnicode_FromString(`<class '${type.tp_name}'>`);
}


/** type_call: T(*args) = T.__new__(T, *args), then __init__ when the result is a T. */
function type_call(self: PyObject, args: PyObject, kwds: PyObject | null): PyObject {
  const type = self as PyTypeObject;
  if (type === PyType_Type) {
    const items = (args as PyTupleObject).ob_item;
    const nkw = kwds === null ? 0 : dictSize(kwds);
    if (items.length === 1 && nkw === 0) {
      const t = items[0].ob_type;
      Py_INCREF(t);
      return t;
    }
    if (items.length !== 3) PyErr_SetString(PyExc_TypeError, 'type() takes 1 or 3 arguments');
  }
  const tp_new = type.tp_new;
  if (tp_new === null) PyErr_SetString(PyExc_TypeError, `cannot create '${type_name_str(type)}' instances`);
  const obj = tp_new(type, args, kwds);
  if (!(obj.ob_type === type || PyType_IsSubtype(obj.ob_type, type))) return obj;
  const init = obj.ob_type.tp_init;
  if (init !== null) type_call_init(obj, init, args, kwds);
  return obj;
}

/** type_call's tp_init step: when __init__ fails, the new object is released. */
function type_call_init(obj: PyObject, init: NonNullable<PyTypeObject['tp_init']>, args: PyObject, kwds: PyObject | null): void {
  try {
    init(obj, args, kwds);
  } catch (e) {
    Py_DECREF(obj);
    throw e;
  }
}

/** A call `T(*args)` of a class T whose type is exactly `type`, with no keywords, when
 *  T's construction is object's (tp_new object_new, the generic alloc): what
 *  type_object_vectorcall → _PyObject_MakeTpCall → type_call → object_new → tp_init do,
 *  step for step, without their dispatch. `args` is the value stack, the arguments
 *  ls[base..base+nargs) (borrowed). Null when T is not such a class (the caller makes
 *  the generic call). */
export function _PyType_CallPlain(t: PyTypeObject, args: readonly (PyObject | null)[], base: number, nargs: number): PyObject | null {
  if (t.tp_new !== object_new || t.tp_vectorcall_ctor !== null || (t.tp_alloc !== null && t.tp_alloc !== PyType_GenericAlloc)) return null;
  const init = t.tp_init;
  // object_new's excess_args errors ("T() takes no arguments") stay on the generic path.
  if (init === object_init && nargs > 0) return null;
  const argstuple = _PyTuple_FromArray(args as readonly PyObject[], base, nargs);
  // _PyObject_MakeTpCall's guard around type_call.
  _Py_EnterRecursiveCall(' while calling a Python object');
  try {
    const obj = PyType_GenericAlloc(t, 0);
    if ((t.tp_flags & TypeFlags.MANAGED_DICT) !== 0) _PyObject_InitializeDict(obj);
    if (init !== null) type_call_init(obj, init, argstuple, null);
    return obj;
  } finally {
    _Py_LeaveRecursiveCall();
    Py_DECREF(argstuple);
  }
}

/** type_getattro: metatype data descriptors, then the type's own MRO (descriptors bound
 *  with instance None), then the metatype's other attributes. */
function type_getattro(self: PyObject, name: PyObject): PyObject {
  const type = self as PyTypeObject;
  const metatype = type.ob_type;
  if (!PyUnicode_Check(name)) PyErr_SetString(PyExc_TypeError, `attribute name must be string, not '${name.ob_type.tp_name}'`);
  const meta_attribute = _PyType_Lookup(metatype, name);
  let meta_get: PyTypeObject['tp_descr_get'] = null;
  if (meta_attribute !== null) {
    meta_get = meta_attribute.ob_type.tp_descr_get;
    if (meta_get !== null && meta_attribute.ob_type.tp_descr_set !== null) {
      Py_INCREF(meta_attribute);
      try {
        return meta_get(meta_attribute, type, metatype);
      } finally {
        Py_DECREF(meta_attribute);
      }
    }
  }
  const attribute = _PyType_Lookup(type, name);
  if (attribute !== null) {
    const local_get = attribute.ob_type.tp_descr_get;
    Py_INCREF(attribute);
    if (local_get !== null) {
      try {
        return local_get(attribute, null, type);
      } finally {
        Py_DECREF(attribute);
      }
    }
    return attribute;
  }
  if (meta_get !== null) {
    const ma = meta_attribute as PyObject;
    Py_INCREF(ma);
    try {
      return meta_get(ma, type, metatype);
    } finally {
      Py_DECREF(ma);
    }
  }
  if (meta_attribute !== null) {
    Py_INCREF(meta_attribute);
    return meta_attribute;
  }
  _PyHeap_RefuseMissingTypeAttr(type, name);
  const msg = `type object '${type.tp_name.slice(0, 50)}' has no attribute '${(name as PyUnicodeObject).str}'`;
  throw PyException.lazy(PyExc_AttributeError, PyUnicode_FromString(msg));
}


function type_setattro(self: PyObject, name: PyObject, value: PyObject | null): void {
  const type = self as PyTypeObject;
  if ((type.tp_flags & TypeFlags.IMMUTABLETYPE) !== 0) {
    // "cannot set %R attribute of immutable type '%s'" (deleting too: `del list.append`).
    const r = PyObject_Repr(name);
    const msg = `cannot set ${(r as PyUnicodeObject).str} attribute of immutable type '${type.tp_name}'`;
    Py_DECREF(r);
    PyErr_SetString(PyExc_TypeError, msg);
  }
  if (!PyUnicode_Check(name)) PyErr_SetString(PyExc_TypeError, `attribute name must be string, not '${name.ob_type.tp_name}'`);
  // Data descriptors of the metatype (e.g. __name__, __qualname__, __doc__ setters).
  const metatype = type.ob_type;
  const descr = _PyType_Lookup(metatype, name);
  if (descr !== null && descr.ob_type.tp_descr_set !== null) {
    Py_INCREF(descr);
    try {
      (descr.ob_type.tp_descr_set)(descr, type, value);
    } finally {
      Py_DECREF(descr);
    }
    return;
  }
  const dict = type.tp_dict as PyObject;
  if (value === null) {
    if (PyDict_GetItem(dict, name) === null) {
      const msg = `type object '${type.tp_name}' has no attribute '${(name as PyUnicodeObject).str}'`;
      const e = PyException.lazy(PyExc_AttributeError, PyUnicode_FromString(msg));
      _PyErr_SetAttributeErrorContext(e, type, name);
      throw e;
    }
    PyDict_DelItem(dict, name);
  } else {
    PyDict_SetItem(dict, name, value);
  }
  PyType_Modified(type);
  const s = (name as PyUnicodeObject).str;
  if (s.length > 4 && s.startsWith('__') && s.endsWith('__') && updateSlotHook.fn !== null) updateSlotHook.fn(type, name);
}

function type_get_name(self: PyObject): PyObject {
  const type = self as PyTypeObject;
  if ((type.tp_flags & TypeFlags.HEAPTYPE) !== 0) {
    const n = (type as PyHeapTypeObject).ht_name;
    Py_INCREF(n);
    return n;
  }
  return PyUnicode_FromString(type_name_str(type));
}

function type_get_qualname(self: PyObject): PyObject {
  const type = self as PyTypeObject;
  if ((type.tp_flags & TypeFlags.HEAPTYPE) !== 0) {
    const n = (type as PyHeapTypeObject).ht_qualname;
    Py_INCREF(n);
    return n;
  }
  return PyUnicode_FromString(type_name_str(type));
}

function type_get_module(self: PyObject): PyObject {
  const type = self as PyTypeObject;
  if ((type.tp_flags & TypeFlags.HEAPTYPE) !== 0) {
    const mod = PyDict_GetItem(type.tp_dict as PyObject, _Py_ID('__module__'));
    if (mod === null) {
      PyErr_SetString(PyExc_AttributeError, '__module__');
    }
    Py_INCREF(mod);
    return mod;
  }
  return PyUnicode_FromString(type_module_str(type) as string);
}

function type_get_bases(self: PyObject): PyObject {
  const b = (self as PyTypeObject).tp_bases as PyObject;
  Py_INCREF(b);
  return b;
}

function type_get_base(self: PyObject): PyObject {
  const b = (self as PyTypeObject).tp_base ?? Py_None;
  Py_INCREF(b);
  return b;
}

function type_get_mro(self: PyObject): PyObject {
  const m = (self as PyTypeObject).tp_mro ?? Py_None;
  Py_INCREF(m);
  return m;
}

function type_get_doc(self: PyObject): PyObject {
  const type = self as PyTypeObject;
  const d = PyDict_GetItem(type.tp_dict as PyObject, _Py_ID('__doc__'));
  if (d === null) {
    Py_INCREF(Py_None);
    return Py_None;
  }
  const get = d.ob_type.tp_descr_get;
  if (get !== null) return get(d, null, type);
  Py_INCREF(d);
  return d;
}

/** A new list holding new references to the given objects. */
function listOf(items: readonly PyObject[]): PyObject {
  for (let i = 0; i < items.length; i++) Py_INCREF(items[i]);
  return _PyList_FromArraySteal(items);
}
import { _PyList_FromArraySteal } from './listobject';

/** type.__dict__: a read-only mappingproxy over tp_dict. */
function type_dict(self: PyObject): PyObject {
  const d = (self as PyTypeObject).tp_dict;
  if (d === null) {
    Py_INCREF(Py_None);
    return Py_None;
  }
  return PyDictProxy_New(d);
}
import { PyDictProxy_New } from './descrobject';

function type_mro(self: PyObject): PyObject {
  return listOf(mro_implementation(self as PyTypeObject));
}

function type_subclasses(self: PyObject): PyObject {
  return listOf((self as PyTypeObject).tp_subclasses ?? []);
}

function type_instancecheck(self: PyObject, inst: PyObject): PyObject {
  const r = inst.ob_type === self || PyType_IsSubtype(inst.ob_type, self as PyTypeObject);
  const b = r ? Py_True : Py_False;
  Py_INCREF(b);
  return b;
}

function type_subclasscheck(self: PyObject, sub: PyObject): PyObject {
  if (!PyType_Check(sub)) PyErr_SetString(PyExc_TypeError, 'issubclass() arg 1 must be a class');
  const b = PyType_IsSubtype(sub as PyTypeObject, self as PyTypeObject) ? Py_True : Py_False;
  Py_INCREF(b);
  return b;
}

function type_traverse(self: PyObject, visit: RefVisitor): void {
  const type = self as PyTypeObject;
  if ((type.tp_flags & TypeFlags.HEAPTYPE) === 0) return;
  if (type.tp_dict !== null) visit(type.tp_dict, '__dict__');
  if (type.tp_mro !== null) visit(type.tp_mro, '__mro__');
  if (type.tp_bases !== null) visit(type.tp_bases, '__bases__');
  if (type.tp_base !== null) visit(type.tp_base, '__base__');
}

function type_refs(self: PyObject, visit: RefVisitor): void {
  const type = self as PyTypeObject;
  if ((type.tp_flags & TypeFlags.HEAPTYPE) === 0) return;
  const ht = type as PyHeapTypeObject;
  visit(ht.ht_name, '__name__');
  visit(ht.ht_qualname, '__qualname__');
  if (ht.ht_slots !== null) visit(ht.ht_slots, '__slots__');
  // The shared keys of instances' managed dicts (ht_cached_keys) own their names.
  _PyType_VisitCachedKeys(type, visit);
  type_traverse(self, visit);
}
import { _PyType_VisitCachedKeys } from './dictvalues';

/** Calling a type object: its own fast constructor (CPython's PyTypeObject.tp_vectorcall,
 *  here tp_vectorcall_ctor) when it has one, else an argument tuple and type_call. */
function type_object_vectorcall(callable: PyObject, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  const t = callable as PyTypeObject;
  const ctor = t.tp_vectorcall_ctor;
  if (ctor !== null) return ctor(t, args, nargs, kwnames);
  return _PyObject_MakeTpCall(t, args, nargs, kwnames);
}
import { _PyObject_MakeTpCall } from './abstract';
import { _Py_EnterRecursiveCall, _Py_LeaveRecursiveCall } from '../vm/pystate';

/** type_vectorcall: type(x) returns type(x) without building a tuple. */
function type_vectorcall(metatype: PyTypeObject, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  if (nargs === 1 && metatype === PyType_Type) {
    if (kwnames !== null && (kwnames as PyTupleObject).ob_item.length !== 0) {
      PyErr_SetString(PyExc_TypeError, 'type() takes no keyword arguments');
    }
    const t = args[0].ob_type;
    Py_INCREF(t);
    return t;
  }
  return _PyObject_MakeTpCall(metatype, args, nargs, kwnames);
}

PyType_Type.tp_vectorcall = type_object_vectorcall;
// A class's own vectorcall is its tp_vectorcall (here tp_vectorcall_ctor): NULL for a class
// defined in Python, so PyObject_Call(C, args, kwargs) reaches type_call with that very tuple.
PyType_Type.tp_vectorcall_absent = (o) => (o as PyTypeObject).tp_vectorcall_ctor === null;
PyType_Type.tp_vectorcall_ctor = type_vectorcall;
PyType_Type.tp_repr = type_repr;
PyType_Type.tp_call = type_call;
PyType_Type.tp_getattro = type_getattro;
PyType_Type.tp_setattro = type_setattro;
PyType_Type.tp_traverse = type_traverse;
PyType_Type.tp_refs = type_refs;
PyType_Type.tp_free = PyObject_GC_Del;
PyType_Type.tp_methods = [
  { ml_name: 'mro', ml_meth: type_mro, ml_flags: METH.NOARGS },
  { ml_name: '__subclasses__', ml_meth: type_subclasses, ml_flags: METH.NOARGS },
  // type_prepare: __build_class__ calls it (bound to the metaclass) for the namespace.
  { ml_name: '__prepare__', ml_meth: () => PyDict_New(), ml_flags: METH.FASTCALL | METH.KEYWORDS | METH.CLASS },
  { ml_name: '__instancecheck__', ml_meth: type_instancecheck, ml_flags: METH.O },
  { ml_name: '__subclasscheck__', ml_meth: type_subclasscheck, ml_flags: METH.O },
];
PyType_Type.tp_getset = [
  { name: '__name__', get: type_get_name, set: null },
  { name: '__qualname__', get: type_get_qualname, set: null },
  { name: '__bases__', get: type_get_bases, set: null },
  { name: '__base__', get: type_get_base, set: null },
  { name: '__mro__', get: type_get_mro, set: null },
  { name: '__module__', get: type_get_module, set: null },
  { name: '__doc__', get: type_get_doc, set: null },
  { name: '__dict__', get: type_dict, set: null },
];
PyType_Type.tp_doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type";

/** For callers that only need to know whether this GC type uses the 16-byte head. */
export const TYPE_GC_HEAD = PyGC_Head_SIZE;

/** repr/str/richcompare re-exported for typeobject_slots.ts. */
export { PyObject_Repr, PyObject_RichCompare };
