// npm run bench:codelens — what the editor waits for, measured on the built worker
// (dist/summaryWorker.js, the one the extension starts):
//   * a 500-line program: from starting a fresh worker to its first lenses (opening a file
//     in a new window: the worker posts each line's lens as soon as it is final, and the
//     editor shows the first ones while the run goes on; "first" is when every line of the
//     first screen, lines 1-SCREEN, that gets a lens has it) and to all of them; on a warm
//     worker (the run after an edit);
//   * a file opened again (a new window, a restart): its view read back from the view store
//     (src/extension/background/viewStore.ts, here over node:fs in a temporary folder) —
//     the whole lookup, and its longest synchronous part on the host (hash, JSON.parse);
//   * a 10,000-line program under the default bound (100000 steps);
//   * the extension host's own share: deserialising the worker's messages (structuredClone
//     of the same data, on this thread; the longest one), and at the result putting the
//     lenses in line order and building the CodeLens list the provider returns (objects of
//     the same shape as vscode.CodeLens, Range and Command, which need VS Code) — what a
//     run costs the host.
// The programs are generated (deterministic): assignments, lists, dicts, functions, loops.
//
//   npm run bench:codelens [-- --runs 5] [-- --small]   (--small: the 500-line program only)
import { Worker } from 'node:worker_threads';
import { join, resolve } from 'node:path';
import { mkdtempSync, mkdirSync, readdirSync, statSync, rmSync } from 'node:fs';
import { readFile, writeFile, readdir, stat, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { build } from 'esbuild';

const runs = process.argv.includes('--runs') ? Number(process.argv[process.argv.indexOf('--runs') + 1]) : 3;
const small = process.argv.includes('--small');
const WORKER = resolve('dist/summaryWorker.js');

function program(lines) {
  const out = ['import gc, sys', ''];
  for (let i = 0; out.length < lines - 1; i++) {
    switch (i % 6) {
      case 0: out.push(`a${i} = [${i}, ${i + 1000}, 'x${i}']`); break;
      case 1: out.push(`b${i} = a${i - 1}`); break;
      case 2: out.push(`d${i} = {'k': a${i - 2}, 'n': ${i * 7}}`); break;
      case 3: out.push(`def f${i}(x):`, '    y = [x, x]', `    return len(y) + ${i}`, `r${i} = f${i}(b${i - 2})`); break;
      case 4: out.push('for j in range(20):', `    t = (j, j + ${i})`); break;
      default: out.push(`del b${i - 4}`);
    }
  }
  out.length = lines - 1;
  // A dangling block opener would be a syntax error: end on a plain statement.
  while (/:\s*$/.test(out[out.length - 1])) out.pop();
  out.push('print(len(gc.get_objects()) > 0)');
  return out.join('\n') + '\n';
}

function request(source, id) {
  return { type: 'run', id, source, filename: 'bench.py', python: '3.11', maxSteps: 100000, showRuntimeObjects: false };
}

/** Starts a worker, runs `sources` one after the other; returns each reply with its wall time. */
async function session(sources) {
  const t0 = performance.now();
  const w = new Worker(WORKER, { resourceLimits: { stackSizeMb: 256 } });
  const out = [];
  try {
    for (let i = 0; i < sources.length; i++) {
      const start = i === 0 ? t0 : performance.now();
      const at = [];
      const replies = await new Promise((res, rej) => {
        const got = [];
        const on = (m) => {
          got.push(m);
          at.push(performance.now() - start);
          if (m.type === 'lenses') return;
          w.off('message', on);
          res(got);
        };
        w.on('message', on);
        w.once('error', rej);
        w.postMessage(request(sources[i], i));
      });
      const last = replies[replies.length - 1];
      if (last.type !== 'result') throw new Error(`worker fault: ${last.message}`);
      // The lines' lenses come in chunks, the result brings those that follow them.
      const first = firstScreen(replies, at);
      out.push({ first, ms: performance.now() - start, replies, view: { ...last.view, lenses: [...replies.flatMap((r) => r.lenses ?? []), ...last.view.lenses] } });
    }
  } finally {
    await w.terminate();
  }
  return out;
}

/** Lines of the editor's first screen. */
const SCREEN = 50;

/** When the lenses of the first screen's lines that ran had all arrived (`at`: each reply's
 *  time; those of the result, the exception's and the step bound's, come at the end). */
function firstScreen(replies, at) {
  const want = new Set();
  for (const r of replies) if (r.type === 'lenses') for (const l of r.lenses) if (l.line <= SCREEN) want.add(l.line);
  for (let i = 0; i < replies.length; i++) {
    const r = replies[i];
    if (r.type === 'lenses') for (const l of r.lenses) want.delete(l.line);
    if (want.size === 0) return at[i];
  }
  return at[at.length - 1];
}

const min = (xs) => Math.min(...xs);
const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (xs) => `min ${min(xs).toFixed(min(xs) < 10 ? 1 : 0)} ms, median ${med(xs).toFixed(med(xs) < 10 ? 1 : 0)} ms`;

const p500 = program(500);
const p10k = program(10000);
const cold = [], coldFirst = [], warm = [], warmFirst = [], big = [], bigFirst = [], clone500 = [], clone10k = [];
let last500, last10k;
/** The longest deserialisation of one message of a run (each is a task of its own in the
 *  host): per message the fastest of 5 clones (the others measure the machine's load). */
function longestClone(replies) {
  let worst = 0;
  for (const r of replies) {
    let best = Infinity;
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      structuredClone(r);
      best = Math.min(best, performance.now() - t);
    }
    worst = Math.max(worst, best);
  }
  return worst;
}
/** The host's work at a run's result (background/runs.ts, codeLens.ts): the chunks' lenses
 *  in line order, then one CodeLens per lens; the fastest of 5 (the others measure the load). */
