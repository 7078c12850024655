// V8 settings for the simulator, applied by the Node entry points that run the model
// (the CLI, the extension's background worker, the debug adapter, the differential
// tests). Node only (process, node:v8): never imported from the model's façade
// (index.ts), which also runs in a browser. Import this module first: V8 reads
// these flags when it builds inline caches and optimises code, so they only help
// code that has not run hot yet.
//
// Every simulated object class (PyLongObject, PyDictObject, ...) is its own hidden
// class, so shared code such as Py_INCREF/Py_DECREF sees many maps at `o.ob_refcnt`.
// V8 gives up on polymorphic inline caches beyond 4 maps and goes megamorphic (a
// global stub-cache probe per access); a higher limit keeps them polymorphic and
// lets TurboFan inline the checks. Measured on bench/ (scripts/bench.mjs).
//
// The flags live in v8flags.json: the build also puts them on the CLI's shebang line
// (with the heap-sizing flags, which only work on the command line), so that the CLI
// does not pay for loading node:v8 (~5 ms) to set flags it already has.

import flags from './v8flags.json';

/** The runtime-settable V8 flags, as on a node command line. */
export const PYHEAP_V8_FLAGS: readonly string[] = flags.runtime;

let applied = false;

/** Applies PYHEAP_V8_FLAGS once per process, unless node was started with them.
 *  Setting the same values again keeps V8's flag hash, which code caches are
 *  checked against. */
export function applyV8Tuning(): void {
  if (applied) return;
  applied = true;
  const missing = PYHEAP_V8_FLAGS.filter((f) => !process.execArgv.includes(f));
  if (missing.length === 0) return;
  // Loaded only when needed: node:v8 pulls in the stream modules.
  const v8 = require('node:v8') as typeof import('node:v8');
  for (const flag of missing) v8.setFlagsFromString(flag);
}

applyV8Tuning();
