// Classes defined in Python (Objects/typeobject.c type_new, fixup_slot_dispatchers,
// update_slot, subtype_dealloc/traverse/clear, type_dealloc for heap types).
// `class C(B): ...` ends in type_call(type, (name, bases, ns)) → type_new here.

import { STARTUP_SUBCLASSED } from '../profiles/py311-names';
import { PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_XDECREF, TypeFlags, refLabelsWanted, rt, type RefVisitor } from './object';
import { Py_TRASHCAN_BEGIN, Py_TRASHCAN_END, Trash } from './trashcan';
import { PyErr_SetString } from './errors';
import { PyExc_TypeError } from './exceptions';
import { Py_None } from './singletons';
import { PyUnicode_Check, PyUnicode_FromString, type PyUnicodeObject } from './unicodeobject';
import { PyTuple_Check, _PyTuple_FromArray, type PyTupleObject } from './tupleobject';
import { PyDict_Check, PyDict_Copy, PyDict_GetItem, PyDict_SetItem, PyDict_DelItem, PyDict_Next, PyDict_Size } from './dictobject';
import { PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack, _PyObject_GC_New } from './objalloc';
import { PyDescr_NewMember, PyWrapperDescr_Type, type PyWrapperDescrObject } from './descrobject';
import { PyCFunction_Check, type PyCFunctionObject } from './methodobject';
import { slotdefs, type SlotDef } from './typeobject_slots';
import './typeobject_slotfuncs';
import { typeNewHook, updateSlotHook, addSubclassHook } from './typehooks';
import { PyWeakref_NewRef, PyObject_ClearWeakRefs, _PyObject_GetWeakrefHead } from './weakrefobject';
import { PyLong_FromNumber } from './longobject';
import {
  PyType_Type, PyBaseObject_Type, PyHeapTypeObject, PyType_Ready, PyType_IsSubtype, PyType_Modified,
  PyObject_HashNotImplemented, tp_new_methoddef, _PyType_Lookup, _PyObject_LookupSpecial,
} from './typeobject';
import {
  _PyDict_NewKeysForClass, _PyDictKeys_DecRef, _PyObject_GetManagedDict, _PyObject_ClearManagedDict,
  _PyObject_VisitManagedDict, _PyType_VisitCachedKeys, type SharedKeys, type PyDictValues,
} from './dictvalues';
import { PyStaticMethod_New, PyClassMethod_New } from './funcdescr';
import { PySuper_Type } from './superobject';
import { PyCell_Type, type PyCellObject } from './cellobject';
import { PyFunction_Type } from './funcobject';
import { _Py_ID, PyObject_GetAttr, PyObject_Vectorcall, PyObject_Call } from './abstract';
import { PyType_GenericAlloc, PyInstanceObject } from './typeobject';
import { _PyInstance_Recycle } from './instance_recycle';

/** Extra fields type_new records on a heap type (for layout checks and dealloc). */
interface HeapExtra {
  /** add_subclass: per base, the int key and the weak reference to this type that CPython
   *  stores in base.tp_subclasses (owned; released by remove_subclass). */
  ht_subclass_refs?: [PyTypeObject, PyObject, PyObject][];
  ht_added_dict: boolean;
  ht_added_weak: boolean;
  ht_nslots: number;
}
type HeapType = PyHeapTypeObject & HeapExtra;

interface SlottedInstance extends PyObject {
  ob_slots: (PyObject | null)[] | null;
  ob_dict: PyObject | null;
}

// ---------------------------------------------------------------------------
// Layout: solid_base / best_base

/** extra_ivars: whether type's instances have fields beyond base's; a __weakref__ or
 *  __dict__ slot a heap type added at the end of its layout does not count. */
function extra_ivars(type: PyTypeObject, base: PyTypeObject): boolean {
  let t_size = type.tp_basicsize;
  const b_size = base.tp_basicsize;
  if (type.tp_itemsize !== 0 || base.tp_itemsize !== 0) {
    return t_size !== b_size || type.tp_itemsize !== base.tp_itemsize;
  }
  const heap = (type.tp_flags & TypeFlags.HEAPTYPE) !== 0;
  if (heap && type.tp_weaklistoffset !== 0 && base.tp_weaklistoffset === 0 && type.tp_weaklistoffset + 8 === t_size) {
    t_size -= 8;
  }
  if (heap && type.tp_dictoffset > 0 && base.tp_dictoffset === 0 && type.tp_dictoffset + 8 === t_size) {
    t_size -= 8;
  }
  return t_size !== b_size;
}

function solid_base(type: PyTypeObject): PyTypeObject {
  const base = type.tp_base !== null ? solid_base(type.tp_base) : PyBaseObject_Type;
  return extra_ivars(type, base) ? type : base;
}

