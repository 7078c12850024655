// Start-up of the type system (CPython: _PyTypes_InitTypes in pylifecycle.c).
// Importing this module loads the pieces that install themselves into
// typeobject.ts (class creation, slot functions, managed dicts, super,
// staticmethod/classmethod/property); _PyTypes_InitTypes() then readies every
// static type created so far (PyType_Ready: MRO, slot inheritance, tp_dict with
// the method / getset / slot-wrapper descriptors). Call it once the modules that
// define builtin types are loaded and a runtime is active (the descriptors and
// type dicts are objects allocated in its heap).

import './typeobject_new';
import './typeobject_slotfuncs';
import './dictvalues';
import './funcdescr';
import './superobject';
import './descrobject';
import './methodobject';
import './exceptions';
import { _PyTypes_InitTypes as readyAll } from './typeobject';

/** Process-wide: the static types are readied once, whichever runtime asks first. */
let initialised = false;

/** Readies all static types (idempotent; types created later are readied on the next call). */
export function _PyTypes_InitTypes(): void {
  readyAll();
  initialised = true;
}

export function _PyTypes_Initialised(): boolean {
  return initialised;
}
