// The Debug Adapter Protocol over the simulated heap: one DebugSession that translates
// requests into the debuggee thread's (src/debuggee/protocol.ts) and its events into
// DAP events, as microsoft/vscode-mock-debug's session does for its runtime. It knows
// nothing of how the interpreter works; the model knows nothing of DAP.
//
// Runs inline in the extension host (DebugAdapterInlineImplementation, desktop and
// web) and over stdio (stdio.ts: `pyheap dap`, the `program` of the debugger
// contribution, other DAP clients, the tests).

import {
  LoggingDebugSession, InitializedEvent, StoppedEvent, OutputEvent, TerminatedEvent, ExitedEvent,
  Thread, StackFrame, Scope, Source, Handles, Event, ContinuedEvent,
} from '@vscode/debugadapter';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { checkLaunchArgs, type CheckedLaunch, type PyHeapLaunchArgs } from './launchArgs';
import type { DebuggeeClient } from '../debuggee/client';
import type { LaunchOptions } from '../debuggee/protocol';
import type { Stop, ResumeCommand, Granularity, LineBreakpointSpec, ExceptionFilters, DataBreakpointSpec } from '../model/debug/types';
import type { VarNode } from '../model/debug/variables';

/** What the session needs from its platform (Node or the browser). */
export interface SessionHost {
  readFile(path: string): Promise<string>;
  /** The program's absolute path (relative to cwd when given). */
  resolve(program: string, cwd?: string): string;
  startDebuggee(launch: LaunchOptions): DebuggeeClient;
}

const THREAD_ID = 1;

/** `a`, `a.b`, `a[0]`, `d['k'].x`: an expression that reads an object rather than computing one. */
const NAMES_AN_OBJECT = /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*|\[[^\]]*\])*$/;

/** Custom events and requests of the memory panel and the editor features. */
export const PYHEAP_STOPPED_EVENT = 'pyheap/stopped';
export const PYHEAP_SNAPSHOT_REQUEST = 'pyheap/snapshot';
export const PYHEAP_TIMELINE_REQUEST = 'pyheap/timeline';
export const PYHEAP_GC_REQUEST = 'pyheap/gc';
/** Time travel to a stop of the timeline (`{step, seq}` of a visit): the memory panel's slider. */
export const PYHEAP_GOTO_REQUEST = 'pyheap/goto';

const REASONS: Record<Stop['reason'], string> = {
  entry: 'entry', step: 'step', breakpoint: 'breakpoint', exception: 'exception', 'data breakpoint': 'data breakpoint',
  pause: 'pause', goto: 'goto',
};

/** DAP data breakpoint access types, as PyHeap reads them (shown in the breakpoint's description). */
const ACCESS: Record<string, DataBreakpointSpec['on']> = { write: 'refcount', read: 'freed', readWrite: 'collected' };

export class PyHeapDebugSession extends LoggingDebugSession {
  private client: DebuggeeClient | null = null;
  private launch: CheckedLaunch | null = null;
  private programPath = '';
  private configured = false;
  private launched: (() => void) | null = null;
  private stopped: Stop | null = null;
  private refs = new Handles<string>();
  private breakpointSpecs: LineBreakpointSpec[] = [];
  private exceptionFilters: ExceptionFilters = { raised: false, uncaught: true };
  private dataSpecs: DataBreakpointSpec[] = [];
  private ended = false;

  constructor(private readonly host: SessionHost) {
    super();
    this.setDebuggerLinesStartAt1(true);
    this.setDebuggerColumnsStartAt1(true);
  }

  // ---------------------------------------------------------------------------
  // Set-up

