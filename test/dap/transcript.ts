// Golden DAP transcripts: whole debug sessions through the stdio adapter, written down
// request by request with what came back, as microsoft/vscode-js-debug keeps its
// `.txt` goldens. A transcript is what a DAP client sees, so a change of the debugger's
// surface — a renamed row, a count that moved, an event that went missing — shows up as
// a diff of a reviewed file. The sessions are in transcript-sessions.ts; the goldens in
// transcripts/<name>.json; `npm run record:transcripts` writes them (test/dap/README.md).
//
// Deterministic by construction, never by waiting:
// - a request's window is everything that arrives from its sending to the next request's;
//   a request that resumes the program closes its window only once the stop (or the end)
//   it leads to has arrived, so no event can fall into the next window;
// - responses are kept apart from events (a response and the events of the same window may
//   interleave differently from run to run); events keep their arrival order, which is the
//   order the adapter wrote them (one stdout, fed by one debuggee thread): the program's
//   output comes before the stop it printed on the way to;
// - `seq`/`request_seq` are left out, the temporary folder of the program is `<tmp>`;
// - consecutive output events of one category are one event: where the debuggee cuts the
//   program's output depends on time, the text does not;
// - the program's path has the same length on every machine (padded), since the path is
//   a str in the simulated heap: its size moves the ids of objects allocated after it.