/** best_base: the base whose instance layout every other base's layout extends. */
function best_base(bases: PyTypeObject[]): PyTypeObject {
  let base: PyTypeObject | null = null;
  let winner: PyTypeObject | null = null;
  for (const base_i of bases) {
    if ((base_i.tp_flags & TypeFlags.BASETYPE) === 0) {
      PyErr_SetString(PyExc_TypeError, `type '${base_i.tp_name}' is not an acceptable base type`);
    }
    const candidate = solid_base(base_i);
    if (winner === null) {
      winner = candidate;
      base = base_i;
    } else if (PyType_IsSubtype(winner, candidate)) {
      // keep
    } else if (PyType_IsSubtype(candidate, winner)) {
      winner = candidate;
      base = base_i;
    } else {
      PyErr_SetString(PyExc_TypeError, 'multiple bases have instance lay-out conflict');
    }
  }
  return base as PyTypeObject;
}

/** _PyType_CalculateMetaclass. */
function calculate_metaclass(metatype: PyTypeObject, bases: PyTypeObject[]): PyTypeObject {
  let winner = metatype;
  for (const b of bases) {
    const tmptype = b.ob_type;
    if (PyType_IsSubtype(winner, tmptype)) continue;
    if (PyType_IsSubtype(tmptype, winner)) {
      winner = tmptype;
      continue;
    }
    PyErr_SetString(PyExc_TypeError,
      'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
  }
  return winner;
}

// ---------------------------------------------------------------------------
// type_new

function str(o: PyObject): string {
  return (o as PyUnicodeObject).str;
}

export function type_new(metatype: PyTypeObject, args: PyObject, kwds: PyObject | null): PyObject {
  const a = (args as PyTupleObject).ob_item;
  if (a.length !== 3) PyErr_SetString(PyExc_TypeError, 'type() takes 1 or 3 arguments');
  const [name, basesObj, orig_dict] = a;
  if (!PyUnicode_Check(name)) PyErr_SetString(PyExc_TypeError, `type.__new__() argument 1 must be str, not ${name.ob_type.tp_name}`);
  if (!PyTuple_Check(basesObj)) PyErr_SetString(PyExc_TypeError, `type.__new__() argument 2 must be tuple, not ${basesObj.ob_type.tp_name}`);
  if (!PyDict_Check(orig_dict)) PyErr_SetString(PyExc_TypeError, `type.__new__() argument 3 must be dict, not ${orig_dict.ob_type.tp_name}`);
  const basesList = (basesObj as PyTupleObject).ob_item;
  for (const b of basesList) {
    if ((b.ob_type.tp_flags & TypeFlags.TYPE_SUBCLASS) === 0) PyErr_SetString(PyExc_TypeError, 'bases must be types');
  }
  // Metaclass: the most derived of the metaclasses of the bases.
  const winner = calculate_metaclass(metatype, basesList as PyTypeObject[]);
  if (winner !== metatype && winner.tp_new !== type_new && winner.tp_new !== null) {
    return winner.tp_new(winner, args, kwds);
  }
  metatype = winner;
  // type_new_get_bases
  let bases: PyObject;
  let base: PyTypeObject;
  if (basesList.length === 0) {
    base = PyBaseObject_Type;
    bases = _PyTuple_FromArray([PyBaseObject_Type]);
  } else {
    base = best_base(basesList as PyTypeObject[]);
    Py_INCREF(basesObj);
    bases = basesObj;
  }
  try {
    return type_new_impl(metatype, name, bases, base, orig_dict, kwds);
  } finally {
    Py_DECREF(bases);
  }
}

function type_new_impl(metatype: PyTypeObject, name: PyObject, bases: PyObject, base: PyTypeObject,
  orig_dict: PyObject, kwds: PyObject | null): PyObject {
  const dict = PyDict_Copy(orig_dict);
  // __slots__
  const slotsObj = PyDict_GetItem(dict, _Py_ID('__slots__'));
  let slotNames: PyObject[] = [];
  let add_dict = false;
  let add_weak = false;
  const may_add_dict = base.tp_dictoffset === 0;
  const may_add_weak = base.tp_weaklistoffset === 0 && base.tp_itemsize === 0;
  if (slotsObj === null) {
    add_dict = may_add_dict;
    add_weak = may_add_weak;
  } else {
    const items: PyObject[] = PyUnicode_Check(slotsObj) ? [slotsObj] : iterItems(slotsObj);
    for (const s of items) {
      if (!PyUnicode_Check(s)) {
        Py_DECREF(dict);
        PyErr_SetString(PyExc_TypeError, `__slots__ items must be strings, not '${s.ob_type.tp_name}'`);
      }
      const n = str(s);
      if (n === '__dict__') {
        if (!may_add_dict || add_dict) {
          Py_DECREF(dict);
          PyErr_SetString(PyExc_TypeError, '__dict__ slot disallowed: we already got one');
        }
        add_dict = true;
      } else if (n === '__weakref__') {
        if (!may_add_weak || add_weak) {
          Py_DECREF(dict);
          PyErr_SetString(PyExc_TypeError, '__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0');
        }
        add_weak = true;
      } else {
        if (PyDict_GetItem(dict, s) !== null) {
          Py_DECREF(dict);
          PyErr_SetString(PyExc_ValueError_(), `'${n}' in __slots__ conflicts with class variable`);
        }
        slotNames.push(s);
      }
    }
    // type_new_copy_slots sorts the names (member offsets follow that order).
    slotNames = slotNames.slice().sort((x, y) => (str(x) < str(y) ? -1 : str(x) > str(y) ? 1 : 0));
    if (slotNames.length > 0 && base.tp_itemsize !== 0) {
      Py_DECREF(dict);
      PyErr_SetString(PyExc_TypeError, `nonempty __slots__ not supported for subtype of '${base.tp_name}'`);
    }
  }
  const nslots = slotNames.length;
  // A managed dict is inherited (the subclass gets its own cached keys too).
  const managed = (add_dict && base.tp_itemsize === 0) || (base.tp_flags & TypeFlags.MANAGED_DICT) !== 0;
  let basicsize = base.tp_basicsize + nslots * 8;
  let flags = TypeFlags.HEAPTYPE | TypeFlags.BASETYPE | TypeFlags.HAVE_GC;
  if (managed) flags |= TypeFlags.MANAGED_DICT;
  let dictoffset = 0;
  if (managed) dictoffset = -1;
  else if (add_dict) {
    if (base.tp_itemsize !== 0) {
      dictoffset = -8;
      basicsize += 8;
    } else {
      dictoffset = basicsize;
      basicsize += 8;
    }
  }
  let weaklistoffset = 0;
  if (add_weak) {
    weaklistoffset = basicsize;
    basicsize += 8;
  }
  // __qualname__
  let qualname = name;
  const qn = PyDict_GetItem(dict, _Py_ID('__qualname__'));
  if (qn !== null) {
    if (!PyUnicode_Check(qn)) {
      Py_DECREF(dict);
      PyErr_SetString(PyExc_TypeError, `type __qualname__ must be a str, not ${qn.ob_type.tp_name}`);
    }
    qualname = qn;
  }
  // type_new_alloc: PyType_GenericAlloc(metatype, nslots): the type object itself.
  const et = new PyHeapTypeObject(metatype, name, qualname, basicsize, base.tp_itemsize, flags) as HeapType;
  Py_INCREF(name);
  Py_INCREF(qualname);
  et.ht_added_dict = add_dict;
  et.ht_added_weak = add_weak;
  et.ht_nslots = nslots;
  _PyObject_GC_New(et, ((metatype.tp_basicsize + (nslots + 1) * metatype.tp_itemsize) + 7) & ~7);
  if ((metatype.tp_flags & TypeFlags.HEAPTYPE) !== 0) Py_INCREF(metatype);
  PyObject_GC_Track(et);
  et.tp_dictoffset = dictoffset;
  et.tp_weaklistoffset = weaklistoffset;
  Py_INCREF(base);
  et.tp_base = base;
  Py_INCREF(bases);
  et.tp_bases = bases;
  et.tp_dict = dict;
  et.tp_dealloc = subtype_dealloc;
  et.tp_free = PyObject_GC_Del;
  et.tp_traverse = subtype_traverse;
  et.tp_clear = subtype_clear;
  et.tp_refs = subtype_refs;
  // type_new_set_attrs
  if (qn !== null) PyDict_DelItem(dict, _Py_ID('__qualname__'));
  if (PyDict_GetItem(dict, _Py_ID('__module__')) === null) {
    const m = PyUnicode_FromString('__main__');
    PyDict_SetItem(dict, _Py_ID('__module__'), m);
    Py_DECREF(m);
  }
  const doc = PyDict_GetItem(dict, _Py_ID('__doc__'));
  if (doc !== null && PyUnicode_Check(doc)) et.tp_doc = str(doc);
  for (const [key, wrap] of [['__new__', PyStaticMethod_New], ['__init_subclass__', PyClassMethod_New],
    ['__class_getitem__', PyClassMethod_New]] as const) {
    const f = PyDict_GetItem(dict, _Py_ID(key));
    if (f !== null && f.ob_type === PyFunction_Type) {
      const w = wrap(f);
      PyDict_SetItem(dict, _Py_ID(key), w);
      Py_DECREF(w);
    }
  }
  // Member descriptors for __slots__ and the __dict__/__weakref__ getsets.
  for (let i = 0; i < nslots; i++) {
    const d = PyDescr_NewMember(et, slotNames[i], i);
    PyDict_SetItem(dict, slotNames[i], d);
    Py_DECREF(d);
  }
  const getset = [];
  if (add_dict) getset.push({ name: '__dict__', get: subtype_dict, set: subtype_setdict });
  if (add_weak) getset.push({ name: '__weakref__', get: subtype_getweakref, set: null });
  et.tp_getset = getset.length > 0 ? getset : null;
  // PyType_Ready computes the MRO, inherits slots and adds the getsets.
  try {
    PyType_Ready(et);
  } catch (e) {
    Py_DECREF(et);
    throw e;
  }
  if (et.tp_alloc === null) et.tp_alloc = PyType_GenericAlloc;
  fixup_slot_dispatchers(et);
  // __classcell__: the zero-argument super() cell gets the new class.
  const cell = PyDict_GetItem(dict, _Py_ID('__classcell__'));
  if (cell !== null) {
    if (cell.ob_type !== PyCell_Type) {
      Py_DECREF(et);
      PyErr_SetString(PyExc_TypeError, `__classcell__ must be a nonlocal cell, not ${cell.ob_type.tp_name}`);
    }
    const c = cell as PyCellObject;
    Py_INCREF(et);
    const old = c.ob_ref;
    c.ob_ref = et;
    Py_XDECREF(old);
    PyDict_DelItem(dict, _Py_ID('__classcell__'));
  }
  if (managed) et.ht_cached_keys = _PyDict_NewKeysForClass(et);
  try {
    type_new_set_names(et);
    type_new_init_subclass(et, kwds);
  } catch (e) {
    Py_DECREF(et);
    throw e;
  }
  return et;
}

function PyExc_ValueError_(): PyTypeObject {
  return PyExc_ValueErrorRef;
}
import { PyExc_ValueError as PyExc_ValueErrorRef } from './exceptions';

function iterItems(o: PyObject): PyObject[] {
  const t = PySequence_Tuple(o);
  const items = (t as PyTupleObject).ob_item.slice();
  for (const x of items) Py_INCREF(x);
  Py_DECREF(t);
  // The caller only borrows; the tuple's items stay alive through __slots__ in the dict.
  for (const x of items) Py_DECREF(x);
  return items;
}
import { PySequence_Tuple } from './tupleobject';

/** type_new_set_names: value.__set_name__(type, key) for each class attribute that has one. */
function type_new_set_names(type: PyTypeObject): void {
  const names_to_set = PyDict_Copy(type.tp_dict as PyObject);
  try {
    const pos = { pos: 0 };
    let kv: [PyObject, PyObject] | null;
    while ((kv = PyDict_Next(names_to_set, pos)) !== null) {
      const [key, value] = kv;
      const set_name = _PyObject_LookupSpecial(value, _Py_ID('__set_name__'));
      if (set_name === null) continue;
      try {
        const r = PyObject_Vectorcall(set_name, [type, key], 2, null);
        Py_DECREF(r);
      } finally {
        Py_DECREF(set_name);
      }
    }
  } finally {
    Py_DECREF(names_to_set);
  }
}

/** type_new_init_subclass: super(type, type).__init_subclass__(**kwds). */
function type_new_init_subclass(type: PyTypeObject, kwds: PyObject | null): void {
  const sup = PyObject_Vectorcall(PySuper_Type, [type, type], 2, null);
  let func: PyObject;
  try {
    func = PyObject_GetAttr(sup, _Py_ID('__init_subclass__'));
  } finally {
    Py_DECREF(sup);
  }
  try {
    const empty = _PyTuple_FromArray([]);
    try {
      const r = PyObject_Call(func, empty, kwds !== null && PyDict_Size(kwds) > 0 ? kwds : null);
      Py_DECREF(r);
    } finally {
      Py_DECREF(empty);
    }
  } finally {
    Py_DECREF(func);
  }
}

// ---------------------------------------------------------------------------
// Slot dispatchers (fixup_slot_dispatchers / update_one_slot / update_slot)

/** Consecutive slotdefs entries sharing one slot field. */
const slotGroups: SlotDef[][] = [];
for (let i = 0; i < slotdefs.length;) {
  const g = [slotdefs[i]];
  let j = i + 1;
  while (j < slotdefs.length && slotdefs[j].slot === slotdefs[i].slot) g.push(slotdefs[j++]);
  slotGroups.push(g);
  i = j;
}

/** resolve_slotdups: the one slot of `type` (by field name) among those `name` maps to that is filled, else null. */
function resolve_slotdups(type: PyTypeObject, name: string): string | null {
  let res: string | null = null;
  const t = type as unknown as Record<string, unknown>;
  for (const p of slotdefs) {
    if (p.name !== name) continue;
    const v = t[p.slot];
    if (v === null || v === undefined) continue;
    if (res !== null && res !== p.slot) return null;
    res = p.slot;
  }
  return res;
}

/** update_one_slot: sets one slot of a heap type from the dunders its MRO defines. */
function update_one_slot(type: PyTypeObject, group: SlotDef[]): void {
  const slot = group[0].slot;
  const t = type as unknown as Record<string, unknown>;
  let specific: unknown = null;
  let generic: unknown = null;
  let use_generic = false;
  for (const p of group) {
    const descr = _PyType_Lookup(type, _Py_ID(p.name));
    if (descr === null) {
      if (slot === 'tp_iternext') specific = null;
      continue;
    }
    if (descr.ob_type === PyWrapperDescr_Type && (descr as PyWrapperDescrObject).d_base.name === p.name) {
      const d = descr as PyWrapperDescrObject;
      const tptr = resolve_slotdups(type, p.name);
      if (tptr === null || tptr === slot) generic = p.slotfn;
      if ((specific === null || specific === d.d_wrapped) && d.d_base.wrapper === p.wrapper &&
          PyType_IsSubtype(type, d.d_type)) {
        specific = d.d_wrapped;
      } else {
        use_generic = true;
      }
    } else if (PyCFunction_Check(descr) && (descr as PyCFunctionObject).m_ml === tp_new_methoddef && slot === 'tp_new') {
      // __new__ inherited from a builtin: keep the inherited C tp_new.
      specific = type.tp_new;
    } else if (descr === Py_None && slot === 'tp_hash') {
      specific = PyObject_HashNotImplemented;
    } else {
      use_generic = true;
      generic = p.slotfn;
    }
  }
  t[slot] = specific !== null && !use_generic ? specific : generic;
}

/** fixup_slot_dispatchers: every slot of a new heap type. */
export function fixup_slot_dispatchers(type: PyTypeObject): void {
  for (const g of slotGroups) update_one_slot(type, g);
}

/** update_slot: after `C.__name__ = v` for a dunder, recompute the slots using it in C and subclasses. */
function update_slot(type: PyTypeObject, name: PyObject): void {
  const n = str(name);
  const groups = slotGroups.filter((g) => g.some((p) => p.name === n));
  if (groups.length === 0) return;
  const visit = (t: PyTypeObject, top: boolean): void => {
    if (!top && PyDict_GetItem(t.tp_dict as PyObject, name) !== null) return;
    for (const g of groups) update_one_slot(t, g);
    for (const sub of t.tp_subclasses ?? []) visit(sub, false);
  };
  visit(type, true);
}

// ---------------------------------------------------------------------------
// Instances of heap types

function subtype_dict(obj: PyObject): PyObject {
  const tp = obj.ob_type;
  let d: PyObject;
  if ((tp.tp_flags & TypeFlags.MANAGED_DICT) !== 0) d = _PyObject_GetManagedDict(obj);
  else {
    const inst = obj as SlottedInstance;
    let x = inst.ob_dict ?? null;
    if (x === null) x = inst.ob_dict = PyDict_NewRef();
    d = x;
  }
  Py_INCREF(d);
  return d;
}
import { PyDict_New as PyDict_NewRef } from './dictobject';

function subtype_setdict(obj: PyObject, value: PyObject | null): void {
  if (value !== null && !PyDict_Check(value)) {
    PyErr_SetString(PyExc_TypeError, `__dict__ must be set to a dictionary, not a '${value.ob_type.tp_name}'`);
  }
  const tp = obj.ob_type;
  if ((tp.tp_flags & TypeFlags.MANAGED_DICT) !== 0) _PyObject_GetManagedDict(obj);
  const inst = obj as SlottedInstance;
  const old = inst.ob_dict ?? null;
  if (value !== null) Py_INCREF(value);
  inst.ob_dict = value;
  Py_XDECREF(old);
}

/** __weakref__: the first weak reference to the object, or None. */
function subtype_getweakref(obj: PyObject): PyObject {
  const r = _PyObject_GetWeakrefHead(obj) ?? Py_None;
  Py_INCREF(r);
  return r;
}

/** The nearest base whose tp_dealloc is not subtype_dealloc. */
function nonHeapBase(type: PyTypeObject): PyTypeObject {
  let base: PyTypeObject = type;
  while (base.tp_dealloc === subtype_dealloc) base = base.tp_base as PyTypeObject;
  return base;
}

function clear_slots(obj: PyObject): void {
  const inst = obj as SlottedInstance;
  const slots = inst.ob_slots;
  if (slots === null || slots === undefined) return;
  inst.ob_slots = null;
  for (let i = 0; i < slots.length; i++) Py_XDECREF(slots[i]);
}

/** subtype_dealloc: __del__ (PEP 442, may resurrect), clear __slots__ values and the
 *  instance dict/values, then the base's tp_dealloc, then drop the instance's
 *  reference to its heap type. */
export function subtype_dealloc(self: PyObject): void {
  let type = self.ob_type;
  const base = nonHeapBase(type);
  const basedealloc = base.tp_dealloc;
  PyObject_GC_UnTrack(self);
  // Only a GC type's instances go through the trashcan (a chain of linked instances).
  const trash = (type.tp_flags & TypeFlags.HAVE_GC) !== 0 ? Py_TRASHCAN_BEGIN(self, subtype_dealloc) : Trash.OFF;
  if (trash === Trash.DEPOSITED) return;
  if (type.tp_finalize !== null) {
    PyObject_GC_Track(self);
    if (PyObject_CallFinalizerFromDealloc(self)) { // resurrected: `goto endlabel`
      Py_TRASHCAN_END(trash);
      return;
    }
    PyObject_GC_UnTrack(self);
  }
  if (type.tp_weaklistoffset !== 0 && base.tp_weaklistoffset === 0) PyObject_ClearWeakRefs(self);
  clear_slots(self);
  if ((type.tp_flags & TypeFlags.MANAGED_DICT) !== 0) {
    _PyObject_ClearManagedDict(self);
  } else if (type.tp_dictoffset !== 0 && base.tp_dictoffset === 0) {
    const inst = self as SlottedInstance;
    const d = inst.ob_dict ?? null;
    if (d !== null) {
      inst.ob_dict = null;
      Py_DECREF(d);
    }
  }
  type = self.ob_type;
  if ((base.tp_flags & TypeFlags.HAVE_GC) !== 0) PyObject_GC_Track(self);
  const type_needs_decref = (type.tp_flags & TypeFlags.HEAPTYPE) !== 0 && (base.tp_flags & TypeFlags.HEAPTYPE) === 0;
  basedealloc(self);
  if (type_needs_decref) Py_DECREF(type);
  // object_dealloc freed the block: the JS object may serve a later instance.
  if (base === PyBaseObject_Type && self instanceof PyInstanceObject) _PyInstance_Recycle(self);
  Py_TRASHCAN_END(trash);
}

/** PyObject_CallFinalizerFromDealloc: runs tp_finalize once (PEP 442) with the object
 *  temporarily alive; returns true if it was resurrected. */
export function PyObject_CallFinalizerFromDealloc(self: PyObject): boolean {
  // PyObject_CallFinalizer: only a GC object records that its finalizer ran (the flag
  // lives in the PyGC_Head); a non-GC object's __del__ runs again if it was resurrected.
  const gc = (self.ob_type.tp_flags & TypeFlags.HAVE_GC) !== 0;
  if (gc && self.gc_finalized) return false;
  self.ob_refcnt = 1;
  if (gc) self.gc_finalized = true;
  (self.ob_type.tp_finalize as (o: PyObject) => void)(self);
  if (--self.ob_refcnt === 0) return false;
  return true;
}

/** subtype_traverse: the heap type, __slots__ values, the dict or values, then the base's references. */
export function subtype_traverse(self: PyObject, visit: RefVisitor): void {
  subtype_visit(self, visit, false);
}

/** tp_refs of a class's instances: subtype_traverse, then the base's tp_refs where it names
 *  more than its tp_traverse (a class made by a metaclass: type_refs names ht_name...). */
function subtype_refs(self: PyObject, visit: RefVisitor): void {
  subtype_visit(self, visit, true);
}

function subtype_visit(self: PyObject, visit: RefVisitor, refs: boolean): void {
  const type = self.ob_type;
  const base = nonHeapBase(type);
  const inst = self as SlottedInstance;
  const slots = inst.ob_slots;
  if (slots !== null && slots !== undefined) {
    for (let i = 0; i < slots.length; i++) {
      const v = slots[i];
      if (v !== null) visit(v, refLabelsWanted ? `slot[${i}]` : '');
    }
  }
  if ((type.tp_flags & TypeFlags.MANAGED_DICT) !== 0) _PyObject_VisitManagedDict(self, visit);
  else if (type.tp_dictoffset !== 0 && base.tp_dictoffset === 0) {
    const d = inst.ob_dict ?? null;
    if (d !== null) visit(d, '__dict__');
  }
  if ((base.tp_flags & TypeFlags.HEAPTYPE) === 0) visit(type, '__class__');
  const bt = refs ? base.tp_refs ?? base.tp_traverse : base.tp_traverse;
  if (bt !== null) bt(self, visit);
}

/** The values array of an instance whose whole subtype_traverse is "its managed values in
 *  key order, then its type": managed dict not materialised, no __slots__ values, base
 *  `object` (which visits nothing more). Otherwise null: tp_traverse must be called. For the
 *  collector's inline traversals (gc/visit.ts). */
export function _PyObject_PlainManagedValues(self: PyObject): PyDictValues | null {
  const type = self.ob_type;
  if (type.tp_traverse !== subtype_traverse || (type.tp_flags & TypeFlags.MANAGED_DICT) === 0 ||
      nonHeapBase(type) !== PyBaseObject_Type || PyBaseObject_Type.tp_traverse !== null) return null;
  const inst = self as PyInstanceObject;
  const slots = inst.ob_slots;
  if (slots !== null && slots !== undefined) return null;
  const vals = inst.ob_values;
  return vals === undefined ? null : vals;
}

function subtype_clear(self: PyObject): void {
  const type = self.ob_type;
  const base = nonHeapBase(type);
  clear_slots(self);
  if ((type.tp_flags & TypeFlags.MANAGED_DICT) !== 0) _PyObject_ClearManagedDict(self);
  else if (type.tp_dictoffset !== 0 && base.tp_dictoffset === 0) {
    const inst = self as SlottedInstance;
    const d = inst.ob_dict ?? null;
    if (d !== null) {
      inst.ob_dict = null;
      Py_DECREF(d);
    }
  }
  const bc = base.tp_clear;
  if (bc !== null) bc(self);
}

// ---------------------------------------------------------------------------
// Heap type objects themselves

/** add_subclass (heap types): base.tp_subclasses[PyLong_FromVoidPtr(type)] = weakref.ref(type). */
function add_subclass(base: PyTypeObject, type: PyTypeObject): void {
  const key = PyLong_FromNumber(type.ob_addr);
  let ref: PyObject;
  try {
    ref = PyWeakref_NewRef(type, null);
  } catch (e) {
    Py_DECREF(key);
    throw e;
  }
  ensure_subclasses_dict(base);
  ((type as HeapType).ht_subclass_refs ??= []).push([base, key, ref]);
}

/** Per runtime: the bases whose tp_subclasses dict PyHeap has created. */
const subclassDicts = new WeakMap<object, Map<PyTypeObject, PyObject>>();

/** The tp_subclasses dict add_subclass created for `base` in this runtime (the base's own
 *  reference, for referrers), or null. */
export function _PyType_SubclassesDict(base: PyTypeObject): PyObject | null {
  return subclassDicts.get(rt)?.get(base) ?? null;
}

/** add_subclass creates base.tp_subclasses (PyDict_New) for the first subclass. A builtin
 *  type that already has subclasses when CPython's program starts has it (recorded in
 *  profiles/py311-names.ts); the others, and classes, get it now. The dict stays (the
 *  (key, weakref) entries themselves are kept in ht_subclass_refs). */
function ensure_subclasses_dict(base: PyTypeObject): void {
  if ((base.tp_flags & TypeFlags.HEAPTYPE) === 0 && STARTUP_SUBCLASSED.includes(base.tp_name)) return;
  let dicts = subclassDicts.get(rt);
  if (dicts === undefined) subclassDicts.set(rt, dicts = new Map());
  if (!dicts.has(base)) dicts.set(base, PyDict_NewRef());
}

function remove_subclass(base: PyTypeObject, type: PyTypeObject): void {
  const subs = base.tp_subclasses;
  if (subs !== null) {
    const i = subs.indexOf(type);
    if (i >= 0) subs.splice(i, 1);
  }
  const refs = (type as HeapType).ht_subclass_refs;
  if (refs === undefined) return;
  for (let i = 0; i < refs.length; i++) {
    if (refs[i][0] !== base) continue;
    const [, key, ref] = refs[i];
    refs.splice(i, 1);
    // PyDict_DelItem releases the key, then the value.
    Py_DECREF(key);
    Py_DECREF(ref);
    return;
  }
}

/** type_dealloc for heap types (static types are never freed). */
function type_dealloc(self: PyObject): void {
  const type = self as HeapType;
  PyObject_GC_UnTrack(type);
  // type_dealloc_common: remove_all_subclasses(type, type->tp_bases).
  for (const b of ((type.tp_bases as PyTupleObject | null)?.ob_item ?? [])) remove_subclass(b as PyTypeObject, type);
  PyObject_ClearWeakRefs(type);
  const base = type.tp_base;
  const dict = type.tp_dict;
  const bases = type.tp_bases;
  const mro = type.tp_mro;
  const keys = type.ht_cached_keys as SharedKeys | null;
  type.tp_base = null;
  type.tp_dict = null;
  type.tp_bases = null;
  type.tp_mro = null;
  type.tp_mro_list = [];
  type.ht_cached_keys = null;
  Py_XDECREF(base);
  Py_XDECREF(dict);
  Py_XDECREF(bases);
  Py_XDECREF(mro);
  Py_DECREF(type.ht_name);
  Py_DECREF(type.ht_qualname);
  Py_XDECREF(type.ht_slots);
  if (keys !== null) _PyDictKeys_DecRef(keys);
  // A heap metatype's reference is dropped by subtype_dealloc, which calls this (as CPython's
  // type_dealloc, this does not).
  PyObject_GC_Del(type);
}

function type_traverse_heap(self: PyObject, visit: RefVisitor): void {
  const type = self as HeapType;
  if ((type.tp_flags & TypeFlags.HEAPTYPE) === 0) return;
  if (type.tp_dict !== null) visit(type.tp_dict, '__dict__');
  if (type.tp_mro !== null) visit(type.tp_mro, '__mro__');
  if (type.tp_bases !== null) visit(type.tp_bases, '__bases__');
  if (type.tp_base !== null) visit(type.tp_base, '__base__');
  if ((type.ob_type.tp_flags & TypeFlags.HEAPTYPE) !== 0) visit(type.ob_type, '__class__');
}

function type_refs_heap(self: PyObject, visit: RefVisitor): void {
  const type = self as HeapType;
  if ((type.tp_flags & TypeFlags.HEAPTYPE) === 0) return;
  visit(type.ht_name, '__name__');
  visit(type.ht_qualname, '__qualname__');
  _PyType_VisitCachedKeys(type, visit);
  type_traverse_heap(self, visit);
}

/** type_clear: breaks a heap type's cycles (its dict and MRO). */
function type_clear(self: PyObject): void {
  const type = self as PyTypeObject;
  if ((type.tp_flags & TypeFlags.HEAPTYPE) === 0) return;
  PyType_Modified(type);
  const d = type.tp_dict;
  if (d !== null) PyDict_ClearRef(d);
  const mro = type.tp_mro;
  type.tp_mro = null;
  type.tp_mro_list = [];
  Py_XDECREF(mro);
}
import { PyDict_Clear as PyDict_ClearRef } from './dictobject';

/** type_init: type(name, bases, dict) argument checks after type_new. */
function type_init(self: PyObject, args: PyObject, kwds: PyObject | null): void {
  const n = (args as PyTupleObject).ob_item.length;
  if (kwds !== null && n === 1 && PyDict_Size(kwds) !== 0) {
    PyErr_SetString(PyExc_TypeError, 'type.__init__() takes no keyword arguments');
  }
  if (n !== 1 && n !== 3) PyErr_SetString(PyExc_TypeError, 'type.__init__() takes 1 or 3 arguments');
  void self;
}

/** type___sizeof__: sizeof(PyHeapTypeObject) plus the cached keys for a class, sizeof(PyTypeObject) (408) for a static type. */
function type_sizeof(self: PyObject): number {
  const t = self as PyTypeObject;
  if ((t.tp_flags & TypeFlags.HEAPTYPE) !== 0) {
    return PyType_Type.tp_basicsize + ((t as HeapType).ht_cached_keys !== null ? CLASS_KEYS_NBYTES : 0);
  }
  return 408;
}
import { CLASS_KEYS_NBYTES } from './dictvalues';

PyType_Type.tp_sizeof = type_sizeof;
PyType_Type.tp_new = type_new;
PyType_Type.tp_init = type_init;
PyType_Type.tp_dealloc = type_dealloc;
PyType_Type.tp_traverse = type_traverse_heap;
PyType_Type.tp_refs = type_refs_heap;
PyType_Type.tp_clear = type_clear;
PyType_Type.tp_weaklistoffset = 368;
// offsetof(PyTypeObject, tp_dict): a metaclass (class M(type)) has a dict already, so
// type_new adds no __dict__ descriptor to it (which would hold a reference to M).
PyType_Type.tp_dictoffset = 264;
typeNewHook.fn = type_new;
addSubclassHook.fn = add_subclass;
updateSlotHook.fn = update_slot;
