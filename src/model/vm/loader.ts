// From the compiler's pure data (compiler/code.ts) to objects: every constant
// object in CPython's creation order, the code objects, and the parser's arena.
//
// CPython's parser puts every object it creates — each literal occurrence, each
// folded constant, each NAME token's interned identifier — into the arena's list
// (Python/pyarena.c _PyArena_AddPyObject; the list is a real list object), and
// pythonrun.c frees the arena only after the module finished running. That list
// is why `n = 1000; sys.getrefcount(n)` at module level counts one more than the
// names and co_consts explain. The loader keeps the same list ("parser arena").

import { PyObject, Py_DECREF, Py_INCREF } from '../objects/object';
import { Py_None, Py_Ellipsis } from '../objects/singletons';
import { Py_True, Py_False } from '../objects/boolobject';
import { PyLong_FromBigInt } from '../objects/longobject';
import { PyFloat_FromDouble } from '../objects/floatobject';
import { PyUnicode_FromString, PyUnicode_InternInPlace, PyUnicode_InternFromString } from '../objects/unicodeobject';
import type { PyUnicodeObject } from '../objects/unicodeobject';
import { PyBytes_FromBytes } from '../objects/bytesobject';
import { PyTuple_New, PyTuple_SET_ITEM } from '../objects/tupleobject';
import type { PyTupleObject } from '../objects/tupleobject';
import { PyList_New, PyList_Append } from '../objects/listobject';
import type { PyListObject } from '../objects/listobject';
import { PyFrozenSet_New } from '../objects/setobject';
import { PyErr_SetString } from '../objects/errors';
import { PyExc_NotImplementedError } from '../objects/exceptions';
import type { CompiledModule, CodeUnit, ConstObject } from '../compiler/code';
import { PyCodeObject, _PyCode_Alloc } from '../objects/codeobject';

export interface LoadedModule {
  code: PyCodeObject;
  /** The parser arena's list (a real list object), freed when the module finishes. */
  arena: PyListObject;
}

/** Builds the module's objects. The returned code object and arena are owned references.
 *  `filenameObj` (borrowed) is the str every co_filename shares, when the caller has one
 *  (eval/exec use the static "<string>"); otherwise one is made. */
