// The builtins that belong to the interpreter rather than to an object type
// (Python/bltinmodule.c): print, __build_class__ and __import__.

import { PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_XDECREF, Py_NewRef } from '../objects/object';
import { PyErr_SetString, PyException } from '../objects/errors';
import {
  PyExc_TypeError, PyExc_RuntimeError, PyExc_ModuleNotFoundError, PyExc_ValueError, PyExc_ImportError,
  PyExc_NotImplementedError,
} from '../objects/exceptions';
import { Py_None } from '../objects/singletons';
import { PyUnicode_Check, PyUnicode_AsString, PyUnicode_FromString } from '../objects/unicodeobject';
import { _PyTuple_FromArray, PyTuple_Check } from '../objects/tupleobject';
import { PyList_New, PyList_Append, PyList_SET_ITEM, PyList_GET_SIZE, PyList_SetSlice, PyList_AsTuple } from '../objects/listobject';
import type { PyTupleObject } from '../objects/tupleobject';
import { PyDict_New, PyDict_SetItem, PyDict_GetItemWithError, PyDict_DelItem } from '../objects/dictobject';
import {
  PyObject_IsTrue, PyObject_Repr, PyType_Check, _PyObject_LookupAttr, _Py_ID, PyObject_CallOneArg,
  PyObject_SetItem, PyMapping_Check, _PyObject_FastCallDict, _PyStack_AsDict,
} from '../objects/abstract';
import { PyType_IsSubtype, PyType_Type } from '../objects/typeobject';
import { METH } from '../objects/methoddef';
import type { PyMethodDef } from '../objects/methoddef';
import { PyFunction_Check } from '../objects/funcobject';
import { dirMethodDef } from './bltin_dir';
import { namespaceMethodDefs } from './bltin_namespace';
import { evalMethodDefs } from './bltin_eval';
import { inputMethodDef } from './bltin_input';
import type { PyFunctionObject } from '../objects/funcobject';
import { PyCellObject, PyCell_Type } from '../objects/cellobject';
import { _PyEval_Vector } from './ceval';
import { PyFile_WriteObject, PyFile_WriteString, PyFile_Flush } from './io';
import { PyModule_NewObject } from '../objects/moduleobject';
import type { PyCodeObject } from '../objects/codeobject';
import { FROZEN_SOURCES } from './frozen';
import { Py_CompileStringObject, PyEval_EvalCode, PyEval_GetBuiltins } from './pythonrun';
import { _PyHeap_IsStdlibModule, _PyHeap_NoteProvided } from '../objects/unsupported';

/** How print() finds sys.stdout (the interpreter's sys module dict). */
export const sysLookup: {
  stdout: () => PyObject | null;
  stdin: () => PyObject | null;
  stderr: () => PyObject | null;
  modules: () => PyObject;
  /** Standard input and output are both terminals (input() then prompts on stderr). */
  consoleIsTTY: boolean;
} = {
  stdout: () => null,
  stdin: () => null,
  stderr: () => null,
  consoleIsTTY: false,
  modules: () => {
    throw new Error('internal: sys.modules not set');
  },
};

function kwArgs(name: string, args: PyObject[], nargs: number, kwnames: PyObject | null, allowed: string[]): Map<string, PyObject> {
  const out = new Map<string, PyObject>();
  if (kwnames === null) return out;
  const names = (kwnames as PyTupleObject).ob_item;
  for (let i = 0; i < names.length; i++) {
    const k = PyUnicode_AsString(names[i]);
    if (!allowed.includes(k)) PyErr_SetString(PyExc_TypeError, `'${k}' is an invalid keyword argument for ${name}()`);
    out.set(k, args[nargs + i]);
  }
  return out;
}

/** builtin_print (3.11, Argument Clinic): `*args` is collected into a new tuple
 *  (_PyArg_UnpackKeywordsWithVararg), which holds a reference to every object printed while
 *  its __str__ runs; flush's truth is taken before anything is written. */
