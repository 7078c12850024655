// One run of a program under the debugger: the Interpreter traced (vm/tracing.ts), with
// pdb's stepping rules, line breakpoints, exception filters, refcount watchpoints and
// pause requests deciding where it stops. At a stop the host's stopped() is called
// synchronously and answers with the next command — in a worker thread it blocks there
// while the user looks around, so a stop can be anywhere: inside __init__ run by a class
// call, a generator resumed by a `for`, a key= lambda run by sorted(), __del__ run by a
// DECREF or a collection. Time travel leaves the run (RunControl) and Debuggee
// (debuggee.ts) replays a fresh one to the position asked for: the interpreter is
// deterministic, so the same position is the same state.

import { Interpreter, RunControl, SKIP_MARGIN, exactWaits } from '../vm/run';
import { Op } from '../compiler/opcodes';
import type { InterpreterFrame } from '../vm/frame';
import type { PyCodeObject } from '../objects/codeobject';
import type { TraceListener } from '../vm/tracing';
import { tracing, frameLine } from '../vm/tracing';
import type { PyException } from '../objects/errors';
import type { PyObject } from '../objects/object';
import type { PythonVersion } from '../profiles/profile';
import { PyExc_SystemExit } from '../objects/exceptions';

import { addGcEventSink, type GCState } from '../gc/index';
import type { GcCollectionEvent } from '../gc/events';
import { exceptionText } from './exctext';
import { safeRepr } from './repr';
import { executeInFrame, type ExecOutcome } from './execute';
import { findFrame, forgetInspection } from './variables';
import { objectAt } from './objects';
import { Py_DECREF } from '../objects/object';
import type { BreakpointTable } from './breakpoints';
import type { Watchpoints } from './watchpoints';
import type {
  Stop, StopReason, StopEvent, Position, ResumeCommand, ExceptionFilters, RunEnd, Granularity, DataBreakpointHit,
} from './types';

export interface RunHost {
  /** Called at every stop, synchronously; inspect through the run, then answer. */
  stopped(stop: Stop, run: DebugRun): ResumeCommand;
  /** Program output and log points, as written (not repeated by replays: see outputFrontier). */
  output(category: 'stdout' | 'stderr' | 'console', text: string): void;
  /** Polled every ~1,000 instructions: true stops the run at the next instruction. */
  pauseRequested(): boolean;
}

/** Evaluates a breakpoint condition (its truth) or a log message part (its text) in a frame, changing nothing. */
export type ConditionEvaluator = (frame: InterpreterFrame, expr: string) => { value: boolean } | { error: string };
export type LogFormatter = (frame: InterpreterFrame, expr: string) => { text: string } | { error: string };

export interface DebugRunOptions {
  source: string;
  filename: string;
  python?: PythonVersion;
  argv?: readonly string[];
  maxSteps?: number;
  stopOnEntry: boolean;
  breakpoints: BreakpointTable;
  exceptions: ExceptionFilters;
  watchpoints: Watchpoints;
  evaluate: ConditionEvaluator;
  format: LogFormatter;
  /** Run silently to this position, then stop there as `stop` says. */
  target?: { position: Position; stop: Partial<Stop> & { reason: StopReason } };
  /** Raise points (positionKey) of uncaught exceptions already reported: not rewound to again. */
  reportedUncaught: ReadonlySet<string>;
  /** The first this many pieces of output were shown by an earlier run of the timeline. */
  outputFrontier: number;
  /** Scan mode (finding where to go back to): every event is offered; true ends the scan there. */
  scan?: (ev: ScanEvent) => boolean;
  /** Every line event of a run that is not a scan (the session's line index). */
  onLine?: (step: number, seq: number, line: number, frameId: number, depth: number) => void;
  /** A continue watches only the breakpoints' lines: the line events from here to the next one
   *  recorded are not (the index has a gap there, filled by a scan when it is read). */
  onGap?: () => void;
  /** The scan looks at line events only (it may run instrumented). */
  scanLines?: boolean;
  /** The scan skips the events of its way up to this step (Interpreter.skipUntil). */
  scanFrom?: number;
  /** Code the debug console ran while stopped, in position order: run again at the same positions. */
  interventions?: readonly Intervention[];
  /** A replay skips the events of its way to the target up to this step at most (-1: traces
   *  every instruction; tests compare the two ways). */
  skipLimit?: number;
  /** false: every instruction is traced even when no instruction event is wanted (tests compare
   *  the two ways); otherwise the interpreter runs instrumented then (vm/instrumentation.ts). */
  instrumented?: boolean;
}

