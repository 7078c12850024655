// finalize_modules (Python/pylifecycle.c, 3.11): how Py_FinalizeEx tears the modules
// down after its first full collection, which decides when the __del__ of objects
// still alive at exit runs, and in what order.
//
//  1. finalize_modules_delete_special: builtins._ and some sys attributes become
//     None; sys.stdout/stderr/stdin are restored from sys.__stdout__ etc.
//  2. finalize_remove_modules: every module in sys.modules is remembered (CPython:
//     a weakref to it in `weaklist`) and its entry is set to None. A module nobody
//     else holds dies here; module_dealloc only drops its dict, so a namespace
//     that is part of a cycle (any module defining a function: func_globals) is
//     left to the collector rather than cleared.
//  3. finalize_clear_modules_dict: sys.modules is emptied.
//  4. finalize_restore_builtins: the builtins dict goes back to its startup copy.
//  5. _PyGC_CollectNoFail: a full collection without gc.callbacks. This is where a
//     global cycle of __main__ is finalized, in the collector's order.
//  6. finalize_modules_clear_weaklist: modules still alive (most recently imported
//     first) have their dict cleared by _PyModule_Clear (underscore names first).
//  7. finalize_clear_sys_builtins_dict: the sys dict, then the builtins dict.
//  8. interp->modules is released, and _PyGC_CollectNoFail runs once more.

import { PyObject, Py_DECREF, Py_INCREF } from '../objects/object';
import { PyException, PyErr_WriteUnraisable } from '../objects/errors';
import { Py_None } from '../objects/singletons';
import { PyDict_Next, PyDict_SetItem, PyDict_SetItemString, PyDict_GetItemWithError, PyDict_Clear, PyDict_Copy, PyDict_Update } from '../objects/dictobject';
import { _Py_ID } from '../objects/abstract';
import { _PyGC_CollectNoFail } from '../gc/index';
import { PyModule_Type, _PyModule_ClearDict, type PyModuleObject } from '../objects/moduleobject';

/** The interpreter state finalize_modules works on (PyInterpreterState's fields). */
export interface FinalizeModulesState {
  /** interp->modules (sys.modules); owned, released by step 8. */
  modules: PyObject;
  /** interp->sysdict */
  sysdict: PyObject;
  /** interp->builtins */
  builtins: PyObject;
  /** interp->builtins_copy: a dict of the builtins as startup left them. */
  builtinsCopy: PyObject;
}

/** Runs `f`, reporting a Python exception as unraisable (CPython: PyErr_WriteUnraisable(NULL)). */
function guarded(f: () => void): void {
  try {
    f();
  } catch (e) {
    if (!(e instanceof PyException)) throw e;
    PyErr_WriteUnraisable(e, null);
  }
}

const SYS_DELETES = [
  'path', 'argv', 'ps1', 'ps2', 'last_type', 'last_value', 'last_traceback', 'path_hooks',
  'path_importer_cache', 'meta_path', '__interactive_hook__',
];
const SYS_FILES = [['stdin', '__stdin__'], ['stdout', '__stdout__'], ['stderr', '__stderr__']];

function finalize_modules_delete_special(st: FinalizeModulesState): void {
  guarded(() => PyDict_SetItemString(st.builtins, '_', Py_None));
  for (const name of SYS_DELETES) guarded(() => PyDict_SetItemString(st.sysdict, name, Py_None));
  for (const [name, orig] of SYS_FILES) {
    guarded(() => {
      const v = PyDict_GetItemWithError(st.sysdict, _Py_ID(orig)) ?? Py_None;
      PyDict_SetItemString(st.sysdict, name, v);
    });
  }
}

/** Sets every module entry of sys.modules to None; returns the modules in order
 *  (standing for the weakrefs: a module whose ob_refcnt fell to 0 is dead). */
function finalize_remove_modules(modules: PyObject): PyModuleObject[] {
  const weaklist: PyModuleObject[] = [];
  const pos = { pos: 0 };
  let kv: [PyObject, PyObject] | null;
  while ((kv = PyDict_Next(modules, pos)) !== null) {
    const [name, mod] = kv;
    if (mod.ob_type !== PyModule_Type) continue;
    weaklist.push(mod as PyModuleObject);
    Py_INCREF(name);
    guarded(() => PyDict_SetItem(modules, name, Py_None));
    Py_DECREF(name);
  }
  return weaklist;
}

/** finalize_restore_builtins: the builtins dict gets its startup contents back (what the
 *  program added or replaced lives on in a temporary copy until the update is done). */
function finalize_restore_builtins(st: FinalizeModulesState): void {
  let dict: PyObject | null = null;
  guarded(() => {
    dict = PyDict_Copy(st.builtins);
  });
  PyDict_Clear(st.builtins);
  guarded(() => PyDict_Update(st.builtins, st.builtinsCopy));
  if (dict !== null) Py_DECREF(dict);
}

function finalize_modules_clear_weaklist(st: FinalizeModulesState, weaklist: PyModuleObject[]): void {
  for (let i = weaklist.length - 1; i >= 0; i--) {
    const mod = weaklist[i];
    if (mod.ob_refcnt === 0) continue; // the weakref is dead
    const d = mod.ob_dict;
    if (d === null || d === st.builtins || d === st.sysdict) continue;
    Py_INCREF(mod);
    _PyModule_ClearDict(d);
    Py_DECREF(mod);
  }
}

/** finalize_modules: steps 1-8 above. Releases st.modules. `removing` is called as
 *  step 2 begins (from then on nothing can be imported). */
export function finalize_modules(st: FinalizeModulesState, removing: () => void): void {
  finalize_modules_delete_special(st);
  removing();
  const weaklist = finalize_remove_modules(st.modules);
  guarded(() => PyDict_Clear(st.modules));
  finalize_restore_builtins(st);
  _PyGC_CollectNoFail();
  finalize_modules_clear_weaklist(st, weaklist);
  _PyModule_ClearDict(st.sysdict);
  _PyModule_ClearDict(st.builtins);
  Py_DECREF(st.modules);
  _PyGC_CollectNoFail();
}