  protected override initializeRequest(response: DebugProtocol.InitializeResponse, args: DebugProtocol.InitializeRequestArguments): void {
    void args;
    response.body = {
      supportsConfigurationDoneRequest: true,
      supportsEvaluateForHovers: true,
      supportsStepBack: true,
      supportsDataBreakpoints: true,
      supportsConditionalBreakpoints: true,
      supportsHitConditionalBreakpoints: true,
      supportsLogPoints: true,
      supportsBreakpointLocationsRequest: true,
      supportsCompletionsRequest: true,
      completionTriggerCharacters: ['.'],
      supportsGotoTargetsRequest: true,
      supportsRestartRequest: true,
      supportsTerminateRequest: true,
      supportsExceptionInfoRequest: true,
      supportsDisassembleRequest: true,
      supportsSteppingGranularity: true,
      supportsLoadedSourcesRequest: true,
      supportsCancelRequest: true,
      supportsDelayedStackTraceLoading: true,
      supportsClipboardContext: true,
      supportsSetVariable: true,
      supportsStepInTargetsRequest: true,
      supportsSetExpression: true,
      exceptionBreakpointFilters: [
        { filter: 'raised', label: 'Raised Exceptions', description: 'Stop where any exception is raised', default: false },
        { filter: 'uncaught', label: 'Uncaught Exceptions', description: 'Stop where an exception that nothing catches is raised, before the stack unwinds', default: true },
      ],
    };
    this.sendResponse(response);
    this.sendEvent(new InitializedEvent());
  }

  protected override configurationDoneRequest(response: DebugProtocol.ConfigurationDoneResponse): void {
    this.configured = true;
    this.sendResponse(response);
    // launch may have come first (nvim-dap sends it before configurationDone).
    if (this.launched !== null) {
      const go = this.launched;
      this.launched = null;
      go();
    }
  }

  protected override async launchRequest(response: DebugProtocol.LaunchResponse, args: PyHeapLaunchArgs): Promise<void> {
    const checked = checkLaunchArgs(args);
    if (typeof checked === 'string') {
      this.sendErrorResponse(response, { id: 1001, format: checked, showUser: true });
      return;
    }
    const path = this.host.resolve(checked.program, checked.cwd);
    let source: string;
    try {
      source = await this.host.readFile(path);
    } catch (e) {
      this.sendErrorResponse(response, { id: 1002, format: `Cannot read the program ${path}: ${e instanceof Error ? e.message : String(e)}`, showUser: true });
      return;
    }
    this.launch = checked;
    this.programPath = path;
    // The program starts once the client has sent its breakpoints (configurationDone);
    // the launch is answered now, since some clients wait for it before configuring.
    this.sendResponse(response);
    const start = (): void => this.startProgram(source);
    if (this.configured) start();
    else this.launched = start;
  }

  private startProgram(source: string): void {
    const l = this.launch as CheckedLaunch;
    const client = this.host.startDebuggee({
      source, filename: this.programPath, python: l.python, argv: l.args, maxSteps: l.maxSteps, stopOnEntry: l.stopOnEntry,
      noDebug: l.noDebug, breakpoints: this.breakpointSpecs, exceptions: this.exceptionFilters,
    });
    this.client = client;
    this.ended = false;
    client.on('stopped', (s) => this.onStopped(s));
    client.on('continued', () => {
      this.stopped = null;
      this.refs.reset();
    });
    client.on('output', ({ category, text }) => this.sendEvent(new OutputEvent(text, category === 'console' ? 'console' : category)));
    client.on('ended', (end) => {
      this.ended = true;
      this.sendEvent(new ExitedEvent(end.exitCode));
      this.sendEvent(new TerminatedEvent());
    });
    client.on('terminated', () => {
      if (!this.ended) this.sendEvent(new TerminatedEvent());
      this.ended = true;
    });
    client.on('fatal', (msg) => {
      this.sendEvent(new OutputEvent(`PyHeap internal error: ${msg}\nPlease report it with the program that caused it.\n`, 'stderr'));
      if (!this.ended) this.sendEvent(new TerminatedEvent());
      this.ended = true;
    });
    if (this.dataSpecs.length > 0) this.dataSpecs = [];
  }

  private onStopped(s: Stop): void {
    this.stopped = s;
    this.refs.reset();
    const ev = new StoppedEvent(REASONS[s.reason], THREAD_ID, s.exception !== undefined ? `${s.exception.type}: ${s.exception.message}` : undefined) as DebugProtocol.StoppedEvent;
    ev.body.allThreadsStopped = true;
    if (s.hitBreakpointIds !== undefined) ev.body.hitBreakpointIds = s.hitBreakpointIds;
    if (s.dataBreakpoint !== undefined) ev.body.description = s.dataBreakpoint.description;
    else if (s.exception !== undefined) ev.body.description = `${s.exception.uncaught ? 'Uncaught' : 'Raised'} ${s.exception.type}: ${s.exception.message}`;
    this.sendEvent(ev);
    this.sendEvent(new Event(PYHEAP_STOPPED_EVENT, { step: s.position.step, seq: s.position.seq, line: s.line, file: s.filename, reason: s.reason }));
  }