/** Code the user ran in a paused frame (debug console, setVariable), part of the session's history. */
export interface Intervention {
  position: Position;
  frameId: number;
  code: string;
  /** The object the code reaches as __pyheap_obj__ (a container whose item or attribute is set). */
  objectId?: number;
}

export interface ScanEvent {
  position: Position;
  event: StopEvent;
  frameId: number;
  depth: number;
  line: number;
  /** Set when a line breakpoint would stop here (condition and hit count checked). */
  breakpoint: boolean;
  /** What a live stop here would report besides its reason (the breakpoints hit, the
   *  exception, the data breakpoint's change): a stop travelled back to reports the same. */
  stop: Partial<Stop>;
  /** Set when an exception filter would stop here. */
  exception: boolean;
  dataBreakpoint: boolean;
}

export function positionKey(p: Position): string {
  return `${p.step}.${p.seq}`;
}

export function comparePositions(a: Position, b: Position): number {
  return a.step !== b.step ? a.step - b.step : a.seq - b.seq;
}

interface StepMode {
  kind: 'in' | 'next' | 'out';
  granularity: Granularity;
  frameId: number;
  depth: number;
  /** Step in only into a frame of this code name (else stop where `next` would). */
  target?: string;
}

/** Why a run ended early: time travel / restart / terminate, carried out by the Debuggee. */
export interface RunExit {
  command: ResumeCommand;
  /** For an uncaught exception found at the end: where it was raised, and what it printed. */
  uncaught?: { raisedAt: Position; stop: Partial<Stop> & { reason: StopReason } };
  /** A pause that arrived while a builtin ran (sorted() of a million items): a C function cannot
   *  stop midway, so the session goes back to the last instruction boundary and pauses there. */
  pause?: Position;
  /** A stop found while only breakpoints were watched, where the frames' state was not exact:
   *  reached again by a replay that traces every instruction. */
  retrace?: Stop;
  /** A pause inside a builtin while only breakpoints were watched: the session pauses at the
   *  last instruction event before this step. */
  pauseBefore?: number;
}

export class DebugRun implements TraceListener {
  readonly it: Interpreter;
  private readonly opts: DebugRunOptions;
  private readonly host: RunHost;
  private mode: StepMode | null = null;
  private pausePending = false;
  private entryPending: boolean;
  /** Position bookkeeping: events at one instruction are numbered in order. */
  private curStep = -1;
  private seq = 0;
  private lastStep = 0;
  private lastSeq = 0;
  /** The first event of each exception (its raise point). */
  private readonly raisedAt = new WeakMap<PyException, Position>();
  /** The instruction before the current one (the one a data breakpoint blames). */
  private prevFrame: InterpreterFrame | null = null;
  private prevPc = -1;
  /** After an uncaught exception was found: run to the end silently, then go back to it. */
  private finishing: RunExit | null = null;
  /** Pieces of output the program has written so far (shown or not): replays write the same ones, in order. */
  outCount = 0;
  /** How many of them were shown before the run went on silently to an uncaught exception's end. */
  shownUntil = Infinity;
  /** Set when the run left through RunControl. */
  exit: RunExit | null = null;
  /** The current stop, while the host looks at it. */
  current: Stop | null = null;
  /** The last collection, for the GC view. */
  lastCollection: (GcCollectionEvent & { step: number }) | null = null;
  private collectedIds: Set<number> | null = null;
  /** Data breakpoints to set again when a replay reaches the step they were set at. */
  private pendingWatch: { step: number; arm: (it: Interpreter) => void } | null = null;
  /** The frame of the current stop (its serial) and its depth. */
  stopFrameId = 0;
  stopDepth = 0;
  /** Frames running now: +1 at each call event, −1 at each return event (as settrace sees them). */
  private depth = 0;

