// The memory panel's debug-session source (src/extension/panel/debugSource.ts) against the
// real adapter (dist/debugAdapter.js), as the extension drives it: `pyheap/stopped` at each
// stop, `pyheap/snapshot` whole then as deltas, `pyheap/timeline`, `pyheap/goto`. What the
// webview would hold after each stop (rebuilt from the messages, with the webview's own
// delta code) has the ids and counts the Variables view shows, stepping forwards, back
// and by the slider; and the end of the session reaches the panel.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { launch, step, locals } from './client';
import { DebugSessionSource, type StoppedBody } from '../../src/extension/panel/debugSource';
import { PanelController } from '../../src/extension/panel/controller';
import { validateHostMessage, type HostMessage } from '../../src/extension/panel/protocol';
import { objectPath } from '../../src/extension/panel/objectPath';
import { applyDelta } from '../../webview/delta';
import type { HeapSnapshot } from '../../src/model/snapshot';

const PROGRAM = [
  'import gc', // 1
  'a = [321, 123]', // 2
  'b = a', // 3
  'c = [a]', // 4
  'c.append(c)', // 5
  'del c', // 6
  'n = gc.collect()', // 7
  'd = {"k": a}', // 8
  'del b', // 9
  'end = 1', // 10
  '',
].join('\n');

function panel(dc: DebugClient) {
  const selected: (number | null)[] = [];
  const source = new DebugSessionSource({ customRequest: (c, a) => dc.customRequest(c, a).then((r) => r.body) }, (id) => selected.push(id));
  dc.on('pyheap/stopped', (e: DebugProtocol.Event) => source.stopped(e.body as StoppedBody));
  dc.on('terminated', () => source.sessionEnded('ended'));
  const sent: HostMessage[] = [];
  const logs: string[] = [];
  const controller = new PanelController(source, {
    post: (m) => {
      const v = validateHostMessage(JSON.parse(JSON.stringify(m)));
      assert.ok(v.ok, `the host sent an invalid message: ${v.ok ? '' : v.error}`);
      sent.push(m);
      return true;
    },
    log: (level, message) => logs.push(`${level}: ${message}`),
    save: async () => undefined,
    theme: () => 'dark',
  });
  /** The webview's picture, rebuilt from what was sent. */
  const picture = (): HeapSnapshot => {
    let p: HeapSnapshot | undefined;
    for (const m of sent) {
      if (m.type === 'snapshot') p = m.snapshot;
      else if (m.type === 'delta') p = applyDelta(p as HeapSnapshot, m.delta);
    }
    assert.ok(p !== undefined, 'no picture yet');
    return p;
  };
  return { source, controller, sent, logs, picture, selected };
}

/** The module's names in the picture: name → [id, ob_refcnt]. */
function namesInPicture(p: HeapSnapshot): Map<string, [number, number]> {
  const byId = new Map(p.objects.map((o) => [o.id, o]));
  const out = new Map<string, [number, number]>();
  for (const l of p.frames[0].locals) {
    if (l.id === null) continue;
    const o = byId.get(l.id);
    assert.ok(o !== undefined, `${l.name}'s object ${l.id} is in the picture`);
    out.set(l.name, [l.id, o.ob_refcnt]);
  }
  return out;
}

/** The Variables view's Locals that name the program's objects: name → [id, ob_refcnt]. */
async function namesInVariables(dc: DebugClient): Promise<Map<string, [number, number]>> {
  const out = new Map<string, [number, number]>();
  for (const [name, r] of await locals(dc)) if (r.id !== undefined && !name.startsWith('__')) out.set(name, [r.id, r.refcnt as number]);
  return out;
}

async function sameAsVariables(dc: DebugClient, p: HeapSnapshot, what: string): Promise<void> {
  const vars = await namesInVariables(dc);
  const pic = namesInPicture(p);
  assert.ok(vars.size > 0 || what.includes('entry'), `${what}: the Variables view shows names`);
  for (const [name, v] of vars) assert.deepEqual(pic.get(name), v, `${what}: ${name} has the id and ob_refcnt of the Variables view`);
}

/** A session stopped on entry, and a panel that is ready and shows that stop. */
async function openAtEntry() {
  const s = await launch(PROGRAM);
  const t = panel(s.dc);
  t.source.stopped({ step: 0, seq: 0, line: 1, file: s.program, reason: 'entry' });
  t.controller.receive({ type: 'ready' });
  await t.controller.requestSync();
  return { s, t };
}