  // ---------------------------------------------------------------------------
  // Breakpoints

  protected override async setBreakPointsRequest(response: DebugProtocol.SetBreakpointsResponse, args: DebugProtocol.SetBreakpointsArguments): Promise<void> {
    const specs: LineBreakpointSpec[] = (args.breakpoints ?? args.lines?.map((line) => ({ line })) ?? []).map((b) => {
      const s: LineBreakpointSpec = { line: this.convertClientLineToDebugger(b.line) };
      const bb = b as DebugProtocol.SourceBreakpoint;
      if (bb.condition !== undefined) s.condition = bb.condition;
      if (bb.hitCondition !== undefined) s.hitCondition = bb.hitCondition;
      if (bb.logMessage !== undefined) s.logMessage = bb.logMessage;
      return s;
    });
    const isProgram = args.source.path === undefined || this.programPath === '' || samePath(args.source.path, this.programPath);
    if (!isProgram) {
      response.body = { breakpoints: specs.map((s) => ({ verified: false, line: s.line, message: 'PyHeap runs one file: breakpoints in other files are not hit' })) };
      this.sendResponse(response);
      return;
    }
    this.breakpointSpecs = specs;
    if (this.client === null || this.ended) {
      // Verified when the program starts; until then, shown as asked.
      response.body = { breakpoints: specs.map((s) => ({ verified: true, line: this.convertDebuggerLineToClient(s.line) })) };
      this.sendResponse(response);
      return;
    }
    try {
      const bps = await this.client.request('setBreakpoints', { breakpoints: specs });
      response.body = {
        breakpoints: bps.map((b) => {
          const out: DebugProtocol.Breakpoint = { id: b.id, verified: b.verified, line: this.convertDebuggerLineToClient(b.actualLine) };
          if (b.message !== undefined) out.message = b.message;
          return out;
        }),
      };
      this.sendResponse(response);
    } catch (e) {
      this.fail(response, e);
    }
  }

  protected override async breakpointLocationsRequest(response: DebugProtocol.BreakpointLocationsResponse, args: DebugProtocol.BreakpointLocationsArguments): Promise<void> {
    if (this.client === null || this.ended) {
      response.body = { breakpoints: [] };
      this.sendResponse(response);
      return;
    }
    try {
      const lines = await this.client.request('breakpointLocations', { line: this.convertClientLineToDebugger(args.line), endLine: args.endLine === undefined ? undefined : this.convertClientLineToDebugger(args.endLine) });
      response.body = { breakpoints: lines.map((l) => ({ line: this.convertDebuggerLineToClient(l) })) };
      this.sendResponse(response);
    } catch (e) {
      this.fail(response, e);
    }
  }

  protected override async setExceptionBreakPointsRequest(response: DebugProtocol.SetExceptionBreakpointsResponse, args: DebugProtocol.SetExceptionBreakpointsArguments): Promise<void> {
    const filters = args.filters ?? [];
    this.exceptionFilters = { raised: filters.includes('raised'), uncaught: filters.includes('uncaught') };
    if (this.client !== null && !this.ended) {
      try {
        await this.client.request('setExceptionFilters', this.exceptionFilters);
      } catch (e) {
        this.fail(response, e);
        return;
      }
    }
    this.sendResponse(response);
  }

  protected override dataBreakpointInfoRequest(response: DebugProtocol.DataBreakpointInfoResponse, args: DebugProtocol.DataBreakpointInfoArguments): void {
    const key = args.variablesReference !== undefined ? this.refs.get(args.variablesReference) : undefined;
    void key;
    // The row's object: rows are named in their container; its id is in the row's child key.
    const id = this.objectIdOfRow(args.variablesReference, args.name);
    if (id === null) {
      response.body = { dataId: null, description: `${args.name} does not name an object here` };
    } else {
      response.body = {
        dataId: `${id}`,
        description: `ob_refcnt of ${args.name} (id 0x${id.toString(16)}): write = any change, read = freed, readWrite = freed by the cyclic GC`,
        accessTypes: ['write', 'read', 'readWrite'],
        canPersist: false,
      };
    }
    this.sendResponse(response);
  }

