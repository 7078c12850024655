// The built `pyheap` executable (dist/cli.js) is a shell launcher that starts node
// from the V8 startup snapshot dist/cli.snap when it is usable (scripts/cli-launcher.mjs)
// and otherwise runs the same file as JavaScript, through the code cache. Both ways
// must print the same, exit with the same code and give the same ids and counts; a
// blob that does not belong to the node on PATH must be passed over silently.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const DIST = resolve('dist');
const BUILT = existsSync(join(DIST, 'cli.snap'));

const PROGRAMS: Record<string, string> = {
  ids: "import sys, gc\na = [1, 2, 3]\ns = 'abc' * 3\nclass C: pass\nc = C(); c.me = c\nprint(id(a), id(s), id(C), id(c), sys.getrefcount(s), gc.get_count())\ndel c\nprint(gc.collect(), gc.get_count())\n",
  raises: "import sys\nprint('out')\nprint('err', file=sys.stderr)\n{}['missing']\n",
  exits: "import sys\nprint('bye')\nsys.exit(3)\n",
  syntax: 'x = (1,\n',
  big: "for i in range(20000):\n    print(i, 'x' * 40)\n",
};

interface Outcome {
  stdout: string;
  stderr: string;
  code: number | null;
}

/** The node flags the launcher runs the JavaScript way with. */
function nodeFlags(cli: string): string[] {
  const head = readFileSync(cli, 'utf8').split('\n', 2).join(' ');
  return [...new Set(head.split(/\s+/).map((w) => w.replace(/^z=/, '').replace(/;$/, '')).filter((w) => w.startsWith('--') && w !== '--snapshot-blob'))];
}

/** Runs the executable as a shell runs it (its #! line). */
function runExecutable(cli: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Outcome {
  const r = spawnSync(cli, args, { cwd, encoding: 'utf8', env, maxBuffer: 64 << 20 });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}

function runJavaScript(cli: string, args: string[], cwd: string): Outcome {
  const r = spawnSync(process.execPath, [...nodeFlags(cli), cli, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}

/** Whether the launcher started node from the snapshot (its exec line, traced). */
function usesSnapshot(cli: string, cwd: string, env: NodeJS.ProcessEnv = process.env): boolean {
  const r = spawnSync('sh', ['-x', cli, '--help'], { cwd, encoding: 'utf8', env });
  assert.equal(r.status, 0, r.stderr);
  return /exec \S+ .*--snapshot-blob/.test(r.stderr);
}

test('snapshot: the launcher starts from the snapshot, also through a symbolic link', { skip: !BUILT }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'pyheap-snap-'));
  try {
    assert.ok(usesSnapshot(join(DIST, 'cli.js'), dir));
    symlinkSync(join(DIST, 'cli.js'), join(dir, 'pyheap'));
    assert.ok(usesSnapshot(join(dir, 'pyheap'), dir));
    // NODE_OPTIONS may carry V8 flags the blob was not made under.
    assert.ok(!usesSnapshot(join(DIST, 'cli.js'), dir, { ...process.env, NODE_OPTIONS: '--no-warnings' }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('snapshot: output, stderr and exit codes match the code-cache path', { skip: !BUILT }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'pyheap-snap-'));
  try {
    const cli = join(DIST, 'cli.js');
    for (const [name, source] of Object.entries(PROGRAMS)) {
      writeFileSync(join(dir, `${name}.py`), source);
      const viaSnapshot = runExecutable(cli, ['run', `${name}.py`], dir);
      assert.deepEqual(viaSnapshot, runJavaScript(cli, ['run', `${name}.py`], dir), name);
      // Deterministic from one process to the next.
      assert.deepEqual(runExecutable(cli, ['run', `${name}.py`], dir), viaSnapshot, name);
    }
    assert.equal(runExecutable(cli, ['run', 'exits.py'], dir).code, 3);
    assert.equal(runExecutable(cli, ['run', 'raises.py'], dir).code, 1);
    // Command-line handling: usage errors, help, a missing file, trace.
    for (const args of [[], ['--help'], ['run'], ['run', 'nofile.py'], ['bogus'], ['run', 'ids.py', '--max-steps', '5'], ['trace', 'ids.py'], ['trace', 'ids.py', '--json']]) {
      assert.deepEqual(runExecutable(cli, args, dir), runJavaScript(cli, args, dir), args.join(' '));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('snapshot: a missing blob or one of another node binary is passed over', { skip: !BUILT }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'pyheap-snap-'));
  try {
    for (const f of ['cli.js', 'cli.bundle.js', 'cli.snap', 'cli.snap.node']) copyFileSync(join(DIST, f), join(dir, f));
    const cli = join(dir, 'cli.js');
    writeFileSync(join(dir, 'p.py'), PROGRAMS.ids);
    utimesSync(join(dir, 'cli.snap.node'), new Date(), new Date(0));
    assert.ok(!usesSnapshot(cli, dir));
    const expected = runJavaScript(join(DIST, 'cli.js'), ['run', 'p.py'], dir);
    assert.deepEqual(runExecutable(cli, ['run', 'p.py'], dir), expected);
    rmSync(join(dir, 'cli.snap'));
    assert.ok(!usesSnapshot(cli, dir));
    assert.deepEqual(runExecutable(cli, ['run', 'p.py'], dir), expected);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
