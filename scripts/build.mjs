// One build for every entry point: the CLI now; the extension, the stdio debug adapter
// and the webview bundle join this list as they are written.
//
// The CLI is two files: dist/cli.bundle.js (src/cli/main.ts and the model) and the
// `pyheap` executable dist/cli.js (src/cli/bin.ts), a small loader that compiles the
// bundle through V8's code cache (src/cli/codecache.ts) and knows the bundle by its
// sha-256. The build then runs the CLI once so that the cache exists from the start.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, readdirSync, readFileSync, unlinkSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

// Node flags of the `pyheap` executable (its shebang). Every simulated object is a JS
// object: a larger young generation lets short-lived ones (ints, temporaries) die
// there instead of being promoted (10-20% on bench/); starting it at 8 MB instead of
// 1 MB spares the startup heap the scavenges that would copy it while the young
// generation grows (an empty program runs without any: ~10% of its CPU time). Then
// the flags V8 accepts at run time (src/model/v8flags.json): src/model/v8tuning.ts
// sets them where the model is loaded into another process (extension host, debug
// adapter, tests) and skips those already on the command line.
const HEAP_FLAGS = ['--max-semi-space-size=64', '--min-semi-space-size=8'];
const CLI_NODE_FLAGS = [...HEAP_FLAGS, ...JSON.parse(readFileSync('src/model/v8flags.json', 'utf8')).runtime].join(' ');

const entries = [
  { in: 'src/cli/main.ts', out: 'dist/cli.bundle.js' },
  { in: 'src/cli/bin.ts', out: 'dist/cli.js', banner: `#!/usr/bin/env -S node ${CLI_NODE_FLAGS}`, bundleOf: 'dist/cli.bundle.js' },
  { in: 'src/extension/extension.ts', out: 'dist/extension.js', external: ['vscode'] },
  { in: 'src/debugAdapter/stdio.ts', out: 'dist/debugAdapter.js' },
];

for (const e of entries.filter((e) => existsSync(e.in))) {
  const define = e.bundleOf ? { PYHEAP_BUNDLE_ID: JSON.stringify(createHash('sha256').update(readFileSync(e.bundleOf)).digest('hex')) } : undefined;
  await build({
    entryPoints: [e.in],
    outfile: e.out,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: true,
    external: e.external ?? [],
    banner: e.banner ? { js: e.banner } : undefined,
    define,
    logLevel: 'warning',
  });
  if (e.banner) chmodSync(e.out, 0o755);
}

// Code caches of an earlier bundle are useless now (the loader would ignore them).
for (const f of readdirSync('dist')) if (/^cli\.bundle\.js\..*\.(cache|tmp)$/.test(f)) unlinkSync(`dist/${f}`);
// Warm the cache as the `pyheap` executable runs (its shebang's flags). A failure here
// only means the first real run writes it.
spawnSync(process.execPath, [...CLI_NODE_FLAGS.split(' '), 'dist/cli.js', 'run', 'scripts/warmup.py'], { stdio: 'ignore' });