  /** Rows shown in the last variables responses: (container reference, name) → object id. */
  private rowObjects = new Map<string, number>();

  private objectIdOfRow(ref: number | undefined, name: string): number | null {
    if (ref === undefined) {
      const m = /^(?:0x)?([0-9a-f]+)$/i.exec(name);
      return m === null ? null : Number.parseInt(m[1], name.startsWith('0x') ? 16 : 10);
    }
    return this.rowObjects.get(`${ref}|${name}`) ?? null;
  }

  protected override async setDataBreakpointsRequest(response: DebugProtocol.SetDataBreakpointsResponse, args: DebugProtocol.SetDataBreakpointsArguments): Promise<void> {
    this.dataSpecs = args.breakpoints.map((b) => ({ objectId: Number(b.dataId), on: ACCESS[b.accessType ?? 'write'] ?? 'refcount' }));
    if (this.client === null || this.ended || this.stopped === null) {
      response.body = { breakpoints: this.dataSpecs.map(() => ({ verified: false, message: 'Set data breakpoints while the program is stopped: the object must be alive then' })) };
      this.sendResponse(response);
      return;
    }
    try {
      const bps = await this.client.request('setDataBreakpoints', { breakpoints: this.dataSpecs });
      response.body = { breakpoints: bps.map((b) => ({ id: b.id, verified: b.verified, message: b.message ?? `${b.on === 'refcount' ? 'Any change of ob_refcnt' : b.on === 'freed' ? 'Freed' : 'Freed by the cyclic GC'}: ${b.description}` })) };
      this.sendResponse(response);
    } catch (e) {
      this.fail(response, e);
    }
  }

  // ---------------------------------------------------------------------------
  // Where it stands

  protected override threadsRequest(response: DebugProtocol.ThreadsResponse): void {
    response.body = { threads: [new Thread(THREAD_ID, 'main thread')] };
    this.sendResponse(response);
  }

  protected override async stackTraceRequest(response: DebugProtocol.StackTraceResponse, args: DebugProtocol.StackTraceArguments): Promise<void> {
    const s = this.stopped;
    if (s === null || this.client === null) {
      response.body = { stackFrames: [], totalFrames: 0 };
      this.sendResponse(response);
      return;
    }
    if (s.syntaxError !== undefined) {
      const f = new StackFrame(0, '<module>', this.source(), this.convertDebuggerLineToClient(s.syntaxError.line), this.convertDebuggerColumnToClient(s.syntaxError.column));
      response.body = { stackFrames: [f], totalFrames: 1 };
      this.sendResponse(response);
      return;
    }
    try {
      const frames = await this.client.request('frames', {});
      const start = args.startFrame ?? 0;
      const levels = args.levels === undefined || args.levels === 0 ? frames.length : args.levels;
      response.body = {
        stackFrames: frames.slice(start, start + levels).map((f) => {
          const name = f.calledBy === 'runtime' && f.kind !== 'module' ? `${f.qualname}  (called by the runtime)` : f.qualname;
          const sf = new StackFrame(f.id, name, f.filename === this.programPath ? this.source() : new Source(f.filename), this.convertDebuggerLineToClient(f.line), 1) as DebugProtocol.StackFrame;
          sf.instructionPointerReference = instructionRef(f.id, f.pc);
          if (f.calledBy === 'runtime' && f.kind !== 'module') sf.presentationHint = 'normal';
          return sf;
        }),
        totalFrames: frames.length,
      };
      this.sendResponse(response);
    } catch (e) {
      this.fail(response, e);
    }
  }

  private source(): Source {
    const name = this.programPath.split(/[\\/]/).pop() ?? this.programPath;
    return new Source(name, this.convertDebuggerPathToClient(this.programPath));
  }

  protected override async scopesRequest(response: DebugProtocol.ScopesResponse, args: DebugProtocol.ScopesArguments): Promise<void> {
    if (this.client === null || this.stopped === null || this.stopped.syntaxError !== undefined) {
      response.body = { scopes: [] };
      this.sendResponse(response);
      return;
    }
    try {
      const scopes = await this.client.request('scopes', { frameId: args.frameId });
      response.body = {
        scopes: scopes.map((s) => {
          const sc = new Scope(s.name, this.refs.create(s.expand), s.expensive) as DebugProtocol.Scope;
          if (s.named !== undefined) sc.namedVariables = s.named;
          if (s.name === 'Locals') sc.presentationHint = 'locals';
          return sc;
        }),
      };
      this.sendResponse(response);
    } catch (e) {
      this.fail(response, e);
    }
  }

