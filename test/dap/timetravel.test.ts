// Going back: stepBack, reverseContinue and goto restore exactly the state of an earlier
// step — counts, ids, the heap after a collection, the output so far — and refcount data
// breakpoints fire where a list's count changes and where it is freed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, step, topFrame, locals, rows } from './client';

const PROGRAM = [
  'import gc', // 1
  'a = [321, 123]', // 2
  'b = a', // 3
  'c = [a]', // 4
  'c.append(c)', // 5
  'del c', // 6
  'n = gc.collect()', // 7
  'print("collected", n)', // 8
  'del b', // 9
  'a = None', // 10
  'end = 1', // 11
  '',
].join('\n');

async function heapIds(dc: import('@vscode/debugadapter-testsupport').DebugClient): Promise<string[]> {
  const sc = await dc.scopesRequest({ frameId: (await topFrame(dc)).id });
  return [...(await rows(dc, sc.body.scopes.find((s) => s.name === 'Heap')!.variablesReference)).keys()];
}

test('step back after a collection restores the counts, ids and heap of the earlier step', async () => {
  const s = await launch(PROGRAM);
  for (let i = 0; i < 6; i++) await step(s.dc, 'next');
  assert.equal((await topFrame(s.dc)).line, 7);
  const before = await locals(s.dc);
  const heapBefore = await heapIds(s.dc);
  await step(s.dc, 'next');
  await step(s.dc, 'next');
  assert.equal((await topFrame(s.dc)).line, 9);
  assert.ok(s.output.includes('stdout:collected 1\n'));
  const ev1 = await step(s.dc, 'stepBack');
  assert.equal(ev1.body.reason, 'step');
  assert.equal((await topFrame(s.dc)).line, 8);
  await step(s.dc, 'stepBack');
  assert.equal((await topFrame(s.dc)).line, 7);
  const after = await locals(s.dc);
  assert.deepEqual([...after].map(([k, v]) => [k, v.id, v.refcnt]), [...before].map(([k, v]) => [k, v.id, v.refcnt]));
  assert.deepEqual(await heapIds(s.dc), heapBefore);
  // Forwards again: the output is not repeated.
  await step(s.dc, 'next');
  await step(s.dc, 'next');
  assert.equal(s.output.filter((o) => o === 'stdout:collected 1\n').length, 1);
  await s.stop();
});

test('stepping back out of a function lands on the line that called it', async () => {
  const s = await launch('def f(x):\n    y = x + 1\n    return y\nz = f(1)\nw = 2\n', { breakpoints: [{ line: 2 }], stopOnEntry: false });
  assert.equal((await topFrame(s.dc)).line, 2);
  await step(s.dc, 'stepBack');
  const st = await s.dc.stackTraceRequest({ threadId: 1 });
  assert.deepEqual(st.body.stackFrames.map((f) => [f.name, f.line]), [['<module>', 4]]);
  await s.stop();
});

test('reverse-continue goes back to the last breakpoint hit, or to the start', async () => {
  const s = await launch('t = 0\nfor i in range(5):\n    t += i\nend = t\n', { breakpoints: [{ line: 3 }], stopOnEntry: false });
  await step(s.dc, 'continue');
  await step(s.dc, 'continue');
  let v = await locals(s.dc);
  assert.match(v.get('i')!.value, /^2 /);
  const ev = await step(s.dc, 'reverseContinue');
  assert.equal(ev.body.reason, 'breakpoint');
  v = await locals(s.dc);
  assert.match(v.get('i')!.value, /^1 /);
  await s.dc.setBreakpointsRequest({ source: { path: s.program }, breakpoints: [] });
  const ev2 = await step(s.dc, 'reverseContinue');
  assert.equal(ev2.body.reason, 'entry');
  assert.equal((await topFrame(s.dc)).line, 1);
  await s.stop();
});

test('goto targets list the earlier runs of a line, and goto travels to one', async () => {
  const s = await launch('t = 0\nfor i in range(5):\n    t += i\nend = t\n', { breakpoints: [{ line: 4 }], stopOnEntry: false });
  const targets = await s.dc.gotoTargetsRequest({ source: { path: s.program }, line: 3 });
  assert.equal(targets.body.targets.length, 5);
  const third = targets.body.targets[2];
  const stopped = s.dc.waitForEvent('stopped');
  await s.dc.gotoRequest({ threadId: 1, targetId: third.id });
  assert.equal((await stopped).body.reason, 'goto');
  const v = await locals(s.dc);
  assert.match(v.get('i')!.value, /^2 /, 'the third-latest of five runs');
  assert.match(v.get('t')!.value, /^1 /);
  await s.stop();
});