function builtin_print(_self: PyObject, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  const varargs = _PyTuple_FromArray(args, 0, nargs);
  try {
    const kw = kwArgs('print', args, nargs, kwnames, ['sep', 'end', 'file', 'flush']);
    const flushArg = kw.get('flush');
    const flush = flushArg !== undefined && PyObject_IsTrue(flushArg);
    return builtin_print_impl(varargs as PyTupleObject, kw.get('sep') ?? Py_None, kw.get('end') ?? Py_None,
      kw.get('file') ?? Py_None, flush);
  } finally {
    Py_DECREF(varargs);
  }
}

/** builtin_print_impl: writes str(arg) for each argument through file.write. */
function builtin_print_impl(args: PyTupleObject, sepArg: PyObject, endArg: PyObject, fileArg: PyObject, flush: boolean): PyObject {
  let file = fileArg;
  let sep: PyObject | null = sepArg;
  let end: PyObject | null = endArg;
  if (file === Py_None) {
    const f = sysLookup.stdout();
    if (f === null) PyErr_SetString(PyExc_RuntimeError, 'lost sys.stdout');
    if (f === Py_None) {
      Py_INCREF(Py_None);
      return Py_None;
    }
    file = f;
  }
  if (sep === Py_None) sep = null;
  else if (!PyUnicode_Check(sep)) {
    PyErr_SetString(PyExc_TypeError, `sep must be None or a string, not ${sep.ob_type.tp_name}`);
  }
  if (end === Py_None) end = null;
  else if (!PyUnicode_Check(end)) {
    PyErr_SetString(PyExc_TypeError, `end must be None or a string, not ${end.ob_type.tp_name}`);
  }
  // `file` is borrowed (from the arguments or sys.stdout), as in 3.11.
  const items = args.ob_item;
  for (let i = 0; i < items.length; i++) {
    if (i > 0) {
      if (sep === null) PyFile_WriteString(' ', file);
      else PyFile_WriteObject(sep, file);
    }
    PyFile_WriteObject(items[i], file);
  }
  if (end === null) PyFile_WriteString('\n', file);
  else PyFile_WriteObject(end, file);
  if (flush) PyFile_Flush(file);
  Py_INCREF(Py_None);
  return Py_None;
}