  constructor(opts: DebugRunOptions, host: RunHost) {
    this.opts = opts;
    this.host = host;
    this.entryPending = opts.stopOnEntry;
    this.it = Interpreter.create(opts.source, {
      filename: opts.filename,
      python: opts.python,
      argv: opts.argv,
      stdoutIsTTY: true,
      onStdout: (s) => this.emit('stdout', s),
      onStderr: (s) => this.emit('stderr', s),
    });
    this.it.traceListener = this;
    this.it.budgetListener = (steps, inBuiltin) => {
      if (this.exit !== null) throw new RunControl('left');
      if (this.opts.target === undefined && this.opts.scan === undefined && this.finishing === null && this.host.pauseRequested()) {
        if (inBuiltin && this.watching) {
          // No instruction event was seen while only breakpoints were watched: a scan finds the
          // last one before this point (the call about to run, or Python code the builtin ran).
          this.exit = { command: { kind: 'terminate' }, pauseBefore: steps };
          throw new RunControl('pause in a builtin');
        }
        if (inBuiltin && this.instrAt !== null) {
          this.exit = { command: { kind: 'goto', position: this.instrAt }, pause: this.instrAt };
          throw new RunControl('pause in a builtin');
        }
        this.pausePending = true;
      }
    };
    addGcEventSink(this.it.rt.gc as GCState, {
      onCollection: (ev) => {
        this.lastCollection = { ...ev, step: this.it.exactSteps };
        this.collectedIds = new Set(ev.freed.map((o) => o.id));
      },
    });
  }

  private emit(category: 'stdout' | 'stderr', text: string): void {
    // Written while the interpreter is created (a SyntaxError): run() reports it.
    if (this.it === undefined) return;
    // Left for time travel: what runs while the run unwinds (a __del__ in a finally) is not the program's.
    if (this.exit !== null) return;
    this.outCount++;
    if (this.finishing !== null || this.opts.scan !== undefined) return;
    if (this.outCount <= this.opts.outputFrontier && !this.liveOutput) return;
    this.host.output(category, text);
  }

  /** Runs to the end, stopping as asked. Returns how it ended, or null when it left for time travel. */
  run(): RunEnd | null {
    if (this.it.state === 'done') {
      // A SyntaxError (or an unsupported feature) ended it before the first instruction.
      const end = this.end();
      const syntax = syntaxErrorOf(end.stderr);
      if (syntax !== null && this.opts.exceptions.uncaught && this.opts.target === undefined && this.opts.scan === undefined) {
        this.emitAll(end);
        const cmd = this.stopAt({
          reason: 'exception', event: 'exception', position: { step: 0, seq: 0 }, frameId: 0, filename: this.opts.filename,
          line: syntax.line, syntaxError: syntax,
          exception: { type: syntax.type, message: syntax.message, uncaught: true, traceback: end.stderr },
        });
        if (cmd.kind !== 'continue' && cmd.kind !== 'next' && cmd.kind !== 'stepIn' && cmd.kind !== 'stepOut') {
          this.exit = { command: cmd };
          return null;
        }
        return end;
      }
      this.emitAll(end);
      return end;
    }
    this.updateSkip();
    try {
      this.it.run(this.opts.maxSteps ?? Infinity);
    } catch (e) {
      if (e instanceof RunControl) {
        // Left from the host's hook (terminate while running) or from an event (this.exit set there).
        this.exit ??= { command: { kind: 'terminate' } };
        return null;
      }
      throw e;
    }
    if (this.finishing !== null) {
      this.exit = this.finishing;
      this.exit.uncaught!.stop.exception!.traceback = tracebackOf(this.it.result().stderr);
      return null;
    }
    return this.end();
  }

