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
import { inspect } from '../vm/inspect';
import { EXIT_MAX_STEPS } from '../vm/run';
import type { PythonVersion } from '../profiles/profile';
import { traceProgram, type LineBoundary } from './trace';
import { programView, frameBindings, type FrameName, type ProgramView } from './program';
import { locationOfObject } from './location';
import { PyCode_Type, type PyCodeObject } from '../objects/codeobject';
import { Op } from '../compiler/opcodes';
import type {
  LineEffects, LineSummary, ObjectSummary, SourceError, SourceSummary, TraceLine,
} from './types';

export interface SummaryOptions {
  /** The file name as CPython would see it (tracebacks print it). */
  filename: string;
  python?: PythonVersion;
  /** Stop after this many bytecode instructions (the summary says so). */
  maxSteps?: number;
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

function objectSummary(boundary: LineBoundary, o: PyObject, view: ProgramView, statics: ReadonlySet<PyObject>): ObjectSummary {
  const info = inspect(boundary.it, o);
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
    memory: statics.has(o) ? { kind: 'static' } : locationOfObject(boundary.it.rt.mem as Obmalloc, o),
    heldBy: held?.holders ?? [],
    holdersOmitted: held?.omitted ?? 0,
    heldByRuntime: Math.max(0, info.ob_refcnt - total),
  };
}

/** Splits one line execution's events between the program's objects (`before`: ids at
 *  the line's start, `after`: at its end) and the runtime's. */
function classify(t: TraceLine, before: ReadonlySet<number>, after: ProgramView, staticIds: ReadonlySet<number>): LineEffects {
  const fx: LineEffects = { refcounts: [], allocs: [], frees: [], gc: t.gc, runtime: { refcounts: [], allocs: [], frees: [] } };
  for (const r0 of t.refcounts) {
    const mod = after.moduleReprs.get(r0.id);
    const r = mod !== undefined ? { ...r0, repr: mod } : r0;
    const d = staticIds.has(r.id) ? { ...r, static: true } : r;
    (before.has(r.id) || after.ids.has(r.id) ? fx.refcounts : fx.runtime.refcounts).push(d);
  }
  // Born this line: the program's only if one of its names reaches it at the end.
  const freedIds = new Set(t.frees.map((f) => f.id));
  for (const a of t.allocs) (after.ids.has(a.id) && !freedIds.has(a.id) ? fx.allocs : fx.runtime.allocs).push(a);
  const bornIds = new Set(t.allocs.map((a) => a.id));
  for (const f of t.frees) (before.has(f.id) && !bornIds.has(f.id) ? fx.frees : fx.runtime.frees).push(f);
  return fx;
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

/** Runs the program on the simulated heap and summarises each executed line. */
export function summarizeSource(source: string, options: SummaryOptions): SourceSummary {
  const sourceLines = source.split(/\r\n|\r|\n/);
  // Read once the interpreter exists (its startup registers them).
  let statics: Set<PyObject> = new Set();
  let staticIds: Set<number> = new Set();
  const acc = new Map<number, LineSummary>();
  const identifiers = new Map<number, Set<string>>();
  let programBefore: ReadonlySet<number> = new Set();
  let codeLines: number[] | null = null;

  const onLine = (t: TraceLine, at: LineBoundary): void => {
    if (t.line === 0) return; // the interpreter's own work after the last line
    if (codeLines === null) {
      // While the module's code object is alive (teardown releases it and its constants).
      const outer = at.it.currentFrames().pop();
      if (outer !== undefined) codeLines = codeLinesOf(outer.f_code);
    }
    if (statics.size !== staticObjects.length) {
      statics = new Set(staticObjects);
      staticIds = new Set(staticObjects.map((o) => o.ob_addr));
    }
    const running = at.it.currentFrames();
    const frames = at.frame !== null && !running.includes(at.frame) ? [...running, at.frame] : running;
    let chosen: FrameName[] = [];
    let omitted = 0;
    if (at.frame !== null) {
      let idents = identifiers.get(t.line);
      if (idents === undefined) identifiers.set(t.line, (idents = lineIdentifiers(sourceLines, t.line)));
      const names = frameBindings(at.frame);
      const onLineFirst = [...names.filter((n) => idents.has(n.name)), ...names.filter((n) => !idents.has(n.name))];
      chosen = onLineFirst.slice(0, MAX_BINDINGS);
      omitted = names.length - chosen.length;
    }
    const view = programView(at.it, frames, chosen.map((c) => c.value), MAX_HOLDERS, statics);
    const last = classify(t, programBefore, view, staticIds);
    programBefore = view.ids;
    const bindings = at.frame === null ? null
      : chosen.map((c) => ({ name: c.name, object: objectSummary(at, c.value, view, statics) }));
    const prev = acc.get(t.line);
    const summary: LineSummary = {
      line: t.line,
      code: t.code,
      executions: (prev?.executions ?? 0) + 1,
      allocs: (prev?.allocs ?? 0) + last.allocs.length,
      frees: (prev?.frees ?? 0) + last.frees.length,
      runtimeAllocs: (prev?.runtimeAllocs ?? 0) + last.runtime.allocs.length,
      firstStep: prev?.firstStep ?? at.startStep,
      lastStep: at.startStep,
      endStep: at.endStep,
      last,
      bindings,
      bindingsOmitted: omitted,
    };
    acc.set(t.line, summary);
  };

  const trace = traceProgram(source, { filename: options.filename, python: options.python, maxSteps: options.maxSteps, onLine });
  const steps = trace.steps ?? 0;
  const out: SourceSummary = {
    filename: options.filename,
    python: options.python ?? '3.11',
    result: trace.result,
    steps,
    lines: [...acc.values()].sort((a, b) => a.line - b.line),
    codeLines: codeLines ?? [],
  };
  const { exitCode, stderr } = trace.result;
  if (exitCode === EXIT_MAX_STEPS) out.stoppedAfter = steps;
  else if (exitCode === 1 && trace.lines.length === 0) out.error = parseSyntaxError(stderr, sourceLines);
  else if (exitCode === 1) out.exception = parseException(stderr, options.filename);
  return out;
}
