// summarizeSource: the per-line trace folded into one record per source line, as the
// editor shows it — CodeLens above each executed line (how often it ran, what its
// last execution did to the program's objects) and hovers on a name (the object the
// name was bound to just after the line's last execution: id, ob_refcnt and who holds
// it, type, sys.getsizeof, GC generation, arena/pool/block).
//
// Built on the tracer (trace.ts) through its line-boundary hook; nothing here depends
// on how the tracer finds the events, so it can be replaced underneath. At every
// boundary the summary walks the program's objects (program.ts) — the line's events
// on them are the learner's, the rest the runtime's — and records the names of the
// frame that ran the line (any execution may turn out to be the last).

import { PyObject, staticObjects } from '../objects/object';
import type { Obmalloc } from '../memory/obmalloc';
import { toBlockOwner, type BlockOwnerSlot } from '../memory/allocator';
import { inspect } from '../vm/inspect';
import { EXIT_MAX_STEPS, Interpreter, RunControl } from '../vm/run';
import { interpreterFor } from './rerun';
import type { InterpreterFrame } from '../vm/frame';
import type { PythonVersion } from '../profiles/profile';
import { addGcEventSink, type GCState } from '../gc/index';
import { freeListObserver } from '../objects/objalloc';
import type { Position } from '../debug/types';
import { programView, frameBindings, type ProgramView } from './program';
import { LineRecorder, touchable, type Closed } from './linerecords';
import { PositionCounter, samePosition } from './positions';
import { locationOfObject } from './location';
import { PyCode_Type, type PyCodeObject } from '../objects/codeobject';
import { Op } from '../compiler/opcodes';
import type {
  Binding, LineEffects, LineSummary, ObjectSummary, SourceError, SourceSummary,
} from './types';

export interface SummaryOptions {
  /** The file name as CPython would see it (tracebacks print it). */
  filename: string;
  python?: PythonVersion;
  /** Stop after this many bytecode instructions (the summary says so). */
  maxSteps?: number;
  /** Called with each executed line's summary as soon as it is final (its last execution
   *  recorded), while the second pass runs on: an editor can show the first lines before
   *  the run has finished. summarizeSource returns them all anyway. */
  onLine?: (line: LineSummary) => void;
}

/** Names recorded per line, and holders listed per object: enough for a hover, bounded
 *  so that a module with thousands of globals costs what a small one does. */
const MAX_BINDINGS = 24;
const MAX_HOLDERS = 8;

const IDENTIFIER = /[A-Za-z_\u00c0-\uffff][\w\u00c0-\uffff]*/g;

/** The identifiers written on each line (the names a hover there can ask about). */
function lineIdentifiers(sourceLines: readonly string[], line: number): Set<string> {
  const text = sourceLines[line - 1] ?? '';
  return new Set(text.match(IDENTIFIER) ?? []);
}

function objectSummary(it: Interpreter, o: PyObject, view: ProgramView, statics: ReadonlySet<PyObject>): ObjectSummary {
  const info = inspect(it, o);
  const held = view.holders.get(o);
  const total = held?.total ?? 0;
  return {
    id: info.id,
    type: info.type,
    repr: view.moduleReprs.get(info.id) ?? info.repr,
    ob_refcnt: info.ob_refcnt,
    size: info.size,
    gc: info.gc,
    static: statics.has(o),
    memory: statics.has(o) ? { kind: 'static' } : locationOfObject(it.rt.mem as Obmalloc, o),
    heldBy: held?.holders ?? [],
    holdersOmitted: held?.omitted ?? 0,
    heldByRuntime: Math.max(0, info.ob_refcnt - total),
  };
}

/** The SyntaxError CPython prints (`  File "f", line N` / source / carets / `Kind: msg`). */
function parseSyntaxError(stderr: string, sourceLines: readonly string[]): SourceError | undefined {
  const lines = stderr.replace(/\n$/, '').split('\n');
  const last = lines[lines.length - 1] ?? '';
  const m = /^(\w*Error): (.*)$/.exec(last);
  let at = -1;
  for (let i = lines.length - 1; i >= 0; i--) if (/^ {2}File ".*", line \d+/.test(lines[i])) { at = i; break; }
  if (m === null || at < 0) return undefined;
  const line = Number(/line (\d+)/.exec(lines[at])?.[1]);
  const err: SourceError = { type: m[1], message: m[2], line };
  const caret = lines.slice(at + 1, -1).find((l) => /^ {4} *\^+$/.test(l));
  if (caret !== undefined) {
    // The source line is shown without its indentation, 4 spaces in.
    const src = sourceLines[line - 1] ?? '';
    const indent = src.length - src.trimStart().length;
    err.column = caret.indexOf('^') - 4 + indent;
    err.length = caret.length - caret.indexOf('^');
  }
  return err;
}

