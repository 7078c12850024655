// npm run demo: runs each example (one per chapter of the seed) on the simulated
// heap and prints its output, then the per-line trace of the refcount example.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';

const cli = resolve('dist/cli.js');
const dir = resolve('examples');
for (const f of readdirSync(dir).filter((f) => f.endsWith('.py')).sort()) {
  console.log(`\n=== pyheap run examples/${f}`);
  const r = spawnSync(process.execPath, [cli, 'run', f], { cwd: dir, encoding: 'utf8' });
  process.stdout.write(r.stdout);
  process.stdout.write(r.stderr);
  console.log(`(exit code ${r.status})`);
}
console.log('\n=== pyheap trace examples/02_refcount.py');
const t = spawnSync(process.execPath, [cli, 'trace', '02_refcount.py'], { cwd: dir, encoding: 'utf8' });
process.stdout.write(t.stdout);
process.stdout.write(t.stderr);
