// The references CPython's startup holds to the objects the interpreter makes for every
// run (the modules sys, builtins, _weakref, weakref, gc, their dicts and builtin functions,
// sys's data) from objects PyHeap does not build: site, io, encodings and importlib import
// sys and keep it in their globals; every function of the stdlib holds the builtins dict
// (func_builtins) and weakref.py's hold weakref's dict; some modules keep `len` or
// `getattr` in their globals... A program sees them: sys.getrefcount(sys) is 73 in
// CPython 3.11.7, 12 without them. scripts/calibrate-startup-refcounts.mjs measures them
// with scripts/probe-runtime-refcounts.py (same program in both interpreters: the
// difference of each count is what CPython's startup holds) into
// runtime_startup_refcounts.json; each interpreter adds them once its modules exist, and
// the referrers view names them as the startup's.

import { PyObject } from '../objects/object';
import { PyDict_GetItemString } from '../objects/dictobject';
import type { PyModuleObject } from '../objects/moduleobject';
import { PyCFunction_Type } from '../objects/methodobject';
import measured from './runtime_startup_refcounts.json';

/** The object a probe key names ("module sys", "dict builtins", "func builtins.len",
 *  "sys maxsize") in this interpreter, or null when PyHeap has none. */
function resolve(modules: PyObject, key: string): PyObject | null {
  const [kind, name] = key.split(' ');
  const module = (n: string): PyModuleObject | null => PyDict_GetItemString(modules, n) as PyModuleObject | null;
  switch (kind) {
    case 'module':
      return module(name);
    case 'dict':
      return module(name)?.ob_dict ?? null;
    case 'func': {
      const dot = name.indexOf('.');
      const d = module(name.slice(0, dot))?.ob_dict ?? null;
      const f = d === null ? null : PyDict_GetItemString(d, name.slice(dot + 1));
      return f !== null && f.ob_type === PyCFunction_Type ? f : null;
    }
    case 'sys': {
      const d = module('sys')?.ob_dict ?? null;
      return d === null ? null : PyDict_GetItemString(d, name);
    }
    default:
      throw new Error(`internal: unknown startup reference key ${key}`);
  }
}

/** Adds CPython's startup references to the interpreter's objects (`modules`: sys.modules);
 *  returns how many each object got, for the referrers view. */
export function _PyRuntime_AddStartupReferences(modules: PyObject): Map<PyObject, number> {
  const out = new Map<PyObject, number>();
  for (const [key, n] of Object.entries(measured.objects as Record<string, number>)) {
    const o = resolve(modules, key);
    // Two keys can name one object (sys.stdout and sys.__stdout__, a function of _weakref
    // and of weakref): its measured difference is the same under both.
    if (o === null || out.has(o)) continue;
    o.ob_refcnt += n;
    out.set(o, (out.get(o) ?? 0) + n);
  }
  return out;
}
