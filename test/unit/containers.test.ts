// Containers and builtins against goldens recorded from real CPython 3.11.7
// (scripts/record-containers-goldens.mjs): set/dict iteration orders after many
// inserts and deletes, reprs, slicing, sort stability and timsort's comparison
// sequence, error messages, sys.getsizeof growth, reference counts and id reuse.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runSim } from './containers-harness';

const here = dirname(fileURLToPath(import.meta.url));
const goldens = JSON.parse(readFileSync(join(here, 'containers-goldens.json'), 'utf8')) as {
  programs: Record<string, { stdout: string; exitCode: number; lastStderr: string }>;
};

/** Lines that print an address (`<zip object at 0x...>`) are compared up to the address. */
function normalize(s: string): string {
  return s.replace(/ at 0x[0-9a-f]+>/g, ' at 0x?>');
}

for (const [name, g] of Object.entries(goldens.programs)) {
  test(`containers program ${name} prints what CPython 3.11.7 prints`, () => {
    const src = readFileSync(join(here, 'containers-programs', name), 'utf8');
    const r = runSim(src, name);
    assert.equal(normalize(r.stdout), normalize(g.stdout));
    assert.equal(r.exitCode, g.exitCode);
    if (g.exitCode !== 0) assert.equal(r.stderr.trimEnd().split('\n').pop(), g.lastStderr);
  });
}
