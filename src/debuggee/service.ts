// The debuggee thread's side of the protocol (protocol.ts), the same in Node and in a
// browser: runs the program on a Debuggee (model/debug/debuggee.ts) and, at each stop,
// blocks reading the host's messages — answering requests about the paused heap —
// until one of them says how to resume. While the program runs, the budget hook polls
// for the few messages that may come then (breakpoints, pause, exception filters).

import { Debuggee } from '../model/debug/debuggee';
import { Interpreter, RunControl } from '../model/vm/run';
import { Py_DECREF } from '../model/objects/object';
import type { GCState } from '../model/gc/gcstate';
import { frameViews, scopes, children, findFrame } from '../model/debug/variables';
import { evaluateValue, describe, EvalError } from '../model/debug/evaluate';
import { buildSnapshot } from '../model/debug/snapshot_build';
import { diffSnapshots } from '../model/debug/snapshot_delta';
import { disassemble, callTargets } from '../model/debug/disassemble';
import { completions } from '../model/debug/completions';
import type { HeapSnapshot } from '../model/snapshot';
import type { ResumeCommand, Stop } from '../model/debug/types';
import type { HostMessage, LaunchOptions, Methods, MethodName, ThreadMessage } from './protocol';
import { ANYTIME } from './protocol';
import { OutputBuffer } from './outputBuffer';

/** How the thread receives: without blocking, and blocking until the host signals. */
export interface Inbox {
  poll(): HostMessage | undefined;
  wait(): void;
  /** The host's pause request (reading it clears it). */
  takePause(): boolean;
}

type Handler<M extends MethodName> = (args: Methods[M]['args']) => Methods[M]['result'];

export class DebuggeeService {
  private readonly dbg: Debuggee;
  private stopped = false;
  /** The last snapshot sent, for deltas. */
  private lastSnapshot: HeapSnapshot | null = null;
  private readonly output = new OutputBuffer((category, text) => this.post({ type: 'output', category, text }));

  constructor(private readonly launch: LaunchOptions, private readonly inbox: Inbox, private readonly post: (m: ThreadMessage) => void) {
    this.dbg = new Debuggee(
      { source: launch.source, filename: launch.filename, python: launch.python, argv: launch.argv, maxSteps: launch.maxSteps, stopOnEntry: launch.stopOnEntry },
      {
        stopped: (stop) => this.onStop(stop),
        output: (category, text) => this.output.write(category, text),
        pauseRequested: () => this.whileRunning(),
      },
    );
    if (launch.breakpoints !== undefined) this.dbg.setBreakpoints(launch.breakpoints);
    if (launch.exceptions !== undefined) this.dbg.exceptions = { ...launch.exceptions };
  }

  /** Runs the program to its end; posts 'ended' (or 'terminated'). */
  run(): void {
    if (this.launch.noDebug === true) {
      this.runWithoutDebugging();
      return;
    }
    const end = this.dbg.start();
    this.output.flush();
    if (end === null) this.post({ type: 'terminated' });
    else this.post({ type: 'ended', end });
  }

  private runWithoutDebugging(): void {
    const it = Interpreter.create(this.launch.source, {
      filename: this.launch.filename, python: this.launch.python, argv: this.launch.argv, stdoutIsTTY: true,
      onStdout: (s) => this.output.write('stdout', s),
      onStderr: (s) => this.output.write('stderr', s),
    });
    if (it.state !== 'done') it.run(this.launch.maxSteps ?? Infinity);
    const r = it.result();
    this.output.flush();
    this.post({ type: 'ended', end: { exitCode: r.exitCode, stdout: r.stdout, stderr: r.stderr, steps: it.exactSteps } });
  }

  /** Polled while the program runs: applies the messages that may come then; true to pause. */
  private whileRunning(): boolean {
    this.output.flush();
    let pause = this.inbox.takePause();
    for (let m = this.inbox.poll(); m !== undefined; m = this.inbox.poll()) {
      if (m.type === 'request') this.answer(m.id, m.method, m.args);
      else if (m.type === 'resume' && m.command.kind === 'terminate') throw new RunControl('terminate');
    }
    return pause;
  }

  private onStop(stop: Stop): ResumeCommand {
    this.stopped = true;
    // A pause asked for before this stop is answered by it. One asked for after the host
    // resumes must survive the resume (it may be read before the resume message is).
    this.inbox.takePause();
    this.output.flush();
    this.post({ type: 'stopped', stop });
    try {
      for (;;) {
        const m = this.inbox.poll();
        if (m === undefined) {
          this.inbox.wait();
          continue;
        }
        if (m.type === 'request') this.answer(m.id, m.method, m.args);
        else if (m.type === 'resume') {
          this.post({ type: 'continued' });
          return m.command;
        }
      }
    } finally {
      this.stopped = false;
    }
  }

