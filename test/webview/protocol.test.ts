// The panel's message validators: real messages (snapshots and deltas the simulator makes,
// timelines, every webview message) pass; malformed, unknown and oversized ones are
// rejected with the path of what is wrong, never with an exception.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateHostMessage, validateWebviewMessage, LIMITS } from '../../src/extension/panel/protocol';
import { recordFile } from './fixtures';

const rec = recordFile('examples/04_gc.py');
const snap = rec.snapshots[rec.snapshots.length - 1];
const delta = rec.deltas[rec.deltas.length - 1];
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

test('real host messages pass', () => {
  assert.ok(snap.gc.last !== undefined, 'the recording has a collection');
  for (const m of [
    { type: 'snapshot', snapshot: snap },
    { type: 'delta', delta },
    { type: 'select', id: snap.objects[0].id },
    { type: 'select', id: null },
    { type: 'timeline', timeline: rec.timeline },
    { type: 'history', id: 1, points: [{ step: 3, ob_refcnt: 2 }] },
    { type: 'session-ended' },
    { type: 'session-ended', reason: 'exited with code 0' },
    { type: 'theme', kind: 'high-contrast-light' },
    { type: 'show', view: 'gc' },
  ]) {
    const v = validateHostMessage(m);
    assert.ok(v.ok, `${m.type}: ${v.ok ? '' : v.error}`);
  }
  for (const d of rec.deltas) assert.ok(validateHostMessage({ type: 'delta', delta: d }).ok);
});

function rejected(m: unknown, path: RegExp): void {
  const v = validateHostMessage(m);
  assert.equal(v.ok, false, `accepted: ${JSON.stringify(m).slice(0, 200)}`);
  if (!v.ok) assert.match(v.error, path);
}

test('show names one of the four views', () => {
  rejected({ type: 'show', view: 'heap' }, /message\.view/);
  rejected({ type: 'show' }, /message\.view/);
});

test('malformed host messages are rejected with the path of the fault', () => {
  rejected(null, /^message: expected an object/);
  rejected('snapshot', /expected an object/);
  rejected([], /expected an object/);
  rejected({ type: 'explode' }, /message\.type: expected one of/);
  rejected({}, /message\.type/);
  rejected({ type: 'snapshot' }, /message\.snapshot: expected an object/);
  const s1 = clone(snap);
  (s1.objects[3] as { ob_refcnt: unknown }).ob_refcnt = '2';
  rejected({ type: 'snapshot', snapshot: s1 }, /message\.snapshot\.objects\[3\]\.ob_refcnt: expected an integer/);
  const s2 = clone(snap);
  (s2 as { version: number }).version = 2;
  rejected({ type: 'snapshot', snapshot: s2 }, /version 2 \(this panel reads version 1\)/);
  const s3 = clone(snap);
  (s3.memory.arenas[0].pools[2].blocks[7] as { state: string }).state = 'haunted';
  rejected({ type: 'snapshot', snapshot: s3 }, /memory\.arenas\[0\]\.pools\[2\]\.blocks\[7\]: expected a block/);
  const s4 = clone(snap);
  (s4.frames[0].locals[0] as { id: unknown }).id = 'x';
  rejected({ type: 'snapshot', snapshot: s4 }, /frames\[0\]\.locals\[0\]\.id/);
  const s5 = clone(snap);
  (s5.objects[0].refs as unknown) = [{ to: 1, slot: { kind: 'index' } }];
  rejected({ type: 'snapshot', snapshot: s5 }, /objects\[0\]\.refs\[0\]\.slot\.index/);
  const s6 = clone(snap);
  (s6.gc.generations as unknown[]).pop();
  rejected({ type: 'snapshot', snapshot: s6 }, /gc\.generations: expected 3 generations/);
  const d1 = clone(delta);
  (d1.memory.arenas[0] as { npools: number }).npools = 65;
  rejected({ type: 'delta', delta: d1 }, /npools: 65 pools/);
  rejected({ type: 'delta', delta: { ...clone(delta), removed: ['1'] } }, /delta\.removed\[0\]: expected an integer/);
  rejected({ type: 'select', id: 1.5 }, /message\.id: expected an integer/);
  rejected({ type: 'history', id: 1, points: [{ step: 1 }] }, /points\[0\]\.ob_refcnt/);
  rejected({ type: 'theme', kind: 'solarized' }, /message\.kind/);
  rejected({ type: 'timeline', timeline: { steps: [], collections: [{ step: 1, generation: 3, collected: 0 }], current: 0 } }, /collections\[0\]\.generation/);
});

test('oversized host messages are rejected', () => {
  const big = clone(snap);
  big.objects = new Array(LIMITS.objects + 1).fill(snap.objects[0]);
  rejected({ type: 'snapshot', snapshot: big }, /objects: 250001 entries \(at most 250000\)/);
  const longRepr = clone(snap);
  longRepr.objects[0].repr = 'x'.repeat(LIMITS.text + 1);
  rejected({ type: 'snapshot', snapshot: longRepr }, /objects\[0\]\.repr: string of 65537 characters/);
  rejected({ type: 'history', id: 1, points: new Array(LIMITS.historyPoints + 1).fill({ step: 0, ob_refcnt: 1 }) }, /points: \d+ entries/);
});

test('a getter that throws is a rejection, not an exception', () => {
  const evil = { type: 'select', get id(): number { throw new Error('boom'); } };
  const v = validateHostMessage(evil);
  assert.equal(v.ok, false);
});

test('webview messages: real ones pass, bad ones are rejected', () => {
  for (const m of [
    { type: 'ready' }, { type: 'select', id: 5 }, { type: 'select', id: null }, { type: 'goto-step', step: 12 }, { type: 'request-history', id: 5 },
    { type: 'export', format: 'json', view: 'objects', step: 3 },
    { type: 'export', format: 'svg', view: 'gc', step: 3, data: '<svg xmlns="http://www.w3.org/2000/svg"></svg>' },
    { type: 'export', format: 'png', view: 'allocator', step: 3, data: 'iVBORw0KGgo=' },
    { type: 'log', level: 'error', message: 'oops' },
  ]) {
    const v = validateWebviewMessage(m);
    assert.ok(v.ok, `${m.type}: ${v.ok ? '' : v.error}`);
  }
  for (const [m, why] of [
    [{ type: 'goto-step' }, /message\.step/],
    [{ type: 'snapshot' }, /message\.type: expected one of/],
    [{ type: 'export', format: 'svg', view: 'objects', step: 1, data: '<html></html>' }, /not an SVG document/],
    [{ type: 'export', format: 'png', view: 'objects', step: 1, data: 'not base64!' }, /not base64/],
    [{ type: 'export', format: 'json', view: 'objects', step: 1, data: '{}' }, /carries no data/],
    [{ type: 'export', format: 'gif', view: 'objects', step: 1 }, /message\.format/],
    [{ type: 'export', format: 'svg', view: 'heap', step: 1, data: '<svg></svg>' }, /message\.view/],
    [{ type: 'log', level: 'error', message: 'x'.repeat(LIMITS.logMessage + 1) }, /message\.message: string of/],
  ] as [unknown, RegExp][]) {
    const v = validateWebviewMessage(m);
    assert.equal(v.ok, false, JSON.stringify(m).slice(0, 100));
    if (!v.ok) assert.match(v.error, why);
  }
});
