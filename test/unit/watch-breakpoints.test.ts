// A continue instruments only the breakpoints' lines (vm/instrumentation.ts). What can happen
// while it runs must stay exact: breakpoints set while running are watched from then on and
// stop at a real line event; a pause leaves the mode and stops in a state that a replay which
// traces every instruction reaches too (same position, same heap, same stops after it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Debuggee } from '../../src/model/debug/debuggee';
import type { ResumeCommand, Stop } from '../../src/model/debug/types';
import { heapFingerprint } from '../support/heapFingerprint';

const SOURCE = [
  'class Box:',
  '    def __init__(self, v):',
  '        self.v = v',
  'total = 0',
  'boxes = []',
  'for i in range(30000):',
  '    total += i',
  '    if i % 7 == 3:',
  '        boxes.append(Box(i))',
  '        total -= 1',
  'print(total, len(boxes))',
  '',
].join('\n');

interface Seen { stop: Stop; heap: string }

/** A session; `instrumented` false traces every instruction, and then starts stopped at the entry. */
function session(script: (stop: Stop, n: number) => ResumeCommand, poll: (dbg: Debuggee, polls: number) => boolean, instrumented = true): { seen: Seen[]; out: string } {
  const seen: Seen[] = [];
  let out = '';
  let polls = 0;
  const dbg: Debuggee = new Debuggee({ source: SOURCE, filename: '/w/prog.py', instrumented, stopOnEntry: !instrumented }, {
    stopped: (stop, d) => {
      seen.push({ stop, heap: heapFingerprint(d.run.it) });
      return script(stop, seen.length - 1);
    },
    output: (_c, t) => {
      out += t;
    },
    pauseRequested: () => poll(dbg, polls++),
  });
  dbg.start();
  return { seen, out };
}

const at = (s: Stop): string => `${s.reason} ${s.event} ${s.position.step}.${s.position.seq} line ${s.line}`;

test('a breakpoint set while a continue runs stops at a line event, as tracing everything finds it', () => {
  // Set on line 10 at the 40th poll, while the loop runs without breakpoints.
  const { seen, out } = session(
    (_s, n) => (n < 3 ? { kind: 'continue' } : { kind: 'terminate' }),
    (dbg, polls) => {
      if (polls === 40) dbg.setBreakpoints([{ line: 10 }]);
      return false;
    },
  );
  assert.equal(seen.length, 4, seen.map((s) => at(s.stop)).join('; '));
  for (const s of seen) assert.equal(`${s.stop.reason} ${s.stop.event} ${s.stop.line}`, 'breakpoint line 10');
  assert.equal(out, '');
  // Each is a line event of line 10 when every instruction is traced, with the same heap.
  for (const s of seen) {
    const traced = session((_t, n) => (n === 0 ? { kind: 'goto', position: s.stop.position } : { kind: 'terminate' }), () => false, false);
    assert.equal(traced.seen.length, 2);
    assert.equal(`${at(traced.seen[1].stop).replace(/^\w+ /, '')}`, at(s.stop).replace(/^\w+ /, ''));
    assert.equal(traced.seen[1].heap, s.heap);
  }
});

test('a pause during a continue stops where a replay that traces every instruction stops, in the same state', () => {
  const commands: ResumeCommand[] = [{ kind: 'next' }, { kind: 'stepIn' }, { kind: 'next' }, { kind: 'terminate' }];
  const { seen } = session((_s, n) => commands[n], (_d, polls) => polls === 60);
  assert.equal(seen.length, 4);
  assert.equal(seen[0].stop.reason, 'pause');
  // Tracing every instruction from the start, going to the paused position: the same heap, and
  // the same stops after it.
  const replayCommands: ResumeCommand[] = [{ kind: 'goto', position: seen[0].stop.position }, ...commands];
  const traced = session((_s, n) => replayCommands[n], () => false, false);
  const view = (s: Seen): string => `${s.stop.event} ${s.stop.position.step}.${s.stop.position.seq} line ${s.stop.line} f${s.stop.frameId} ${s.heap}`;
  assert.deepEqual(traced.seen.slice(1).map(view), seen.map(view));
});
