// While the debugger wants no instruction events it traces only the instructions where a
// settrace event can happen, and while it continues, only the breakpoints' lines
// (vm/instrumentation.ts). That must change nothing: for every traced differential program, a
// session run that way and one that traces every instruction stop at the same places with the
// same heap, end the same, and have the same line events in the session's index (position,
// line, frame, depth; a continue's gaps filled by a scan) — with breakpoints and continue, with
// line steps in, over and out, and with instruction steps in between (which switch the modes
// back and forth).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { DebugRun } from '../../src/model/debug/run';
import { executableLines } from '../../src/model/debug/breakpoints';
import { Debuggee } from '../../src/model/debug/debuggee';
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
  // Time travel after continues: a step back reads the line index, whose gaps a scan fills.
  [{ kind: 'continue' }, { kind: 'stepBack' }, { kind: 'continue' }, { kind: 'continue' }, { kind: 'stepBack' }, { kind: 'stepBack' }, { kind: 'next' }],
];

/** The heap at a stop; the process-wide list of static objects grows with each interpreter (the
 *  immortal ones another run made are not this run's). */
function heap(r: DebugRun): string {
  return heapFingerprint(r.it).replace(/,s1000000000/g, '');
}

function session(source: string, bpLines: number[], script: ResumeCommand[], instrumented: boolean, stopOnEntry = true): string[] {
  const seen: string[] = [];
  let stops = 0;
  const dbg = new Debuggee({ source, filename: FILENAME, maxSteps: 2_000_000, stopOnEntry, instrumented }, {
    stopped: (stop, d) => {
      seen.push(`stop ${stop.reason} ${stop.event} ${stop.position.step}.${stop.position.seq} ${stop.line} f${stop.frameId} d${d.run.stopDepth} ${heap(d.run)}`);
      return stops++ >= MAX_STOPS ? { kind: 'terminate' } : script[(stops - 1) % script.length];
    },
    output: (c, t) => seen.push(`${c}: ${t}`),
    pauseRequested: () => false,
  });
  dbg.exceptions = { raised: true, uncaught: true };
  dbg.setBreakpoints(bpLines.map((line) => ({ line })));
  const end = dbg.start();
  seen.push(end === null ? 'left' : `end ${end.exitCode} ${end.steps}`);
  // Every line event, the gaps a continue left filled by a scan.
  for (const e of dbg.lineEvents(end !== null)) seen.push(`line ${e.step}.${e.seq} ${e.line} f${e.frameId} d${e.depth}`);
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
  let programs = 0;
  for (const id of listTracedPrograms()) {
    programs++;
    const source = readFileSync(tracedProgramPath(id), 'utf8');
    const lines = [...executableLines(source, FILENAME)].sort((a, b) => a - b);
    const bps = lines.filter((_l, i) => i % 3 === 1);
    for (const script of SCRIPTS) {
      // Time travel replays a lot: every third program.
      if (script === SCRIPTS[3] && programs % 3 !== 0) continue;
      // Time travel starts with a continue from the start to a later line, so that the first step
      // back reaches into the continue's gap from a stop that is not the next line event.
      const travel = script === SCRIPTS[3];
      const at = travel ? lines.filter((_l, i) => i % 3 === 2) : bps;
      const fast = session(source, at, script, true, !travel);
      const full = session(source, at, script, false, !travel);
      const diff = firstDifference(fast, full);
      assert.equal(diff, null, `${id}, script ${SCRIPTS.indexOf(script)}: instrumented vs traced: ${diff ?? ''}`);
      sessions++;
    }
  }
  assert.ok(sessions > 1700, `compared ${sessions} sessions`);
  console.log(`# ${sessions} sessions compared`);
});