export function loadModule(cm: CompiledModule, filename: string, filenameObj?: PyObject): LoadedModule {
  // _PyArena_New: the list exists before anything is parsed.
  const arena = PyList_New(0);
  const objs: (PyObject | null)[] = new Array(cm.objects.length).fill(null);
  /** The parser's own object for a constant whose co_consts entry is another one (an
   *  identifier-like str interned before compiling), held for the arena. */
  const parsed: (PyObject | null)[] = new Array(cm.objects.length).fill(null);
  const codes = new Map<CodeUnit, PyCodeObject>();
  if (filenameObj === undefined) filenameObj = PyUnicode_FromString(filename);
  else Py_INCREF(filenameObj);

  const makeCode = (u: CodeUnit): PyCodeObject => {
    const have = codes.get(u);
    if (have !== undefined) {
      Py_INCREF(have);
      return have;
    }
    const consts = get(u.co_consts_obj) as PyTupleObject;
    const names = get(u.co_names_obj) as PyTupleObject;
    const lnames = get(u.co_localsplusnames_obj) as PyTupleObject;
    Py_INCREF(consts);
    Py_INCREF(names);
    Py_INCREF(lnames);
    Py_INCREF(filenameObj as PyObject);
    const name = PyUnicode_InternFromString(u.co_name);
    const qualname = u.co_qualname === u.co_name ? (Py_INCREF(name), name) : PyUnicode_FromString(u.co_qualname);
    const co = new PyCodeObject({
      co_code: u.co_code, co_consts: consts, co_names: names, co_localsplusnames: lnames,
      co_localspluskinds: u.co_localspluskinds, co_name: name, co_qualname: qualname, co_filename: filenameObj as PyObject,
      co_argcount: u.co_argcount, co_posonlyargcount: u.co_posonlyargcount, co_kwonlyargcount: u.co_kwonlyargcount,
      co_flags: u.co_flags, co_stacksize: u.co_stacksize, co_firstlineno: u.co_firstlineno,
      co_positions: u.co_positions, co_exceptiontable: u.co_exceptiontable,
      name: u.co_name, qualname: u.co_qualname, filename: u.co_filename,
    });
    _PyCode_Alloc(co);
    codes.set(u, co);
    Py_INCREF(co); // the loader's own reference, dropped at the end
    return co;
  };

  // Items are created on first use: a tuple's items normally precede it in the list,
  // but this keeps the loader correct if one does not.
  const get = (i: number): PyObject => {
    let o = objs[i];
    if (o === null) {
      o = makeObject(cm.objects[i], i);
      objs[i] = o;
    }
    return o;
  };

  const makeObject = (c: ConstObject, index: number): PyObject => {
    if (c.slots !== undefined) {
      // A co_consts tuple built by the assembler: constants and nested code objects.
      const t = PyTuple_New(c.slots.length);
      for (let i = 0; i < c.slots.length; i++) {
        const s = c.slots[i];
        let item: PyObject;
        if ('code' in s) {
          item = makeCode(s.code);
        } else {
          item = get(s.obj);
          Py_INCREF(item);
        }
        PyTuple_SET_ITEM(t, i, item);
      }
      return t;
    }
    const v = c.value;
    switch (v.kind) {
      case 'None':
        Py_INCREF(Py_None);
        return Py_None;
      case 'bool': {
        const b = v.value ? Py_True : Py_False;
        Py_INCREF(b);
        return b;
      }
      case 'Ellipsis':
        Py_INCREF(Py_Ellipsis);
        return Py_Ellipsis;
      case 'int':
        return PyLong_FromBigInt(v.value);
      case 'float':
        return PyFloat_FromDouble(v.value);
      case 'str': {
        if (c.identifier) return PyUnicode_InternFromString(v.value);
        const s = PyUnicode_FromString(v.value);
        if (!c.intern) return s;
        // intern_string_constants (Objects/codeobject.c): identifier-like constants in
        // co_consts are interned in place. When the string was interned already (a static
        // name such as 'len', or one interned at startup) co_consts gets that object and
        // the parser's own str lives on in the arena alone.
        if (!c.inArena) return PyUnicode_InternInPlace(s as PyUnicodeObject);
        Py_INCREF(s);
        const t = PyUnicode_InternInPlace(s as PyUnicodeObject);
        if (t !== s) parsed[index] = s;
        else Py_DECREF(s);
        return t;
      }
      case 'bytes':
        return PyBytes_FromBytes(v.value);
      case 'tuple': {
        const items = c.items ?? [];
        const t = PyTuple_New(items.length);
        for (let i = 0; i < items.length; i++) {
          const item = get(items[i]);
          Py_INCREF(item);
          PyTuple_SET_ITEM(t, i, item);
        }
        return t;
      }
      case 'frozenset': {
        const items = c.items ?? [];
        const t = PyTuple_New(items.length);
        for (let i = 0; i < items.length; i++) {
          const item = get(items[i]);
          Py_INCREF(item);
          PyTuple_SET_ITEM(t, i, item);
        }
        const fs = PyFrozenSet_New(t);
        Py_DECREF(t);
        return fs;
      }
      case 'complex':
        return PyErr_SetString(PyExc_NotImplementedError, 'PyHeap does not support complex numbers yet');
    }
  };

  for (let i = 0; i < cm.objects.length; i++) {
    const o = get(i);
    if (cm.objects[i].inArena) {
      const p = parsed[i];
      PyList_Append(arena, p ?? o);
      if (p !== null) Py_DECREF(p);
    }
  }
  for (const id of cm.arenaIdentifiers) {
    const s = PyUnicode_InternFromString(id);
    PyList_Append(arena, s);
    Py_DECREF(s);
  }
  const code = makeCode(cm.code);
  // Drop the loader's own references: what nothing else holds is freed, as the
  // compiler's temporaries are in CPython.
  for (const co of codes.values()) Py_DECREF(co);
  for (let i = 0; i < objs.length; i++) {
    const o = objs[i];
    if (o !== null) Py_DECREF(o);
  }
  Py_DECREF(filenameObj as PyObject);
  return { code, arena };
}
