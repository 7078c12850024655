// Whole debug sessions replayed through the stdio adapter and compared, request by request,
// with their reviewed goldens (test/dap/transcripts/<name>.json; transcript.ts says how a
// transcript is made deterministic, test/dap/README.md when to re-record).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { startAdapter } from './client';
import { SESSIONS, recordSession } from './transcript-sessions';
import { GOLDEN_DIR, describeDifference, goldenPath, stableStringify, type Transcript } from './transcript';

function golden(name: string): Transcript {
  const path = goldenPath(name);
  assert.ok(existsSync(path), `no golden ${path}: record it with \`npm run record:transcripts -- ${name}\` and review it`);
  return JSON.parse(readFileSync(path, 'utf8')) as Transcript;
}

for (const def of SESSIONS) {
  test(`transcript ${def.name}: the session answers as its golden`, async () => {
    const expected = golden(def.name);
    // Through the file's text, as the recorder writes it: the comparison sees what a re-recording would write.
    const actual = JSON.parse(stableStringify(await recordSession(def, startAdapter))) as Transcript;
    const diff = describeDifference(def.name, expected, actual);
    if (diff !== null) assert.fail(diff);
  });
}

test('every golden transcript belongs to a session, and every session has one', () => {
  const files = readdirSync(GOLDEN_DIR).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')).sort();
  assert.deepEqual(files, SESSIONS.map((s) => s.name).sort());
});

test('the comparison names the first difference: the request, the path and both sides', () => {
  const expected = golden(SESSIONS[0].name);
  const actual = JSON.parse(JSON.stringify(expected)) as Transcript;
  const i = actual.entries.findIndex((e) => e.request === 'variables' && ((e.response.body as { variables: unknown[] }).variables.length > 0));
  assert.ok(i > 0);
  const row = (actual.entries[i].response.body as { variables: { value: string }[] }).variables[0];
  row.value = row.value.replace(/refcnt \d+/, 'refcnt 7');
  actual.entries[i + 1].events.push({ event: 'output' });
  const text = describeDifference(SESSIONS[0].name, expected, actual);
  assert.ok(text !== null);
  assert.match(text, new RegExp(`first difference at entries\\[${i}\\]\\.response\\.body\\.variables\\[0\\]\\.value\n  request #${i}: variables \\{"variablesReference":\\d+\\}`));
  assert.match(text, /refcnt 7/);
  const shorter = JSON.parse(JSON.stringify(expected)) as Transcript;
  shorter.entries.pop();
  assert.match(describeDifference('x', expected, shorter) ?? '', /entries\[\d+\]\n.*\n  golden:[\s\S]*now:\n {4}"\(nothing: the array ends here\)"/);
  assert.equal(describeDifference('x', expected, JSON.parse(JSON.stringify(expected)) as Transcript), null);
});
