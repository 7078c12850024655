// One build for every entry point: the CLI now; the extension, the stdio debug adapter
// and the webview bundle join this list as they are written.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const entries = [
  // Every simulated object is a JS object: a larger young generation lets short-lived
  // ones (ints, temporaries) die there instead of being promoted (10-20% on bench/).
  { in: 'src/cli/main.ts', out: 'dist/cli.js', banner: '#!/usr/bin/env -S node --max-semi-space-size=64' },
  { in: 'src/extension/extension.ts', out: 'dist/extension.js', external: ['vscode'] },
  { in: 'src/debugAdapter/stdio.ts', out: 'dist/debugAdapter.js' },
];

for (const e of entries.filter((e) => existsSync(e.in))) {
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
    logLevel: 'warning',
  });
}
