// Tracing at a plain run's speed between events, as CPython 3.12 instruments code for
// sys.settrace (Python/instrumentation.c) instead of 3.11's DO_TRACING before every
// instruction. While the debugger wants no instruction events (tracing.sites), each code
// object's words carry DO_TRACING in place of the instructions where a settrace event can
// happen — its "sites" — and every other instruction runs untouched. The events stay
// exactly 3.11's (vm/tracing.ts traceInstruction decides them, as before), because:
//
//   - a line event at pc depends on the frame's previous instruction p (instr_prev): its
//     line, and whether pc < p;
//   - every instruction reached other than by falling through from pc - 1 (a jump or
//     exception-handler target) and every instruction whose line differs from pc - 1's is
//     a site, as are RESUME (the call event) and RETURN_VALUE / YIELD_VALUE (the return);
//   - so between two sites of a frame only fall-through instructions of one line run:
//     frame.traced_pc (the last site traced) has p's line, and pc < p exactly when
//     pc < traced_pc, or pc === traced_pc (a jump back to the site itself).
//
// A site's DO_TRACING (ceval_cold.ts) traces, then puts the original word back and runs
// it; the budget hook right after it arms the site again (rearmSite). Which code objects
// carry sites is kept in step with the mode by an epoch: RESUME (every call and every
// generator resumption) brings its code object up to date, and entering or leaving the
// mode updates the frames running then.

import type { PyCodeObject } from '../objects/codeobject';
import type { InterpreterFrame } from './frame';
import { Op } from '../compiler/opcodes';
import { hasJumpTarget } from '../compiler/flowgraph';

/** The opcode a site's word carries (CPython 3.11 names its tracing dispatch DO_TRACING, 255). */
export const DO_TRACING = 255;

/** The instrumentation's epoch: a code object whose co_epoch differs is not in step with the
 *  mode (read by the eval loop at RESUME: a typed-array cell is one load). */
export const siteEpoch = new Int32Array(1);

const instr = {
  /** The active interpreter's code objects carrying sites now (to restore when the mode ends). */
  patched: [] as PyCodeObject[],
  /** The site whose original word is in place while it runs once (rearmSite). */
  rearmWords: null as Int32Array | null,
  rearmPc: -1,
};

/** Instructions where a settrace event can happen (see above), computed once per code object. */
export function sitesOf(co: PyCodeObject): Int32Array {
  if (co.co_sites !== null) return co.co_sites;
  const code = co.co_code;
  const n = code.length >> 1;
  const ft = co.co_firsttraceable;
  const site = new Uint8Array(n);
  for (let i = ft; i < n; i++) {
    const op = code[2 * i];
    if (op === Op.RESUME || op === Op.RETURN_VALUE || op === Op.YIELD_VALUE) site[i] = 1;
    // The line before the first traceable instruction counts as none (traceInstruction's instr_prev <= ft).
    const prevLine = i - 1 <= ft ? -1 : co.lineOf(i - 1);
    if (i > ft && co.lineOf(i) !== prevLine) site[i] = 1;
    if (hasJumpTarget(op)) {
      const target = code[2 * i + 1];
      if (target >= ft && target < n) site[target] = 1;
    }
  }
  const t = co.co_exceptiontable;
  for (let e = 0; e + 4 < t.length; e += 5) if (t[e + 2] >= ft && t[e + 2] < n) site[t[e + 2]] = 1;
  let count = 0;
  for (let i = 0; i < n; i++) count += site[i];
  const out = new Int32Array(count);
  for (let i = 0, k = 0; i < n; i++) if (site[i] === 1) out[k++] = i;
  co.co_sites = out;
  return out;
}

function patch(co: PyCodeObject): void {
  if (co.co_patched) return;
  const w = co.co_words;
  for (const i of sitesOf(co)) w[i] = (w[i] & ~0xff) | DO_TRACING;
  co.co_patched = true;
  instr.patched.push(co);
}

function unpatch(co: PyCodeObject): void {
  if (!co.co_patched) return;
  const w = co.co_words, code = co.co_code;
  for (const i of sitesOf(co)) w[i] = (w[i] & ~0xff) | code[2 * i];
  co.co_patched = false;
}

/** Brings a code object in step with the mode (its sites on or off). */
export function syncCode(co: PyCodeObject, sites: boolean): void {
  co.co_epoch = siteEpoch[0];
  if (sites) patch(co);
  else unpatch(co);
}

/** The mode starts: the code of every running frame carries its sites (the others get them at
 *  their next RESUME). */
export function instrumentFrames(top: InterpreterFrame | null): void {
  siteEpoch[0]++;
  for (let f = top; f !== null; f = f.previous) syncCode(f.f_code, true);
}

/** The mode ends: every code object gets its own words back. */
export function removeInstrumentation(): void {
  siteEpoch[0]++;
  rearmSite();
  for (const co of instr.patched) unpatch(co);
  instr.patched.length = 0;
}

/** A site's original word is in place while it runs this once (DO_TRACING). */
export function runOriginalOnce(co: PyCodeObject, pc: number): void {
  const w = co.co_words;
  w[pc] = (w[pc] & ~0xff) | co.co_code[2 * pc];
  instr.rearmWords = w;
  instr.rearmPc = pc;
}

/** The site that ran its original word carries DO_TRACING again (the next budget hook, or
 *  a builtin's charged work: the instruction has been dispatched either way). */
export function rearmSite(): boolean {
  const w = instr.rearmWords;
  if (w === null) return false;
  instr.rearmWords = null;
  w[instr.rearmPc] = (w[instr.rearmPc] & ~0xff) | DO_TRACING;
  return true;
}

/** An interpreter becomes the active one, not instrumented (the mode is chosen again at its
 *  next budget hook): its own code objects get their words back, and a site another run left
 *  pending (abandoned midway) is not ours. */
export function activateInstrumentation(patched: PyCodeObject[]): void {
  instr.rearmWords = null;
  instr.patched = patched;
  removeInstrumentation();
}
