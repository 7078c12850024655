// Hooks through which the later parts of the type system (typeobject_new.ts,
// typeobject_slotfuncs.ts, dictvalues.ts) plug into typeobject.ts. A leaf module
// (no imports) so those parts can install themselves while typeobject.ts is
// still loading, whatever order modules are imported in.

import type { PyObject, PyTypeObject } from './object';

/** type(name, bases, dict): type_new (typeobject_new.ts). */
export const typeNewHook: { fn: ((meta: PyTypeObject, args: PyObject, kwds: PyObject | null) => PyObject) | null } = { fn: null };

/** update_slot after a dunder is assigned on a heap type (typeobject_new.ts). */
export const updateSlotHook: { fn: ((type: PyTypeObject, name: PyObject) => void) | null } = { fn: null };

/** slot_tp_new (typeobject_slotfuncs.ts), for tp_new_wrapper's safety check. */
export const slot_tp_new_marker: { fn: PyTypeObject['tp_new'] } = { fn: null };

/** add_subclass's bookkeeping for a heap type (typeobject_new.ts: the weak reference and key). */
export const addSubclassHook: { fn: ((base: PyTypeObject, type: PyTypeObject) => void) | null } = { fn: null };
