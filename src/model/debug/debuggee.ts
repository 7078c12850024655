// A debug session's program: runs it (debug/run.ts), and carries out time travel by
// replay. The simulated interpreter is deterministic — the same program gives the same
// ids, counts, allocator and GC state at the same position whatever ran before — so
// "go back to position P" is "run a fresh interpreter to P", exactly. Stepping back
// finds its target in the session's line index (instructions: with a scan run, a replay
// that only looks at events) and then replays to it. A replay skips the events of its way
// (Interpreter.skipUntil): at nearly a plain run's speed with a traced run's semantics,
// tracing again just before the target. Output already shown is not shown again.

import { DebugRun, comparePositions, positionKey, type RunHost, type ScanEvent, type ConditionEvaluator, type LogFormatter, type Intervention } from './run';
import type { ExecOutcome } from './execute';
import { findFrame, forgetInspection } from './variables';
import { BreakpointTable, executableLines } from './breakpoints';
import { Watchpoints } from './watchpoints';
import { LineIndex } from './lineindex';
import type { PythonVersion } from '../profiles/profile';
import type {
  Stop, StopReason, Position, ResumeCommand, ExceptionFilters, RunEnd, LineBreakpointSpec, LineBreakpoint,
  DataBreakpointSpec, DataBreakpoint, Granularity,
} from './types';
import { evaluateValue, truthOf, EvalError, describe } from './evaluate';

export interface DebuggeeOptions {
  source: string;
  filename: string;
  python?: PythonVersion;
  argv?: readonly string[];
  maxSteps?: number;
  stopOnEntry?: boolean;
  /** false: trace every instruction, never instrumented (tests compare the two ways). */
  instrumented?: boolean;
}

export interface DebuggeeHost {
  /** At every stop (synchronously): look through debuggee.run, then answer. */
  stopped(stop: Stop, debuggee: Debuggee): ResumeCommand;
  output(category: 'stdout' | 'stderr' | 'console', text: string): void;
  pauseRequested(): boolean;
}

/** A stop the session has been at, for the timeline. */
export interface Visit {
  position: Position;
  line: number;
  reason: StopReason;
}

export const evaluateCondition: ConditionEvaluator = (frame, expr) => {
  try {
    return { value: truthOf(evaluateValue(frame, expr)) };
  } catch (e) {
    if (e instanceof EvalError) return { error: e.message };
    throw e;
  }
};

/** A log message's {expression}: as print() would show it (a str without quotes). */
export const formatForLog: LogFormatter = (frame, expr) => {
  try {
    const d = describe(evaluateValue(frame, expr));
    return { text: d.type === 'str' && d.repr.length >= 2 ? d.repr.slice(1, -1) : d.repr };
  } catch (e) {
    if (e instanceof EvalError) return { error: e.message };
    throw e;
  }
};

export class Debuggee {
  readonly breakpoints: BreakpointTable;
  readonly watchpoints = new Watchpoints();
  exceptions: ExceptionFilters = { raised: false, uncaught: true };
  /** The run the session is in (its interpreter is what inspection reads). */
  run!: DebugRun;
  /** Every stop so far, in order (the timeline). */
  readonly visits: Visit[] = [];
  private readonly opts: DebuggeeOptions;
  private readonly host: DebuggeeHost;
  /** The program's first this many pieces of output have been shown. */
  private frontier = 0;
  private readonly reportedUncaught = new Set<string>();
  /** Every line event so far (step back and gotoTargets read it). */
  readonly index = new LineIndex();
  /** Data breakpoints are set at a step on an object alive then: a replay arms them again there. */
  private watchSpecs: { specs: DataBreakpointSpec[]; step: number } | null = null;

  constructor(opts: DebuggeeOptions, host: DebuggeeHost) {
    this.opts = opts;
    this.host = host;
    this.breakpoints = new BreakpointTable(executableLines(opts.source, opts.filename));
  }

  setBreakpoints(specs: readonly LineBreakpointSpec[]): LineBreakpoint[] {
    return this.breakpoints.set(specs);
  }