  private emitAll(end: RunEnd): void {
    if (this.opts.scan !== undefined || this.opts.outputFrontier > 0) return;
    if (end.stdout !== '') this.host.output('stdout', end.stdout);
    if (end.stderr !== '') this.host.output('stderr', end.stderr);
  }

  private end(): RunEnd {
    const r = this.it.result();
    return { exitCode: r.exitCode, stdout: r.stdout, stderr: r.stderr, steps: this.it.exactSteps };
  }

  // ---------------------------------------------------------------------------
  // Events (vm/tracing.ts TraceListener)

  /** Numbers the event being handled (step, then its order in the step): lastStep, lastSeq. */
  private position(): void {
    const s = this.it.exactSteps;
    if (s !== this.curStep) {
      this.curStep = s;
      this.seq = 0;
    }
    this.lastStep = s;
    this.lastSeq = this.seq++;
    this.handled = true;
  }

  /** Whether any event was handled yet (`here` is one's position). */
  handled = false;

  call(frame: InterpreterFrame, _pc: number): void {
    this.depth++;
    this.event('call', frame, frame.f_code.lineOf(_pc));
  }

  line(frame: InterpreterFrame, _pc: number, line: number): void {
    const o = this.opts;
    if (this.exit === null && this.onlyRecorded(frame) && (o.breakpoints.at(line) === undefined || frame.f_code.filename !== o.filename)) {
      // The common line event (most of a run's events): nothing can stop here; it is only recorded.
      this.position();
      if (o.onLine !== undefined && !this.watching) o.onLine(this.lastStep, this.lastSeq, line, frame.serial, this.depth);
      return;
    }
    this.event('line', frame, line);
  }

  /** Whether a line event in `frame` can do nothing but be recorded (breakpoints apart): no
   *  target, scan, entry stop, replayed code or data breakpoints to arm, and no step that ends
   *  here (stepDone's rules for line steps: out of a deeper frame, over a call). */
  private onlyRecorded(frame: InterpreterFrame): boolean {
    if (!this.nothingPending()) return false;
    const m = this.mode;
    if (m === null || m.granularity !== 'line') return true;
    if (m.kind === 'out') return this.depth >= m.depth;
    if (m.kind === 'next') return frame.serial !== m.frameId && this.depth >= m.depth;
    return false;
  }

  return(frame: InterpreterFrame, pc: number, value: PyObject | null): void {
    if (value === null && this.finishing === null && frame.previous === null && frame.f_code.name === '<module>') {
      // The exception leaves the module: nothing catches it. Go back to where it was raised.
      const e = this.it.tstate.curexc;
      if (e !== null && this.opts.exceptions.uncaught && this.opts.target === undefined && this.opts.scan === undefined &&
          !isSystemExit(e)) {
        const at = this.raisedAt.get(e);
        if (at !== undefined && !this.opts.reportedUncaught.has(positionKey(at))) {
          const { type, message } = exceptionText(e);
          this.shownUntil = this.outCount;
          this.finishing = {
            command: { kind: 'goto', position: at },
            uncaught: { raisedAt: at, stop: { reason: 'exception', exception: { type, message, uncaught: true, traceback: '' } } },
          };
        }
      }
    }
    this.event('return', frame, frameLine(frame, pc), value);
    this.depth--;
  }

  exception(frame: InterpreterFrame, exc: PyException): void {
    const first = !this.raisedAt.has(exc);
    const pos = this.peekPosition();
    if (first) this.raisedAt.set(exc, pos);
    this.event('exception', frame, frameLine(frame, frame.traced_pc), undefined, first ? exc : null);
  }

  instruction(frame: InterpreterFrame, pc: number): void {
    // Most instructions stop nothing and are no one's position: no event (the instruction
    // event is the last of its step, so the positions of the others do not move).
    if (this.quietInstruction()) {
      this.collectedIds = null;
      this.prevFrame = frame;
      this.prevPc = pc;
      const s = this.it.exactSteps;
      this.instrStep = s;
      this.instrSeq = s === this.curStep ? this.seq : 0;
      return;
    }
    const p = this.peekPosition();
    this.instrStep = p.step;
    this.instrSeq = p.seq;
    this.event('instruction', frame, frame.f_code.lineOf(pc));
    this.prevFrame = frame;
    this.prevPc = pc;
  }

