// Looking without touching: evaluate in hover, watch and repl contexts, the debug console
// running code for real, setVariable, completions, the Heap and GC scopes, variables paging,
// disassembly, loaded sources, stepInTargets, the memory panel's snapshot request.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, step, topFrame, locals, rows } from './client';

const PROGRAM = 'import sys\na = [321, 123]\nb = a\nbig = list(range(500))\nclass C:\n    def __len__(self):\n        return 3\nc = C()\nend = 0\n';

async function at(line: number) {
  return launch(PROGRAM, { breakpoints: [{ line }], stopOnEntry: false });
}

test('hover and watch: id, sys.getrefcount, is, len and type answer as CPython would, changing nothing', async () => {
  const s = await at(9);
  const frameId = (await topFrame(s.dc)).id;
  const ev = async (expression: string, context = 'hover') => (await s.dc.evaluateRequest({ expression, context, frameId })).body.result;
  const v = await locals(s.dc);
  assert.equal(await ev('id(a)'), String(v.get('a')!.id));
  assert.equal(await ev('sys.getrefcount(a)'), '3', 'a, b and the argument');
  assert.equal(await ev('a is b', 'watch'), 'True');
  assert.equal(await ev('len(big)'), '500');
  assert.match(await ev('type(a)'), /^<class 'list'>/);
  assert.match(await ev('a'), /^\[321, 123\] {2}‹refcnt 2 · id 0x/);
  assert.equal(await ev('a[0] + 1'), '322');
  const after = await locals(s.dc);
  assert.deepEqual([...after].map(([k, r]) => [k, r.refcnt]), [...v].map(([k, r]) => [k, r.refcnt]), 'no count moved');
  await s.stop();
});

test('what cannot be evaluated without running the program\'s code says so; Python errors read as CPython\'s', async () => {
  const s = await at(9);
  const frameId = (await topFrame(s.dc)).id;
  await assert.rejects(s.dc.evaluateRequest({ expression: 'len(c)', context: 'hover', frameId }), /len\(\) would run C\.__len__/);
  await assert.rejects(s.dc.evaluateRequest({ expression: 'nope', context: 'watch', frameId }), /NameError: name 'nope' is not defined/);
  await assert.rejects(s.dc.evaluateRequest({ expression: 'a[5]', context: 'watch', frameId }), /IndexError: list index out of range/);
  await assert.rejects(s.dc.evaluateRequest({ expression: 'a[', context: 'watch', frameId }), /SyntaxError/);
  await s.stop();
});

test('the debug console runs what needs running, in the program: its effects stay', async () => {
  const s = await at(9);
  const frameId = (await topFrame(s.dc)).id;
  const r = await s.dc.evaluateRequest({ expression: 'len(c)', context: 'repl', frameId });
  assert.equal(r.body.result, '3');
  await s.dc.evaluateRequest({ expression: 'a.append(7)', context: 'repl', frameId });
  const v = await locals(s.dc);
  assert.match(v.get('a')!.value, /^\[321, 123, 7\]/);
  await s.stop();
});

test('setVariable rebinds a name, moving counts as the assignment would', async () => {
  const s = await at(9);
  const frameId = (await topFrame(s.dc)).id;
  const sc = await s.dc.scopesRequest({ frameId });
  const ref = sc.body.scopes[0].variablesReference;
  const before = await rows(s.dc, ref);
  assert.equal(before.get('a')?.refcnt, 2);
  const r = await s.dc.setVariableRequest({ variablesReference: ref, name: 'b', value: '[1]' });
  assert.match(r.body.value, /^\[1\]/);
  const after = await locals(s.dc);
  assert.equal(after.get('a')?.refcnt, 1, 'b no longer names the list');
  await s.stop();
});

