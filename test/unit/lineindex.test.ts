// The debugger's line index (src/model/debug/lineindex.ts) against a plain list of the same
// events: what it gives back is what went in, across chunk boundaries and the first chunk's
// growth, for large values (steps past 2^32, seqs and depths past 65535: a denser encoding
// must keep them), after truncation and a gap's filling.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineIndex } from '../../src/model/debug/lineindex';

interface Ev { step: number; seq: number; line: number; frameId: number; depth: number }

/** Deterministic events: mostly small steps, now and then a huge jump or a wide value. */
function events(n: number, seed: number): Ev[] {
  let x = seed;
  const rnd = (): number => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x / 2 ** 32;
  };
  const out: Ev[] = [];
  let step = 0;
  for (let i = 0; i < n; i++) {
    const r = rnd();
    const jump = r < 0.001 ? 2 ** 32 + Math.floor(rnd() * 1000) : r < 0.5 ? 0 : 1 + Math.floor(rnd() * 20);
    const seq = jump === 0 && out.length > 0 ? out[out.length - 1].seq + 1 : 0;
    step += jump;
    out.push({
      step,
      seq: rnd() < 0.002 ? 70_000 + seq : seq,
      line: 1 + Math.floor(rnd() * 500),
      frameId: Math.floor(rnd() * 50),
      depth: rnd() < 0.002 ? 65_535 + Math.floor(rnd() * 10) : Math.floor(rnd() * 30),
    });
    // Keep positions increasing when a wide seq was drawn.
    if (out.length > 1) {
      const a = out[out.length - 2], b = out[out.length - 1];
      if (b.step === a.step && b.seq <= a.seq) b.seq = a.seq + 1;
    }
  }
  return out;
}

function indexOf(evs: Ev[]): LineIndex {
  const ix = new LineIndex();
  for (const e of evs) ix.add(e.step, e.seq, e.line, e.frameId, e.depth);
  return ix;
}

test('every event comes back as it went in, wide values included', () => {
  const evs = events(20_000, 7);
  assert.ok(evs.some((e) => e.step >= 2 ** 32) && evs.some((e) => e.seq >= 65_535) && evs.some((e) => e.depth >= 65_535));
  const ix = indexOf(evs);
  assert.equal(ix.count, evs.length);
  assert.deepEqual([...ix.entries()], evs);
  assert.deepEqual(ix.first(), { step: evs[0].step, seq: evs[0].seq });
});

test('back and visitsOf agree with the plain list', () => {
  const evs = events(12_000, 11);
  const ix = indexOf(evs);
  for (let t = 0; t < 300; t++) {
    const i = 1 + ((t * 7919) % (evs.length - 1));
    const p = { step: evs[i].step, seq: evs[i].seq };
    const { frameId, depth } = evs[i];
    let want: { step: number; seq: number } | null = null;
    for (let j = i - 1; j >= 0; j--) {
      if (evs[j].frameId === frameId || evs[j].depth < depth) {
        want = { step: evs[j].step, seq: evs[j].seq };
        break;
      }
    }
    assert.deepEqual(ix.back(p, frameId, depth), want);
    const line = evs[i].line;
    const visits = evs.slice(0, i).filter((e) => e.line === line).slice(-5).map((e) => ({ step: e.step, seq: e.seq }));
    assert.deepEqual(ix.visitsOf(line, p, 5), visits);
  }
});

test('after truncation the index goes on from the kept events', () => {
  const evs = events(9_000, 3);
  const ix = indexOf(evs);
  const keep = 5_000;
  ix.truncateAfter({ step: evs[keep - 1].step, seq: evs[keep - 1].seq });
  assert.equal(ix.count, keep);
  const more = events(3_000, 5).map((e) => ({ ...e, step: e.step + evs[keep - 1].step + 1 }));
  for (const e of more) ix.add(e.step, e.seq, e.line, e.frameId, e.depth);
  assert.deepEqual([...ix.entries()], [...evs.slice(0, keep), ...more]);
});

test('a gap filled by a scan holds the scan’s events in place', () => {
  const evs = events(10_000, 13);
  const ix = new LineIndex();
  const from = 2_000, to = 7_000;
  for (const e of evs.slice(0, from)) ix.add(e.step, e.seq, e.line, e.frameId, e.depth);
  ix.openGap({ step: evs[from].step, seq: evs[from].seq });
  for (const e of evs.slice(to)) ix.add(e.step, e.seq, e.line, e.frameId, e.depth);
  const p = { step: evs[to].step, seq: evs[to].seq };
  assert.equal(ix.completeBefore(p), false);
  // A scan from a step sees every event of that step on (the gap's first may share its step
  // with the last recorded one), up to p.
  ix.fillBetween(evs[from].step, p, indexOf(evs.slice(0, to).filter((e) => e.step >= evs[from].step)));
  assert.equal(ix.completeBefore(p), true);
  assert.deepEqual([...ix.entries()], evs);
});
