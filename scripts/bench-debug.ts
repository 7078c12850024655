// npm run bench (the debugger part, after bench.mjs): the figures issues 10 and 11 budget, measured in this run.
//   step back      latency of one step back after a continue to a breakpoint at step 10^4,
//                  10^5, 10^6, and at line event 10^5                       (≤ 50 ms at step 10^5)
//   memory         bytes kept per recorded line event (the LineIndex)
//   inspection     one stop's frames + every local's header, children and referrers on heaps
//                  of 10^4 and 10^5 objects                                    (≤ 5 ms at 10^4)
//   stepping       a run whose every line event the debugger looks at (a step out of the
//                  module) against CPython 3.11 under a sys.settrace tracer    (≤ 2×)
//   continue       continue to a breakpoint after 10^6 lines against a plain run  (≤ 2×)
//   DAP            initialize (≤ 50 ms); a step round trip through the stdio adapter: next →
//                  stopped → stackTrace → scopes → variables of every local and their
//                  children, on a heap of 10,000 objects                      (≤ 10 ms median)
// Usage: node scripts/run-bundled.mjs scripts/bench-debug.ts [--quick] [--only stepback,inspection,stepping,dap]
// (bundled as the product is: tsx runs the simulator several times slower)
// The simulator's V8 settings, as every Node entry point that runs the model applies them.
import '../src/model/v8tuning';
import { performance } from 'node:perf_hooks';
import { execFileSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir, homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { Debuggee } from '../src/model/debug/debuggee';
import { Interpreter } from '../src/model/vm/run';
import { LineIndex } from '../src/model/debug/lineindex';
import { PyHeapDebugSession } from '../src/debugAdapter/session';
import { nodeSessionHost } from '../src/debugAdapter/nodeHost';
import { frameViews, scopes, children } from '../src/model/debug/variables';
import type { ResumeCommand, Stop } from '../src/model/debug/types';

const quick = process.argv.includes('--quick');
const rows: [string, string, string][] = [];
function report(what: string, figure: string, budget: string): void {
  rows.push([what, figure, budget]);
  console.log(`${what.padEnd(52)} ${figure.padStart(14)}   ${budget}`);
}
const ms = (x: number): string => `${x.toFixed(1)} ms`;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** A program with `events` line events in a loop, then `done = 1` on line 4. */
function loopProgram(events: number): string {
  return `i = 0\nwhile i < ${Math.ceil(events / 2)}:\n    i += 1\ndone = 1\n`;
}

/** Runs a Debuggee, answering each stop from `script`; returns the times between answers and the next stop. */
function drive(source: string, bps: number[], script: (stop: Stop, n: number, dbg: Debuggee) => ResumeCommand, stopOnEntry = false): { gaps: number[]; dbg: Debuggee } {
  const gaps: number[] = [];
  let n = 0;
  let t = performance.now();
  const dbg: Debuggee = new Debuggee({ source, filename: '/bench/prog.py', stopOnEntry }, {
    stopped: (stop, d) => {
      gaps.push(performance.now() - t);
      const cmd = script(stop, n++, d);
      t = performance.now();
      return cmd;
    },
    output: () => undefined,
    pauseRequested: () => false,
  });
  dbg.setBreakpoints(bps.map((line) => ({ line })));
  dbg.start();
  return { gaps, dbg };
}

/** A program whose breakpoint on its last line is reached after about `steps` instructions (8 a loop turn). */
function stepsProgram(steps: number): string {
  return `i = 0\nwhile i < ${Math.ceil(steps / 8)}:\n    i += 1\ndone = 1\n`;
}

function stepBack(): void {
  // At step 10^4, 10^5, 10^6 (the measure), then at line event 10^5 (3.5 × 10^5 steps).
  const cases: [string, string, string][] = [
    ['step 1e+4', stepsProgram(1e4), ''], ['step 1e+5', stepsProgram(1e5), '≤ 50 ms'],
    ...(quick ? [] : [['step 1e+6', stepsProgram(1e6), 'goal ≤ 30 ms'] as [string, string, string]]),
    ['line event 1e+5', loopProgram(1e5), ''],
  ];
  for (const [what, src, budget] of cases) {
    const back: number[] = [];
    let recorded = 0;
    for (let r = 0; r < 5; r++) {
      // Continue to the breakpoint, then one step back: the line index has a gap there (the
      // continue watched only the breakpoint's line), which a scan fills before the replay.
      const { gaps, dbg } = drive(src, [4], (_s, n) => (n === 0 ? { kind: 'stepBack' } : { kind: 'terminate' }));
      back.push(gaps[1]);
      recorded = dbg.index.count;
    }
    report(`step back after a continue, at ${what}`, ms(median(back)), budget);
    if (what === 'step 1e+4') report('memory per recorded line event', `${LineIndex.BYTES_PER_EVENT} B`, `${recorded} events recorded`);
  }
}

function inspection(): void {
  for (const objects of quick ? [1e4] : [1e4, 1e5]) {
    // Ten stops after the heap is built; each stop inspected once, as VS Code's Variables view
    // loads it: frames, scopes, locals, then each local's children and referrers.
    const tail = Array.from({ length: 10 }, (_, k) => `end = ${k}\n`).join('');
    const src = `class Node:\n    def __init__(self, v):\n        self.v = v\nitems = [Node(i) for i in range(${objects / 2})]\nfirst = items[0]\nlast = items[-1]\nalias = items\nd = {'a': first, 'b': last}\n${tail}`;
    const times: number[] = [];
    drive(src, [9], (_s, n, dbg) => {
      const t0 = performance.now();
      const it = dbg.run.it;
      const frames = frameViews(it);
      const sc = scopes(it, frames[0].id);
      for (const row of children(it, sc[0].expand)) {
        if (row.expand === undefined) continue;
        const refs = children(it, row.expand, 0, 100).find((k) => k.name === 'referrers');
        if (refs?.expand !== undefined) children(it, refs.expand);
      }
      if (n >= 2) times.push(performance.now() - t0);
      return n < 9 ? { kind: 'next' } : { kind: 'terminate' };
    });
    report(`inspection of one stop, heap of ${objects.toExponential(0)} objects`, ms(median(times)), objects === 1e4 ? '≤ 5 ms' : '');
  }
}

function pyenvPython(): string {
  let root: string;
  try {
    root = execFileSync('pyenv', ['root'], { encoding: 'utf8' }).trim();
  } catch {
    root = join(homedir(), '.pyenv');
  }
  return join(root, 'versions', '3.11.7', 'bin', 'python');
}

async function stepping(): Promise<void> {
  const events = quick ? 2e5 : 1e6;
  const src = loopProgram(events);
  // CPython: the same loop under a Python tracer that asks for every line event (pdb's
  // mechanism); the time of the loop alone, measured inside the process; median of seven.
  const py = `import sys, time\ndef tr(f, e, a):\n    return tr\nsrc = ${JSON.stringify(src)}\ncode = compile(src, 'prog.py', 'exec')\nt = time.perf_counter()\nsys.settrace(tr)\nexec(code, {})\nsys.settrace(None)\nprint((time.perf_counter() - t) * 1000)\n`;
  const cpy = median([0, 1, 2, 3, 4, 5, 6].map(() => Number(execFileSync(pyenvPython(), ['-c', py], { encoding: 'utf8' }))));
  // PyHeap, in this process (bundled as the debuggee thread is), each from the interpreter's
  // creation, interleaved: stepping — from the entry, a step out of the module, which sees
  // every line event (pdb's `return`), to a breakpoint on the last line; continue — to that
  // breakpoint (only its line is watched); a plain run. Throughput is the steady state: two
  // rounds first let V8 compile the simulator's hot paths (CPython has no JIT to warm), then
  // medians of seven. The first, cold stepping run is reported too: a session's first
  // stretch of a long loop pays for that compilation.
  const steppingRuns: number[] = [];
  const continueRuns: number[] = [];
  const plainRuns: number[] = [];
  let cold = 0;
  for (let r = 0; r < 9; r++) {
    const t0 = performance.now();
    drive(src, [4], (_s, n) => (n === 0 ? { kind: 'stepOut' } : { kind: 'terminate' }), true);
    const stepped = performance.now() - t0;
    const continued = drive(src, [4], () => ({ kind: 'terminate' })).gaps[0];
    const t1 = performance.now();
    Interpreter.create(src, { filename: '/bench/prog.py', onStdout: () => undefined, onStderr: () => undefined }).run(Infinity);
    const plain = performance.now() - t1;
    if (r === 0) cold = stepped;
    if (r < 2) continue;
    steppingRuns.push(stepped);
    continueRuns.push(continued);
    plainRuns.push(plain);
  }
  const stepped = median(steppingRuns);
  const continued = median(continueRuns);
  const plain = median(plainRuns);
  report(`stepping: ${events.toExponential(0)} line events, each seen`, ms(stepped), `CPython settrace ${ms(cpy)}: ${(stepped / cpy).toFixed(2)}× (≤ 2×)`);
  report('  the same, first (cold) run of the process', ms(cold), `${(cold / cpy).toFixed(2)}× CPython settrace`);
  report(`continue to a breakpoint after ${events.toExponential(0)} lines`, ms(continued), `plain run ${ms(plain)}: ${(continued / plain).toFixed(2)}× (≤ 2×)`);
}

async function dap(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'pyheap-bench-'));
  const program = join(dir, 'heap.py');
  writeFileSync(program, `objs = [[i] for i in range(5000)]\nname = 'x'\nfirst = objs[0]\nt = (1, 2)\nfor k in range(30):\n    first = objs[k]\n    n = k * 2\nend = 1\n`);
  const init: number[] = [];
  let dc: DebugClient | null = null;
  for (let r = 0; r < 5; r++) {
    dc = new DebugClient('node', resolve('dist/debugAdapter.js'), 'pyheap');
    await dc.start();
    const t0 = performance.now();
    await dc.initializeRequest({ adapterID: 'pyheap', linesStartAt1: true, columnsStartAt1: true, pathFormat: 'path' });
    init.push(performance.now() - t0);
    if (r < 4) await dc.stop();
  }
  report('DAP initialize, a new stdio adapter process', ms(median(init)), 'node starting and loading the adapter included');
  // VS Code runs the adapter inline, in the extension host: initialize is a message to an object.
  const inline: number[] = [];
  for (let r = 0; r < 20; r++) {
    const session = new PyHeapDebugSession(nodeSessionHost(resolve('dist/debuggee.js')));
    const t0 = performance.now();
    await new Promise<void>((done) => {
      session.onDidSendMessage(() => done());
      session.handleMessage({ seq: 1, type: 'request', command: 'initialize', arguments: { adapterID: 'pyheap', linesStartAt1: true, columnsStartAt1: true } } as DebugProtocol.Request);
    });
    inline.push(performance.now() - t0);
    session.dispose();
  }
  report('DAP initialize, inline adapter (as VS Code runs it)', ms(median(inline)), '≤ 50 ms');
  dc = dc!;
  const first = dc.waitForEvent('stopped');
  await dc.launchRequest({ program, stopOnEntry: false } as DebugProtocol.LaunchRequestArguments);
  await dc.setBreakpointsRequest({ source: { path: program }, breakpoints: [{ line: 6 }] });
  await dc.configurationDoneRequest();
  await first;
  const trips: number[] = [];
  for (let r = 0; r < 25; r++) {
    const t0 = performance.now();
    const stopped = dc.waitForEvent('stopped');
    await dc.nextRequest({ threadId: 1 });
    await stopped;
    const st = await dc.stackTraceRequest({ threadId: 1 });
    const sc = await dc.scopesRequest({ frameId: st.body.stackFrames[0].id });
    const vars = await dc.variablesRequest({ variablesReference: sc.body.scopes[0].variablesReference });
    await Promise.all(vars.body.variables.filter((v) => v.variablesReference > 0).map((v) => dc!.variablesRequest({ variablesReference: v.variablesReference, start: 0, count: 100 })));
    trips.push(performance.now() - t0);
  }
  await dc.stop();
  report('DAP step round trip, heap of 10^4 objects (median)', ms(median(trips)), '≤ 10 ms');
}

// `--only inspection,dap` runs those parts.
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1].split(',') : null;
const want = (part: string): boolean => only === null || only.includes(part);
if (want('stepback')) stepBack();
if (want('inspection')) inspection();
void (async () => {
  if (want('stepping')) await stepping();
  if (want('dap')) await dap();
  process.exit(0);
})();