  private answer(id: number, method: MethodName, args: unknown): void {
    if (!this.stopped && !ANYTIME.has(method)) {
      this.post({ type: 'response', id, error: `${method} needs the program to be stopped` });
      return;
    }
    const h = (this.handlers as Record<string, Handler<MethodName>>)[method];
    if (h === undefined) {
      this.post({ type: 'response', id, error: `unknown request ${method}` });
      return;
    }
    try {
      this.post({ type: 'response', id, result: h(args as never) });
    } catch (e) {
      if (e instanceof RunControl) throw e;
      this.post({ type: 'response', id, error: e instanceof EvalError ? e.message : `PyHeap internal error in ${method}: ${e instanceof Error ? e.message : String(e)}` });
    }
  }

  private get it(): Interpreter {
    return this.dbg.run.it;
  }

  private frame(frameId?: number) {
    const f = frameId === undefined ? this.it.currentFrames()[0] : findFrame(this.it, frameId);
    if (f === undefined || f === null) throw new EvalError('refused', 'no such frame at this step');
    return f;
  }

  private readonly handlers: { [M in MethodName]?: Handler<M> } = {
    frames: () => frameViews(this.it),
    scopes: ({ frameId }) => scopes(this.it, frameId),
    children: ({ key, start, count }) => children(this.it, key, start, count),
    evaluate: ({ expression, frameId, run }) => {
      try {
        return describe(evaluateValue(this.frame(frameId), expression));
      } catch (e) {
        if (!(run === true && e instanceof EvalError && e.kind === 'refused')) throw e;
      }
      const r = this.dbg.execute(expression, this.frame(frameId).serial);
      if ('error' in r) throw new EvalError('python', r.error);
      if (r.value === null) return { repr: '', type: 'NoneType', ran: true };
      const d = describe({ k: 'obj', o: r.value });
      Py_DECREF(r.value);
      return { ...d, ran: true };
    },
    execute: ({ code, frameId }) => {
      const r = this.dbg.execute(code, this.frame(frameId).serial);
      if ('error' in r) return { error: r.error };
      if (r.value === null) return {};
      const d = describe({ k: 'obj', o: r.value });
      Py_DECREF(r.value);
      return { result: d };
    },
    setVariable: ({ key, name, value, frameId }) => {
      const r = this.dbg.setVariable(key, name, value, this.frame(frameId).serial);
      if ('error' in r) throw new EvalError('python', r.error);
      if (r.value !== null) Py_DECREF(r.value);
      const row = children(this.it, key).find((v) => v.name === name);
      if (row === undefined) throw new EvalError('refused', `${name} is not there any more`);
      return row;
    },
    snapshot: ({ since }) => {
      const snap = buildSnapshot(this.it, {
        step: this.dbg.run.here.step,
        lastCollection: this.dbg.run.lastCollection ?? undefined,
        previousMemory: this.lastSnapshot?.memory,
        stdout: this.it.result().stdout,
        stderr: this.it.result().stderr,
      });
      const prev = this.lastSnapshot;
      this.lastSnapshot = snap;
      if (since !== undefined && prev !== null && prev.step === since) return { delta: diffSnapshots(prev, snap) };
      return { snapshot: snap };
    },
    disassemble: ({ frameId }) => {
      const frames = frameViews(this.it);
      const view = frameId === undefined ? frames[0] : frames.find((f) => f.id === frameId);
      if (view === undefined) return null;
      return disassemble(this.frame(view.id), view.pc);
    },
    gotoTargets: ({ line }) => this.dbg.lineVisits(line),
    stepInTargets: ({ frameId }) => {
      const frames = frameViews(this.it);
      const view = frameId === undefined ? frames[0] : frames.find((f) => f.id === frameId);
      return view === undefined ? [] : callTargets(this.frame(view.id), view.pc);
    },
    timeline: () => this.dbg.visits,
    gcState: () => {
      const gc = this.it.rt.gc as GCState;
      return {
        enabled: gc.enabled,
        counts: gc.generations.map((g) => g.count),
        thresholds: gc.generations.map((g) => g.threshold),
        collections: gc.generation_stats.map((s) => s.collections),
      };
    },
    setBreakpoints: ({ breakpoints }) => this.dbg.setBreakpoints(breakpoints),
    setExceptionFilters: (f) => {
      this.dbg.exceptions.raised = f.raised;
      this.dbg.exceptions.uncaught = f.uncaught;
      return null;
    },
    setDataBreakpoints: ({ breakpoints }) => this.dbg.setDataBreakpoints(breakpoints),
    breakpointLocations: ({ line, endLine }) => this.dbg.breakpoints.locations(line, endLine ?? line),
    completions: ({ text, frameId }) => this.completions(text, frameId),
  };

  private completions(text: string, frameId?: number): string[] {
    return completions(this.frame(frameId), text);
  }

}