/** The uncaught exception's type, message and innermost line in `filename`. */
function parseException(stderr: string, filename: string): SourceSummary['exception'] {
  const lines = stderr.replace(/\n$/, '').split('\n');
  const m = /^([\w.]+)(?:: (.*))?$/.exec(lines[lines.length - 1] ?? '');
  if (m === null) return undefined;
  let line = 0;
  const at = `  File "${filename}", line `;
  for (const l of lines) if (l.startsWith(at)) line = Number(/^(\d+)/.exec(l.slice(at.length))?.[1] ?? 0);
  return line > 0 ? { type: m[1], message: m[2] ?? '', line } : undefined;
}

/** Lines where a line event can fire (an instruction starting a line, RESUME aside), in
 *  the module's code and every code object nested in its constants. */
function codeLinesOf(module: PyCodeObject): number[] {
  const lines = new Set<number>();
  const todo: PyCodeObject[] = [module];
  while (todo.length > 0) {
    const co = todo.pop() as PyCodeObject;
    for (let i = 0; i < co.lineStarts.length; i++) {
      if (co.lineStarts[i] === 1 && co.co_code[2 * i] !== Op.RESUME) lines.add(co.lineOf(i));
    }
    for (const c of co.consts) if (c.ob_type === PyCode_Type) todo.push(c as PyCodeObject);
  }
  lines.delete(-1);
  return [...lines].sort((a, b) => a - b);
}

/** One execution of a line, counted cheaply (pass 1). */
interface Light {
  serial: number;
  line: number;
  code: string;
  startStep: number;
  start: Position;
  born: Set<PyObject>;
  freed: Set<PyObject>;
}

/** A line's counts as LineSummary has them, gathered while the run goes on, and where its
 *  last execution started and ended. */
interface Acc extends Pick<LineSummary, 'line' | 'code' | 'executions' | 'allocs' | 'frees' | 'runtimeAllocs' | 'firstStep' | 'lastStep' | 'endStep' | 'frameSerial'> {
  lastStart: Position;
  lastEnd: Position;
}

/** Pass 1: every execution of every line — how often, allocations kept and dropped, frees —
 *  and where each line's last execution starts and ends. Objects made and dropped inside one
 *  execution are the runtime's temporaries (argument tuples, bound methods, the print buffer). */
function countLines(source: string, options: SummaryOptions): { acc: Map<number, Acc>; it: Interpreter; codeLines: number[] } {
  const it = interpreterFor(source, options);
  const pos = new PositionCounter(it);
  const open = new Map<InterpreterFrame, Light>();
  const sourceLines = source.split(/\r\n|\r|\n/);
  const idents = new Map<number, string[]>();
  const acc = new Map<number, Acc>();
  let codeLines: number[] = [];
  const current = (): Light | null => {
    for (let f: InterpreterFrame | null = it.tstate.frame; f !== null; f = f.previous) {
      const e = open.get(f);
      if (e !== undefined && e.serial === f.serial) return e;
      if (f.traced_line !== -1) return null;
    }
    return null;
  };
  const close = (f: InterpreterFrame, at: Position): void => {
    const e = open.get(f);
    if (e === undefined) return;
    open.delete(f);
    if (e.serial !== f.serial) return;
    let kept = 0, dropped = 0, frees = 0;
    // A survivor is the program's when the line's names reach it (the print buffer's pending
    // strings survive too, but no name reaches them).
    let reached: Set<PyObject> | null = null;
    for (const o of e.born) {
      if (e.freed.has(o)) {
        dropped++;
        continue;
      }
      if (reached === null) {
        reached = new Set();
        const r = reached;
        touchable(f, e.line, idents, sourceLines, (x) => r.add(x));
      }
      if (reached.has(o)) kept++;
      else dropped++;
    }
    for (const o of e.freed) if (!e.born.has(o)) frees++;
    const prev = acc.get(e.line);
    acc.set(e.line, {
      line: e.line, code: e.code,
      executions: (prev?.executions ?? 0) + 1,
      allocs: (prev?.allocs ?? 0) + kept,
      frees: (prev?.frees ?? 0) + frees,
      runtimeAllocs: (prev?.runtimeAllocs ?? 0) + dropped,
      firstStep: prev?.firstStep ?? e.startStep,
      lastStep: e.startStep,
      endStep: it.exactSteps,
      lastStart: e.start,
      lastEnd: at,
      frameSerial: e.serial,
    });
  };
  const mem = it.rt.mem as Obmalloc;
  const malloc = mem.malloc;
  const free = mem.free;
  mem.malloc = function (nbytes: number, slot: BlockOwnerSlot | null): number {
    const addr = malloc.call(this, nbytes, slot);
    const owner = slot === null ? null : toBlockOwner(slot);
    if (owner !== null && owner.part === 'object') current()?.born.add(owner.obj as PyObject);
    return addr;
  };
  mem.free = function (addr: number): void {
    const owner = addr !== 0 ? this.ownerOf(addr) : null;
    if (owner !== null && owner !== undefined && owner.part === 'object' && !freeListObserver.clearing) current()?.freed.add(owner.obj as PyObject);
    free.call(this, addr);
  };
  freeListObserver.reuse = (o) => current()?.born.add(o);
  freeListObserver.keep = (o) => current()?.freed.add(o);
  // Host-side recycling is off while a collection observer is installed: a freed object's
  // JS object must not come back as the next one (born and freed are kept by identity).
  const removeSink = addGcEventSink(it.rt.gc as GCState, { onCollection: () => {} });
  it.traceListener = {
    call: () => { pos.next(); },
    line: (f, _pc, line) => {
      const at = pos.next();
      if (codeLines.length === 0) codeLines = codeLinesOf(moduleCode(it, f));
      close(f, at);
      open.set(f, { serial: f.serial, line, code: f.f_code.qualname, startStep: it.exactSteps, start: at, born: new Set(), freed: new Set() });
    },
    return: (f) => close(f, pos.next()),
    exception: () => { pos.next(); },
    instruction: () => { pos.next(); },
  };
  try {
    if (it.state !== 'done') it.run(options.maxSteps ?? Infinity);
  } finally {
    it.traceListener = null;
    freeListObserver.reuse = null;
    freeListObserver.keep = null;
    delete (mem as { malloc?: unknown }).malloc;
    delete (mem as { free?: unknown }).free;
    removeSink();
  }
  return { acc, it, codeLines };
}

