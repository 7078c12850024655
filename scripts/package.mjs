// npm run package: the built extension as build/pyheap-<version>.vsix (@vscode/vsce).
// .vscodeignore is an allow-list of built files; this script then lists what went in,
// so a stray file shows up here rather than in a user's extensions folder.
// The extension's JavaScript is bundled (no node_modules): --no-dependencies.
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const out = `build/${pkg.name}-${pkg.version}.vsix`;
mkdirSync('build', { recursive: true });
const vsce = createRequire(import.meta.url).resolve('@vscode/vsce/vsce');
const r = spawnSync(process.execPath, [
  vsce, 'package', '--out', out, '--no-dependencies', '--skip-license', '--allow-missing-repository',
  // README images are relative (docs/screenshots/): VS Code shows them from the package.
  '--no-rewrite-relative-links',
], { stdio: ['ignore', 'inherit', 'inherit'] });
if (r.status !== 0) process.exit(r.status ?? 1);

const list = spawnSync('unzip', ['-Z1', out], { encoding: 'utf8' });
if (list.status === 0) {
  const files = list.stdout.trim().split('\n').filter((f) => f.startsWith('extension/'));
  console.log(`${out}: ${files.length} files, ${(statSync(out).size / 1024).toFixed(0)} KiB`);
  for (const f of files) console.log(`  ${f}`);
}