/** _PyType_CalculateMetaclass */
function calculateMetaclass(metatype: PyTypeObject, bases: PyTupleObject): PyTypeObject {
  let winner = metatype;
  for (const tmp of bases.ob_item) {
    const tmptype = tmp.ob_type;
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

/** update_bases: a base that is not a class but has __mro_entries__ is replaced by the
 *  tuple that method returns (PEP 560). Returns orig_bases itself (borrowed) when nothing
 *  was replaced, else a new tuple. */
function update_bases(orig_bases: PyTupleObject, args: PyObject[], nargs: number): PyTupleObject {
  let new_bases: PyObject | null = null;
  try {
    for (let i = 0; i < nargs; i++) {
      const base = args[2 + i];
      if (PyType_Check(base)) {
        // After a first replacement every base is appended, before it none is.
        if (new_bases !== null) PyList_Append(new_bases, base);
        continue;
      }
      const meth = _PyObject_LookupAttr(base, _Py_ID('__mro_entries__'));
      if (meth === null) {
        if (new_bases !== null) PyList_Append(new_bases, base);
        continue;
      }
      let new_base: PyObject;
      try {
        new_base = PyObject_CallOneArg(meth, orig_bases);
      } finally {
        Py_DECREF(meth);
      }
      try {
        if (!PyTuple_Check(new_base)) PyErr_SetString(PyExc_TypeError, '__mro_entries__ must return a tuple');
        if (new_bases === null) {
          // The first replacement: a list of the bases before it.
          new_bases = PyList_New(i);
          for (let j = 0; j < i; j++) PyList_SET_ITEM(new_bases, j, Py_NewRef(args[2 + j]));
        }
        const j = PyList_GET_SIZE(new_bases);
        PyList_SetSlice(new_bases, j, j, new_base);
      } finally {
        Py_DECREF(new_base);
      }
    }
    return new_bases === null ? orig_bases : (PyList_AsTuple(new_bases) as PyTupleObject);
  } finally {
    Py_XDECREF(new_bases);
  }
}

/** builtin___build_class__(func, name, *bases, metaclass=..., **kwds): the class keywords
 *  (without metaclass) go to __prepare__ and to the metaclass call as a dict
 *  (PyObject_VectorcallDict). */
function builtin___build_class__(_self: PyObject, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  if (nargs < 2) PyErr_SetString(PyExc_TypeError, '__build_class__: not enough arguments');
  const func = args[0];
  if (!PyFunction_Check(func)) PyErr_SetString(PyExc_TypeError, '__build_class__: func must be a function');
  const name = args[1];
  if (!PyUnicode_Check(name)) PyErr_SetString(PyExc_TypeError, '__build_class__: name is not a string');
  const orig_bases = _PyTuple_FromArray(args, 2, nargs - 2);
  let bases: PyTupleObject;
  try {
    bases = update_bases(orig_bases, args, nargs - 2);
  } catch (e) {
    Py_DECREF(orig_bases);
    throw e;
  }
  let meta: PyObject | null = null;
  let mkw: PyObject | null = null;
  let ns: PyObject | null = null;
  let cell: PyObject | null = null;
  let isclass = false;
  try {
    if (kwnames !== null) {
      mkw = _PyStack_AsDict(args, nargs, kwnames);
      const m = PyDict_GetItemWithError(mkw, _Py_ID('metaclass'));
      if (m !== null) {
        Py_INCREF(m);
        meta = m;
        PyDict_DelItem(mkw, _Py_ID('metaclass'));
        // An explicit metaclass that is not a class is used as it is.
        isclass = PyType_Check(meta);
      }
    }
    if (meta === null) {
      meta = bases.ob_item.length === 0 ? PyType_Type : bases.ob_item[0].ob_type;
      Py_INCREF(meta);
      isclass = true;
    }
    if (isclass) {
      const winner = calculateMetaclass(meta as PyTypeObject, bases);
      if (winner !== meta) {
        Py_DECREF(meta);
        meta = winner;
        Py_INCREF(meta);
      }
    }
    const prep = _PyObject_LookupAttr(meta, _Py_ID('__prepare__'));
    if (prep === null) {
      ns = PyDict_New();
    } else {
      try {
        ns = _PyObject_FastCallDict(prep, [name, bases], 2, mkw);
      } finally {
        Py_DECREF(prep);
      }
    }
    if (!PyMapping_Check(ns)) {
      PyErr_SetString(PyExc_TypeError, `${isclass ? (meta as PyTypeObject).tp_name : '<metaclass>'}.__prepare__() must return a mapping, not ${ns.ob_type.tp_name}`);
    }
    cell = _PyEval_Vector(func as PyFunctionObject, ns, [], 0, null);
    if (bases !== orig_bases) {
      // PyMapping_SetItemString: a new str key each time.
      const key = PyUnicode_FromString('__orig_bases__');
      try {
        PyObject_SetItem(ns, key, orig_bases);
      } finally {
        Py_DECREF(key);
      }
    }
    const cls = _PyObject_FastCallDict(meta, [name, bases, ns], 3, mkw);
    if (PyType_Check(cls) && cell.ob_type === PyCell_Type) {
      const cell_cls = (cell as PyCellObject).ob_ref;
      if (cell_cls !== cls) {
        Py_DECREF(cls);
        if (cell_cls === null) {
          PyErr_SetString(PyExc_RuntimeError,
            `__class__ not set defining ${repr(name)} as ${repr(cls)}. Was __classcell__ propagated to type.__new__?`);
        }
        PyErr_SetString(PyExc_TypeError, `__class__ set to ${repr(cell_cls)} defining ${repr(name)} as ${repr(cls)}`);
      }
    }
    return cls;
  } finally {
    Py_XDECREF(cell);
    Py_XDECREF(ns);
    Py_XDECREF(meta);
    Py_XDECREF(mkw);
    if (bases !== orig_bases) Py_DECREF(orig_bases);
    Py_DECREF(bases);
  }
}

function repr(o: PyObject): string {
  const r = PyObject_Repr(o);
  const s = PyUnicode_AsString(r);
  Py_DECREF(r);
  return s;
}

/** builtin___import__ → PyImport_ImportModuleLevelObject for the built-in modules
 *  this interpreter has (sys, gc, builtins). */
function builtin___import__(_self: PyObject, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  const kw = kwArgs('__import__', args, nargs, kwnames, ['name', 'globals', 'locals', 'fromlist', 'level']);
  const name = nargs > 0 ? args[0] : kw.get('name');
  if (name === undefined) return PyErr_SetString(PyExc_TypeError, "__import__() missing required argument 'name' (pos 1)");
  if (!PyUnicode_Check(name)) PyErr_SetString(PyExc_TypeError, `module name must be str, not ${name.ob_type.tp_name}`);
  const levelObj = nargs > 4 ? args[4] : kw.get('level');
  const level = levelObj === undefined ? 0 : Number((levelObj as unknown as { ival: number }).ival);
  if (level < 0) PyErr_SetString(PyExc_ValueError, 'level must be >= 0');
  if (level > 0) PyErr_SetString(PyExc_ImportError, 'attempted relative import with no known parent package');
  const s = PyUnicode_AsString(name);
  if (s.length === 0) PyErr_SetString(PyExc_ValueError, 'Empty module name');
  const top = s.split('.')[0];
  const modules = sysLookup.modules();
  const key = PyUnicode_FromString(top);
  try {
    let m = PyDict_GetItemWithError(modules, key);
    if (m === null && top === s && FROZEN_SOURCES.has(s)) m = import_frozen(s, key, modules);
    if (m === null || top !== s) {
      if (m === null && _PyHeap_IsStdlibModule(top)) {
        PyErr_SetString(PyExc_NotImplementedError, `PyHeap does not support the '${top}' module yet`);
      }
      const missing = m === null ? top : s;
      const e = PyException.lazy(PyExc_ModuleNotFoundError, PyUnicode_FromString(`No module named '${missing}'`));
      const v = e.value as PyObject & { name: PyObject | null };
      const old = v.name;
      v.name = PyUnicode_FromString(missing);
      Py_XDECREF(old);
      throw e;
    }
    Py_INCREF(m);
    return m;
  } finally {
    Py_DECREF(key);
  }
}

/** A module of FROZEN_SOURCES, imported as importlib runs a source module: the module is
 *  in sys.modules while its code runs (and removed again if that code raises). Borrowed
 *  (sys.modules holds it). */
function import_frozen(name: string, key: PyObject, modules: PyObject): PyObject {
  const m = PyModule_NewObject(key, '(frozen)');
  try {
    PyDict_SetItem(modules, key, m);
  } finally {
    Py_DECREF(m);
  }
  try {
    const d = m.ob_dict as PyObject;
    PyDict_SetItem(d, _Py_ID('__builtins__'), PyEval_GetBuiltins());
    const filename = PyUnicode_FromString(`<frozen ${name}>`);
    let code: PyObject;
    try {
      code = Py_CompileStringObject(FROZEN_SOURCES.get(name) as string, filename, `<frozen ${name}>`, 'exec', 0);
    } finally {
      Py_DECREF(filename);
    }
    try {
      Py_DECREF(PyEval_EvalCode(code as PyCodeObject, d, d));
    } finally {
      Py_DECREF(code);
    }
    _PyHeap_NoteProvided(name, d);
  } catch (e) {
    PyDict_DelItem(modules, key);
    throw e;
  }
  return m;
}

export const vmBuiltinMethods: PyMethodDef[] = [
  { ml_name: '__build_class__', ml_meth: builtin___build_class__, ml_flags: METH.FASTCALL | METH.KEYWORDS },
  { ml_name: '__import__', ml_meth: builtin___import__, ml_flags: METH.FASTCALL | METH.KEYWORDS },
  { ml_name: 'print', ml_meth: builtin_print, ml_flags: METH.FASTCALL | METH.KEYWORDS },
  dirMethodDef,
  ...namespaceMethodDefs,
  ...evalMethodDefs,
  inputMethodDef,
];