  /** Where the last instruction event was (-1: none yet): where a pause inside a builtin goes back to. */
  private instrStep = -1;
  private instrSeq = 0;
  private get instrAt(): Position | null {
    return this.instrStep < 0 ? null : { step: this.instrStep, seq: this.instrSeq };
  }

  /** What the interpreter traces (vm/tracing.ts TraceListener.sites): every instruction when an
   *  instruction event could matter; only the breakpoints' lines in a continue (nothing else can
   *  stop it: the line index has a gap there); otherwise every event but instruction events. */
  sites(): 0 | 1 | 2 {
    const o = this.opts;
    if (o.instrumented === false || !this.quietInstruction()) {
      this.watching = false;
      return 0;
    }
    if (this.mode === null && this.nothingPending()) {
      if (!this.watching) o.onGap?.();
      this.watching = true;
      return 2;
    }
    this.watching = false;
    return 1;
  }

  /** No entry stop, target, scan, uncaught-exception finish, data breakpoints to arm or code to
   *  replay is due: only a step or a breakpoint can stop the run. */
  private nothingPending(): boolean {
    const o = this.opts;
    return !this.entryPending && o.target === undefined && o.scan === undefined && this.finishing === null &&
      this.pendingWatch === null && (o.interventions === undefined || this.nextIntervention >= o.interventions.length);
  }

  leftWatching(exact: boolean, steps: number): void {
    if (exact || !this.pausePending) return;
    // A pause where a waiting frame's state is not a traced run's (a __del__ run by a DECREF): a
    // replay that traces goes to the next instruction and pauses there.
    const at = { step: steps, seq: -1 };
    this.exit = { command: { kind: 'goto', position: at }, pause: at };
    throw new RunControl('inexact pause');
  }

  watchVersion(): number {
    return this.opts.breakpoints.version;
  }

  watchedLines(co: PyCodeObject): ReadonlySet<number> | null {
    return co.filename === this.opts.filename ? this.opts.breakpoints.watched() : null;
  }

  /** The interpreter watches only the breakpoints' lines (sites() said 2): no call, return or
   *  instruction events elsewhere, so depth is read from the frames at a stop. */
  private watching = false;

  /** Whether an instruction event could do nothing here: no target or scan looks at it, no
   *  intervention or data breakpoint waits for a step, none is armed, no pause or instruction
   *  step is due. */
  private quietInstruction(): boolean {
    const o = this.opts;
    return o.target === undefined && (o.scan === undefined || o.scanLines === true) && this.finishing === null && !this.pausePending &&
      this.pendingWatch === null && o.watchpoints.size === 0 &&
      (this.mode === null || this.mode.granularity === 'line') &&
      (o.interventions === undefined || this.nextIntervention >= o.interventions.length);
  }

  private peekPosition(): Position {
    const s = this.it.exactSteps;
    return { step: s, seq: s === this.curStep ? this.seq : 0 };
  }

  /** Sets the data breakpoints again (`arm`) at the first event of `step` or later. */
  armWatchpoints(step: number, arm: (it: Interpreter) => void): void {
    this.pendingWatch = { step, arm };
  }

  private nextIntervention = 0;

  /** How far a replay may run without events (Interpreter.skipUntil): to the first step where
   *  something must happen — the target, an intervention to run again, data breakpoints to arm. */
  private updateSkip(): void {
    const t = this.opts.target;
    const from = this.opts.scan !== undefined ? this.opts.scanFrom : t?.position.step;
    if (from === undefined) {
      this.it.skipUntil = 0;
      return;
    }
    let until = from;
    // A limit from an inexact skip (redo) is an exact end: the skip stops there, not before.
    if (this.opts.skipLimit !== undefined) until = Math.min(until, this.opts.skipLimit < 0 ? 0 : this.opts.skipLimit + SKIP_MARGIN);
    const ivs = this.opts.interventions;
    if (ivs !== undefined && this.nextIntervention < ivs.length) until = Math.min(until, ivs[this.nextIntervention].position.step);
    if (this.pendingWatch !== null) until = Math.min(until, this.pendingWatch.step);
    this.it.skipUntil = until;
  }

