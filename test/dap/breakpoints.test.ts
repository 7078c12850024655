// Line breakpoints (verified, moved to a line with code, conditions, hit counts, log points),
// breakpointLocations, exception breakpoints (raised and uncaught), exceptionInfo, and pause.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, step, topFrame, finish, locals } from './client';

const LOOP = 'total = 0\n\nfor i in range(10):\n    total += i\n\n# done\nprint(total)\n';

test('a breakpoint on a line without code moves to the next line that has code', async () => {
  const s = await launch(LOOP, { stopOnEntry: true });
  const r = await s.dc.setBreakpointsRequest({ source: { path: s.program }, breakpoints: [{ line: 2 }, { line: 6 }] });
  assert.deepEqual(r.body.breakpoints.map((b) => [b.verified, b.line]), [[true, 3], [true, 7]]);
  await step(s.dc, 'continue');
  assert.equal((await topFrame(s.dc)).line, 3);
  await s.stop();
});

test('a breakpoint after the last line with code is not verified, and says why', async () => {
  const s = await launch(LOOP, { stopOnEntry: true });
  const r = await s.dc.setBreakpointsRequest({ source: { path: s.program }, breakpoints: [{ line: 40 }] });
  assert.equal(r.body.breakpoints[0].verified, false);
  assert.match(r.body.breakpoints[0].message ?? '', /no code/);
  await s.stop();
});

test('breakpointLocations lists the lines that have code', async () => {
  const s = await launch(LOOP, { stopOnEntry: true });
  const r = await s.dc.customRequest('breakpointLocations', { source: { path: s.program }, line: 1, endLine: 7 });
  assert.deepEqual(r.body.breakpoints.map((b: { line: number }) => b.line), [1, 3, 4, 7]);
  await s.stop();
});

test('a conditional breakpoint stops only where its condition is true', async () => {
  const s = await launch(LOOP, { stopOnEntry: false, breakpoints: [{ line: 4, condition: 'i == 7' }] });
  assert.equal(s.first?.body.reason, 'breakpoint');
  const v = await locals(s.dc);
  assert.match(v.get('i')!.value, /^7 /);
  assert.equal(await finish(s.dc), 0);
  await s.stop();
});

test('a condition that fails to evaluate says so in the output and stops', async () => {
  const s = await launch(LOOP, { stopOnEntry: false, breakpoints: [{ line: 4, condition: 'nosuchname > 1' }] });
  assert.equal(s.first?.body.reason, 'breakpoint');
  assert.ok(s.output.some((o) => o.includes("NameError: name 'nosuchname' is not defined")), JSON.stringify(s.output));
  await s.stop();
});

test('hit conditions: the 3rd hit, then every 4th', async () => {
  const s = await launch(LOOP, { stopOnEntry: false, breakpoints: [{ line: 4, hitCondition: '3' }] });
  let v = await locals(s.dc);
  assert.match(v.get('i')!.value, /^2 /);
  await s.dc.setBreakpointsRequest({ source: { path: s.program }, breakpoints: [{ line: 4, hitCondition: '% 4' }] });
  await step(s.dc, 'continue');
  // Hits count from when the breakpoint was set: i = 3, 4, 5, 6 → the 4th is i = 6.
  v = await locals(s.dc);
  assert.match(v.get('i')!.value, /^6 /);
  await s.stop();
});

test('a log point writes its message with {expressions} and does not stop', async () => {
  const s = await launch(LOOP, { stopOnEntry: false, breakpoints: [{ line: 4, logMessage: 'i={i} total={total} refs={sys_ok}' }] });
  assert.equal(s.first, null);
  const text = s.output.filter((o) => o.startsWith('console:')).map((o) => o.slice('console:'.length)).join('');
  const logs = text.split('\n').filter((l) => l.startsWith('i='));
  assert.equal(logs.length, 10);
  assert.equal(logs[3], "i=3 total=3 refs=<NameError: name 'sys_ok' is not defined>");
  await s.stop();
});

