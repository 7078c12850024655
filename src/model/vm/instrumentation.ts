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
//
// Continuing to a breakpoint needs still less (as PEP 669 lets a debugger turn LINE events
// off except at breakpoints): only the watched lines' events, decided from the code's flow
// (watchSitesOf). Most watched instructions are entered only from other lines (their event
// always fires: DO_TRACING_LINE) or only from earlier instructions of their line (none
// fires); the others carry DO_TRACING, and each instruction that can run right before one
// of them carries DO_TRACING_PREV, which only records itself as the frame's instr_prev. An
// exception's handler finds it in prev_instr (the eval loop's error path).

import type { PyCodeObject } from '../objects/codeobject';
import type { InterpreterFrame } from './frame';
import { Op } from '../compiler/opcodes';
import { hasJumpTarget } from '../compiler/flowgraph';

/** The opcode a site's word carries (CPython 3.11 names its tracing dispatch DO_TRACING, 255). */
export const DO_TRACING = 255;
/** Watching lines: an instruction that may lead into a watched line records itself as instr_prev. */
export const DO_TRACING_PREV = 254;
/** Watching lines: a watched line's instruction that only other lines lead into (its line event always fires). */
export const DO_TRACING_LINE = 253;

/** The lines watched in a code object (null: none), while only breakpoints are traced. */
export type WatchedLines = (co: PyCodeObject) => ReadonlySet<number> | null;

/** The instrumentation's epoch: a code object whose co_epoch differs is not in step with the
 *  mode (read by the eval loop at RESUME: a typed-array cell is one load). */
export const siteEpoch = new Int32Array(1);

const instr = {
  /** The active interpreter's code objects carrying sites now (to restore when the mode ends). */
  patched: [] as PyCodeObject[],
  /** The site whose original word is in place while it runs once (rearmSite). */
  rearmWords: null as Int32Array | null,
  rearmPc: -1,
  rearmOp: DO_TRACING,
  /** Set while only watched lines are traced. */
  watched: null as WatchedLines | null,
};

/** Only these lines' events are wanted from now on (null: every event but instruction events). */
export function setWatchedLines(w: WatchedLines | null): void {
  instr.watched = w;
}

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

/** Instructions after which the next one is never run by falling through. */
function noFallthrough(op: number): boolean {
  return op === Op.JUMP_FORWARD || op === Op.JUMP_BACKWARD || op === Op.JUMP_BACKWARD_NO_INTERRUPT ||
    op === Op.RETURN_VALUE || op === Op.RAISE_VARARGS || op === Op.RERAISE;
}

/** Watching `lines` (pairs of instruction and opcode). Where the instruction before a watched
 *  one can only be on another line (or before the first traceable one), its line event always
 *  fires: DO_TRACING_LINE. Where it can only be an earlier instruction of the same line, none
 *  fires: nothing to trace. Otherwise (a jump back within the line, a handler) the event
 *  depends on which instruction ran before: DO_TRACING, and every instruction that can come
 *  right before it records itself (DO_TRACING_PREV, or its own site). */
function watchSitesOf(co: PyCodeObject, lines: ReadonlySet<number>): Int32Array {
  const code = co.co_code;
  const n = code.length >> 1;
  const ft = co.co_firsttraceable;
  const line = (i: number): number => (i <= ft ? -1 : co.lineOf(i));
  // The instructions that can run right before each one (handlers apart).
  const preds: number[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < n; i++) {
    const op = code[2 * i];
    if (i + 1 < n && !noFallthrough(op)) preds[i + 1].push(i);
    if (hasJumpTarget(op)) preds[code[2 * i + 1]].push(i);
  }
  const handler = new Uint8Array(n);
  const t = co.co_exceptiontable;
  for (let e = 0; e + 4 < t.length; e += 5) handler[t[e + 2]] = 1;
  const op = new Int32Array(n);
  for (let i = ft + 1; i < n; i++) {
    const l = co.lineOf(i);
    if (!lines.has(l) || code[2 * i] === Op.RESUME) continue;
    const ps = preds[i];
    if (handler[i] === 0 && ps.every((p) => line(p) !== l)) op[i] = DO_TRACING_LINE;
    else if (handler[i] === 0 && ps.every((p) => line(p) === l && p < i)) continue;
    else op[i] = DO_TRACING;
  }
  for (let i = 0; i < n; i++) {
    if (op[i] !== DO_TRACING) continue;
    // The handler's instr_prev is the raising instruction, which the eval loop's error path records.
    for (const p of preds[i]) if (op[p] === 0 && p >= ft) op[p] = DO_TRACING_PREV;
  }
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (op[i] !== 0) out.push(i, op[i]);
  return Int32Array.from(out);
}

function patch(co: PyCodeObject): void {
  if (co.co_patched !== null) return;
  let sites: Int32Array;
  if (instr.watched === null) {
    const at = sitesOf(co);
    sites = new Int32Array(2 * at.length);
    for (let k = 0; k < at.length; k++) {
      sites[2 * k] = at[k];
      sites[2 * k + 1] = DO_TRACING;
    }
  } else {
    const lines = instr.watched(co);
    if (lines === null || lines.size === 0) return;
    sites = watchSitesOf(co, lines);
  }
  const w = co.co_words;
  for (let k = 0; k < sites.length; k += 2) w[sites[k]] = (w[sites[k]] & ~0xff) | sites[k + 1];
  co.co_patched = sites;
  instr.patched.push(co);
}

function unpatch(co: PyCodeObject): void {
  const sites = co.co_patched;
  if (sites === null) return;
  const w = co.co_words, code = co.co_code;
  for (let k = 0; k < sites.length; k += 2) w[sites[k]] = (w[sites[k]] & ~0xff) | code[2 * sites[k]];
  co.co_patched = null;
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
  instr.rearmOp = w[pc] & 0xff;
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
  w[instr.rearmPc] = (w[instr.rearmPc] & ~0xff) | instr.rearmOp;
  return true;
}

/** An interpreter becomes the active one, not instrumented (the mode is chosen again at its
 *  next budget hook): its own code objects get their words back, and a site another run left
 *  pending (abandoned midway) is not ours. */
export function activateInstrumentation(patched: PyCodeObject[]): void {
  instr.rearmWords = null;
  instr.patched = patched;
  instr.watched = null;
  removeInstrumentation();
}