  /** Set when a skipping replay ended where it could not be exact: replay again, skipping only
   *  up to this step (-1: tracing every instruction). */
  redo: number | null = null;

  /** After a skip: the frames running now are those whose call events were delivered, the
   *  one about to run its RESUME (whose call event comes next) apart. */
  resync(frame: InterpreterFrame | null, pc: number, redo: number | null): void {
    if (redo !== null) {
      this.redo = redo;
      this.exit = { command: { kind: 'terminate' } };
      throw new RunControl('inexact skip');
    }
    this.depth = this.depthFromFrames(frame, pc);
  }

  /** The frames whose call events were delivered: those running now, the one about to run its
   *  RESUME at pc (whose call event comes next) apart. */
  private depthFromFrames(frame: InterpreterFrame | null, pc: number): number {
    let depth = 0;
    for (let f: InterpreterFrame | null = this.it.tstate.frame; f !== null; f = f.previous) {
      const ft = f.f_code.co_firsttraceable;
      const started = f === frame ? pc > ft && f.f_code.co_code[2 * pc] !== Op.RESUME : f.prev_instr >= ft;
      if (started) depth++;
    }
    return depth;
  }

  private event(event: StopEvent, frame: InterpreterFrame, line: number, value?: PyObject | null, raised?: PyException | null): void {
    // Left for time travel: Python code that runs while the run unwinds (a __del__) has no events.
    if (this.exit !== null) throw new RunControl('left');
    this.position();
    const step = this.lastStep, seq = this.lastSeq;
    if (this.finishing !== null) return;
    const ivs = this.opts.interventions;
    if (ivs !== undefined) {
      while (this.nextIntervention < ivs.length && ivs[this.nextIntervention].position.step === step && ivs[this.nextIntervention].position.seq === seq) {
        this.intervene(ivs[this.nextIntervention++]);
        this.updateSkip();
      }
    }
    if (this.pendingWatch !== null && step >= this.pendingWatch.step) {
      this.pendingWatch.arm(this.it);
      this.pendingWatch = null;
      this.updateSkip();
    }
    const opts = this.opts;
    if (opts.target !== undefined) {
      const tp = opts.target.position;
      // seq -1: the first instruction event from that step on (a pause while only breakpoints were watched).
      if (step === tp.step && (seq === tp.seq || (tp.seq < 0 && event === 'instruction'))) {
        const t = opts.target;
        // From here on the run is live again: data breakpoints count from here.
        (this.opts as { target?: unknown }).target = undefined;
        this.updateSkip();
        opts.watchpoints.resync(this.it);
        this.collectedIds = null;
        this.deliver({ ...t.stop, event, position: { step, seq }, frameId: frame.serial, filename: frame.f_code.filename, line } as Stop, frame);
      }
      return;
    }
    const inProgram = frame.f_code.filename === opts.filename;
    if (event === 'line') {
      // Watching breakpoints, a line event is recorded only if it stops (deliver): the index has a gap before it.
      if (opts.onLine !== undefined && !this.watching) opts.onLine(step, seq, line, frame.serial, this.depth);
      // The common line event: nothing stops here (no step, entry, scan or breakpoint).
      if (this.mode === null && !this.entryPending && opts.scan === undefined && (!inProgram || opts.breakpoints.at(line) === undefined)) return;
    }
    let reason: StopReason | null = null;
    const extra: Partial<Stop> = {};
    let bpHit = false;
    let excHit = false;
    let dataHit: DataBreakpointHit | null = null;

    if (event === 'line') {
      if (this.entryPending && frame.previous === null) {
        this.entryPending = false;
        reason = 'entry';
      }
      const bps = inProgram ? opts.breakpoints.at(line) : undefined;
      if (bps !== undefined) {
        const hit: number[] = [];
        for (const bp of bps) {
          if (!opts.breakpoints.hit(bp)) continue;
          if (bp.condition !== undefined && bp.condition.trim() !== '') {
            const r = opts.evaluate(frame, bp.condition);
            if ('error' in r) {
              if (opts.scan === undefined) this.host.output('console', `Breakpoint condition \`${bp.condition}\` at line ${line}: ${r.error}\n`);
            } else if (!r.value) continue;
          }
          if (bp.logMessage !== undefined && bp.logMessage !== '') {
            if (opts.scan === undefined) this.host.output('console', this.interpolate(frame, bp.logMessage) + '\n');
            continue;
          }
          hit.push(bp.id);
        }
        if (hit.length > 0) {
          bpHit = true;
          reason ??= 'breakpoint';
          extra.hitBreakpointIds = hit;
        }
      }
    }
    if (raised !== undefined && raised !== null && opts.exceptions.raised && !isSystemExit(raised)) {
      const { type, message } = exceptionText(raised);
      excHit = true;
      reason = 'exception';
      extra.exception = { type, message, uncaught: false, traceback: '' };
    }
    if (event === 'instruction') {
      dataHit = opts.watchpoints.check(this.it, this.collectedIds, this.prevFrame, this.prevPc);
      this.collectedIds = null;
      if (dataHit !== null) {
        reason = 'data breakpoint';
        extra.dataBreakpoint = dataHit;
      } else if (this.pausePending) {
        this.pausePending = false;
        reason ??= 'pause';
      }
    }
    if (reason === null && this.mode !== null && this.stepDone(event, frame)) reason = 'step';

    if (opts.scan !== undefined) {
      if (opts.scan({ position: { step, seq }, event, frameId: frame.serial, depth: this.depth, line, breakpoint: bpHit, exception: excHit, dataBreakpoint: dataHit !== null, stop: extra })) {
        this.exit = { command: { kind: 'terminate' } };
        throw new RunControl('scan done');
      }
      return;
    }
    if (reason === null) return;
    if (event === 'return') extra.returnValue = value === null || value === undefined ? null : safeRepr(value);
    this.deliver({ ...extra, reason, event, position: { step, seq }, frameId: frame.serial, filename: frame.f_code.filename, line }, frame);
  }

