// V8 settings for the simulator, applied wherever the model runs (the CLI, the VS Code
// extension host, the debug adapter, the tests). Import this module first: V8 reads
// these flags when it builds inline caches and optimises code, so they only help
// code that has not run hot yet.
//
// Every simulated object class (PyLongObject, PyDictObject, ...) is its own hidden
// class, so shared code such as Py_INCREF/Py_DECREF sees many maps at `o.ob_refcnt`.
// V8 gives up on polymorphic inline caches beyond 4 maps and goes megamorphic (a
// global stub-cache probe per access); a higher limit keeps them polymorphic and
// lets TurboFan inline the checks. Measured on bench/ (scripts/bench.mjs).
//
// Flags that size the heap (--max-semi-space-size) only work on the command line:
// the CLI's shebang passes them (scripts/build.mjs).

import { setFlagsFromString } from 'node:v8';

/** The runtime-settable V8 flags, as on a node command line. */
export const PYHEAP_V8_FLAGS: readonly string[] = ['--max-valid-polymorphic-map-count=64'];

let applied = false;

/** Applies PYHEAP_V8_FLAGS once per process (idempotent: setting the same values
 *  again keeps V8's flag hash, which code caches are checked against). */
export function applyV8Tuning(): void {
  if (applied) return;
  applied = true;
  for (const flag of PYHEAP_V8_FLAGS) setFlagsFromString(flag);
}

applyV8Tuning();
