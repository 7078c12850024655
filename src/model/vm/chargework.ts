// Long C-level loops and the eval loop's budget. The eval loop checks the step limit and
// polls the debugger's pause request between instructions (evalhooks.ts); a builtin that
// works for seconds — (b'a' * 2**24).decode(), ''.join of millions of items, 'a' * 2**28,
// sorting a million items, gc.collect() of a large heap — runs between two instructions.
// Such a builtin charges its work to the budget as instructions, one per unit (an item
// copied, a character decoded, a comparison, an object traversed), so a run is stopped by
// --max-steps, and polled for pause and terminate, within a fraction of a second of work.
// CPython has the same need for signals (Ctrl-C) and checks them in some long C loops
// (PyErr_CheckSignals); it has no step limit.
//
// Work is charged in whole chunks of WORK_CHUNK units (the interpreter keeps the rest as
// a debt, Interpreter.onWork): a program whose builtins do little work counts exactly the
// instructions it runs, as before.

import { evalHooks } from './evalhooks';

/** Units of work a long loop does between two charges: a few milliseconds of work. */
export const WORK_CHUNK = 1 << 16;
/** `i & WORK_MASK` is 0 once every WORK_CHUNK iterations of a loop. */
export const WORK_MASK = WORK_CHUNK - 1;

/** Charges `units` of C-level work done (or about to be done, for work done in one host
 *  call such as a string repeat) to the eval budget. */
export function _PyEval_ChargeWork(units: number): void {
  if (evalHooks.counted) evalHooks.onWork(units);
}
