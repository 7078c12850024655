// npm run bench: runs every program in bench/ on real CPython and on the simulator
// (the built CLI, full refcount accounting on) in the same run, checks that both
// print the same, and reports each ratio simulator/CPython and their geometric mean.
// Budget (issues 2-4): geometric mean ≤ 3×. Whole-process wall time, best of N runs.
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { homedir } from 'node:os';

const PYTHONS = { '3.11': '3.11.7' };
const version = process.argv.includes('--python') ? process.argv[process.argv.indexOf('--python') + 1] : '3.11';
const runs = Number(process.env.BENCH_RUNS ?? 3);
const filter = process.argv.slice(2).find((a) => !a.startsWith('--') && a !== version);

function pyenvRoot() {
  try {
    return execFileSync('pyenv', ['root'], { encoding: 'utf8' }).trim();
  } catch {
    return join(homedir(), '.pyenv');
  }
}
const python = join(pyenvRoot(), 'versions', PYTHONS[version], 'bin', 'python');
if (!existsSync(python)) {
  console.error(`bench: CPython ${PYTHONS[version]} not found at ${python}`);
  process.exit(2);
}
const cli = resolve('dist/cli.js');
const CLI_NODE_FLAGS = readFileSync(cli, 'utf8').split('\n', 1)[0].split(/\s+/).filter((w) => w.startsWith('--'));

function best(cmd, args, cwd) {
  let bestMs = Infinity;
  let out = '';
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, PYTHONHASHSEED: '0' }, maxBuffer: 64 << 20 });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(-500)}`);
    out = r.stdout;
    bestMs = Math.min(bestMs, ms);
  }
  return { ms: bestMs, out };
}

const dir = resolve('bench');
const files = readdirSync(dir).filter((f) => f.endsWith('.py') && (!filter || f.includes(filter))).sort();
const ratios = [];
let failed = false;
console.log(`PyHeap bench vs CPython ${PYTHONS[version]} (best of ${runs}, whole process)`);
console.log('program'.padEnd(22) + 'cpython ms'.padStart(12) + 'pyheap ms'.padStart(12) + 'ratio'.padStart(9));
for (const f of files) {
  const cp = best(python, [f], dir);
  let ph;
  try {
    // As the `pyheap` bin runs it (its shebang's node flags).
    ph = best(process.execPath, [...CLI_NODE_FLAGS, cli, 'run', f, '--python', version], dir);
  } catch (e) {
    console.log(f.padEnd(22) + cp.ms.toFixed(0).padStart(12) + '   FAILED: ' + String(e.message).split('\n')[0]);
    failed = true;
    continue;
  }
  const same = ph.out === cp.out;
  const ratio = ph.ms / cp.ms;
  ratios.push(ratio);
  console.log(f.padEnd(22) + cp.ms.toFixed(0).padStart(12) + ph.ms.toFixed(0).padStart(12) + (ratio.toFixed(2) + '×').padStart(9) + (same ? '' : '   OUTPUT DIFFERS'));
  if (!same) failed = true;
}
if (ratios.length) {
  const geo = Math.exp(ratios.reduce((s, r) => s + Math.log(r), 0) / ratios.length);
  console.log(`geometric mean: ${geo.toFixed(2)}× (budget ≤ 3×) over ${ratios.length} programs`);
}
process.exit(failed ? 1 : 0);