  private stepDone(event: StopEvent, frame: InterpreterFrame): boolean {
    const m = this.mode as StepMode;
    const wanted = m.granularity === 'line' ? 'line' : 'instruction';
    if (event !== wanted) return false;
    if (m.kind === 'in' && m.target === undefined) return true;
    if (m.kind === 'in') {
      // A class's name reaches its __init__ (or any method run by the call): qualname A.__init__.
      if (this.depth > m.depth) return frame.f_code.name === m.target || frame.f_code.qualname.startsWith(`${m.target}.`);
      return frame.serial === m.frameId || this.depth < m.depth;
    }
    if (m.kind === 'next') return frame.serial === m.frameId || this.depth < m.depth;
    return this.depth < m.depth;
  }

  /** Hands the stop to the host and applies its answer. */
  private deliver(stop: Stop, frame: InterpreterFrame): void {
    const watched = this.watching;
    if (watched) {
      // Only breakpoints were watched: the depth is read from the frames, whose state is a traced
      // run's only where every waiting frame saved the call it waits in (exactWaits); otherwise the
      // stop is reached again by a replay that traces.
      if (!exactWaits(this.it.tstate.frame as InterpreterFrame)) {
        this.exit = { command: { kind: 'goto', position: stop.position }, retrace: stop };
        throw new RunControl('inexact stop');
      }
      // At a stop every running frame has had its call event (one thrown into before its RESUME too).
      let depth = 0;
      for (let f = this.it.tstate.frame; f !== null; f = f.previous) depth++;
      this.depth = depth;
      if (stop.event === 'line') this.opts.onLine?.(stop.position.step, stop.position.seq, stop.line, stop.frameId, this.depth);
      this.watching = false;
    }
    this.mode = null;
    this.pausePending = false;
    const cmd = this.stopAt(stop);
    switch (cmd.kind) {
      case 'continue':
      case 'stepIn':
      case 'next':
      case 'stepOut':
        if (cmd.kind !== 'continue') {
          this.mode = {
            kind: cmd.kind === 'stepIn' ? 'in' : cmd.kind === 'next' ? 'next' : 'out',
            granularity: cmd.granularity ?? 'line', frameId: frame.serial, depth: this.depth,
          };
          if (cmd.kind === 'stepIn' && cmd.target !== undefined) this.mode.target = cmd.target;
        }
        // Instruction stepping, or data breakpoints set at this stop: every instruction is traced from the next one on.
        if (!this.quietInstruction()) this.it.requestHook();
        // After watching breakpoints, the next instruction's hook instruments anew (the breakpoints may have changed).
        if (watched) this.it.retrace();
        return;
      default:
        this.exit = { command: cmd };
        throw new RunControl(cmd.kind);
    }
  }