  protected override async variablesRequest(response: DebugProtocol.VariablesResponse, args: DebugProtocol.VariablesArguments): Promise<void> {
    const key = this.refs.get(args.variablesReference);
    if (this.client === null || this.stopped === null || key === undefined) {
      response.body = { variables: [] };
      this.sendResponse(response);
      return;
    }
    try {
      const rows = await this.client.request('children', { key, start: args.start, count: args.count });
      response.body = { variables: rows.map((r) => this.variable(args.variablesReference, r)) };
      this.sendResponse(response);
    } catch (e) {
      this.fail(response, e);
    }
  }

  private variable(parent: number, r: VarNode): DebugProtocol.Variable {
    const v: DebugProtocol.Variable = { name: r.name, value: r.value, variablesReference: r.expand !== undefined ? this.refs.create(r.expand) : 0 };
    if (r.type !== undefined) v.type = r.type;
    if (r.evaluateName !== undefined) v.evaluateName = r.evaluateName;
    if (r.indexed !== undefined && r.indexed > 100) v.indexedVariables = r.indexed;
    if (r.meta === true) v.presentationHint = { kind: 'virtual', attributes: ['readOnly'] };
    if (r.objectId !== undefined) {
      this.rowObjects.set(`${parent}|${r.name}`, r.objectId);
      v.memoryReference = `0x${r.objectId.toString(16)}`;
    }
    return v;
  }

  protected override async evaluateRequest(response: DebugProtocol.EvaluateResponse, args: DebugProtocol.EvaluateArguments): Promise<void> {
    if (this.client === null || this.stopped === null) {
      this.sendErrorResponse(response, { id: 2001, format: 'Expressions are evaluated while the program is stopped', showUser: false });
      return;
    }
    try {
      const r = await this.client.request('evaluate', { expression: args.expression, frameId: args.frameId, run: args.context === 'repl' });
      if (r.ran === true) {
        // The program's state changed: what VS Code shows of it must be read again.
        this.refs.reset();
        this.sendEvent(new OutputEvent('(ran in the program: it is part of its history now)\n', 'console'));
        if (r.repr === '' && r.type === 'NoneType') {
          response.body = { result: '', variablesReference: 0 };
          this.sendResponse(response);
          return;
        }
      }
      // A name, attribute or item gets its object's count and id; a computed value (a == b, len(x)) is just a value.
      const names = r.objectId !== undefined && args.context !== 'clipboard' && NAMES_AN_OBJECT.test(args.expression.trim());
      const value = names ? `${r.repr}  ‹refcnt ${await this.refcntOf(r.objectId!)} · id 0x${r.objectId!.toString(16)}›` : r.repr;
      response.body = { result: value, type: r.type, variablesReference: r.objectId !== undefined ? this.refs.create(`obj:${r.objectId}`) : 0 };
      if (r.objectId !== undefined) response.body.memoryReference = `0x${r.objectId.toString(16)}`;
      this.sendResponse(response);
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      this.sendErrorResponse(response, { id: 2002, format: msg, showUser: false });
    }
  }

  private async refcntOf(id: number): Promise<number | string> {
    const rows = await (this.client as DebuggeeClient).request('children', { key: `obj:${id}`, start: 0, count: 1 });
    const m = /^(\d+)/.exec(rows[0]?.value ?? '');
    return m === null ? '?' : Number(m[1]);
  }

  protected override async setVariableRequest(response: DebugProtocol.SetVariableResponse, args: DebugProtocol.SetVariableArguments): Promise<void> {
    const key = this.refs.get(args.variablesReference);
    if (this.client === null || this.stopped === null || key === undefined) {
      this.sendErrorResponse(response, { id: 2003, format: 'Variables can be set while the program is stopped', showUser: true });
      return;
    }
    try {
      const row = await this.client.request('setVariable', { key, name: args.name, value: args.value });
      response.body = { value: row.value, type: row.type, variablesReference: row.expand !== undefined ? this.refs.create(row.expand) : 0 };
      this.sendResponse(response);
    } catch (e) {
      this.sendErrorResponse(response, { id: 2004, format: e instanceof Error ? e.message : String(e), showUser: true });
    }
  }

