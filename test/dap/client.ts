// A DAP client session against the stdio adapter (dist/debugAdapter.js, built by `npm
// test` first), as nvim-dap or VS Code would drive it: @vscode/debugadapter-testsupport's
// DebugClient plus the few steps every test repeats.
import { after } from 'node:test';
import { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ADAPTER = resolve('dist/debugAdapter.js');

/** Every adapter a test started: a test that fails before its stop() must not leave an
 *  adapter process holding the test file's process open. */
const live = new Set<DebugClient>();
after(() => {
  // Only adapters no test stopped: kill them (a disconnect could wait forever on a dead one).
  for (const dc of live) (dc as unknown as { stopAdapter(): void }).stopAdapter();
});

/** A DebugClient on a fresh adapter process, stopped after the file's tests at the latest. */
export async function startAdapter(): Promise<DebugClient> {
  const dc = new DebugClient('node', ADAPTER, 'pyheap');
  dc.defaultTimeout = 120_000;
  live.add(dc);
  const stop = dc.stop.bind(dc);
  dc.stop = () => {
    live.delete(dc);
    return stop();
  };
  await dc.start();
  return dc;
}

/** Writes a program to a fresh temporary folder; returns its absolute path. */
export function programFile(source: string, name = 'prog.py'): string {
  const dir = mkdtempSync(join(tmpdir(), 'pyheap-dap-'));
  const p = join(dir, name);
  writeFileSync(p, source);
  return p;
}

export interface Session {
  dc: DebugClient;
  program: string;
  output: string[];
  stop(): Promise<void>;
}

/** Starts the adapter, initializes, sets breakpoints, launches; resolves at the first stopped event
 *  (or at the end of the program when nothing stops it; then `ended` is set). */
export async function launch(source: string, opts: { stopOnEntry?: boolean; breakpoints?: DebugProtocol.SourceBreakpoint[]; exceptions?: string[]; args?: Record<string, unknown>; path?: string; /** false: resolve once launched (a program that neither stops nor ends). */ waitFirst?: boolean } = {}): Promise<Session & { first: DebugProtocol.StoppedEvent | null }> {
  const program = opts.path ?? programFile(source);
  const dc = await startAdapter();
  const output: string[] = [];
  dc.on('output', (e: DebugProtocol.OutputEvent) => output.push(`${e.body.category}:${e.body.output}`));
  await dc.initializeRequest({ adapterID: 'pyheap', linesStartAt1: true, columnsStartAt1: true, pathFormat: 'path' });
  // Listeners, not waitForEvent: each of those holds a timer for defaultTimeout, and the one
  // that loses the race would keep the test file's process alive for two minutes.
  const wait = opts.waitFirst !== false;
  const stopped = wait ? new Promise<DebugProtocol.StoppedEvent>((resolve) => dc.once('stopped', resolve)) : null;
  const terminated = wait ? new Promise<null>((resolve) => dc.once('terminated', () => resolve(null))) : null;
  await dc.launchRequest({ program, stopOnEntry: opts.stopOnEntry ?? true, ...opts.args } as DebugProtocol.LaunchRequestArguments);
  if (opts.breakpoints !== undefined) await dc.setBreakpointsRequest({ source: { path: program }, breakpoints: opts.breakpoints });
  await dc.setExceptionBreakpointsRequest({ filters: opts.exceptions ?? ['uncaught'] });
  await dc.configurationDoneRequest();
  const first = stopped === null || terminated === null ? null : await Promise.race([stopped, terminated]);
  return { dc, program, output, first, stop: () => dc.stop() };
}

/** Sends a stepping request and waits for the stop it leads to. */
export async function step(dc: DebugClient, kind: 'next' | 'stepIn' | 'stepOut' | 'stepBack' | 'continue' | 'reverseContinue', args: Record<string, unknown> = {}): Promise<DebugProtocol.StoppedEvent> {
  const stopped = dc.waitForEvent('stopped') as Promise<DebugProtocol.StoppedEvent>;
  const a = { threadId: 1, ...args };
  switch (kind) {
    case 'next': await dc.nextRequest(a); break;
    case 'stepIn': await dc.stepInRequest(a); break;
    case 'stepOut': await dc.stepOutRequest(a); break;
    case 'stepBack': await dc.stepBackRequest(a); break;
    case 'continue': await dc.continueRequest(a); break;
    case 'reverseContinue': await dc.reverseContinueRequest(a); break;
  }
  return stopped;
}

/** Runs to the end: resolves with the exit code. */
export async function finish(dc: DebugClient): Promise<number> {
  const exited = dc.waitForEvent('exited') as Promise<DebugProtocol.ExitedEvent>;
  await dc.continueRequest({ threadId: 1 });
  return (await exited).body.exitCode;
}

export async function topFrame(dc: DebugClient): Promise<DebugProtocol.StackFrame> {
  const st = await dc.stackTraceRequest({ threadId: 1 });
  return st.body.stackFrames[0];
}

export interface Row {
  value: string;
  type?: string;
  ref: number;
  /** From the value's ‹refcnt N · id 0x…› suffix. */
  refcnt?: number;
  id?: number;
}

function row(v: DebugProtocol.Variable): Row {
  const m = /‹refcnt (\d+) · id 0x([0-9a-f]+)›$/.exec(v.value);
  const r: Row = { value: v.value, ref: v.variablesReference };
  if (v.type !== undefined) r.type = v.type;
  if (m !== null) {
    r.refcnt = Number(m[1]);
    r.id = Number.parseInt(m[2], 16);
  }
  return r;
}

/** The rows under a variables reference, by name. */
export async function rows(dc: DebugClient, ref: number): Promise<Map<string, Row>> {
  const r = await dc.variablesRequest({ variablesReference: ref });
  return new Map(r.body.variables.map((v) => [v.name, row(v)]));
}

/** The innermost frame's Locals, by name. */
export async function locals(dc: DebugClient, frameIndex = 0): Promise<Map<string, Row>> {
  const st = await dc.stackTraceRequest({ threadId: 1 });
  const sc = await dc.scopesRequest({ frameId: st.body.stackFrames[frameIndex].id });
  return rows(dc, sc.body.scopes[0].variablesReference);
}
