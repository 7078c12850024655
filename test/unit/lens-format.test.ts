// The words of the CodeLens titles and hovers (src/extension/lens/format.ts, view.ts),
// on real summaries of small programs and on hand-made records for the cases a short
// program cannot show cheaply.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { summarizeSource, bindingsAt } from '../../src/model/index';
import type { LineSummary } from '../../src/model/trace/types';
import { gcRun, hoverMarkdown, lensTitle, released } from '../../src/extension/lens/format';
import { hoverFor, summaryView, describeHover } from '../../src/extension/lens/view';

function view(src: string, showRuntimeObjects = false) {
  return summaryView(summarizeSource(src, { filename: 't.py' }), src, { showRuntimeObjects });
}
const titles = (v: ReturnType<typeof view>) => new Map(v.lenses.map((l) => [l.line, l.title]));

test('b = a, del, and a rebinding in the lens words', () => {
  const t = titles(view('a = [321, 123]\nb = a\ndel b\na = None\n'));
  assert.equal(t.get(1), 'new list [321, 123] · int 321: refcnt 2→3 · int 123: refcnt +1 (static)');
  assert.equal(t.get(2), 'list [321, 123]: refcnt 1→2');
  assert.equal(t.get(3), 'list [321, 123]: refcnt 2→1');
  // The list goes to 3.11's list free list; its items lose a reference each.
  const t4 = t.get(4) ?? '';
  assert.match(t4, /^list: refcnt 1→0, freed \(kept on the list free list\) · int 321: refcnt 3→2 · int 123: refcnt −1 \(static\)/);
});

test('runtime temporaries are counted, or listed with showRuntimeObjects', () => {
  // One of them is the *args tuple 3.11's print builds (sys.getrefcount in a __repr__ it runs sees it).
  assert.equal(titles(view('print(1)\n')).get(1), '+5 runtime temporaries');
  const listed = titles(view('print(1)\n', true)).get(1) ?? '';
  assert.match(listed, /^runtime: new tuple \(1,\) · runtime: new builtin_function_or_method/);
});

test('a line that ran many times: totals of the program’s allocations and frees', () => {
  const l: LineSummary = {
    line: 3, code: '<module>', executions: 100, allocs: 100, frees: 99, runtimeAllocs: 0, firstStep: 10, lastStep: 900, endStep: 909,
    last: { refcounts: [], allocs: [], frees: [], gc: [], runtime: { refcounts: [], allocs: [], frees: [] } },
    end: { step: 909, seq: 0 }, frameSerial: 1, bindings: [], bindingsOmitted: 0,
  };
  assert.equal(lensTitle(l, false), '×100: +100 allocs, −99 frees');
});

test('collections and where freed memory goes', () => {
  assert.equal(gcRun({ generation: 0, trigger: 'automatic', collected: 2, uncollectable: 0, unreachable: 2, freed: 2 }), 'gc gen 0: 2 unreachable, 2 freed');
  assert.equal(released({ id: 1, type: 'str', repr: "'x'", released: { kind: 'pool', arena: 0, arenaAddress: 0, pool: 3, poolAddress: 0x7f0000c000, block: 2, blockAddress: 0, szidx: 4, blockSize: 80 } }),
    '80 B block back to pool 0x7f0000c000');
  const t = titles(view('import gc\nl = []\nl.append(l)\ndel l\ngc.collect()\n'));
  assert.match(t.get(5) ?? '', /gc gen 2: 1 unreachable, \d+ freed/);
});

/** What the worker answers for a hover (worker/handle.ts): the line's target, run to again. */
function hover(v: ReturnType<typeof view>, src: string, line: number, name: string): string | null {
  const found = hoverFor(v, line, name);
  if (found === null || typeof found === 'string') return found;
  return describeHover(found.target, name, '3.11', bindingsAt(src, { filename: 't.py' }, found.target));
}

test('hovers: a bound name, a name the line unbound, a line that never ran, a comment', () => {
  const src = 'a = [1]\nb = a\ndel b\nif len(a) > 5:\n    c = 1\n# a\n';
  const v = view(src);
  const h = hover(v, src, 2, 'a') ?? '';
  assert.match(h, /`a` → `\[1\]` after line 2 ran/);
  assert.match(h, /\| ob_refcnt \| 2 — name a/);
  assert.match(hover(v, src, 3, 'b') ?? '', /`b` is not bound in `<module>` after line 3 ran/);
  assert.match(hover(v, src, 5, 'c') ?? '', /Line 5 never ran/);
  assert.equal(hover(v, src, 6, 'a'), null);
});

test('a hover on a return line shows the frame as it returns', () => {
  const src = 'def f():\n    x = [1]\n    return x\nf()\n';
  const v = view(src);
  assert.match(hover(v, src, 3, 'x') ?? '', /`x` → `\[1\]` after line 3 ran/);
  const s = summarizeSource(src, { filename: 't.py' });
  const l3 = s.lines.find((l) => l.line === 3);
  assert.ok(l3 !== undefined);
  assert.match(hoverMarkdown({ ...l3, bindings: null }, 'x', '3.11'), /the frame of `f` had returned after line 3 ran/);
});

test('diagnostics: a syntax error; an endless loop stops with a lens saying so', () => {
  const bad = view('a = [1, 2\n');
  assert.deepEqual(bad.diagnostics, [{ line: 1, column: 4, length: 1, severity: 'error', message: "SyntaxError: '[' was never closed" }]);
  assert.deepEqual(bad.lenses, []);
  const src = 'n = 0\nwhile True:\n    n += 1\n';
  const loop = summaryView(summarizeSource(src, { filename: 't.py', maxSteps: 300 }), src, { showRuntimeObjects: false });
  assert.ok(loop.lenses.some((l) => l.line === 1 && l.title.startsWith('PyHeap: stopped after 300 steps')));
});