  protected override async setExpressionRequest(response: DebugProtocol.SetExpressionResponse, args: DebugProtocol.SetExpressionArguments): Promise<void> {
    if (this.client === null || this.stopped === null) {
      this.sendErrorResponse(response, { id: 2005, format: 'Expressions can be set while the program is stopped', showUser: true });
      return;
    }
    try {
      const ran = await this.client.request('execute', { code: `${args.expression} = (${args.value})`, frameId: args.frameId });
      if (ran.error !== undefined) throw new Error(ran.error);
      const r = await this.client.request('evaluate', { expression: args.expression, frameId: args.frameId });
      response.body = { value: r.repr, type: r.type, variablesReference: r.objectId !== undefined ? this.refs.create(`obj:${r.objectId}`) : 0 };
      this.sendResponse(response);
    } catch (e) {
      this.sendErrorResponse(response, { id: 2006, format: e instanceof Error ? e.message : String(e), showUser: true });
    }
  }

  protected override async completionsRequest(response: DebugProtocol.CompletionsResponse, args: DebugProtocol.CompletionsArguments): Promise<void> {
    if (this.client === null || this.stopped === null) {
      response.body = { targets: [] };
      this.sendResponse(response);
      return;
    }
    try {
      const text = args.text.slice(0, args.column - 1);
      const names = await this.client.request('completions', { text, frameId: args.frameId });
      const word = /([A-Za-z_]\w*)$/.exec(text)?.[1] ?? '';
      response.body = { targets: names.map((n) => ({ label: n, start: args.column - 1 - word.length, length: word.length })) };
      this.sendResponse(response);
    } catch {
      response.body = { targets: [] };
      this.sendResponse(response);
    }
  }

  protected override exceptionInfoRequest(response: DebugProtocol.ExceptionInfoResponse): void {
    const x = this.stopped?.exception;
    if (x === undefined) {
      this.sendErrorResponse(response, { id: 3001, format: 'Not stopped at an exception', showUser: false });
      return;
    }
    response.body = {
      exceptionId: x.type,
      description: x.message,
      breakMode: x.uncaught ? 'unhandled' : 'always',
      details: { message: x.message, typeName: x.type, fullTypeName: x.type, stackTrace: x.traceback },
    };
    this.sendResponse(response);
  }

  protected override async disassembleRequest(response: DebugProtocol.DisassembleResponse, args: DebugProtocol.DisassembleArguments): Promise<void> {
    const ref = parseInstructionRef(args.memoryReference);
    if (this.client === null || this.stopped === null || ref === null) {
      response.body = { instructions: [] };
      this.sendResponse(response);
      return;
    }
    try {
      const dis = await this.client.request('disassemble', { frameId: ref.frameId });
      const list = dis?.instructions ?? [];
      const base = ref.index + (args.instructionOffset ?? 0);
      const out: DebugProtocol.DisassembledInstruction[] = [];
      for (let k = 0; k < args.instructionCount; k++) {
        const i = base + k;
        const ins = list[i];
        if (ins === undefined) {
          out.push({ address: instructionRef(ref.frameId, i), instruction: '', presentationHint: 'invalid' });
          continue;
        }
        const d: DebugProtocol.DisassembledInstruction = {
          address: instructionRef(ref.frameId, i),
          instructionBytes: `${ins.offset}`,
          instruction: `${ins.opname.padEnd(22)}${ins.arg === null ? '' : String(ins.arg).padStart(4)}${ins.argrepr !== '' ? ` (${ins.argrepr})` : ''}${ins.refEffect !== '' ? `    ; ${ins.refEffect}` : ''}`,
          symbol: dis!.code,
          line: this.convertDebuggerLineToClient(ins.line),
          location: this.source(),
        };
        out.push(d);
      }
      response.body = { instructions: out };
      this.sendResponse(response);
    } catch (e) {
      this.fail(response, e);
    }
  }

  protected override loadedSourcesRequest(response: DebugProtocol.LoadedSourcesResponse): void {
    response.body = { sources: this.programPath === '' ? [] : [this.source()] };
    this.sendResponse(response);
  }