test('a data breakpoint on a list stops when its ob_refcnt changes, and when it is freed', async () => {
  const s = await launch(PROGRAM, { breakpoints: [{ line: 3 }], stopOnEntry: false });
  const sc = await s.dc.scopesRequest({ frameId: (await topFrame(s.dc)).id });
  const localsRef = sc.body.scopes[0].variablesReference;
  await s.dc.variablesRequest({ variablesReference: localsRef });
  const info = await s.dc.dataBreakpointInfoRequest({ variablesReference: localsRef, name: 'a' });
  assert.ok(info.body.dataId !== null);
  assert.deepEqual(info.body.accessTypes, ['write', 'read', 'readWrite']);
  const set = await s.dc.setDataBreakpointsRequest({ breakpoints: [{ dataId: info.body.dataId!, accessType: 'write' }] });
  assert.equal(set.body.breakpoints[0].verified, true);
  let ev = await step(s.dc, 'continue');
  assert.equal(ev.body.reason, 'data breakpoint');
  assert.match(ev.body.description ?? '', /^list \[321, 123\]: ob_refcnt 1 → 2 \(LOAD_NAME, line 3\)$/);
  ev = await step(s.dc, 'continue');
  assert.match(ev.body.description ?? '', /ob_refcnt 2 → 3 .*line 4/);
  const descriptions: string[] = [];
  for (;;) {
    ev = await step(s.dc, 'continue');
    descriptions.push(ev.body.description ?? '');
    if (/freed/.test(ev.body.description ?? '')) break;
  }
  assert.match(descriptions[descriptions.length - 1], /ob_refcnt 1 → 0, freed \(STORE_NAME, line 10\)$/);
  await s.stop();
});

test('a data breakpoint for "freed by the cyclic GC" stops inside gc.collect()', async () => {
  const s = await launch(PROGRAM, { breakpoints: [{ line: 6 }], stopOnEntry: false });
  const sc = await s.dc.scopesRequest({ frameId: (await topFrame(s.dc)).id });
  const localsRef = sc.body.scopes[0].variablesReference;
  await s.dc.variablesRequest({ variablesReference: localsRef });
  const info = await s.dc.dataBreakpointInfoRequest({ variablesReference: localsRef, name: 'c' });
  await s.dc.setDataBreakpointsRequest({ breakpoints: [{ dataId: info.body.dataId!, accessType: 'readWrite' }] });
  const ev = await step(s.dc, 'continue');
  assert.equal(ev.body.reason, 'data breakpoint');
  assert.match(ev.body.description ?? '', /freed by the cyclic GC/);
  assert.equal((await topFrame(s.dc)).line, 7);
  await s.stop();
});

test('reverse-continue to an exception or a data breakpoint stop reports it as the forward stop did, and data breakpoints count on from there', async () => {
  const s = await launch('for i in range(2):\n    try:\n        1/0\n    except ZeroDivisionError:\n        pass\nend = 0\n', { stopOnEntry: false, exceptions: ['raised'] });
  assert.equal(s.first?.body.reason, 'exception');
  await step(s.dc, 'continue');
  const back = await step(s.dc, 'reverseContinue');
  assert.equal(back.body.reason, 'exception');
  assert.equal(back.body.description, 'Raised ZeroDivisionError: division by zero');
  const info = await s.dc.exceptionInfoRequest({ threadId: 1 });
  assert.equal(info.body.exceptionId, 'ZeroDivisionError');
  await s.stop();
  const w = await launch(PROGRAM, { breakpoints: [{ line: 3 }], stopOnEntry: false });
  const sc = await w.dc.scopesRequest({ frameId: (await topFrame(w.dc)).id });
  await w.dc.variablesRequest({ variablesReference: sc.body.scopes[0].variablesReference });
  const data = await w.dc.dataBreakpointInfoRequest({ variablesReference: sc.body.scopes[0].variablesReference, name: 'a' });
  await w.dc.setDataBreakpointsRequest({ breakpoints: [{ dataId: data.body.dataId!, accessType: 'write' }] });
  const first = await step(w.dc, 'continue');
  await step(w.dc, 'continue');
  const again = await step(w.dc, 'reverseContinue');
  assert.equal(again.body.reason, 'data breakpoint');
  assert.equal(again.body.description, first.body.description);
  // Forwards from there: the next change is measured from the count at that stop (2), not
  // from the count when the data breakpoint was set (1).
  const next = await step(w.dc, 'continue');
  assert.match(next.body.description ?? '', /^list \[321, 123\]: ob_refcnt 2 → 3 \(LOAD_NAME, line 4\)$/);
  await w.stop();
});
