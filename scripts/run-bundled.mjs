// node scripts/run-bundled.mjs <entry.ts> [args…]: bundles a TypeScript script with esbuild as
// the build bundles the product (scripts/build.mjs: node20, cjs, dependencies left to
// node_modules) into .cache/bundled/, then runs it with these args. Benchmarks that call the
// model in-process use it: tsx transpiles file by file (const enums stay lookups, nothing is
// inlined across modules) and runs the simulator several times slower than the bundles users run.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { basename, join } from 'node:path';

const [entry, ...args] = process.argv.slice(2);
if (entry === undefined) {
  console.error('usage: node scripts/run-bundled.mjs <entry.ts> [args…]');
  process.exit(2);
}
const out = join('.cache', 'bundled', basename(entry).replace(/\.ts$/, '.js'));
await build({
  entryPoints: [entry], outfile: out, bundle: true, platform: 'node', format: 'cjs', target: 'node20',
  packages: 'external', sourcemap: true, logLevel: 'warning',
});
const r = spawnSync(process.execPath, ['--enable-source-maps', out, ...args], { stdio: 'inherit' });
process.exit(r.status ?? 1);
