// A pause that arrives while a builtin runs (sorted() of many items): a C function cannot stop
// midway, so the session goes back to the last instruction boundary — the call about to run —
// and pauses there at once, instead of after the builtin has finished. Continuing runs the call
// again and the program ends as it would have; its output is shown once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Debuggee } from '../../src/model/debug/debuggee';
import { frameViews, scopes, children } from '../../src/model/debug/variables';
import type { ResumeCommand, Stop } from '../../src/model/debug/types';

const SOURCE = "print('start')\nl = list(range(200000))\ns = sorted(l, reverse=True)\nprint(len(s), s[0])\n";

function globalsNames(dbg: Debuggee): string[] {
  const it = dbg.run.it;
  const frames = frameViews(it);
  const sc = scopes(it, frames[0].id);
  return children(it, sc[0].expand).map((r) => r.name);
}

test('a pause inside a long builtin stops at once, before the call, and continuing finishes the program', () => {
  // Where line 3 starts and ends (the sort's work is counted as instructions).
  const lineStarts: number[] = [];
  const first = new Debuggee({ source: SOURCE, filename: '/p/prog.py' }, {
    stopped: (stop) => {
      lineStarts.push(stop.position.step);
      return { kind: 'continue' };
    },
    output: () => undefined,
    pauseRequested: () => false,
  });
  first.setBreakpoints([{ line: 3 }, { line: 4 }]);
  first.start();
  assert.equal(lineStarts.length, 2);
  const [sortStart, sortEnd] = lineStarts;
  assert.ok(sortEnd - sortStart > 100_000, `the sort counts its work: ${sortEnd - sortStart} steps`);
  const middle = sortStart + Math.floor((sortEnd - sortStart) / 2);

  const stops: Stop[] = [];
  const seen: string[][] = [];
  let out = '';
  let asked = false;
  const dbg: Debuggee = new Debuggee({ source: SOURCE, filename: '/p/prog.py' }, {
    stopped: (stop, d) => {
      stops.push(stop);
      seen.push(globalsNames(d));
      return { kind: 'continue' } as ResumeCommand;
    },
    output: (_c, text) => {
      out += text;
    },
    // Asked while the sort runs, once.
    pauseRequested: () => {
      if (asked || dbg.run === undefined || dbg.run.it.exactSteps < middle) return false;
      asked = true;
      return true;
    },
  });
  const end = dbg.start();
  assert.equal(stops.length, 1);
  assert.equal(stops[0].reason, 'pause');
  assert.equal(stops[0].line, 3);
  assert.ok(stops[0].position.step >= sortStart && stops[0].position.step < middle, `stopped at step ${stops[0].position.step}`);
  assert.ok(seen[0].includes('l') && !seen[0].includes('s'), `the call has not run: ${seen[0].join(', ')}`);
  assert.equal(end?.exitCode, 0);
  assert.equal(out, 'start\n200000 199999\n');
});
