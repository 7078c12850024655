// The host side of the panel without VS Code (controller.ts): after `ready` the webview gets
// a whole snapshot, then only deltas that turn its picture into the source's; time travel,
// history, selection and export requests reach the source and the save hook; malformed
// webview messages are logged and change nothing; a webview that goes away gets a whole
// snapshot again when it comes back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PanelController } from '../../src/extension/panel/controller';
import type { PanelDataSource, PanelSourceEvent } from '../../src/extension/panel/dataSource';
import type { HostMessage } from '../../src/extension/panel/protocol';
import { validateHostMessage } from '../../src/extension/panel/protocol';
import { SessionHistory } from '../../src/extension/panel/history';
import type { HeapSnapshot } from '../../src/model/snapshot';
import { applyDelta } from '../../webview/delta';
import { recordFile, type Recording } from './fixtures';

/** A data source over a recorded run: a cursor over its stops. */
class RecordedSource implements PanelDataSource {
  i = 0;
  gotos: number[] = [];
  selected: (number | null)[] = [];
  private listeners: ((e: PanelSourceEvent) => void)[] = [];
  constructor(readonly rec: Recording) {}
  async snapshot(): Promise<HeapSnapshot> { return this.rec.snapshots[this.i]; }
  async timeline() { return this.rec.history.timeline(); }
  async history(id: number) { return this.rec.history.history(id); }
  async gotoStep(step: number): Promise<void> {
    this.gotos.push(step);
    const i = this.rec.snapshots.findIndex((s) => s.step === step);
    if (i < 0) throw new Error(`step ${step} was not visited`);
    this.i = i;
  }
  select(id: number | null): void { this.selected.push(id); }
  onDidChange(l: (e: PanelSourceEvent) => void) {
    this.listeners.push(l);
    return { dispose: () => { this.listeners = this.listeners.filter((x) => x !== l); } };
  }
  fire(e: PanelSourceEvent): void { for (const l of this.listeners) l(e); }
}

function harness(rec: Recording) {
  const source = new RecordedSource(rec);
  const sent: HostMessage[] = [];
  const logs: string[] = [];
  const saved: { format: string; view: string; step: number; data: string | Uint8Array }[] = [];
  let deliver = true;
  const c = new PanelController(source, {
    post: (m) => {
      if (!deliver) return false;
      const v = validateHostMessage(JSON.parse(JSON.stringify(m)));
      assert.ok(v.ok, `the host sent an invalid message: ${v.ok ? '' : v.error}`);
      sent.push(m);
      return true;
    },
    log: (level, message) => logs.push(`${level}: ${message}`),
    save: async (f) => { saved.push(f); },
    theme: () => 'dark',
  });
  /** The webview's picture, rebuilt from what was sent. */
  const picture = (): HeapSnapshot | undefined => {
    let p: HeapSnapshot | undefined;
    for (const m of sent) {
      if (m.type === 'snapshot') p = m.snapshot;
      else if (m.type === 'delta') p = applyDelta(p as HeapSnapshot, m.delta);
    }
    return p;
  };
  const settle = () => new Promise((r) => setTimeout(r, 10)).then(() => c.requestSync());
  return { c, source, sent, logs, saved, picture, settle, setDeliver: (b: boolean) => { deliver = b; } };
}

const rec = recordFile('examples/03_del.py');

test('ready → theme, a whole snapshot and the timeline; each stop → a delta to the new picture', async () => {
  const t = harness(rec);
  await t.settle();
  assert.equal(t.sent.length, 0, 'nothing before the webview is ready');
  t.c.receive({ type: 'ready' });
  await t.settle();
  assert.deepEqual(t.sent.map((m) => m.type), ['theme', 'snapshot', 'timeline']);
  for (let i = 1; i < rec.snapshots.length; i++) {
    t.source.i = i;
    t.source.fire({ kind: 'stopped' });
    await t.settle();
    assert.equal(t.sent[t.sent.length - 2].type, 'delta');
    assert.deepEqual(t.picture(), rec.snapshots[i], `stop ${i}`);
  }
  assert.equal(t.sent.filter((m) => m.type === 'snapshot').length, 1, 'one whole snapshot, then deltas only');
});

test('a view asked for before the page is ready is shown once it is (the status bar opens the GC view)', async () => {
  const t = harness(rec);
  t.c.showView('gc');
  await t.settle();
  assert.equal(t.sent.length, 0);
  t.c.receive({ type: 'ready' });
  await t.settle();
  assert.deepEqual(t.sent.slice(0, 2), [{ type: 'theme', kind: 'dark' }, { type: 'show', view: 'gc' }]);
  t.c.showView('allocator');
  assert.deepEqual(t.sent[t.sent.length - 1], { type: 'show', view: 'allocator' });
});