  private stopAt(stop: Stop): ResumeCommand {
    this.current = stop;
    this.stopFrameId = stop.frameId;
    this.stopDepth = this.depth;
    // Two stops may share a step (an exception event inside an instruction, then the next
    // line's): what was read at the last one is read again.
    forgetInspection(this.it);
    tracing.suspended++;
    try {
      return this.host.stopped(stop, this);
    } finally {
      tracing.suspended--;
      this.current = null;
    }
  }

  /** Runs an intervention again (a replay passing where it was made): events stay off, as when it first ran. */
  private intervene(iv: Intervention): void {
    tracing.suspended++;
    try {
      const r = runIntervention(this.it, iv);
      if ('value' in r && r.value !== null) Py_DECREF(r.value);
    } finally {
      tracing.suspended--;
    }
  }

  /** Runs code in a frame of the current stop (while the host looks at it); output is shown. */
  execute(iv: Intervention): ExecOutcome {
    this.liveOutput = true;
    try {
      return runIntervention(this.it, iv);
    } finally {
      this.liveOutput = false;
    }
  }

  private liveOutput = false;

  /** A log message with its {expression} parts evaluated. */
  private interpolate(frame: InterpreterFrame, msg: string): string {
    return msg.replace(/\{([^{}]+)\}/g, (_m, expr: string) => {
      const r = this.opts.format(frame, expr);
      return 'error' in r ? `<${r.error}>` : r.text;
    });
  }

  /** The position of the event being handled (or the last one). */
  get here(): Position {
    return { step: this.lastStep, seq: this.lastSeq };
  }
}

/** Runs an intervention in its frame (the container it names bound to __pyheap_obj__). */
export function runIntervention(it: Interpreter, iv: Intervention): ExecOutcome {
  const frame = findFrame(it, iv.frameId);
  if (frame === null) return { error: 'that frame is not running at this step' };
  if (iv.objectId === undefined) return executeInFrame(frame, iv.code);
  const obj = objectAt(it, iv.objectId);
  if (obj === null) return { error: `no object has id ${iv.objectId} at this step` };
  return executeInFrame(frame, iv.code, obj);
}

function isSystemExit(e: PyException): boolean {
  return e.type === PyExc_SystemExit || e.type.tp_mro_list.includes(PyExc_SystemExit);
}

/** The traceback block at the end of stderr (from the last "Traceback" line). */
function tracebackOf(stderr: string): string {
  const i = stderr.lastIndexOf('Traceback (most recent call last):');
  return i >= 0 ? stderr.slice(i) : stderr;
}

/** A SyntaxError block printed at startup: its line and message. */
function syntaxErrorOf(stderr: string): { line: number; column: number; message: string; type: string } | null {
  const m = /File "[^"]*", line (\d+)[\s\S]*?\n(?: {4}( *)\^[^\n]*\n)?(\w*Error): ([^\n]*)\n?$/.exec(stderr);
  if (m === null) return null;
  return { line: Number(m[1]), column: m[2] !== undefined ? m[2].length + 1 : 1, message: m[4], type: m[3] };
}