class Position { constructor(line, character) { this.line = line; this.character = character; } }
class Range { constructor(l0, c0, l1, c1) { this.start = new Position(l0, c0); this.end = new Position(l1, c1); } }
class CodeLens { constructor(range, command) { this.range = range; this.command = command; this.isResolved = true; } }
function hostResult(replies) {
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    const lenses = [];
    for (const r of replies) if (r.type === 'lenses') lenses.push(...r.lenses);
    lenses.sort((a, b) => a.line - b.line);
    const last = replies[replies.length - 1];
    lenses.push(...last.view.lenses);
    const out = [];
    for (const l of lenses) {
      const target = { uri: 'file:///bench.py', line: l.line, step: l.step, startStep: l.startStep };
      out.push(new CodeLens(new Range(l.line - 1, 0, l.line - 1, 0), { title: l.title, tooltip: l.tooltip, command: 'pyheap.openMemoryPanel', arguments: [target] }));
    }
    best = Math.min(best, performance.now() - t);
  }
  return best;
}
const host500 = [], host10k = [];

// The view store as the extension uses it, bundled from its source.
await build({ entryPoints: ['src/extension/background/viewStore.ts'], outfile: '.cache/bundled/viewStore.mjs', bundle: true, format: 'esm', platform: 'node', logLevel: 'warning' });
const { ViewStore } = await import(resolve('.cache/bundled/viewStore.mjs'));
const storeDir = mkdtempSync(join(tmpdir(), 'pyheap-views-'));
const folder = {
  read: async (name) => { try { return await readFile(join(storeDir, name)); } catch { return undefined; } },
  write: (name, data) => writeFile(join(storeDir, name), data),
  list: () => readdir(storeDir),
  mtime: async (name) => (await stat(join(storeDir, name))).mtimeMs,
  remove: (name) => rm(join(storeDir, name), { force: true }),
};
/** The view the extension keeps (background/runs.ts): the chunks' lenses in line order, then
 *  the result's, and the chunks' hovers. */
