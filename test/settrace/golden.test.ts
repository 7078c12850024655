// Checks the settrace goldens themselves (no simulator): one per traced program and none left over, each
// decodes, and its events nest as CPython's frames do.

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { listSettraceGoldens, listTracedPrograms, readSettraceGolden, tracedProgramPath } from './golden';

const DIFFERENTIAL_GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'differential', 'golden', '3.11');
const programs = listTracedPrograms();

/** CPython ran nothing of the program (its differential golden: no output, exit 1); false for rule programs. */
function neverRan(id: string): boolean {
  const path = join(DIFFERENTIAL_GOLDEN_DIR, `${id}.json`);
  if (!existsSync(path)) return false;
  const d = JSON.parse(readFileSync(path, 'utf8')) as { stdout: string; exitCode: number };
  return d.stdout === '' && d.exitCode === 1;
}
const goldens = listSettraceGoldens();

test('every traced program has a settrace golden, and every golden a program', () => {
  const have = new Set(goldens);
  const want = new Set(programs);
  assert.deepEqual(programs.filter((id) => !have.has(id)), [], 'run `npm run goldens:settrace` and commit');
  assert.deepEqual(goldens.filter((id) => !want.has(id)), [], 'an unfiltered `npm run goldens:settrace` deletes these');
});

test('every rule program starts with a one-line comment saying what it shows', () => {
  const rules = programs.filter((id) => id.startsWith('rules/'));
  assert.ok(rules.length >= 10, `only ${rules.length} rule programs`);
  assert.deepEqual(rules.filter((id) => !readFileSync(tracedProgramPath(id), 'utf8').startsWith('# ')), []);
});

test('each golden starts with the module call and its events nest as frames do', () => {
  for (const id of goldens) {
    const g = readSettraceGolden(id);
    assert.equal(g.python, '3.11.7', id);
    assert.equal(g.trace.length, g.recorded, id);
    assert.ok(g.recorded <= g.events, id);
    // A program whose compilation fails (the compiler's recursion guard) runs no frame: no event,
    // and CPython printed nothing and failed.
    if (g.events === 0 && neverRan(id)) continue;
    assert.deepEqual(g.trace[0], { kind: 'call', qualname: '<module>', firstLineno: 1, lineno: 0, depth: 0 }, id);
    // line, exception and return events belong to the innermost running activation (call ... return);
    // a call is deeper than the activation it runs in (other files' frames between are not recorded).
    const open: { qualname: string; firstLineno: number; depth: number }[] = [];
    g.trace.forEach((e, i) => {
      const where = `${id} event ${i}`;
      const top = open[open.length - 1];
      if (e.kind === 'call') {
        if (top) assert.ok(e.depth > top.depth, where);
        open.push(e);
        return;
      }
      assert.ok(top, `${where}: ${e.kind} outside any call`);
      assert.deepEqual([e.qualname, e.firstLineno, e.depth], [top.qualname, top.firstLineno, top.depth], where);
      if (e.kind === 'return') open.pop();
      if (e.kind === 'line') {
        assert.ok(e.lineno >= e.firstLineno, where);
        assert.equal(new Set(e.names.map((n) => n.name)).size, e.names.length, where);
        for (const n of e.names) assert.ok(n.refcnt >= 1, `${where}: ${n.name}`);
      }
    });
  }
});