test('the panel follows the session: a whole picture, then deltas, with the Variables view\'s ids and counts', async () => {
  const { s, t } = await openAtEntry();
  // (The adapter's own pyheap/stopped for the entry stop may come after launch() returned: one
  // more sync then, a delta that changes nothing.)
  assert.deepEqual(t.sent.slice(0, 3).map((m) => m.type), ['theme', 'snapshot', 'timeline']);
  await sameAsVariables(s.dc, t.picture(), 'at entry');
  const steps: number[] = [t.picture().step];
  for (let line = 2; line <= 10; line++) {
    const stopped = s.dc.waitForEvent('pyheap/stopped');
    await step(s.dc, 'next');
    await stopped;
    await t.controller.requestSync();
    assert.equal(t.picture().line, line);
    await sameAsVariables(s.dc, t.picture(), `line ${line}`);
    steps.push(t.picture().step);
  }
  assert.equal(t.sent.filter((m) => m.type === 'snapshot').length, 1, 'after the first picture, only deltas cross');
  assert.ok(t.sent.filter((m) => m.type === 'delta').length >= 9);
  // The collection at line 7 freed the list that holds itself; the timeline lists it and every stop.
  const tl = [...t.sent].reverse().find((m) => m.type === 'timeline');
  assert.ok(tl?.type === 'timeline');
  assert.deepEqual(tl.timeline.steps.map((x) => x.step), steps);
  assert.ok(tl.timeline.collections.some((c) => c.collected >= 1), 'gc.collect() is on the timeline');
  // a's count over the stops: 1 (a), 2 (b), 3 (c's item), back to 2 once the cycle is freed, 3 (d), 2 (del b).
  const a = namesInPicture(t.picture()).get('a')?.[0] as number;
  t.controller.receive({ type: 'request-history', id: a });
  await new Promise<void>((r) => setImmediate(r));
  const hist = t.sent.find((m) => m.type === 'history');
  assert.ok(hist?.type === 'history');
  assert.deepEqual([...new Set(hist.points.map((p) => p.ob_refcnt))].slice(0, 3), [1, 2, 3]);
  assert.equal(hist.points[hist.points.length - 1].ob_refcnt, 2);
  assert.deepEqual(t.logs.filter((l) => l.startsWith('error')), []);
  await s.stop();
});

test('step back and the slider (pyheap/goto) bring back the earlier picture; the end of the session reaches the panel', async () => {
  const { s, t } = await openAtEntry();
  const pictures: HeapSnapshot[] = [t.picture()];
  for (let i = 0; i < 5; i++) {
    const stopped = s.dc.waitForEvent('pyheap/stopped');
    await step(s.dc, 'next');
    await stopped;
    await t.controller.requestSync();
    pictures.push(t.picture());
  }
  const stoppedBack = s.dc.waitForEvent('pyheap/stopped');
  await step(s.dc, 'stepBack');
  await stoppedBack;
  await t.controller.requestSync();
  assert.equal(t.picture().line, pictures[4].line);
  assert.deepEqual(namesInPicture(t.picture()), namesInPicture(pictures[4]), 'a step back shows the ids and counts of that stop again');
  await sameAsVariables(s.dc, t.picture(), 'after a step back');

  // The slider: goto-step to the stop at line 3 (the client is told the program continued, then stopped).
  const continued = s.dc.waitForEvent('continued');
  const stopped = s.dc.waitForEvent('stopped') as Promise<DebugProtocol.StoppedEvent>;
  const pyheapStopped = s.dc.waitForEvent('pyheap/stopped');
  t.controller.receive({ type: 'goto-step', step: pictures[2].step });
  await continued;
  assert.equal((await stopped).body.reason, 'goto');
  await pyheapStopped; // (it follows `stopped`: the panel's source hears of the stop then)
  await t.controller.requestSync();
  await t.controller.requestSync();
  assert.equal(t.picture().step, pictures[2].step);
  assert.deepEqual(namesInPicture(t.picture()), namesInPicture(pictures[2]));
  await sameAsVariables(s.dc, t.picture(), 'after the slider');

  // Selecting `a` in the panel reaches the source (the extension prints it in the Debug Console).
  const a = namesInPicture(t.picture()).get('a')?.[0] as number;
  t.controller.receive({ type: 'select', id: a });
  assert.deepEqual(t.selected, [a]);
  assert.deepEqual(objectPath(t.picture(), a), { frameId: t.picture().frames[0].id, expression: 'a' });
  const items = t.picture().objects.find((o) => o.id === a)?.refs ?? [];
  assert.equal(objectPath(t.picture(), items[0].to)?.expression, 'a[0]');

  const ended = s.dc.waitForEvent('terminated');
  await s.dc.continueRequest({ threadId: 1 });
  await ended;
  assert.equal(t.sent[t.sent.length - 1].type, 'session-ended');
  assert.deepEqual(t.logs.filter((l) => l.startsWith('error')), []);
  await s.stop();
});