function keptView(replies) {
  const last = replies[replies.length - 1];
  const lenses = replies.flatMap((r) => (r.type === 'lenses' ? r.lenses : [])).sort((a, b) => a.line - b.line);
  lenses.push(...last.view.lenses);
  return { ...last.view, lenses, hovers: Object.assign({}, ...replies.map((r) => r.hovers ?? {})) };
}
/** The longest task on this thread while `f` runs (a ticker between tasks measures it). */
async function longestTask(f) {
  let done = false, max = 0, last = performance.now();
  const tick = () => {
    const now = performance.now();
    max = Math.max(max, now - last);
    last = now;
    if (!done) setImmediate(tick);
  };
  setImmediate(tick);
  const out = await f();
  done = true;
  return { out, max };
}
/** Reading a file's view back: the whole lookup and its longest task on the host thread
 *  (fastest of 5 each: the others measure the machine's load). */
async function reopen(source, replies) {
  rmSync(storeDir, { recursive: true, force: true });
  mkdirSync(storeDir);
  const store = new ViewStore(folder, 'bench', crypto.subtle);
  const inputs = { ...request(source, 0) };
  const view = keptView(replies);
  if (!(await store.put(inputs, view))) return { ms: NaN, task: NaN, chars: JSON.stringify(view).length };
  let ms = Infinity, task = Infinity;
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    const { out: got, max } = await longestTask(() => store.get(inputs));
    ms = Math.min(ms, performance.now() - t);
    task = Math.min(task, max);
    if (got === undefined || JSON.stringify(got) !== JSON.stringify(view)) throw new Error('the view store changed the view');
  }
  return { ms, task, chars: readdirSync(storeDir).reduce((n, f) => n + statSync(join(storeDir, f)).size, 0) };
}
const reopen500 = [], reopen10k = [];
for (let r = 0; r < runs; r++) {
  const s = await session([p500, p500]);
  cold.push(s[0].ms);
  coldFirst.push(s[0].first);
  warm.push(s[1].ms);
  warmFirst.push(s[1].first);
  last500 = s[1];
  clone500.push(longestClone(last500.replies));
  host500.push(hostResult(last500.replies));
  reopen500.push(await reopen(p500, last500.replies));
  if (small) continue;
  const b = await session([p10k]);
  big.push(b[0].ms);
  bigFirst.push(b[0].first);
  last10k = b[0];
  clone10k.push(longestClone(last10k.replies));
  host10k.push(hostResult(last10k.replies));
  reopen10k.push(await reopen(p10k, last10k.replies));
}
rmSync(storeDir, { recursive: true, force: true });
function fmtReopen(rs) {
  if (rs.some((r) => Number.isNaN(r.ms))) return `not kept (view of ${rs[0].chars} characters, over the store's limit)`;
  return `${fmt(rs.map((r) => r.ms))}; the host's longest task meanwhile: ${fmt(rs.map((r) => r.task))} (${(rs[0].chars / 1024).toFixed(0)} KiB on disk)`;
}
const v500 = last500.view;
console.log(`500-line program (${v500.steps} steps, ${v500.lenses.length} lenses):`);
console.log(`  first lenses (lines 1-${SCREEN}), fresh worker: ${fmt(coldFirst)}`);
console.log(`  all lenses, fresh worker:    ${fmt(cold)}`);
console.log(`  first lenses (lines 1-${SCREEN}) after an edit (warm): ${fmt(warmFirst)}`);
console.log(`  all lenses after an edit (warm):   ${fmt(warm)}`);
console.log(`  extension host, longest message deserialisation (of ${last500.replies.length}): ${fmt(clone500)}`);
console.log(`  extension host, the result (line order, CodeLens list): ${fmt(host500)}`);
console.log(`  opened again (new window, restart): all lenses from the view store: ${fmtReopen(reopen500)}`);
if (small) process.exit(0);
const v10k = last10k.view;
console.log(`10,000-line program (${v10k.steps} steps${v10k.stoppedAfter !== undefined ? `, stopped at the bound` : ''}, ${v10k.lenses.length} lenses):`);
console.log(`  first lenses (lines 1-${SCREEN}), fresh worker: ${fmt(bigFirst)}`);
console.log(`  all lenses, fresh worker:    ${fmt(big)}`);
console.log(`  extension host, longest message deserialisation (of ${last10k.replies.length}): ${fmt(clone10k)}`);
console.log(`  extension host, the result (line order, CodeLens list): ${fmt(host10k)}`);
console.log(`  opened again: all lenses from the view store: ${fmtReopen(reopen10k)}`);
