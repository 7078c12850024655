// Records the golden DAP transcripts (test/dap/transcripts/<name>.json) from the built stdio
// adapter: `npm run record:transcripts` (all), `npm run record:transcripts -- 03-class-init`
// (those whose names contain an argument). Read every changed golden before committing it:
// test/dap/README.md says when re-recording is legitimate.
import { DebugClient } from '@vscode/debugadapter-testsupport';
import { mkdirSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SESSIONS, recordSession } from '../test/dap/transcript-sessions';
import { GOLDEN_DIR, goldenPath, stableStringify } from '../test/dap/transcript';

// Not test/dap/client.ts's startAdapter: that module registers a node:test hook, which would
// make this script a test run. The same adapter, started the same way.
async function start(): Promise<DebugClient> {
  const dc = new DebugClient('node', resolve('dist/debugAdapter.js'), 'pyheap');
  dc.defaultTimeout = 120_000;
  await dc.start();
  return dc;
}

const filters = process.argv.slice(2);
const chosen = SESSIONS.filter((s) => filters.length === 0 || filters.some((f) => s.name.includes(f)));
if (chosen.length === 0) {
  console.error(`No session matches ${filters.join(', ')}; the sessions: ${SESSIONS.map((s) => s.name).join(', ')}`);
  process.exit(2);
}
async function main(): Promise<void> {
  mkdirSync(GOLDEN_DIR, { recursive: true });
  for (const def of chosen) {
    const text = stableStringify(await recordSession(def, start));
    const path = goldenPath(def.name);
    const was = existsSync(path) ? readFileSync(path, 'utf8') : null;
    writeFileSync(path, text);
    const n = (JSON.parse(text) as { entries: unknown[] }).entries.length;
    console.log(`${def.name}: ${n} requests, ${was === null ? 'new' : was === text ? 'unchanged' : 'CHANGED (review the diff)'}`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