/** The module's code object, from any running frame. */
function moduleCode(it: Interpreter, f: InterpreterFrame): PyCodeObject {
  const frames = it.currentFrames();
  return (frames[frames.length - 1] ?? f).f_code;
}

/** Pass 2: the last execution of each line again, in detail (linerecords.ts). It ends as
 *  soon as every line's last execution has been recorded: what runs after them (the end of
 *  the program, the interpreter's teardown) changes no line's record. */
function detailLastExecutions(source: string, options: SummaryOptions, acc: Map<number, Acc>, onLine: (a: Acc, fx: LineEffects) => void): Map<number, LineEffects> {
  const it = interpreterFor(source, options);
  const pos = new PositionCounter(it);
  const starts = new Map<string, number>();
  for (const a of acc.values()) starts.set(`${a.lastStart.step}.${a.lastStart.seq}`, a.line);
  const effects = new Map<number, LineEffects>();
  const recorder = new LineRecorder(it, source.split(/\r\n|\r|\n/), (c) => {
    const fx = classify(c);
    effects.set(c.trace.line, fx);
    onLine(acc.get(c.trace.line) as Acc, fx);
  });
  const allRecorded = (): void => {
    if (effects.size === starts.size) throw new RunControl('every line recorded');
  };
  recorder.install();
  it.traceListener = {
    call: () => { pos.next(); },
    line: (f, _pc, line) => {
      const at = pos.next();
      if (starts.get(`${at.step}.${at.seq}`) === line) recorder.start(f, line);
      else {
        recorder.close(f);
        allRecorded();
      }
    },
    return: (f, _pc, value) => {
      pos.next();
      recorder.close(f, value);
      allRecorded();
    },
    exception: () => { pos.next(); },
    instruction: () => { pos.next(); },
  };
  try {
    if (it.state !== 'done') it.run(options.maxSteps ?? Infinity);
  } catch (e) {
    if (!(e instanceof RunControl)) throw e;
  } finally {
    it.traceListener = null;
    recorder.finish();
  }
  return effects;
}

/** The program's effects (objects its names reach, objects it keeps) apart from the runtime's
 *  temporaries (made and dropped within the execution). */
function classify(c: Closed): LineEffects {
  const t = c.trace;
  const fx: LineEffects = { refcounts: [], allocs: [], frees: [], gc: t.gc, runtime: { refcounts: [], allocs: [], frees: [] } };
  const freedIds = new Set(t.frees.map((f) => f.id));
  const bornIds = new Set(t.allocs.map((a) => a.id));
  const reachedIds = new Set([...c.reached].map((o) => o.ob_addr));
  for (const a of t.allocs) (freedIds.has(a.id) || !reachedIds.has(a.id) ? fx.runtime.allocs : fx.allocs).push(a);
  // A count change of an object born and not reached is the runtime's too.
  for (const r of t.refcounts) (bornIds.has(r.id) && !reachedIds.has(r.id) ? fx.runtime.refcounts : fx.refcounts).push(r);
  for (const f of t.frees) (bornIds.has(f.id) ? fx.runtime.frees : fx.frees).push(f);
  return fx;
}