  /** Sets the data breakpoints (while stopped: the objects must be alive at this step). */
  setDataBreakpoints(specs: readonly DataBreakpointSpec[]): DataBreakpoint[] {
    this.watchSpecs = specs.length === 0 ? null : { specs: [...specs], step: this.run.here.step };
    return this.watchpoints.set(this.run.it, specs);
  }

  /** Runs the program to its end (or until the host terminates it), stopping as asked. */
  start(): RunEnd | null {
    let target: { position: Position; stop: Partial<Stop> & { reason: StopReason } } | undefined;
    let stopOnEntry = this.opts.stopOnEntry ?? false;
    let skipLimit: number | undefined;
    for (;;) {
      const run = this.newRun({ target, stopOnEntry, host: this.liveHost(), skipLimit });
      this.run = run;
      const end = run.run();
      if (run.redo !== null && skipLimit === undefined) {
        // The replay's skip could not end exactly (frames waiting): again, skipping less.
        skipLimit = run.redo;
        continue;
      }
      skipLimit = undefined;
      this.frontier = Math.max(this.frontier, Math.min(run.outCount, run.shownUntil));
      if (end !== null) return end;
      const exit = run.exit!;
      if (exit.uncaught !== undefined) {
        this.reportedUncaught.add(positionKey(exit.uncaught.raisedAt));
        target = { position: exit.uncaught.raisedAt, stop: exit.uncaught.stop };
        // The entry was passed long ago: the replay does not stop there again.
        stopOnEntry = false;
        continue;
      }
      if (exit.pause !== undefined) {
        target = { position: exit.pause, stop: { reason: 'pause' } };
        stopOnEntry = false;
        continue;
      }
      if (exit.pauseBefore !== undefined) {
        target = { position: this.lastInstructionBefore(exit.pauseBefore), stop: { reason: 'pause' } };
        stopOnEntry = false;
        continue;
      }
      if (exit.retrace !== undefined) {
        // Found while only breakpoints were watched, in a state a replay that traces has exactly.
        target = { position: exit.retrace.position, stop: exit.retrace };
        skipLimit = -1;
        stopOnEntry = false;
        continue;
      }
      const cmd = exit.command;
      const here = run.current ?? this.lastStop();
      switch (cmd.kind) {
        case 'terminate':
          return null;
        case 'restart':
          target = undefined;
          stopOnEntry = this.opts.stopOnEntry ?? false;
          this.frontier = 0;
          this.visits.length = 0;
          this.index.clear();
          this.interventions = [];
          this.reportedUncaught.clear();
          continue;
        case 'goto':
          target = { position: cmd.position, stop: { reason: 'goto' } };
          break;
        case 'stepBack':
          target = { position: this.findBack(here, cmd.granularity ?? 'line', run.stopFrameId, run.stopDepth), stop: { reason: 'step' } };
          break;
        case 'reverseContinue':
          target = this.findReverse(here);
          break;
        default:
          return null;
      }
      stopOnEntry = false;
    }
  }

  private lastStop(): Visit {
    return this.visits[this.visits.length - 1] ?? { position: { step: 0, seq: 0 }, line: 0, reason: 'entry' };
  }

  private liveHost(): RunHost {
    return {
      stopped: (stop) => {
        this.visits.push({ position: stop.position, line: stop.line, reason: stop.reason });
        return this.host.stopped(stop, this);
      },
      output: (c, t) => this.host.output(c, t),
      pauseRequested: () => this.host.pauseRequested(),
    };
  }

