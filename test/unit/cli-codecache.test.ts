// The built `pyheap` executable (dist/cli.js) runs its bundle through V8's code cache
// (src/node/codecache.ts). A missing, corrupt or foreign cache must never change what
// a run prints: the loader falls back to a plain compile and writes a fresh cache.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const DIST = resolve('dist');
const PROGRAM = "import sys\nx = 'abc' * 3\nprint(x, sys.getrefcount(x), id(x) == id(x))\n";

function run(dir: string, file: string): { out: string; code: number | null } {
  // As the launcher runs it without a snapshot (its node flags, scripts/cli-launcher.mjs).
  const head = readFileSync(join(dir, 'cli.js'), 'utf8').split('\n', 2).join(' ');
  const flags = [...new Set(head.split(/\s+/).map((w) => w.replace(/^z=/, '').replace(/;$/, '')).filter((w) => w.startsWith('--') && w !== '--snapshot-blob'))];
  const r = spawnSync(process.execPath, [...flags, join(dir, 'cli.js'), 'run', file], { encoding: 'utf8' });
  return { out: r.stdout + r.stderr, code: r.status };
}

function cacheFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.cache'));
}

test('code cache: written on first run, reused, and a bad cache is replaced', { skip: !existsSync(join(DIST, 'cli.bundle.js')) }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'pyheap-cc-'));
  try {
    copyFileSync(join(DIST, 'cli.js'), join(dir, 'cli.js'));
    copyFileSync(join(DIST, 'cli.bundle.js'), join(dir, 'cli.bundle.js'));
    const file = join(dir, 'p.py');
    writeFileSync(file, PROGRAM);

    const first = run(dir, file);
    assert.equal(first.code, 0, first.out);
    const caches = cacheFiles(dir);
    assert.equal(caches.length, 1);
    const cache = join(dir, caches[0]);
    const written = statSync(cache).mtimeMs;

    // A valid cache is used as it is (not written again).
    assert.deepEqual(run(dir, file), first);
    assert.equal(statSync(cache).mtimeMs, written);

    // Corrupt bytecode after a valid header: V8 rejects it, the run is unchanged.
    const data = readFileSync(cache);
    const header = data.subarray(0, data.indexOf(10) + 1);
    writeFileSync(cache, Buffer.concat([header, Buffer.alloc(4096, 7)]));
    assert.deepEqual(run(dir, file), first);
    assert.ok(statSync(cache).size > 4096 + header.length, 'rejected cache rewritten');

    // A cache made from another bundle is ignored.
    writeFileSync(cache, 'pyheap-code-cache 0000 1\n' + 'x'.repeat(100));
    assert.deepEqual(run(dir, file), first);
    assert.ok(readFileSync(cache).subarray(0, header.length).equals(header));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
