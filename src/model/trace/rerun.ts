// The interpreters of the summary's runs of one file: its two passes, then the hovers' and
// the memory panel's runs to a line's end (summary.ts). Each is a fresh interpreter, but
// the program is parsed and compiled once: the compiler's output is pure data (nothing of
// the simulated heap; InterpreterOptions.compiled), so the last one is kept for the runs
// of the same source that follow. One entry: a background worker serves one file at a time.

import { Interpreter } from '../vm/run';
import type { CompiledModule } from '../compiler/code';
import type { PythonVersion } from '../profiles/profile';

let last: { source: string; filename: string; python: PythonVersion | undefined; compiled: CompiledModule } | null = null;

/** A fresh interpreter of `source`, ready to run, compiled by an earlier run of the same
 *  source, file name and version when there was one. */
export function interpreterFor(source: string, options: { filename: string; python?: PythonVersion }): Interpreter {
  const hit = last !== null && last.source === source && last.filename === options.filename && last.python === options.python
    ? last.compiled : undefined;
  const it = Interpreter.create(source, { filename: options.filename, python: options.python, compiled: hit });
  if (hit === undefined && it.compiled !== null) last = { source, filename: options.filename, python: options.python, compiled: it.compiled };
  return it;
}