  private newRun(o: { target?: { position: Position; stop: Partial<Stop> & { reason: StopReason } }; stopOnEntry: boolean; host: RunHost; scan?: (ev: ScanEvent) => boolean; scanLines?: boolean; scanFrom?: number; skipLimit?: number }): DebugRun {
    this.breakpoints.hits.clear();
    const watch = this.watchSpecs;
    const watchpoints = this.watchpoints;
    const run = new DebugRun({
      source: this.opts.source,
      filename: this.opts.filename,
      python: this.opts.python,
      argv: this.opts.argv,
      maxSteps: this.opts.maxSteps,
      stopOnEntry: o.stopOnEntry,
      breakpoints: this.breakpoints,
      exceptions: this.exceptions,
      watchpoints,
      evaluate: evaluateCondition,
      format: formatForLog,
      target: o.target,
      reportedUncaught: this.reportedUncaught,
      outputFrontier: o.scan !== undefined ? Infinity : this.frontier,
      scan: o.scan,
      onLine: o.scan === undefined ? (step, seq, line, frameId, depth) => this.index.add(step, seq, line, frameId, depth) : undefined,
      // After the last event the run handled (every line event up to it is recorded).
      onGap: o.scan === undefined ? () => this.index.openGap(this.run.handled ? { step: this.run.here.step, seq: this.run.here.seq + 1 } : { step: 0, seq: 0 }) : undefined,
      scanLines: o.scanLines,
      scanFrom: o.scanFrom,
      interventions: this.interventions,
      skipLimit: o.skipLimit,
      instrumented: this.opts.instrumented,
    }, o.host);
    // Armed again when the replay reaches the step they were set at (the same objects are alive there).
    watchpoints.disarm();
    if (watch !== null) run.armWatchpoints(watch.step, (it) => watchpoints.set(it, watch.specs));
    return run;
  }

  /** Replays up to `until`, offering each event to `visit` (only line events: `lines`; skipping the
   *  way to step `from`, whose events may not be exact: the visitor ignores those before it). */
  private scan(until: Position, visit: (ev: ScanEvent) => void, lines = false, from = 0): void {
    let skipLimit: number | undefined;
    for (;;) {
      const run = this.newRun({
        scanLines: lines,
        scanFrom: from > 0 ? from : undefined,
        skipLimit,
        stopOnEntry: false,
        host: { stopped: () => ({ kind: 'continue' }), output: () => {}, pauseRequested: () => false },
        scan: (ev) => {
          if (comparePositions(ev.position, until) >= 0) return true;
          visit(ev);
          return false;
        },
      });
      run.run();
      // The skip could not end exactly (before any event it offers from `from` on): again, skipping less.
      if (run.redo === null || skipLimit !== undefined) return;
      skipLimit = run.redo;
    }
  }

  /** Where a step back lands: the previous line (or instruction) of this frame or of a caller.
   *  Lines come from the session's line index; instructions from a scan replay. */
  private findBack(here: { position: Position }, granularity: Granularity, frameId: number, depth: number): Position {
    if (granularity === 'line') {
      // After a continue the index has a gap: fill its end, farther back each time, until the
      // step back finds where to land (usually a few lines back).
      let from = here.position.step;
      for (let span = 1 << 12; ; span *= 8) {
        const r = this.index.back(here.position, frameId, depth);
        // (Once filled from the start nothing before here is unknown: that answer is final.)
        if (r !== undefined || from === 0) return r ?? this.index.first() ?? here.position;
        from = Math.max(0, here.position.step - span);
        this.completeIndex(here.position, from);
      }
    }
    let found: Position | null = null;
    this.scan(here.position, (ev) => {
      if (ev.event === 'instruction' && (ev.frameId === frameId || ev.depth < depth)) found = ev.position;
    });
    return found ?? this.index.first() ?? here.position;
  }

  /** Where reverse-continue lands: the last breakpoint, exception or data breakpoint before here, else the start. */
  private findReverse(here: { position: Position }): { position: Position; stop: Partial<Stop> & { reason: StopReason } } {
    type Found = { position: Position; stop: Partial<Stop> & { reason: StopReason } };
    let found: Found | null = null;
    let first: Position | null = null;
    this.scan(here.position, (ev) => {
      if (ev.event === 'line' && first === null) first = ev.position;
      // The stop reports what it reported going forwards: the breakpoints hit, the exception
      // (exceptionInfo answers), the data breakpoint's change.
      if (ev.breakpoint) found = { position: ev.position, stop: { ...ev.stop, reason: 'breakpoint' } };
      else if (ev.exception) found = { position: ev.position, stop: { ...ev.stop, reason: 'exception' } };
      else if (ev.dataBreakpoint) found = { position: ev.position, stop: { ...ev.stop, reason: 'data breakpoint' } };
    });
    const f = found as Found | null;
    if (f !== null) return f;
    return { position: first ?? here.position, stop: { reason: 'entry' } };
  }

