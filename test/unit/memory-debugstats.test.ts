// sys._debugmallocstats() format against a real 3.11.7 report
// (test/unit/memory-goldens/debugmallocstats.txt).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { printone, debugAllocatorStats, debugMallocStats, obmallocStats } from '../../src/model/memory/debugmallocstats';
import { Obmalloc } from '../../src/model/memory/obmalloc';
import { FreeLists } from '../../src/model/memory/freelist';
import { PY311_MEMORY as M } from '../../src/model/profiles/py311-memory';

const real = readFileSync(new URL('./memory-goldens/debugmallocstats.txt', import.meta.url), 'utf8');

test('printone and _PyDebugAllocatorStats reproduce every "label = value" line of the real report', () => {
  let checked = 0;
  for (const line of real.split('\n')) {
    const m = /^(.*?)=\s+([\d,]+)$/.exec(line);
    if (!m) continue;
    const value = Number(m[2].replace(/,/g, ''));
    const label = m[1];
    const fl = /^\s*(\d+) (free .*?)s \* (\d+) bytes each $/.exec(label);
    const mine = fl ? debugAllocatorStats(fl[2], Number(fl[1]), Number(fl[3])) : printone(label.trimEnd(), value);
    assert.equal(mine, line + '\n');
    checked++;
  }
  assert.ok(checked > 40);
});

/** The report with every number replaced, to compare the structure. */
const shape = (s: string) =>
  s.split('\n').filter((l) => !/^\s+\d+\s+\d+\s+\d+\s+\d+\s+\d+$/.test(l)).map((l) => l.replace(/[\d,]+/g, 'N').replace(/ +/g, ' ')).join('\n');

test('the simulated report has the real report\'s lines in the real order', () => {
  const m = new Obmalloc(M);
  const fl = new FreeLists<object>(M);
  const xs = Array.from({ length: 5000 }, (_, i) => m.malloc(1 + (i % 512), null));
  for (let i = 0; i < xs.length; i += 3) m.free(xs[i]);
  const text = debugMallocStats(M, m, fl);
  assert.equal(shape(text), shape(real));
});

test('the accounting adds up: Total == arenas * ARENA_SIZE; class lines as allocated', () => {
  const m = new Obmalloc(M);
  const xs = Array.from({ length: 300 }, () => m.malloc(64, null));
  xs.push(m.malloc(512, null));
  const text = obmallocStats(m);
  // 255 blocks of 64 bytes per pool: 2 pools, 300 in use, 210 available.
  assert.match(text, /^    3     64           2             300           210$/m);
  assert.match(text, /^   31    512           1               1            30$/m);
  assert.match(text, /^1 arenas \* 1048576 bytes\/arena     = {12}1,048,576$/m);
  assert.match(text, /^# bytes lost to arena alignment    = {15}16,384$/m);
  const totals = [...text.matchAll(/^Total += +([\d,]+)$/gm)].map((x) => Number(x[1].replace(/,/g, '')));
  assert.equal(totals[0], 1 << 20);
  assert.match(text, /^# arena map mid nodes {14}= {20}1$/m);
});
