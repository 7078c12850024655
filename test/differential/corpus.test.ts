// Checks the differential corpus itself: enough programs, every program has a CPython 3.11 golden,
// every golden of every recorded version has a program, and known-failures.txt names only existing programs.

import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';
import { GOLDEN_DIR, hasGolden, listGoldens, listPrograms, programPath, readGolden, readKnownFailures } from './corpus';

const VERSION = '3.11';
const programs = listPrograms();

test('corpus has at least 200 programs', () => {
  assert.ok(programs.length >= 200, `only ${programs.length} programs`);
});

test('corpus has at least 20 syntax_errors programs, each failing with a SyntaxError subclass', () => {
  const syntax = programs.filter((id) => id.startsWith('syntax_errors/'));
  assert.ok(syntax.length >= 20, `only ${syntax.length} syntax_errors programs`);
  for (const id of syntax) {
    if (!hasGolden(VERSION, id)) continue;
    const g = readGolden(VERSION, id);
    assert.equal(g.exitCode, 1, id);
    assert.equal(g.stdout, '', id);
    assert.match(g.stderrLast, /^(SyntaxError|IndentationError|TabError): /, id);
  }
});

test('every program has a 3.11 golden', () => {
  const missing = programs.filter((id) => !hasGolden(VERSION, id));
  assert.deepEqual(missing, [], 'run `npm run goldens -- --python 3.11` and commit the goldens');
});

test('every golden (of every recorded version) has a program', () => {
  const all = new Set(programs);
  const versions = existsSync(GOLDEN_DIR) ? readdirSync(GOLDEN_DIR) : [];
  const orphans = versions.flatMap((v) => listGoldens(v).filter((id) => !all.has(id)).map((id) => `${v}/${id}`));
  assert.deepEqual(orphans, [], 'delete these goldens (an unfiltered `npm run goldens` does it)');
});

test('every program starts with a one-line comment saying what it checks', () => {
  // (after a UTF-8 byte order mark, which a program about source files may start with)
  const bad = programs.filter((id) => !readFileSync(programPath(id), 'utf8').replace(/^\ufeff/, '').startsWith('# '));
  assert.deepEqual(bad, []);
});

test('known-failures.txt lists only existing programs', () => {
  const all = new Set(programs);
  const unknown = [...readKnownFailures().keys()].filter((id) => !all.has(id));
  assert.deepEqual(unknown, []);
});
