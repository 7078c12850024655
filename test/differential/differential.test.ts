// The simulator against real CPython 3.11: each corpus program must print what the recorded golden says
// (stdout, exit code, and the last stderr line when CPython failed or wrote to stderr).
// Programs listed in known-failures.txt are reported as TODO; one that starts passing FAILS, telling
// you to delete its line, so the list only shrinks and never hides a regression.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasGolden, listPrograms, readKnownFailures, type Observed } from './corpus';
import { checkProgram } from './harness';

const VERSION = '3.11';
const known = readKnownFailures();

for (const id of listPrograms()) {
  if (!hasGolden(VERSION, id)) continue; // corpus.test.ts reports programs without goldens
  const reason = known.get(id);
  if (reason === undefined) {
    test(id, () => {
      const r = checkProgram(id, VERSION);
      if (!r.actual) assert.fail(r.error ?? r.summary);
      // stderr is compared only when CPython wrote to it or failed (harness.differences)
      const compared = r.expected.stderrLast !== '' || r.expected.exitCode !== 0;
      const shown = (o: Observed) => (compared ? o : { stdout: o.stdout, exitCode: o.exitCode });
      assert.deepStrictEqual(shown(r.actual), shown(r.expected), r.summary);
    });
  } else {
    test(id, (t) => {
      const r = checkProgram(id, VERSION);
      if (r.ok) {
        assert.fail(`${id} now matches CPython: remove its line from test/differential/known-failures.txt`);
      }
      t.todo(`known failure (${reason || 'no reason given'}): ${r.summary}`);
    });
  }
}