/** Runs the program on the simulated heap and summarises each executed line: how often it
 *  ran and what its last execution did. Hovers' bindings are computed on demand
 *  (bindingsAt), at the end of a line's last execution, by running the program to it again. */
export function summarizeSource(source: string, options: SummaryOptions): SourceSummary {
  const sourceLines = source.split(/\r\n|\r|\n/);
  const { acc, it, codeLines } = countLines(source, options);
  // Read before the second pass: an interpreter's step count includes the eval loop's
  // running count, which is the active interpreter's (vm/tracing.ts fastRun).
  const result = it.result();
  const steps = it.exactSteps;
  const sent = new Set<number>();
  const onLine = options.onLine;
  const effects = acc.size > 0
    ? detailLastExecutions(source, options, acc, (a, fx) => {
      if (onLine === undefined) return;
      sent.add(a.line);
      onLine(lineSummary(a, fx));
    })
    : new Map<number, LineEffects>();
  const empty: LineEffects = { refcounts: [], allocs: [], frees: [], gc: [], runtime: { refcounts: [], allocs: [], frees: [] } };
  const lines = [...acc.values()].sort((a, b) => a.line - b.line).map((a) => lineSummary(a, effects.get(a.line) ?? empty));
  // A line whose last execution was not met again (none, the runs being deterministic).
  if (onLine !== undefined) for (const l of lines) if (!sent.has(l.line)) onLine(l);
  const out: SourceSummary = {
    filename: options.filename,
    python: options.python ?? '3.11',
    result,
    steps,
    lines,
    codeLines,
  };
  if (result.exitCode === EXIT_MAX_STEPS) out.stoppedAfter = steps;
  else if (result.exitCode === 1 && acc.size === 0) out.error = parseSyntaxError(result.stderr, sourceLines);
  else if (result.exitCode === 1) out.exception = parseException(result.stderr, options.filename);
  return out;
}

/** A line's summary from its counts (pass 1) and its last execution's effects (pass 2). */
function lineSummary(a: Acc, last: LineEffects): LineSummary {
  return {
    line: a.line, code: a.code, executions: a.executions, allocs: a.allocs, frees: a.frees, runtimeAllocs: a.runtimeAllocs,
    firstStep: a.firstStep, lastStep: a.lastStep, endStep: a.endStep, last,
    end: a.lastEnd, frameSerial: a.frameSerial, bindings: null, bindingsOmitted: 0,
  };
}

/** Runs the program again (it is deterministic) to the end of `line`'s last execution and
 *  calls `reached` there, paused between two instructions; false if the run never got there. */
export function runToLineEnd(source: string, options: SummaryOptions, line: Pick<LineSummary, 'end'>, reached: (it: Interpreter) => void,
  prepare?: (it: Interpreter) => void): boolean {
  const it = interpreterFor(source, options);
  prepare?.(it);
  const pos = new PositionCounter(it);
  let found = false;
  const at = (): void => {
    const p = pos.next();
    if (!samePosition(p, line.end)) return;
    found = true;
    reached(it);
    throw new RunControl('found');
  };
  it.traceListener = { call: at, line: at, return: at, exception: at, instruction: at };
  try {
    if (it.state !== 'done') it.run(options.maxSteps ?? Infinity);
  } catch (e) {
    if (!(e instanceof RunControl)) throw e;
  }
  return found;
}

/** The names bound in the frame that ran `line`, just after its last execution (names
 *  written on the line first, at most MAX_BINDINGS), each with its object as a hover shows
 *  it — found by running the program again to that point. */
export function bindingsAt(source: string, options: SummaryOptions, line: Pick<LineSummary, 'line' | 'end' | 'frameSerial'>): { bindings: Binding[] | null; omitted: number } {
  const sourceLines = source.split(/\r\n|\r|\n/);
  const statics = new Set(staticObjects);
  let found: { bindings: Binding[] | null; omitted: number } = { bindings: null, omitted: 0 };
  runToLineEnd(source, options, line, (it) => {
    const running = it.currentFrames();
    const frame = running.find((f) => f.serial === line.frameSerial) ?? null;
    if (frame === null) return;
    const idents = lineIdentifiers(sourceLines, line.line);
    const names = frameBindings(frame);
    const chosen = [...names.filter((n) => idents.has(n.name)), ...names.filter((n) => !idents.has(n.name))].slice(0, MAX_BINDINGS);
    const view = programView(it, running, chosen.map((c) => c.value), MAX_HOLDERS, statics);
    found = { bindings: chosen.map((c) => ({ name: c.name, object: objectSummary(it, c.value, view, statics) })), omitted: names.length - chosen.length };
  });
  return found;
}