test('time travel, history, selection and export go to the source and the save hook', async () => {
  const t = harness(rec);
  t.c.receive({ type: 'ready' });
  await t.settle();
  const target = rec.snapshots[3].step;
  t.c.receive({ type: 'goto-step', step: target });
  await t.settle();
  assert.deepEqual(t.source.gotos, [target]);
  assert.deepEqual(t.picture(), rec.snapshots[3]);
  const id = rec.snapshots[3].frames[0].locals.find((l) => l.id !== null)?.id as number;
  t.c.receive({ type: 'select', id });
  t.c.receive({ type: 'request-history', id });
  await t.settle();
  assert.deepEqual(t.source.selected, [id]);
  const hist = t.sent.find((m) => m.type === 'history');
  assert.ok(hist !== undefined && hist.type === 'history' && hist.id === id && hist.points.length > 0);
  t.c.receive({ type: 'export', format: 'json', view: 'objects', step: target });
  t.c.receive({ type: 'export', format: 'svg', view: 'gc', step: target, data: '<svg xmlns="http://www.w3.org/2000/svg"></svg>' });
  t.c.receive({ type: 'export', format: 'png', view: 'allocator', step: target, data: 'iVBORw0KGgo=' });
  await t.settle();
  assert.deepEqual(t.saved.map((f) => f.format), ['json', 'svg', 'png']);
  assert.deepEqual(JSON.parse(t.saved[0].data as string), rec.snapshots[3], 'the JSON export is the picture shown');
  assert.deepEqual([...(t.saved[2].data as Uint8Array).slice(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG bytes');
  // A step that was never visited: the source refuses, the controller logs it and goes on.
  t.c.receive({ type: 'goto-step', step: 999_999_999 });
  await t.settle();
  assert.ok(t.logs.some((l) => l.startsWith('error: memory panel: going to step 999999999 failed')));
});

test('malformed webview messages are logged and ignored', async () => {
  const t = harness(rec);
  for (const m of [null, 42, { type: 'hack' }, { type: 'goto-step', step: 'x' }, { type: 'export', format: 'svg', view: 'objects', step: 1, data: 'rm -rf' }]) t.c.receive(m);
  await t.settle();
  assert.equal(t.logs.filter((l) => l.includes('rejected a message from the webview')).length, 5);
  assert.deepEqual(t.source.gotos, []);
  assert.equal(t.sent.length, 0);
});

test('a webview that went away gets a whole snapshot when it is back; the end of the session is said again', async () => {
  const t = harness(rec);
  t.c.receive({ type: 'ready' });
  await t.settle();
  t.c.webviewGone();
  t.source.i = 2;
  t.source.fire({ kind: 'stopped' });
  t.source.fire({ kind: 'ended', reason: 'the program exited' });
  await t.settle();
  assert.equal(t.sent.filter((m) => m.type === 'snapshot').length, 1, 'nothing is sent to a hidden webview');
  t.c.receive({ type: 'ready' });
  await t.settle();
  assert.equal(t.sent.filter((m) => m.type === 'snapshot').length, 2);
  assert.deepEqual(t.picture(), rec.snapshots[2]);
  assert.ok(t.sent.some((m) => m.type === 'session-ended' && m.reason === 'the program exited'));
  // A post that is not delivered (the panel was hidden meanwhile) also means: resend whole.
  t.setDeliver(false);
  t.source.i = 3;
  t.source.fire({ kind: 'stopped' });
  await t.settle();
  t.setDeliver(true);
  t.c.receive({ type: 'ready' });
  await t.settle();
  assert.deepEqual(t.picture(), rec.snapshots[3]);
});

test('SessionHistory: refcount history and collections over a recorded run, stepping back included', () => {
  const r = recordFile('examples/04_gc.py');
  const h = new SessionHistory();
  const s = r.snapshots;
  // Forwards, then back to the start and forwards again (as time travel records stops).
  for (const x of s) h.record(x, 'line');
  for (let i = s.length - 2; i >= 0; i--) h.record(s[i], 'step back');
  for (const x of s) h.record(x, 'line');
  const tl = h.timeline();
  assert.deepEqual(tl.steps.map((x) => x.step), s.map((x) => x.step), 'each stop listed once, in step order');
  assert.ok(tl.collections.length >= 1);
  for (const c of tl.collections) assert.ok(s.some((x) => x.gc.last?.step === c.step));
  const nodeId = s[s.length - 1].objects.find((o) => o.type === 'type' && o.repr.includes('Node'))?.id as number;
  const hist = h.history(nodeId);
  for (const p of hist) {
    const at = s.find((x) => x.step === p.step);
    assert.equal(p.ob_refcnt, at?.objects.find((o) => o.id === nodeId)?.ob_refcnt, `step ${p.step}`);
  }
  assert.equal(hist.length, s.filter((x) => x.objects.some((o) => o.id === nodeId)).length);
  // recordDelta gives the same history as record().
  const h2 = new SessionHistory();
  h2.record(s[0], 'entry');
  for (let i = 1; i < s.length; i++) h2.recordDelta(r.deltas[i - 1], 'line');
  assert.deepEqual(h2.history(nodeId), hist);
});
