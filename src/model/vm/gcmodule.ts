// A minimal `gc` module over the runtime's GC hooks (runtime.ts GcHooks), used
// until the collector (src/model/gc/) registers the full module in its place
// (modules.ts registerBuiltinModule('gc', ...)). It only offers what the hooks
// can answer exactly: the generation-0 count, enable/disable state, thresholds.

import { PyObject, Py_DECREF, Py_INCREF, rt } from '../objects/object';
import { PyErr_SetString } from '../objects/errors';
import { PyExc_NotImplementedError } from '../objects/exceptions';
import { Py_None } from '../objects/singletons';
import { Py_True, Py_False } from '../objects/boolobject';
import { PyLong_FromNumber } from '../objects/longobject';
import { PyUnicode_FromString } from '../objects/unicodeobject';
import { PyTuple_Pack } from '../objects/tupleobject';
import { PyDict_SetItem } from '../objects/dictobject';
import { PyCFunction_NewEx } from '../objects/methodobject';
import { METH } from '../objects/methoddef';
import type { PyMethodDef } from '../objects/methoddef';
import { CountingGc } from '../runtime';
import { PyModule_New } from './moduleobject';
import { registerBuiltinModule } from './modules';

let enabled = true;

function count0(): number {
  const g = rt.gc as unknown as { count0?: number };
  return g instanceof CountingGc ? g.count0 : (g.count0 ?? 0);
}

function pack(...vals: number[]): PyObject {
  const items = vals.map((v) => PyLong_FromNumber(v));
  const t = PyTuple_Pack(...items);
  for (const i of items) Py_DECREF(i);
  return t;
}

const methods: PyMethodDef[] = [
  { ml_name: 'get_count', ml_meth: () => pack(count0(), 0, 0), ml_flags: METH.NOARGS },
  { ml_name: 'get_threshold', ml_meth: () => pack(700, 10, 10), ml_flags: METH.NOARGS },
  {
    ml_name: 'isenabled', ml_meth: () => {
      const b = enabled ? Py_True : Py_False;
      Py_INCREF(b);
      return b;
    }, ml_flags: METH.NOARGS,
  },
  { ml_name: 'enable', ml_meth: () => { enabled = true; Py_INCREF(Py_None); return Py_None; }, ml_flags: METH.NOARGS },
  { ml_name: 'disable', ml_meth: () => { enabled = false; Py_INCREF(Py_None); return Py_None; }, ml_flags: METH.NOARGS },
  {
    ml_name: 'collect', ml_meth: (): PyObject => PyErr_SetString(PyExc_NotImplementedError,
      'PyHeap: the cyclic garbage collector is not available in this build'), ml_flags: METH.FASTCALL | METH.KEYWORDS,
  },
];

export function makeGcModule(): PyObject {
  enabled = true;
  const m = PyModule_New('gc', '(built-in)');
  const d = m.ob_dict as PyObject;
  const modname = PyUnicode_FromString('gc');
  for (const ml of methods) {
    const f = PyCFunction_NewEx(ml, m, modname);
    const k = PyUnicode_FromString(ml.ml_name);
    PyDict_SetItem(d, k, f);
    Py_DECREF(k);
    Py_DECREF(f);
  }
  Py_DECREF(modname);
  return m;
}

registerBuiltinModule('gc', makeGcModule);
