// Long C-level loops and the eval loop's budget. The eval loop checks the step limit and
// polls the debugger's pause request between instructions (evalhooks.ts); a builtin that
// works for seconds — (b'a' * 2**24).decode(), ''.join of millions of items, 'a' * 2**28,
// sorting a million items, gc.collect() of a large heap — runs between two instructions.
// Such a builtin charges its work to the budget as instructions: one per item of a C loop (an
// iteration, a comparison, an object traversed), one per BULK_UNITS_PER_STEP bytes or items
// of a bulk copy (a repeat, a decode, a hash), so a run is stopped by --max-steps, and polled
// for pause and terminate, within a fraction of a second of work.
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

/** Bytes or items a bulk copy (a repeat, a decode, a hash, a write) moves in about the time
 *  of one instruction: such work is charged one step per BULK_UNITS_PER_STEP units, per-item
 *  work (an iteration, a comparison, an object walked) one step per item. */
export const BULK_UNITS_PER_STEP = 64;

/** Charges `units` of per-item C-level work (an iteration calling tp_iternext, a comparison,
 *  an object a collection walks) to the eval budget, one step each. */
export function _PyEval_ChargeWork(units: number): void {
  if (evalHooks.counted) evalHooks.onWork(units);
}

/** Charges a bulk copy of `units` bytes or items (done, or about to be done in one host call). */
export function _PyEval_ChargeBulkWork(units: number): void {
  if (evalHooks.counted) evalHooks.onWork(Math.ceil(units / BULK_UNITS_PER_STEP));
}
