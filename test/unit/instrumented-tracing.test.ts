// While the debugger wants no instruction events it traces only the instructions where a
// settrace event can happen (vm/instrumentation.ts). That must change nothing: for every traced
// differential program, a session run that way and one that traces every instruction see the
// same line events (position, line, frame, depth), stop at the same places with the same heap,
// and end the same — with breakpoints and continue, with line steps in, over and out, and with
// instruction steps in between (which switch the mode back and forth).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DebugRun } from '../../src/model/debug/run';
import { BreakpointTable, executableLines } from '../../src/model/debug/breakpoints';
import { Watchpoints } from '../../src/model/debug/watchpoints';
import { evaluateCondition, formatForLog } from '../../src/model/debug/debuggee';
import type { ResumeCommand } from '../../src/model/debug/types';
import { listTracedPrograms, tracedProgramPath } from '../settrace/golden';
import { heapFingerprint } from '../support/heapFingerprint';

const FILENAME = '/prog/main.py';
const MAX_STOPS = 40;

/** A session's answers: each script is the commands given at successive stops, cycled. */
const SCRIPTS: ResumeCommand[][] = [
  [{ kind: 'continue' }],
  [{ kind: 'next' }, { kind: 'stepIn' }, { kind: 'continue' }, { kind: 'stepOut' }, { kind: 'stepIn' }, { kind: 'next' }],
  [{ kind: 'stepIn', granularity: 'instruction' }, { kind: 'continue' }, { kind: 'next', granularity: 'instruction' }, { kind: 'next' }, { kind: 'stepIn' }],
];

/** The heap at a stop; the process-wide list of static objects grows with each interpreter (the
 *  immortal ones another run made are not this run's). */
function heap(r: DebugRun): string {
  return heapFingerprint(r.it).replace(/,s1000000000/g, '');
}

function session(source: string, bpLines: number[], script: ResumeCommand[], instrumented: boolean): string[] {
  const seen: string[] = [];
  const breakpoints = new BreakpointTable(executableLines(source, FILENAME));
  breakpoints.set(bpLines.map((line) => ({ line })));
  const run = new DebugRun({
    source, filename: FILENAME, maxSteps: 2_000_000, stopOnEntry: true,
    breakpoints, exceptions: { raised: true, uncaught: true }, watchpoints: new Watchpoints(),
    evaluate: evaluateCondition, format: formatForLog, reportedUncaught: new Set(), outputFrontier: 0,
    onLine: (step, seq, line, frameId, depth) => seen.push(`line ${step}.${seq} ${line} f${frameId} d${depth}`),
    instrumented,
  }, {
    stopped: (stop, r) => {
      const n = seen.filter((s) => s.startsWith('stop')).length;
      seen.push(`stop ${stop.reason} ${stop.event} ${stop.position.step}.${stop.position.seq} ${stop.line} f${stop.frameId} d${r.stopDepth} ${heap(r)}`);
      return n >= MAX_STOPS ? { kind: 'terminate' } : script[n % script.length];
    },
    output: (c, t) => seen.push(`${c}: ${t}`),
    pauseRequested: () => false,
  });
  const end = run.run();
  seen.push(end === null ? `left: ${run.exit?.command.kind ?? '?'}` : `end ${end.exitCode} ${end.steps}`);
  return seen;
}

function firstDifference(a: string[], b: string[]): string | null {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] === b[i]) continue;
    const x = a[i] ?? '(none)', y = b[i] ?? '(none)';
    let j = 0;
    while (x[j] === y[j]) j++;
    const from = Math.max(0, j - 60);
    return `after ${(a[i - 2] ?? '').slice(0, 50)} | ${(a[i - 1] ?? '').slice(0, 50)} #${i} (${x.slice(0, 40)}): at ${j}: …${x.slice(from, j + 60)}… vs …${y.slice(from, j + 60)}…`;
  }
  return null;
}

test('tracing only where events can happen sees what tracing every instruction sees', () => {
  let sessions = 0;
  for (const id of listTracedPrograms()) {
    const source = readFileSync(tracedProgramPath(id), 'utf8');
    const lines = [...executableLines(source, FILENAME)].sort((a, b) => a - b);
    const bps = lines.filter((_l, i) => i % 3 === 1);
    for (const script of SCRIPTS) {
      const fast = session(source, bps, script, true);
      const full = session(source, bps, script, false);
      const diff = firstDifference(fast, full);
      assert.equal(diff, null, `${id}, script ${SCRIPTS.indexOf(script)}: instrumented vs traced: ${diff ?? ''}`);
      sessions++;
    }
  }
  assert.ok(sessions > 1000, `compared ${sessions} sessions`);
  console.log(`# ${sessions} sessions compared`);
});