  /** Code the user ran while stopped, in order: replays run it again where it ran. */
  private interventions: Intervention[] = [];

  /** Runs code in a frame of the current stop for real (the debug console, setVariable): the program's
   *  future is now another one, so what the session knew of the old one after this point is dropped. */
  execute(code: string, frameId: number, objectId?: number): ExecOutcome {
    const pos = this.run.here;
    const iv: Intervention = { position: pos, frameId, code };
    if (objectId !== undefined) iv.objectId = objectId;
    this.interventions = this.interventions.filter((x) => comparePositions(x.position, pos) <= 0);
    this.interventions.push(iv);
    this.index.truncateAfter(pos);
    while (this.visits.length > 0 && comparePositions(this.visits[this.visits.length - 1].position, pos) > 0) this.visits.pop();
    for (const k of [...this.reportedUncaught]) {
      const [s, q] = k.split('.').map(Number);
      if (comparePositions({ step: s, seq: q }, pos) > 0) this.reportedUncaught.delete(k);
    }
    const r = this.run.execute(iv);
    forgetInspection(this.run.it);
    // What was shown is what was written up to here, this code's output included.
    this.frontier = this.run.outCount;
    return r;
  }

  /** Sets a name (a scope row) or an item/attribute (an object row) to the value of an expression. */
  setVariable(key: string, name: string, value: string, frameId: number): ExecOutcome {
    const [kind, arg] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
    if (kind === 'locals') return this.execute(`${name} = (${value})`, Number(arg));
    const target = kind === 'globals' ? globalsId(this, Number(arg)) : kind === 'obj' ? Number(arg) : null;
    if (target === null) return { error: `cannot set ${name} here` };
    const slot = name.startsWith('[') ? name : /^[A-Za-z_]\w*$/.test(name) ? (kind === 'globals' ? `[${JSON.stringify(name)}]` : `.${name}`) : null;
    if (slot === null) return { error: `cannot set ${name}` };
    return this.execute(`__pyheap_obj__${slot} = (${value})`, frameId, target);
  }

  /** The earlier steps at which `line` ran (line events), oldest first, for DAP's gotoTargets. */
  lineVisits(line: number, max = 200): Position[] {
    this.completeIndex(this.run.here);
    return this.index.visitsOf(line, this.run.here, max);
  }

  /** Every line event of the run up to the current stop (to its end: `ended`), the gaps filled. */
  lineEvents(ended = false): ReturnType<LineIndex['entries']> {
    const here = this.run.here;
    this.completeIndex(ended ? { step: Infinity, seq: 0 } : { step: here.step, seq: here.seq + 1 });
    return this.index.entries();
  }

  /** Every line event from step `from` to p in the index: a continue that watched only breakpoints
   *  left a gap, filled here by a scan replay (it skips to `from`, and looks at line events only,
   *  so it runs instrumented). */
  private completeIndex(p: Position, from = 0): void {
    if (from === 0 && this.index.completeBefore(p)) return;
    const part = new LineIndex();
    this.scan(p, (ev) => {
      if (ev.event === 'line' && ev.position.step >= from) part.add(ev.position.step, ev.position.seq, ev.line, ev.frameId, ev.depth);
    }, true, from);
    this.index.fillBetween(from, p, part);
  }

  /** The last instruction event before `step` (where a pause inside a builtin goes back to). */
  private lastInstructionBefore(step: number): Position {
    let found: Position | null = null;
    this.scan({ step, seq: 0 }, (ev) => {
      if (ev.event === 'instruction') found = ev.position;
    });
    return found ?? this.index.first() ?? { step: 0, seq: 0 };
  }
}

function globalsId(d: Debuggee, frameId: number): number | null {
  const f = findFrame(d.run.it, frameId);
  return f === null ? null : f.f_globals.ob_addr;
}