test('breakpoints set while the program runs take effect', async () => {
  const s = await launch('i = 0\nwhile True:\n    i += 1\n    if i > 100000:\n        break\nprint(i)\n', { stopOnEntry: false, args: {} });
  await s.stop();
  const r = await launch('i = 0\nwhile i < 10000000:\n    i += 1\nprint(i)\n', { stopOnEntry: true });
  await r.dc.continueRequest({ threadId: 1 });
  const stopped = r.dc.waitForEvent('stopped');
  await r.dc.setBreakpointsRequest({ source: { path: r.program }, breakpoints: [{ line: 3 }] });
  const ev = await stopped;
  assert.equal(ev.body.reason, 'breakpoint');
  await r.stop();
});

test('pause stops a running `while True: pass` and shows where it is', async () => {
  const s = await launch('n = 0\nwhile True:\n    pass\n', { stopOnEntry: true });
  await s.dc.continueRequest({ threadId: 1 });
  const stopped = s.dc.waitForEvent('stopped');
  await s.dc.pauseRequest({ threadId: 1 });
  const ev = await stopped;
  assert.equal(ev.body.reason, 'pause');
  assert.ok([2, 3].includes((await topFrame(s.dc)).line));
  const t = s.dc.waitForEvent('terminated');
  await s.dc.terminateRequest({});
  await t;
  await s.stop();
});

const RAISES = 'def inner(x):\n    return 10 // x\n\ndef outer(v):\n    return inner(v) + 1\n\ntry:\n    outer(0)\nexcept ZeroDivisionError:\n    print("caught")\nouter(0)\n';

test('uncaught exceptions stop where they are raised, with every frame still there, then the program ends', async () => {
  const s = await launch(RAISES, { stopOnEntry: false, exceptions: ['uncaught'] });
  assert.equal(s.first?.body.reason, 'exception');
  const st = await s.dc.stackTraceRequest({ threadId: 1 });
  assert.deepEqual(st.body.stackFrames.map((f) => [f.name, f.line]), [['inner', 2], ['outer', 5], ['<module>', 11]]);
  const v = await locals(s.dc);
  assert.match(v.get('x')!.value, /^0 /);
  const info = await s.dc.exceptionInfoRequest({ threadId: 1 });
  assert.equal(info.body.exceptionId, 'ZeroDivisionError');
  assert.equal(info.body.breakMode, 'unhandled');
  assert.equal(info.body.details?.stackTrace, [
    'Traceback (most recent call last):',
    `  File "${s.program}", line 11, in <module>`, '    outer(0)',
    `  File "${s.program}", line 5, in outer`, '    return inner(v) + 1', '           ^^^^^^^^',
    `  File "${s.program}", line 2, in inner`, '    return 10 // x', '           ~~~^^~~',
    'ZeroDivisionError: integer division or modulo by zero', '',
  ].join('\n'));
  assert.equal(await finish(s.dc), 1);
  assert.ok(s.output.includes('stdout:caught\n'));
  assert.ok(s.output.some((o) => o.startsWith('stderr:') && o.includes('ZeroDivisionError')));
  await s.stop();
});

test('raised exceptions stop at every raise, caught or not', async () => {
  const s = await launch(RAISES, { stopOnEntry: false, exceptions: ['raised'] });
  assert.equal(s.first?.body.reason, 'exception');
  assert.equal((await topFrame(s.dc)).line, 2);
  const info = await s.dc.exceptionInfoRequest({ threadId: 1 });
  assert.equal(info.body.breakMode, 'always');
  await step(s.dc, 'continue');
  assert.equal((await topFrame(s.dc)).line, 2, 'the second raise, uncaught this time');
  await s.stop();
});

test('with no exception filter, an uncaught exception ends the program without a stop', async () => {
  const s = await launch(RAISES, { stopOnEntry: false, exceptions: [] });
  assert.equal(s.first, null);
  await s.stop();
});
