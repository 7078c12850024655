// The simulator against CPython 3.11.7's sys.settrace (goldens recorded by
// scripts/record-settrace.mjs): for every traced program, the same call, line, return and
// exception events in the same frames at the same lines and depths, and at each line event
// the same names with the same types and — unless CPython's startup decides them (static) —
// the same true ob_refcnt. Programs whose traced CPython run printed something else than the
// untraced one (sameOutput false: tracing allocated frame objects) are compared by events only.
// known-differences.txt lists the programs that still differ, each with the reason; a listed
// program that matches fails the test too, so the list only shrinks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { listTracedPrograms, tracedProgramPath, readSettraceGolden, SETTRACE_DIR, type SettraceEvent } from './golden';
import { simulatedEvents } from './compare';

function describe(e: SettraceEvent | undefined, withNames: boolean, staticNames: ReadonlySet<string>): string {
  if (e === undefined) return '(no event)';
  let s = `${e.kind} ${e.qualname}:${e.lineno} depth ${e.depth}`;
  if (e.kind === 'return') s += ` -> ${e.returned}`;
  if (e.kind === 'exception') s += ` ! ${e.exception}`;
  if (e.kind === 'line' && withNames) {
    s += ' [' + e.names.map((n) => (staticNames.has(n.name) ? `${n.name}:${n.type}` : `${n.name}=${n.refcnt}:${n.type}`)).sort().join(' ') + ']';
  }
  return s;
}

function knownDifferences(): Map<string, string> {
  const m = new Map<string, string>();
  for (const line of readFileSync(join(SETTRACE_DIR, 'known-differences.txt'), 'utf8').split('\n')) {
    const t = line.trim();
    if (t === '' || t.startsWith('#')) continue;
    const i = t.indexOf(' ');
    m.set(i < 0 ? t : t.slice(0, i), i < 0 ? '' : t.slice(i + 1).trim());
  }
  return m;
}

/** The first event where the simulator and CPython differ, described, or null. */
function firstDifference(id: string): string | null {
  const g = readSettraceGolden(id);
  const path = tracedProgramPath(id);
  const stdinPath = path.replace(/\.py$/, '.stdin');
  const stdin = existsSync(stdinPath) ? readFileSync(stdinPath, 'utf8') : undefined;
  const sim = simulatedEvents(readFileSync(path, 'utf8'), basename(path), g.recorded, stdin);
  const n = Math.max(g.trace.length, sim.events.length);
  for (let i = 0; i < n; i++) {
    const a = g.trace[i], b = sim.events[i];
    const statics = new Set(a?.kind === 'line' ? a.names.filter((x) => x.static).map((x) => x.name) : []);
    const ea = describe(a, g.sameOutput, statics), eb = describe(b, g.sameOutput, statics);
    if (ea !== eb) return `event ${i}:\n  CPython: ${ea}\n  PyHeap:  ${eb}`;
  }
  return null;
}

const known = knownDifferences();

for (const id of listTracedPrograms()) {
  test(`settrace events and counts as CPython's: ${id}`, () => {
    const diff = firstDifference(id);
    if (known.has(id)) {
      assert.notEqual(diff, null, `${id} now matches CPython: remove it from known-differences.txt`);
      return;
    }
    assert.equal(diff, null, `${id} differs from CPython 3.11.7 at ${diff}`);
  });
}

test('known-differences.txt names only traced programs, each with a reason', () => {
  const ids = new Set(listTracedPrograms());
  for (const [id, why] of known) {
    assert.ok(ids.has(id), `${id} is not a traced program`);
    assert.ok(why.length > 10, `${id}: say why it differs`);
  }
});