import type { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** What came back for one request. */
export interface TranscriptEntry {
  request: string;
  arguments?: unknown;
  response: { success: boolean; message?: string; body?: unknown };
  /** The events of this request's window, in arrival order. */
  events: { event: string; body?: unknown }[];
}

export interface Transcript {
  /** What the session shows, for a reviewer. */
  description: string;
  /** The program's file name (in `<tmp>`) and its lines. */
  file: string;
  program: string[];
  entries: TranscriptEntry[];
}

/** The placeholder for the program's folder. */
export const TMP = '<tmp>';

/** The program's folder always has this many characters (see the header). */
const FOLDER_LENGTH = 96;

/** Events that end the window of a request that resumed the program: the stop's second
 *  event (pyheap/stopped always follows stopped), or the end of the session. */
export const SETTLED = ['pyheap/stopped', 'terminated'];

/** Writes a program into a fresh temporary folder whose path has FOLDER_LENGTH characters. */
export function transcriptProgram(name: string, source: string): { path: string; folder: string; cleanup(): void } {
  const base = mkdtempSync(join(tmpdir(), 'pyheap-transcript-'));
  const pad = FOLDER_LENGTH - base.length - 1;
  if (pad < 1) throw new Error(`The temporary folder ${base} is too long for a transcript's program (at most ${FOLDER_LENGTH - 2} characters): set TMPDIR to a shorter folder`);
  const folder = join(base, 'p'.repeat(pad));
  mkdirSync(folder);
  const path = join(folder, name);
  writeFileSync(path, source);
  return { path, folder, cleanup: () => rmSync(base, { recursive: true, force: true }) };
}

/** Drives one DebugClient and writes down every request, response and event. */
export class Recorder {
  readonly entries: TranscriptEntry[] = [];
  private current: TranscriptEntry | null = null;
  /** Events that arrived before the first request (the adapter sends none). */
  readonly stray: { event: string; body?: unknown }[] = [];
  private closed = false;
  private waiters: (() => void)[] = [];

  constructor(private readonly dc: DebugClient, private readonly normalise: (v: unknown) => unknown) {
    // Every message the adapter sends passes through ProtocolClient's dispatch: events
    // are taken there, in the order they arrived, before DebugClient's listeners see them.
    const inner = dc as unknown as { dispatch(body: string): void };
    const dispatch = inner.dispatch.bind(dc);
    inner.dispatch = (body: string): void => {
      const msg = JSON.parse(body) as DebugProtocol.ProtocolMessage;
      if (msg.type === 'event' && !this.closed) {
        const e = msg as DebugProtocol.Event;
        const rec: { event: string; body?: unknown } = { event: e.event };
        if (e.body !== undefined) rec.body = this.normalise(e.body);
        const events = this.current?.events ?? this.stray;
        if (!joinOutput(events[events.length - 1], rec)) events.push(rec);
        for (const w of this.waiters.splice(0)) w();
      }
      dispatch(body);
    };
  }

  /** Sends a request; resolves with its raw response (failures too) once its window is
   *  settled: the response has come and, when `until` names events, one of them too. */
  async req<R extends DebugProtocol.Response = DebugProtocol.Response>(command: string, args?: object, until: string[] = []): Promise<R> {
    const entry: TranscriptEntry = { request: command, response: { success: false }, events: [] };
    if (args !== undefined) entry.arguments = this.normalise(args);
    this.entries.push(entry);
    this.current = entry;
    const inner = this.dc as unknown as { doSend(command: string, args: unknown, clb: (r: DebugProtocol.Response) => void): void };
    const response = await new Promise<DebugProtocol.Response>((done) => inner.doSend(command, args, done));
    entry.response = { success: response.success };
    if (response.message !== undefined) entry.response.message = response.message;
    if (response.body !== undefined) entry.response.body = this.normalise(response.body);
    if (until.length > 0) {
      while (!entry.events.some((e) => until.includes(e.event))) await new Promise<void>((w) => this.waiters.push(w));
    }
    return response as R;
  }

  /** Stops recording: later events are not part of the transcript. */
  close(): void {
    this.closed = true;
    this.current = null;
  }
}

/** Adds an output event to the previous one when both are output of the same category: where
 *  the debuggee cuts the program's output into events depends on time (it holds complete lines
 *  for 50 ms, src/debuggee/outputBuffer.ts), the text and its order between other events do not. */
function joinOutput(prev: { event: string; body?: unknown } | undefined, next: { event: string; body?: unknown }): boolean {
  if (prev?.event !== 'output' || next.event !== 'output') return false;
  const a = prev.body as { category?: string; output: string };
  const b = next.body as { category?: string; output: string };
  const rest = (x: object): string => JSON.stringify(Object.entries(x).filter(([k]) => k !== 'output').sort());
  if (rest(a) !== rest(b)) return false;
  prev.body = { ...a, output: a.output + b.output };
  return true;
}

/** Replaces the program's folder (and the repository, should it appear) in every string. */
export function normaliser(folder: string): (v: unknown) => unknown {
  const repo = resolve('.');
  const swap = (s: string): string => s.split(folder).join(TMP).split(repo).join('<repo>');
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return swap(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk;
}

/** JSON with object keys sorted at every level (arrays keep their order), two-space indented. */
export function stableStringify(v: unknown): string {
  const sort = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map(sort);
    if (x !== null && typeof x === 'object') {
      return Object.fromEntries(Object.keys(x).sort().map((k) => [k, sort((x as Record<string, unknown>)[k])]));
    }
    return x;
  };
  return `${JSON.stringify(sort(v), null, 2)}\n`;
}

/** The first place two JSON values differ, as a path (`entries[12].response.body.variables[0].value`)
 *  with both sides; null when they are equal. */
export function firstDifference(expected: unknown, actual: unknown, path = ''): { path: string; expected: unknown; actual: unknown } | null {
  if (Object.is(expected, actual)) return null;
  const kind = (x: unknown): string => (Array.isArray(x) ? 'array' : x === null ? 'null' : typeof x);
  if (kind(expected) !== kind(actual) || (kind(expected) !== 'array' && kind(expected) !== 'object')) {
    return { path: path === '' ? '(root)' : path, expected, actual };
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    for (let i = 0; i < Math.max(expected.length, actual.length); i++) {
      const at = `${path}[${i}]`;
      if (i >= expected.length) return { path: at, expected: '(nothing: the array ends here)', actual: actual[i] };
      if (i >= actual.length) return { path: at, expected: expected[i], actual: '(nothing: the array ends here)' };
      const d = firstDifference(expected[i], actual[i], at);
      if (d !== null) return d;
    }
    return null;
  }
  const e = expected as Record<string, unknown>;
  const a = actual as Record<string, unknown>;
  for (const k of [...new Set([...Object.keys(e), ...Object.keys(a)])].sort()) {
    const at = path === '' ? k : `${path}.${k}`;
    if (!(k in a)) return { path: at, expected: e[k], actual: '(missing)' };
    if (!(k in e)) return { path: at, expected: '(missing)', actual: a[k] };
    const d = firstDifference(e[k], a[k], at);
    if (d !== null) return d;
  }
  return null;
}

/** A readable account of the first difference: where, which request, both sides. */
export function describeDifference(name: string, expected: Transcript, actual: Transcript): string | null {
  const d = firstDifference(expected, actual);
  if (d === null) return null;
  const m = /^entries\[(\d+)\]/.exec(d.path);
  const show = (v: unknown): string => JSON.stringify(v, null, 2).split('\n').map((l) => `    ${l}`).join('\n');
  const lines = [`transcript ${name}: first difference at ${d.path}`];
  if (m !== null) {
    const i = Number(m[1]);
    const req = (actual.entries[i] ?? expected.entries[i]);
    lines.push(`  request #${i}: ${req?.request} ${req?.arguments !== undefined ? JSON.stringify(req.arguments) : ''}`.trimEnd());
  }
  lines.push('  golden:', show(d.expected), '  now:', show(d.actual));
  lines.push(`  (re-record with \`npm run record:transcripts -- ${name}\` if this change of the DAP surface is intended: test/dap/README.md)`);
  return lines.join('\n');
}

/** Where the goldens live. */
export const GOLDEN_DIR = resolve('test/dap/transcripts');

export function goldenPath(name: string): string {
  return join(GOLDEN_DIR, `${name}.json`);
}
