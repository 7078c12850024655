// A fixed-seed budget of the fuzzer (npm run fuzz, scripts/fuzz.ts) in npm test:
// grammar-generated programs and mutants of the differential corpus must end as Python
// programs do — normally, with a Python exception, or stopped by the step bound —
// never with an internal error or a JavaScript stack trace.

import '../../src/model/v8tuning';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fuzzProgram, sourceBytes } from './program';
import { runInSimulator } from './check';

const SEEDS = 200;
const MAX_STEPS = 100_000;

test(`${SEEDS} fuzz programs: no internal error, no JS stack trace`, () => {
  const bad: string[] = [];
  const outcomes = new Map<string, number>();
  for (let seed = 1; seed <= SEEDS; seed++) {
    const p = fuzzProgram(seed);
    const r = runInSimulator(sourceBytes(p), '/fuzz/prog.py', MAX_STEPS);
    const compiled = !/^(SyntaxError|IndentationError|TabError)\b/.test(r.detail);
    outcomes.set(compiled ? r.outcome : 'syntax error', (outcomes.get(compiled ? r.outcome : 'syntax error') ?? 0) + 1);
    if (r.outcome === 'internal' || r.outcome === 'jsstack') bad.push(`seed ${seed} (${p.origin}): ${r.outcome}: ${r.detail}`);
  }
  assert.deepEqual(bad, []);
  // The budget exercises the interpreter, not only the parser: most programs compile and run.
  assert.ok((outcomes.get('syntax error') ?? 0) <= SEEDS / 2, `outcomes ${JSON.stringify(Object.fromEntries(outcomes))}`);
});

test('a fuzz program is a function of its seed', () => {
  for (const seed of [2, 3, 1000, 1001]) assert.equal(fuzzProgram(seed).source, fuzzProgram(seed).source);
  assert.notEqual(fuzzProgram(2).source, fuzzProgram(4).source);
});
