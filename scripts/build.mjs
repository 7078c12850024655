// One build for every entry point: the CLI, the extension (Node and browser, each with
// its background worker), the stdio debug adapter; the webview bundle joins this list
// as it is written.
//
// The CLI: the `pyheap` executable dist/cli.js, a shell launcher (scripts/cli-launcher.mjs)
// that starts node from the V8 startup snapshot dist/cli.snap when it can, and is
// otherwise src/cli/bin.ts, a small loader that compiles dist/cli.bundle.js
// (src/cli/main.ts and the model) through V8's code cache (src/node/codecache.ts) and
// knows the bundle by its sha-256. dist/cli.snapshot.js (src/cli/snapshot.ts) is the
// snapshot's builder script. The build then makes the snapshot and runs the CLI once
// so that the code cache exists from the start.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, unlinkSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { cliLauncher, STACK_SIZE_KB } from './cli-launcher.mjs';

// Node flags of the `pyheap` executable (its shebang). Every simulated object is a JS
// object: a larger young generation lets short-lived ones (ints, temporaries) die
// there instead of being promoted (10-20% on bench/); starting it at 8 MB instead of
// 1 MB spares the startup heap the scavenges that would copy it while the young
// generation grows (an empty program runs without any: ~10% of its CPU time). Then
// the flags V8 accepts at run time (src/model/v8flags.json): src/model/v8tuning.ts
// sets them where the model is loaded into another process (extension host, debug
// adapter, tests) and skips those already on the command line.
// The stack size comes with the launcher's raised stack limit (scripts/cli-launcher.mjs).
const HEAP_FLAGS = ['--max-semi-space-size=64', '--min-semi-space-size=8'];
const CLI_NODE_FLAGS = [...HEAP_FLAGS, `--stack-size=${STACK_SIZE_KB}`, ...JSON.parse(readFileSync('src/model/v8flags.json', 'utf8')).runtime].join(' ');

const entries = [
  { in: 'src/cli/main.ts', out: 'dist/cli.bundle.js' },
  { in: 'src/cli/bin.ts', out: 'dist/cli.js', banner: cliLauncher(CLI_NODE_FLAGS), bundleOf: 'dist/cli.bundle.js' },
  { in: 'src/cli/snapshot.ts', out: 'dist/cli.snapshot.js' },
  // The extension's background worker (CodeLens, hovers): worker_threads in Node; a loader
  // that runs the bundle through V8's code cache (src/extension/worker/nodeLoader.ts).
  { in: 'src/extension/worker/node.ts', out: 'dist/summaryWorker.bundle.js' },
  { in: 'src/extension/worker/nodeLoader.ts', out: 'dist/summaryWorker.js', bundleOf: 'dist/summaryWorker.bundle.js' },
  // The extension knows its worker's build: the view store keeps only that build's views.
  { in: 'src/extension/extension.ts', out: 'dist/extension.js', external: ['vscode'], bundleOf: 'dist/summaryWorker.bundle.js' },
  { in: 'src/debugAdapter/stdio.ts', out: 'dist/debugAdapter.js' },
  { in: 'src/debuggee/worker.node.ts', out: 'dist/debuggee.js' },
  // The web extension (package.json "browser") and its Web Worker: no Node anywhere.
  { in: 'src/extension/worker/web.ts', out: 'dist/web/summaryWorker.js', platform: 'browser', format: 'iife' },
  { in: 'src/extension/extension.web.ts', out: 'dist/web/extension.js', external: ['vscode'], platform: 'browser', bundleOf: 'dist/web/summaryWorker.js' },
  // The memory panel's page (webview/): a browser bundle and its stylesheet.
  { in: 'webview/main.ts', out: 'dist/webview/panel.js', platform: 'browser', format: 'iife', target: 'chrome114' },
  { in: 'webview/panel.css', out: 'dist/webview/panel.css', platform: 'browser' },
];

// A snapshot of an earlier build must never start this one's launcher.
for (const f of ['dist/cli.snap', 'dist/cli.snap.node', 'dist/cli.snap.tmp']) rmSync(f, { force: true });

for (const e of entries.filter((e) => existsSync(e.in))) {
  const define = e.bundleOf ? { PYHEAP_BUNDLE_ID: JSON.stringify(createHash('sha256').update(readFileSync(e.bundleOf)).digest('hex')) } : undefined;
  await build({
    entryPoints: [e.in],
    outfile: e.out,
    bundle: true,
    // Node built-ins the debug adapter library needs, for the browser: small shims of ours.
    alias: e.platform === 'browser' ? { events: './src/shims/events.ts', url: './src/shims/url.ts' } : undefined,
    platform: e.platform ?? 'node',
    format: e.format ?? 'cjs',
    target: e.target ?? (e.platform === 'browser' ? 'es2022' : 'node20'),
    sourcemap: true,
    external: e.external ?? [],
    banner: e.banner ? { js: e.banner } : undefined,
    define,
    logLevel: 'warning',
  });
  if (e.banner) chmodSync(e.out, 0o755);
}

copyFileSync('webview/icon.svg', 'dist/webview/icon.svg');

// Code caches of an earlier bundle are useless now (the loader would ignore them).
for (const f of readdirSync('dist')) if (/^(cli|summaryWorker)\.bundle\.js\..*\.(cache|tmp)$/.test(f)) unlinkSync(`dist/${f}`);
// The startup snapshot, built under the executable's node flags (node refuses a blob
// made under other V8 flags), then stamped with this node binary's modification time
// for the launcher's check. Without it (a node that cannot build one, no touch(1)) the
// executable runs through the code cache.
const snap = spawnSync(process.execPath, [...CLI_NODE_FLAGS.split(' '), '--snapshot-blob', 'dist/cli.snap.tmp', '--build-snapshot', 'dist/cli.snapshot.js'], { encoding: 'utf8' });
if (snap.status === 0 && spawnSync('touch', ['-r', process.execPath, 'dist/cli.snap.tmp.node']).status === 0) {
  renameSync('dist/cli.snap.tmp', 'dist/cli.snap');
  renameSync('dist/cli.snap.tmp.node', 'dist/cli.snap.node');
} else {
  rmSync('dist/cli.snap.tmp', { force: true });
  rmSync('dist/cli.snap.tmp.node', { force: true });
  console.warn(`build: no startup snapshot for the CLI (it will run through the code cache): ${(snap.stderr || snap.error || '').toString().trim()}`);
}
// Warm the cache as the `pyheap` executable runs (its shebang's flags). A failure here
// only means the first real run writes it.
spawnSync(process.execPath, [...CLI_NODE_FLAGS.split(' '), 'dist/cli.js', 'run', 'scripts/warmup.py'], { stdio: 'ignore' });
