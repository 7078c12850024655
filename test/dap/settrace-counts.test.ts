// Variables against CPython: a whole session stepped in (stepIn at every stop, as pdb's
// `step` walks every line event of every frame) stops at the line events CPython 3.11.7's
// sys.settrace fired, in order, and at each one every name's ob_refcnt in the Variables
// view equals the count a C tracer recorded in CPython (test/settrace/golden/). Static
// objects (small ints, interned strings, modules) are left out: their counts include what
// CPython's startup built (README, Known differences).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, locals } from './client';
import { readSettraceGolden, tracedProgramPath } from '../settrace/golden';

const PROGRAMS = ['del/names', 'del/del_triggers_free', 'containers/list_ops', 'classes/basic'];

for (const id of PROGRAMS) {
  test(`${id}: the line stops and each name's ob_refcnt are CPython's`, async () => {
    const golden = readSettraceGolden(id);
    assert.equal(golden.recorded, golden.events, 'the golden has the whole run');
    const lines = golden.trace.filter((e) => e.kind === 'line');
    const s = await launch('', { path: tracedProgramPath(id), stopOnEntry: true });
    const ended = new Promise<void>((resolve) => s.dc.once('terminated', () => resolve()));
    let stopped = s.first !== null;
    let compared = 0;
    for (const [i, ev] of lines.entries()) {
      assert.ok(stopped, `line event ${i} (line ${ev.lineno} of ${ev.qualname}): the session had ended`);
      const st = await s.dc.stackTraceRequest({ threadId: 1 });
      const top = st.body.stackFrames[0];
      assert.equal(top.line, ev.lineno, `line event ${i} of ${ev.qualname}`);
      const vars = await locals(s.dc);
      for (const n of ev.kind === 'line' ? ev.names : []) {
        if (n.static) continue;
        assert.equal(vars.get(n.name)?.refcnt, n.refcnt, `${n.name} at line event ${i} (line ${ev.lineno} of ${ev.qualname})`);
        compared++;
      }
      // The last step ends the program: wait with listeners, not with a timed waitForEvent.
      const next = new Promise<boolean>((resolve) => s.dc.once('stopped', () => resolve(true)));
      await s.dc.stepInRequest({ threadId: 1 });
      stopped = await Promise.race([next, ended.then(() => false)]);
    }
    assert.ok(compared > 0);
    await s.stop();
  });
}