  // ---------------------------------------------------------------------------
  // Running

  private resume(response: DebugProtocol.Response, command: ResumeCommand): void {
    if (this.client === null || this.stopped === null) {
      this.sendErrorResponse(response, { id: 4001, format: 'The program is not stopped', showUser: false });
      return;
    }
    this.stopped = null;
    this.refs.reset();
    this.rowObjects.clear();
    this.client.resume(command);
    this.sendResponse(response);
  }

  private gran(args: { granularity?: DebugProtocol.SteppingGranularity }): Granularity {
    return args.granularity === 'instruction' ? 'instruction' : 'line';
  }

  protected override continueRequest(response: DebugProtocol.ContinueResponse): void {
    response.body = { allThreadsContinued: true };
    this.resume(response, { kind: 'continue' });
  }

  protected override nextRequest(response: DebugProtocol.NextResponse, args: DebugProtocol.NextArguments): void {
    this.resume(response, { kind: 'next', granularity: this.gran(args) });
  }

  protected override stepInRequest(response: DebugProtocol.StepInResponse, args: DebugProtocol.StepInArguments): void {
    const target = args.targetId !== undefined ? this.stepInNames[args.targetId - 1] : undefined;
    this.resume(response, target !== undefined ? { kind: 'stepIn', granularity: this.gran(args), target } : { kind: 'stepIn', granularity: this.gran(args) });
  }

  private stepInNames: string[] = [];

  protected override async stepInTargetsRequest(response: DebugProtocol.StepInTargetsResponse, args: DebugProtocol.StepInTargetsArguments): Promise<void> {
    if (this.client === null || this.stopped === null) {
      response.body = { targets: [] };
      this.sendResponse(response);
      return;
    }
    try {
      this.stepInNames = await this.client.request('stepInTargets', { frameId: args.frameId });
      response.body = { targets: this.stepInNames.map((n, i) => ({ id: i + 1, label: `${n}()` })) };
      this.sendResponse(response);
    } catch (e) {
      this.fail(response, e);
    }
  }

  protected override stepOutRequest(response: DebugProtocol.StepOutResponse, args: DebugProtocol.StepOutArguments): void {
    this.resume(response, { kind: 'stepOut', granularity: this.gran(args) });
  }

  protected override stepBackRequest(response: DebugProtocol.StepBackResponse, args: DebugProtocol.StepBackArguments): void {
    this.resume(response, { kind: 'stepBack', granularity: this.gran(args) });
  }

  protected override reverseContinueRequest(response: DebugProtocol.ReverseContinueResponse): void {
    this.resume(response, { kind: 'reverseContinue' });
  }

  protected override async gotoTargetsRequest(response: DebugProtocol.GotoTargetsResponse, args: DebugProtocol.GotoTargetsArguments): Promise<void> {
    if (this.client === null || this.stopped === null) {
      response.body = { targets: [] };
      this.sendResponse(response);
      return;
    }
    try {
      const line = this.convertClientLineToDebugger(args.line);
      const visits = await this.client.request('gotoTargets', { line });
      this.gotoPositions = visits;
      response.body = {
        targets: visits.map((p, i) => ({ id: i + 1, label: `line ${args.line}, step ${p.step} (${visits.length - i === 1 ? 'last time it ran' : `${visits.length - i} runs ago`})`, line: args.line })).reverse(),
      };
      this.sendResponse(response);
    } catch (e) {
      this.fail(response, e);
    }
  }

  private gotoPositions: { step: number; seq: number }[] = [];

  protected override gotoRequest(response: DebugProtocol.GotoResponse, args: DebugProtocol.GotoArguments): void {
    const p = this.gotoPositions[args.targetId - 1];
    if (p === undefined) {
      this.sendErrorResponse(response, { id: 4002, format: 'Unknown goto target', showUser: false });
      return;
    }
    this.resume(response, { kind: 'goto', position: p });
  }

  protected override pauseRequest(response: DebugProtocol.PauseResponse): void {
    // Stopped already: nothing to pause (a pause left set would stop the next continue at once).
    if (this.stopped === null) this.client?.pause();
    this.sendResponse(response);
  }

