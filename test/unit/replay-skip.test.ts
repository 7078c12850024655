// Time travel replays a fresh interpreter to the position asked for, skipping the events of
// the way there (Interpreter.skipUntil): the instructions before the target run at nearly a
// plain run's speed with a traced run's semantics. Skipping must change nothing: for every
// traced differential program, at several line events spread over its run, a skipping replay
// and a replay that traces every instruction stop at the same position with the same heap,
// and the stops after it (stepping in, then out) are the same too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DebugRun, type ScanEvent } from '../../src/model/debug/run';
import { BreakpointTable, executableLines } from '../../src/model/debug/breakpoints';
import { Watchpoints } from '../../src/model/debug/watchpoints';
import { evaluateCondition, formatForLog } from '../../src/model/debug/debuggee';
import { buildSnapshot } from '../../src/model/debug/snapshot_build';
import type { Position, ResumeCommand, Stop } from '../../src/model/debug/types';
import { listTracedPrograms, tracedProgramPath } from '../settrace/golden';

const FILENAME = '/prog/main.py';
/** Stops recorded after the target, and the commands that lead from one to the next. */
const AFTER: ResumeCommand['kind'][] = ['stepIn', 'stepIn', 'stepIn', 'next', 'stepOut', 'next', 'stepIn'];

function newRun(source: string, o: { target?: Position; scan?: (ev: ScanEvent) => boolean; skipLimit?: number }, stopped: (stop: Stop, run: DebugRun) => ResumeCommand): DebugRun {
  return new DebugRun({
    source, filename: FILENAME, maxSteps: 2_000_000, stopOnEntry: false,
    breakpoints: new BreakpointTable(executableLines(source, FILENAME)),
    exceptions: { raised: false, uncaught: false },
    watchpoints: new Watchpoints(),
    evaluate: evaluateCondition, format: formatForLog,
    target: o.target === undefined ? undefined : { position: o.target, stop: { reason: 'goto' } },
    reportedUncaught: new Set(), outputFrontier: Infinity, scan: o.scan, skipLimit: o.skipLimit,
  }, { stopped, output: () => undefined, pauseRequested: () => false });
}

/** What a learner would see at a stop: where, how deep, and the whole heap. */
function picture(stop: Stop, run: DebugRun): string {
  const snap = buildSnapshot(run.it, { step: stop.position.step, maxRefs: 50, maxReferrers: 50, maxGenerationObjects: 50 });
  return JSON.stringify({ at: [stop.position, stop.event, stop.line, stop.frameId, run.stopDepth], out: run.outCount, snap });
}

let redone = 0;

/** The stop at `target` and those after it, replayed skipping (as Debuggee does: again, skipping
 *  less, when a skip could not end exactly) or tracing every instruction. */
function replay(source: string, target: Position, traceAll: boolean): string[] {
  let skipLimit: number | undefined = traceAll ? -1 : undefined;
  for (;;) {
    const seen: string[] = [];
    const run = newRun(source, { target, skipLimit }, (stop, r) => {
      seen.push(picture(stop, r));
      return { kind: seen.length <= AFTER.length ? AFTER[seen.length - 1] : 'terminate' } as ResumeCommand;
    });
    run.run();
    if (run.redo === null) return seen;
    assert.ok(skipLimit === undefined, 'a replay skipping to an exact end is exact');
    redone++;
    skipLimit = run.redo;
  }
}

/** Where two sequences of stops part, shown briefly (skipped vs traced), or null. */
function firstDifference(a: string[], b: string[]): string | null {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? '(no stop)', y = b[i] ?? '(no stop)';
    if (x === y) continue;
    let j = 0;
    while (x[j] === y[j]) j++;
    const at = (s: string): string => s.slice(0, s.indexOf(',"out"'));
    return `stop ${i}: ${at(x)} vs ${at(y)}; at ${j}: …${x.slice(Math.max(0, j - 120), j + 80)}… vs …${y.slice(Math.max(0, j - 120), j + 80)}…`;
  }
  return null;
}

test('a replay that skips to its target stops where and as one that traces every instruction does', () => {
  let compared = 0;
  for (const id of listTracedPrograms()) {
    const source = readFileSync(tracedProgramPath(id), 'utf8');
    const lines: Position[] = [];
    const scan = newRun(source, {
      scan: (ev) => {
        if (ev.event === 'line') lines.push(ev.position);
        return false;
      },
    }, () => ({ kind: 'continue' }));
    scan.run();
    if (lines.length === 0) continue;
    // Line events spread over the run, the last one included (where skips go farthest).
    const picks = new Set([0.3, 0.6, 0.9, 1].map((f) => Math.min(lines.length - 1, Math.floor(f * lines.length))));
    for (const k of picks) {
      const skipped = replay(source, lines[k], false);
      const traced = replay(source, lines[k], true);
      assert.ok(traced.length > 0, `${id}: the traced replay reached line event ${k}`);
      const diff = firstDifference(skipped, traced);
      assert.equal(diff, null, `${id}: replay to line event ${k} of ${lines.length} (step ${lines[k].step.toString()}): ${diff ?? ''}`);
      compared++;
    }
  }
  assert.ok(compared > 1000, `compared ${compared} targets`);
  console.log(`# ${compared} targets compared, ${redone} replays skipped again to an exact end`);
});