test('completions offer the frame\'s names, builtins and attributes', async () => {
  const s = await at(9);
  const frameId = (await topFrame(s.dc)).id;
  const names = (await s.dc.completionsRequest({ text: 'bi', column: 3, frameId })).body.targets.map((t) => t.label);
  assert.ok(names.includes('big') && names.includes('bin'), JSON.stringify(names));
  const attrs = (await s.dc.completionsRequest({ text: 'sys.getr', column: 9, frameId })).body.targets.map((t) => t.label);
  assert.ok(attrs.includes('getrefcount'), JSON.stringify(attrs));
  await s.stop();
});

test('variables page through a big list', async () => {
  const s = await at(9);
  const v = await locals(s.dc);
  const page = await s.dc.variablesRequest({ variablesReference: v.get('big')!.ref, start: 0, count: 20 });
  assert.equal(page.body.variables.length, 20);
  assert.equal(page.body.variables[0].name, 'ob_refcnt');
  await s.stop();
});

test('the Heap scope lists the program\'s objects by id with the interpreter\'s own apart; the GC scope shows counts and thresholds', async () => {
  const s = await at(9);
  const frameId = (await topFrame(s.dc)).id;
  const sc = await s.dc.scopesRequest({ frameId });
  assert.deepEqual(sc.body.scopes.map((x) => x.name), ['Locals', 'Heap', 'GC']);
  const heap = await rows(s.dc, sc.body.scopes[1].variablesReference);
  const v = await locals(s.dc);
  assert.ok(heap.has(`0x${v.get('a')!.id!.toString(16)}`));
  const own = heap.get("interpreter's own objects");
  assert.match(own!.value, /^\d+ objects made at startup/);
  const gc = await rows(s.dc, sc.body.scopes[2].variablesReference);
  assert.match(gc.get('generation 0')!.value, /^count \d+ \/ threshold 700/);
  await s.stop();
});

test('disassembly of the frame\'s code, with the instruction about to run and each one\'s reference moves', async () => {
  const s = await at(3);
  const f = await topFrame(s.dc);
  assert.ok(f.instructionPointerReference !== undefined);
  const d = await s.dc.disassembleRequest({ memoryReference: f.instructionPointerReference!, instructionOffset: 0, instructionCount: 2 });
  const [load, store] = d.body!.instructions;
  assert.match(load.instruction, /^LOAD_NAME\s+\d+ \(a\)\s+; \+1: pushes a new reference/);
  assert.match(store.instruction, /^STORE_NAME\s+\d+ \(b\)/);
  assert.equal(load.line, 3);
  await s.stop();
});

test('loadedSources names the program; stepInTargets lists the calls on the line', async () => {
  const s = await launch('def f(x):\n    return x\ndef g(y):\n    return y\nz = f(g(1))\n', { breakpoints: [{ line: 5 }], stopOnEntry: false });
  const src = await s.dc.customRequest('loadedSources', {});
  assert.equal(src.body.sources[0].path, s.program);
  const t = await s.dc.customRequest('stepInTargets', { frameId: (await topFrame(s.dc)).id });
  assert.deepEqual(t.body.targets.map((x: { label: string }) => x.label), ['f()', 'g()']);
  await step(s.dc, 'stepIn', { targetId: t.body.targets[0].id });
  const st = await s.dc.stackTraceRequest({ threadId: 1 });
  assert.equal(st.body.stackFrames[0].name, 'f');
  await s.stop();
});

test('pyheap/snapshot gives the heap picture at the stop, then deltas from it', async () => {
  const s = await at(3);
  const first = await s.dc.customRequest('pyheap/snapshot', {});
  const snap = first.body.snapshot;
  assert.equal(snap.version, 1);
  assert.equal(snap.line, 3);
  const v = await locals(s.dc);
  const list = snap.objects.find((o: { id: number }) => o.id === v.get('a')!.id);
  assert.equal(list.ob_refcnt, 1);
  assert.equal(list.repr, '[321, 123]');
  await step(s.dc, 'next');
  const second = await s.dc.customRequest('pyheap/snapshot', { since: snap.step });
  assert.ok(second.body.delta !== undefined);
  assert.ok(second.body.delta.upserted.some((o: { id: number; ob_refcnt: number }) => o.id === list.id && o.ob_refcnt === 2));
  await s.stop();
});
