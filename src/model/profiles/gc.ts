// The cyclic GC section of a Profile (read by src/model/gc/). Values for 3.11 are
// below, each with the CPython source or the measurement it comes from.

export interface GcProfile {
  /** NUM_GENERATIONS (Include/internal/pycore_gc.h). */
  readonly numGenerations: number;
  /** Default thresholds (Include/internal/pycore_runtime_init.h / gcmodule.c _PyGC_InitState). */
  readonly thresholds: readonly number[];
  /** 3.11: _PyObject_GC_Link collects synchronously inside the allocation. 3.12+ only
   *  schedules the collection for the eval breaker (_Py_ScheduleGC). */
  readonly collectAtAllocation: boolean;
  /** State the interpreter's startup (site, encodings, importlib...) leaves when
   *  __main__ starts: generation counts 1 and 2 and the per-generation stats. The
   *  simulator does not run that startup, so it begins from these measured values. */
  readonly startup: {
    /** Generation 0's count when CPython is about to parse the program (its startup
     *  allocated that many container objects since its last collection, net of frees).
     *  The simulator's own startup objects stand for those: it sets this count, then the
     *  parser arena and the compiler's objects add to it as in CPython. */
    readonly count0: number;
    readonly counts12: readonly [number, number];
    readonly stats: readonly { readonly collections: number; readonly collected: number }[];
    /** Objects CPython has tracked at that point and still tracks after a full
     *  collection (`len(gc.get_objects())` after `gc.collect()` in a program that
     *  made nothing). The simulator's own startup objects are fewer; the difference
     *  is added to long_lived_total so the "pending > total / 4" rule for automatic
     *  full collections fires after as many survivors as in CPython. */
    readonly longLivedObjects: number;
  };
}

/** CPython 3.11.7 with site (pyenv build, `python file.py`). */
export const PY311_GC: GcProfile = {
  numGenerations: 3,
  // Include/internal/pycore_runtime_init.h: .gc = { .enabled = 1, .generations = {{700}, {10}, {10}} }.
  thresholds: [700, 10, 10],
  // Modules/gcmodule.c _PyObject_GC_Link: `gcstate->collecting = 1; gc_collect_generations(tstate);`.
  collectAtAllocation: true,
  startup: {
    // `import gc; print(gc.get_count(), gc.get_stats())` as a file's first line printed
    // (248, 0, 2) [{22, 43}, {2, 92}, {0, 0}]. Count 0 of that depends on the program: per
    // scripts/measure-startup-gc.mjs (gdb on `python FILE`, `break _PyParser_ASTFromFile`)
    // it is 221 whatever FILE is when CPython is about to parse it, 1 of which is the parser
    // arena's list pyrun_file has just made (the simulator makes its own). Then CPython's
    // compiler leaves 6 more for a one-line program, 33 for examples/04_gc.py (its temporary
    // dicts and tuples, some kept on free lists), and `import gc` ~21 (importlib makes the
    // module, its functions and spec); the simulator makes neither: README, Known differences.
    count0: 220,
    counts12: [0, 2],
    stats: [
      { collections: 22, collected: 43 },
      { collections: 2, collected: 92 },
      { collections: 0, collected: 0 },
    ],
    // `import gc; gc.collect(); print(len(gc.get_objects()))` printed 11094.
    longLivedObjects: 11094,
  },
};
