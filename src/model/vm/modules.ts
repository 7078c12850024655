// The built-in modules `import` can find (PyImport_Inittab): a name and a factory
// that builds the module object when the interpreter starts. The VM registers
// sys; other subsystems register theirs (the collector's full `gc` module,
// weakref...) by calling registerBuiltinModule() when their file is loaded.

import type { PyObject } from '../objects/object';
import type { PyModuleObject } from '../objects/moduleobject';
import { _PyHeap_NoteProvided } from '../objects/unsupported';

/** Builds a module object (a new reference) for the current runtime. */
export type ModuleFactory = () => PyObject;

/** Process-wide: the factories build a new module in whichever runtime is active. */
const inittab = new Map<string, ModuleFactory>();

/** Adds or replaces a built-in module (last registration wins). */
export function registerBuiltinModule(name: string, factory: ModuleFactory): void {
  inittab.set(name, () => {
    const m = factory();
    // What the module has as made (objects/unsupported.ts refuses CPython's other names).
    _PyHeap_NoteProvided(name, (m as PyModuleObject).ob_dict as PyObject);
    return m;
  });
}

/** The registered modules, in registration order. */
export function builtinModuleFactories(): [string, ModuleFactory][] {
  return [...inittab.entries()];
}
