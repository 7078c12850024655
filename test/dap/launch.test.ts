// Starting and ending sessions: capabilities, launch arguments (and their errors), noDebug,
// sys.argv, step bounds, a SyntaxError, terminate, disconnect, restart, unknown requests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startAdapter, launch, finish, programFile, step, topFrame } from './client';

const bare = startAdapter;

test('initialize answers with the capabilities PyHeap has', async () => {
  const dc = await bare();
  const r = await dc.initializeRequest();
  const c = r.body!;
  for (const k of ['supportsStepBack', 'supportsDataBreakpoints', 'supportsConditionalBreakpoints', 'supportsHitConditionalBreakpoints',
    'supportsLogPoints', 'supportsDisassembleRequest', 'supportsGotoTargetsRequest', 'supportsExceptionInfoRequest',
    'supportsSetVariable', 'supportsCompletionsRequest', 'supportsSteppingGranularity', 'supportsConfigurationDoneRequest'] as const) {
    assert.equal(c[k], true, k);
  }
  assert.deepEqual(c.exceptionBreakpointFilters?.map((f) => [f.filter, f.default]), [['raised', false], ['uncaught', true]]);
  await dc.stop();
});

test('launch with a missing program is an error naming the path', async () => {
  const dc = await bare();
  await dc.initializeRequest();
  await assert.rejects(dc.launchRequest({ program: '/nonexistent/dir/prog.py' } as never), /Cannot read the program \/nonexistent\/dir\/prog\.py/);
  await dc.stop();
});

test('launch without a program, or with a Python PyHeap does not simulate, is an error that says so', async () => {
  const dc = await bare();
  await dc.initializeRequest();
  await assert.rejects(dc.launchRequest({} as never), /"program" must be the path of a Python file/);
  await assert.rejects(dc.launchRequest({ program: programFile('x = 1\n'), python: '2.7' } as never), /Python 2\.7 is not simulated yet \(supported: 3\.11\)/);
  await assert.rejects(dc.launchRequest({ program: programFile('x = 1\n'), maxSteps: -3 } as never), /maxSteps/);
  await dc.stop();
});

test('a program runs to the end: output events, then exited with the exit code and terminated', async () => {
  const s = await launch('print("hello")\nimport sys\nsys.exit(3)\n', { stopOnEntry: false });
  assert.equal(s.first, null);
  assert.ok(s.output.includes('stdout:hello\n'), JSON.stringify(s.output));
  await s.stop();
});

test('stopOnEntry stops before the first line', async () => {
  const s = await launch('\n# a comment\nx = 1\ny = 2\n');
  assert.equal(s.first?.body.reason, 'entry');
  assert.equal((await topFrame(s.dc)).line, 3);
  assert.equal(await finish(s.dc), 0);
  await s.stop();
});

test('noDebug runs at full speed without stopping, even at breakpoints', async () => {
  const s = await launch('x = 1\nprint(x + 1)\n', { stopOnEntry: true, breakpoints: [{ line: 2 }], args: { noDebug: true } });
  assert.equal(s.first, null);
  assert.ok(s.output.includes('stdout:2\n'));
  await s.stop();
});

test('args become sys.argv[1:]', async () => {
  const s = await launch('import sys\nprint(sys.argv[1:])\n', { stopOnEntry: false, args: { args: ['one', 'two'] } });
  assert.ok(s.output.includes("stdout:['one', 'two']\n"), JSON.stringify(s.output));
  await s.stop();
});

test('maxSteps ends a runaway program with the CLI\'s message and exit code 124', async () => {
  const dc = await bare();
  await dc.initializeRequest();
  const program = programFile('while True:\n    pass\n');
  const exited = dc.waitForEvent('exited');
  const out: string[] = [];
  dc.on('output', (e) => out.push(e.body.output));
  await dc.launchRequest({ program, maxSteps: 5000 } as never);
  await dc.configurationDoneRequest();
  assert.equal((await exited).body.exitCode, 124);
  assert.ok(out.join('').includes('PyHeap: stopped after 5000 steps (--max-steps)'), out.join(''));
  await dc.stop();
});

test('a SyntaxError stops at its line with CPython\'s message, then the session ends cleanly', async () => {
  const s = await launch('x = 1\ny = (2\nz = 3\n', { stopOnEntry: false });
  assert.equal(s.first?.body.reason, 'exception');
  const info = await s.dc.exceptionInfoRequest({ threadId: 1 });
  assert.equal(info.body.exceptionId, 'SyntaxError');
  assert.match(info.body.description ?? '', /'\(' was never closed/);
  const f = await topFrame(s.dc);
  assert.equal(f.line, 2);
  const exited = s.dc.waitForEvent('terminated');
  await s.dc.continueRequest({ threadId: 1 });
  await exited;
  await s.stop();
});

test('terminate ends a paused program; disconnect ends a running one', async () => {
  const s = await launch('x = 1\ny = 2\n');
  const t = s.dc.waitForEvent('terminated');
  await s.dc.terminateRequest({});
  await t;
  await s.stop();
  const r = await launch('while True:\n    x = 1\n', { stopOnEntry: false, breakpoints: [], waitFirst: false });
  const ended = r.dc.waitForEvent('terminated');
  await r.dc.disconnectRequest({});
  await ended;
  await r.stop();
});

test('restart runs the program again from the start', async () => {
  const s = await launch('x = 1\ny = 2\nz = 3\n');
  await step(s.dc, 'next');
  await step(s.dc, 'next');
  assert.equal((await topFrame(s.dc)).line, 3);
  const again = s.dc.waitForEvent('stopped');
  await s.dc.restartRequest({});
  await again;
  assert.equal((await topFrame(s.dc)).line, 1);
  await s.stop();
});

test('unknown requests and requests in the wrong state get error responses; the session goes on', async () => {
  const s = await launch('x = 1\ny = 2\n');
  await assert.rejects(s.dc.customRequest('noSuchRequest', {}), /Unknown request noSuchRequest/);
  await assert.rejects(s.dc.gotoRequest({ threadId: 1, targetId: 99 }), /Unknown goto target/);
  await step(s.dc, 'next');
  assert.equal((await topFrame(s.dc)).line, 2);
  await finish(s.dc);
  await assert.rejects(s.dc.nextRequest({ threadId: 1 }), /not stopped/);
  await s.stop();
});
