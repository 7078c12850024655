#!/usr/bin/env node
// Rewrites test/differential/known-failures.txt to list exactly the corpus programs the simulator does
// not yet match for CPython 3.11 (same comparison as test/differential/differential.test.ts).
// Reasons already written in the file are kept; a newly failing program gets the mismatch summary.
//
//   node scripts/update-known-failures.mjs          rewrite the file, print what changed
//   node scripts/update-known-failures.mjs --check  only report; exit 1 if the file would change

import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tsImport } from 'tsx/esm/api';

const VERSION = '3.11';
const check = process.argv.includes('--check');
const h = {
  ...(await tsImport('../test/differential/corpus.ts', import.meta.url)),
  ...(await tsImport('../test/differential/harness.ts', import.meta.url)),
};

const known = h.readKnownFailures();
const failing = [];
let passed = 0;
for (const id of h.listPrograms()) {
  if (!h.hasGolden(VERSION, id)) continue;
  const r = h.checkProgram(id, VERSION);
  if (r.ok) {
    passed++;
    continue;
  }
  const reason = known.get(id) || r.summary.replace(/\s+/g, ' ').slice(0, 160);
  failing.push(`${id}  # ${reason}`);
}

// Keep the header comment block (leading lines that are comments or blank).
const header = [];
if (existsSync(h.KNOWN_FAILURES_FILE)) {
  for (const line of readFileSync(h.KNOWN_FAILURES_FILE, 'utf8').split(/\r?\n/)) {
    if (line.trim() === '' || line.trim().startsWith('#')) header.push(line);
    else break;
  }
}
while (header.length && header[header.length - 1].trim() === '') header.pop();
const text = (header.length ? header.join('\n') + '\n\n' : '') + failing.join('\n') + (failing.length ? '\n' : '');

const nowPassing = [...known.keys()].filter((id) => !failing.some((l) => l.startsWith(id + ' ')));
const newlyFailing = failing.map((l) => l.split(' ')[0]).filter((id) => !known.has(id));
console.log(`${passed} passing, ${failing.length} failing`);
const list = (ids) => ids.slice(0, 40).join(', ') + (ids.length > 40 ? `, … (${ids.length - 40} more)` : '');
if (nowPassing.length) console.log(`now passing (removed): ${list(nowPassing)}`);
if (newlyFailing.length) console.log(`newly failing (added): ${list(newlyFailing)}`);

const old = existsSync(h.KNOWN_FAILURES_FILE) ? readFileSync(h.KNOWN_FAILURES_FILE, 'utf8') : '';
if (check) {
  process.exit(old === text ? 0 : 1);
} else if (old !== text) {
  writeFileSync(h.KNOWN_FAILURES_FILE, text);
  console.log(`wrote ${h.KNOWN_FAILURES_FILE}`);
}
