// The sessions the golden transcripts record: each one a lesson a learner follows in the
// debugger, driven as VS Code drives it (initialize → launch → setBreakpoints →
// setExceptionBreakpoints → configurationDone, then at each stop stackTrace → scopes →
// variables of Locals, and the rows a learner expands). Request arguments that name a
// frame or a variables reference are taken from the responses, as a client would.

import type { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { Recorder, SETTLED, normaliser, transcriptProgram, type Transcript } from './transcript';

type Resume = 'continue' | 'next' | 'stepIn' | 'stepOut' | 'stepBack' | 'reverseContinue';

/** The requests of a session, each written down by the recorder. */
export class Driver {
  constructor(private readonly r: Recorder, readonly program: string) {}

  /** The client's start-up sequence; resolves once the first stop (or the end) has come. */
  async start(opts: { stopOnEntry: boolean; breakpoints?: number[]; exceptions?: string[] }): Promise<void> {
    await this.r.req('initialize', {
      clientID: 'pyheap-transcripts', adapterID: 'pyheap', linesStartAt1: true, columnsStartAt1: true, pathFormat: 'path',
      supportsVariableType: true, supportsVariablePaging: true, supportsMemoryReferences: true,
    }, ['initialized']);
    await this.r.req('launch', { type: 'pyheap', request: 'launch', name: 'PyHeap', program: this.program, stopOnEntry: opts.stopOnEntry });
    await this.r.req('setBreakpoints', { source: { path: this.program }, breakpoints: (opts.breakpoints ?? []).map((line) => ({ line })) });
    await this.r.req('setExceptionBreakpoints', { filters: opts.exceptions ?? ['uncaught'] });
    await this.r.req('configurationDone', undefined, SETTLED);
  }

  /** A request that resumes the program; its window ends with the next stop or the end. */
  async resume(kind: Resume, args: object = {}): Promise<void> {
    await this.r.req(kind, { threadId: 1, ...args }, SETTLED);
  }

  async threads(): Promise<void> {
    await this.r.req('threads');
  }

  async stackTrace(): Promise<DebugProtocol.StackFrame[]> {
    const st = await this.r.req<DebugProtocol.StackTraceResponse>('stackTrace', { threadId: 1, startFrame: 0, levels: 20 });
    return st.body.stackFrames;
  }

  async scopes(frameId: number): Promise<DebugProtocol.Scope[]> {
    return (await this.r.req<DebugProtocol.ScopesResponse>('scopes', { frameId })).body.scopes;
  }

  async variables(variablesReference: number): Promise<DebugProtocol.Variable[]> {
    return (await this.r.req<DebugProtocol.VariablesResponse>('variables', { variablesReference })).body.variables;
  }

  /** What VS Code asks at a stop: the stack, the frame's scopes, its Locals. */
  async look(frameIndex = 0): Promise<{ frameId: number; scopes: DebugProtocol.Scope[]; locals: DebugProtocol.Variable[] }> {
    const frames = await this.stackTrace();
    const frameId = frames[frameIndex].id;
    const scopes = await this.scopes(frameId);
    const locals = await this.variables(scopes[0].variablesReference);
    return { frameId, scopes, locals };
  }

  /** Expands a row of an earlier variables response, by name. */
  async expand(rows: DebugProtocol.Variable[], name: string): Promise<DebugProtocol.Variable[]> {
    const row = rows.find((v) => v.name === name);
    if (row === undefined || row.variablesReference === 0) throw new Error(`no expandable row ${name} in ${rows.map((v) => v.name).join(', ')}`);
    return this.variables(row.variablesReference);
  }

  /** Expands a scope, by name. */
  async scope(scopes: DebugProtocol.Scope[], name: string): Promise<DebugProtocol.Variable[]> {
    const s = scopes.find((x) => x.name === name);
    if (s === undefined) throw new Error(`no scope ${name}`);
    return this.variables(s.variablesReference);
  }

  async evaluate(expression: string, frameId: number, context: 'watch' | 'hover' | 'repl' = 'watch'): Promise<void> {
    await this.r.req('evaluate', { expression, frameId, context });
  }

  async request(command: string, args?: object): Promise<DebugProtocol.Response> {
    return this.r.req(command, args);
  }

  async disconnect(): Promise<void> {
    await this.r.req('disconnect', { restart: false, terminateDebuggee: true });
  }
}

export interface SessionDef {
  name: string;
  description: string;
  file: string;
  source: string;
  run(d: Driver): Promise<void>;
}

const lines = (...l: string[]): string => `${l.join('\n')}\n`;

export const SESSIONS: SessionDef[] = [
  {
    name: '01-identity',
    description: 'The seed\'s identity chapter: `a = 123; b = a` binds two names to one int (same id, the count of a small int is the runtime\'s), `a = 456` rebinds a to a new object while b keeps 123. Stepped with next, reading Variables at each stop, with watch expressions.',
    file: 'identity.py',
    source: lines('a = 123', 'b = a', 'a = 456', 'end = 0'),
    async run(d) {
      await d.start({ stopOnEntry: true });
      await d.threads();
      await d.look();
      await d.resume('next');
      await d.look();
      await d.resume('next');
      let at = await d.look();
      await d.evaluate('a is b', at.frameId);
      await d.evaluate('id(a) == id(b)', at.frameId);
      await d.evaluate('a', at.frameId, 'hover');
      await d.resume('next');
      at = await d.look();
      await d.expand(at.locals, 'a');
      await d.evaluate('a is b', at.frameId);
      await d.resume('continue');
      await d.disconnect();
    },
  },
  {
    name: '02-list-refcount',
    description: 'A list\'s ob_refcnt moving: 1 after `a = [321, 123]`, 2 after `b = a` (both names are its referrers; the watch `sys.getrefcount(a)` says 3, one more for its argument), 1 after `del a`, freed when b is rebound to a new list.',
    file: 'lists.py',
    source: lines('import sys', 'a = [321, 123]', 'b = a', 'del a', "b = ['x']", 'end = 0'),
    async run(d) {
      await d.start({ stopOnEntry: true });
      await d.resume('next');
      await d.resume('next');
      let at = await d.look();
      await d.expand(at.locals, 'a');
      await d.resume('next');
      at = await d.look();
      const obj = await d.expand(at.locals, 'b');
      await d.expand(obj, 'referrers');
      await d.evaluate('sys.getrefcount(a)', at.frameId);
      await d.resume('next');
      at = await d.look();
      await d.resume('next');
      at = await d.look();
      await d.evaluate('len(b)', at.frameId);
      await d.resume('continue');
      await d.disconnect();
    },
  },
  {
    name: '03-class-init',
    description: 'A class call: stepIn from `p = Point(3, 4)` lands in `__init__` (called by the runtime), two frames on the stack; self\'s attributes appear; stepOut returns to the module; a second name moves the instance\'s count to 2.',
    file: 'point.py',
    source: lines('class Point:', '    def __init__(self, x, y):', '        self.x = x', '        self.y = y', '', 'p = Point(3, 4)', 'q = p', 'end = 0'),
    async run(d) {
      await d.start({ stopOnEntry: false, breakpoints: [6] });
      await d.look();
      await d.resume('stepIn');
      let at = await d.look();
      await d.resume('next');
      at = await d.look();
      await d.expand(at.locals, 'self');
      await d.look(1);
      await d.resume('stepOut');
      at = await d.look();
      await d.resume('next');
      at = await d.look();
      await d.expand(at.locals, 'p');
      await d.resume('continue');
      await d.disconnect();
    },
  },
  {
    name: '04-gc-cycle',
    description: 'A list that contains itself survives `del` of both names (ob_refcnt 1: its own slot) and is freed by `gc.collect()`, which returns 1; the GC scope shows the generations and the collection.',
    file: 'cycle.py',
    source: lines('import gc', 'a = []', 'a.append(a)', 'b = a', 'del a', 'del b', 'n = gc.collect()', 'end = 0'),
    async run(d) {
      await d.start({ stopOnEntry: false, breakpoints: [6] });
      let at = await d.look();
      const obj = await d.expand(at.locals, 'b');
      await d.expand(obj, 'referrers');
      await d.scope(at.scopes, 'GC');
      await d.resume('next');
      at = await d.look();
      await d.scope(at.scopes, 'GC');
      await d.resume('next');
      at = await d.look();
      await d.scope(at.scopes, 'GC');
      await d.resume('continue');
      await d.disconnect();
    },
  },
  {
    name: '05-time-travel',
    description: 'Step back and reverse-continue restore the counts: a list at 2 (a, b), 4 with two slots of c, 3 after `del b`; stepBack brings b and the count 4 back, reverseContinue returns to the breakpoint (count 2) and then to the entry; the output printed on the way is not printed again.',
    file: 'travel.py',
    source: lines('a = [321, 123]', 'b = a', 'c = [a, a]', 'print(len(c))', 'del b', 'c = None', 'end = 0'),
    async run(d) {
      await d.start({ stopOnEntry: true, breakpoints: [3] });
      await d.resume('continue');
      await d.look();
      await d.resume('next');
      await d.look();
      await d.resume('next');
      await d.resume('next');
      await d.look();
      await d.resume('stepBack');
      await d.look();
      await d.resume('stepBack');
      await d.look();
      await d.resume('reverseContinue');
      await d.look();
      await d.resume('reverseContinue');
      await d.look();
      await d.resume('continue');
      await d.resume('continue');
      await d.disconnect();
    },
  },
  {
    name: '06-data-breakpoint',
    description: 'A refcount data breakpoint on a list (dataBreakpointInfo on its Locals row, setDataBreakpoints): "write" stops at each change of ob_refcnt naming the instruction (1 → 2 by LOAD_NAME, 2 → 1 by DELETE_NAME; reverseContinue goes back to the first change, described again); switched to "read" it stops only where the list is freed (1 → 0 by STORE_NAME). A stop comes after the instruction: its line is the next instruction\'s, the description names the line that changed the count.',
    file: 'watch.py',
    source: lines('a = [321, 123]', 'b = a', 'del b', 'a = None', 'end = 0'),
    async run(d) {
      await d.start({ stopOnEntry: false, breakpoints: [2] });
      let at = await d.look();
      const info = await d.request('dataBreakpointInfo', { variablesReference: at.scopes[0].variablesReference, name: 'a' }) as DebugProtocol.DataBreakpointInfoResponse;
      const dataId = info.body.dataId;
      await d.request('setDataBreakpoints', { breakpoints: [{ dataId, accessType: 'write' }] });
      await d.resume('continue');
      await d.look();
      await d.resume('continue');
      await d.look();
      await d.resume('reverseContinue');
      await d.look();
      await d.resume('continue');
      at = await d.look();
      await d.request('setDataBreakpoints', { breakpoints: [{ dataId, accessType: 'read' }] });
      await d.resume('continue');
      await d.look();
      await d.resume('continue');
      await d.disconnect();
    },
  },
  {
    name: '07-uncaught-exception',
    description: 'An uncaught ZeroDivisionError stops where it is raised with both frames intact; exceptionInfo gives CPython 3.11\'s traceback text; continuing prints it on stderr and the session ends with exited (exit code 1) and terminated.',
    file: 'mean.py',
    source: lines('def ratio(total, count):', '    return total / count', '', 'scores = [3, 4]', 'print("mean", ratio(sum(scores), len(scores)))', 'print("empty", ratio(0, len([])))'),
    async run(d) {
      await d.start({ stopOnEntry: false, exceptions: ['uncaught'] });
      await d.look();
      await d.request('exceptionInfo', { threadId: 1 });
      await d.resume('continue');
      await d.disconnect();
    },
  },
];

/** Runs one session against a fresh adapter from `start`, and returns its transcript. */
export async function recordSession(def: SessionDef, start: () => Promise<DebugClient>): Promise<Transcript> {
  const prog = transcriptProgram(def.file, def.source);
  const dc = await start();
  try {
    const r = new Recorder(dc, normaliser(prog.folder));
    await def.run(new Driver(r, prog.path));
    r.close();
    if (r.stray.length > 0) throw new Error(`events before the first request: ${JSON.stringify(r.stray)}`);
    return { description: def.description, file: def.file, program: def.source.replace(/\n$/, '').split('\n'), entries: r.entries };
  } finally {
    await dc.stop();
    prog.cleanup();
  }
}