  protected override async restartRequest(response: DebugProtocol.RestartResponse): Promise<void> {
    if (this.client === null || this.launch === null) {
      this.sendErrorResponse(response, { id: 4003, format: 'Nothing to restart', showUser: false });
      return;
    }
    const old = this.client;
    this.client = null;
    this.stopped = null;
    await old.terminate();
    let source: string;
    try {
      source = await this.host.readFile(this.programPath);
    } catch (e) {
      this.fail(response, e);
      return;
    }
    this.startProgram(source);
    this.sendResponse(response);
  }

  protected override async terminateRequest(response: DebugProtocol.TerminateResponse): Promise<void> {
    await this.endProgram();
    this.sendResponse(response);
  }

  protected override async disconnectRequest(response: DebugProtocol.DisconnectResponse): Promise<void> {
    await this.endProgram();
    this.sendResponse(response);
  }

  private async endProgram(): Promise<void> {
    const c = this.client;
    this.client = null;
    this.stopped = null;
    if (c !== null) await c.terminate();
    if (!this.ended) {
      this.ended = true;
      this.sendEvent(new TerminatedEvent());
    }
  }

  protected override cancelRequest(response: DebugProtocol.CancelResponse): void {
    // Requests are answered in milliseconds from the paused heap; there is nothing to cancel.
    this.sendResponse(response);
  }

  // ---------------------------------------------------------------------------
  // The memory panel's requests

  protected override async customRequest(command: string, response: DebugProtocol.Response, args: { since?: number; step?: number; seq?: number } | undefined): Promise<void> {
    if (command === PYHEAP_GOTO_REQUEST) {
      this.gotoPosition(response, args);
      return;
    }
    if (command !== PYHEAP_SNAPSHOT_REQUEST && command !== PYHEAP_TIMELINE_REQUEST && command !== PYHEAP_GC_REQUEST) {
      this.sendErrorResponse(response, { id: 5001, format: `Unknown request ${command}`, showUser: false });
      return;
    }
    if (this.client === null || this.stopped === null) {
      this.sendErrorResponse(response, { id: 5002, format: `${command} needs the program to be stopped`, showUser: false });
      return;
    }
    try {
      response.body = command === PYHEAP_SNAPSHOT_REQUEST
        ? await this.client.request('snapshot', { since: typeof args?.since === 'number' ? args.since : undefined })
        : command === PYHEAP_GC_REQUEST
          ? await this.client.request('gcState', {})
          : { visits: await this.client.request('timeline', {}) };
      this.sendResponse(response);
    } catch (e) {
      this.fail(response, e);
    }
  }

  /** `pyheap/goto`: like DAP's goto, to a position the timeline listed. The client did not ask
   *  to resume, so it is told (continued) before the stop that follows. */
  private gotoPosition(response: DebugProtocol.Response, args: { step?: number; seq?: number } | undefined): void {
    const step = args?.step;
    const seq = args?.seq ?? 0;
    if (!Number.isSafeInteger(step) || !Number.isSafeInteger(seq) || (step as number) < 0) {
      this.sendErrorResponse(response, { id: 5003, format: 'pyheap/goto needs {step, seq} of a visited stop', showUser: false });
      return;
    }
    const wasStopped = this.stopped !== null;
    this.resume(response, { kind: 'goto', position: { step: step as number, seq } });
    if (wasStopped) this.sendEvent(new ContinuedEvent(THREAD_ID, true));
  }

  private fail(response: DebugProtocol.Response, e: unknown): void {
    this.sendErrorResponse(response, { id: 9000, format: e instanceof Error ? e.message : String(e), showUser: false });
  }

}

/** instructionPointerReference / disassembly addresses: the frame and the instruction index. */
function instructionRef(frameId: number, index: number): string {
  return `0x${((frameId << 16) | (index & 0xffff)).toString(16)}`;
}

function parseInstructionRef(ref: string): { frameId: number; index: number } | null {
  const n = Number.parseInt(ref, 16);
  if (!Number.isFinite(n)) return null;
  return { frameId: n >>> 16, index: n & 0xffff };
}

function samePath(a: string, b: string): boolean {
  const norm = (p: string): string => p.replace(/\\/g, '/').replace(/^([a-z]):/i, (_m, d: string) => d.toLowerCase() + ':');
  return norm(a) === norm(b);
}

