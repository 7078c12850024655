// The words of the CodeLens titles and hovers, from summarizeSource's records. Pure
// (no vscode, no model runtime): the background worker formats, the extension host
// only places the strings, and the unit tests read them.
//
//   b = a        → list [321, 123]: refcnt 1→2
//   pair = None  → list: refcnt 1→0, freed (kept on the list free list) · list [321, 123]: refcnt 3→1
//   loop body    → ×100: +100 allocs, −99 frees
//   gc.collect() → gc gen 2: 4 unreachable, 6 freed

import type {
  FreeEvent, GCRunEvent, LineEffects, LineSummary, ObjectLocation, ObjectSummary, RefcountDelta, SourceSummary, TraceObject,
} from '../../model/trace/types';

/** Longest lens title; the tooltip has everything. */
const MAX_TITLE = 110;
const MAX_REPR = 32;

const hex = (n: number): string => '0x' + n.toString(16);

function clipRepr(s: string, max = MAX_REPR): string {
  return s.length > max ? s.slice(0, max - 1) + '…' : s;
}

/** 'list [321, 123]', 'function show', 'Node object' — type and a short repr, without repeating the address. */
export function describe(o: TraceObject): string {
  const r = o.repr;
  const mod = /^<module '([^']+)'/.exec(r);
  if (mod !== null) return `module ${mod[1]}`;
  if (r.startsWith('<') && r.includes(' at 0x')) {
    const m = /^<(function|class|built-in function) ([^ >]+)/.exec(r);
    return m !== null ? `${o.type} ${m[2].replace(/'$/, '').replace(/^'/, '')}` : `${o.type} ${hex(o.id)}`;
  }
  return `${o.type} ${clipRepr(r)}`;
}

function refcnt(r: RefcountDelta, isStatic: boolean): string {
  // A static object's count includes the interpreter's own references (its startup
  // baseline); the change is what this line did.
  if (isStatic) {
    const d = r.after - r.before;
    return `refcnt ${d > 0 ? '+' : '−'}${Math.abs(d)} (static)`;
  }
  return `refcnt ${r.before}→${r.after}`;
}

/** Where a freed object's memory went. */
export function released(f: FreeEvent): string {
  const at = f.released;
  if (at === undefined) return `kept on the ${f.type} free list`;
  if (at.kind === 'pool') return `${at.blockSize} B block back to pool ${hex(at.poolAddress)}`;
  if (at.kind === 'raw') return `${at.chunkSize} B chunk back to the raw heap`;
  return 'static';
}

export function gcRun(g: GCRunEvent): string {
  return `gc gen ${g.generation}: ${g.unreachable} unreachable, ${g.freed} freed`;
}

/** One execution's effects as lens parts: new objects, freed ones, refcount changes, collections. */
function effectParts(fx: Pick<LineEffects, 'refcounts' | 'allocs' | 'frees' | 'gc'>): string[] {
  const parts: string[] = [];
  const born = new Set(fx.allocs.map((a) => a.id));
  const freed = new Map(fx.frees.map((f) => [f.id, f]));
  for (const a of fx.allocs) parts.push(`new ${describe(a)}`);
  for (const f of fx.frees) {
    const before = fx.refcounts.find((r) => r.id === f.id)?.before;
    parts.push(`${f.type}: ${before !== undefined ? `refcnt ${before}→0, ` : ''}freed (${released(f)})`);
  }
  const heap: string[] = [];
  const statics: string[] = [];
  for (const r of fx.refcounts) {
    if (born.has(r.id) || freed.has(r.id)) continue;
    (r.static === true ? statics : heap).push(`${describe(r)}: ${refcnt(r, r.static === true)}`);
  }
  parts.push(...heap, ...statics);
  for (const g of fx.gc) parts.push(gcRun(g));
  return parts;
}

function runtimeParts(fx: LineEffects): string[] {
  return effectParts({ ...fx.runtime, gc: [] }).map((p) => `runtime: ${p}`);
}

function joinParts(parts: string[], max = MAX_TITLE): string {
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const next = out === '' ? parts[i] : `${out} · ${parts[i]}`;
    if (next.length > max && out !== '') return `${out} · +${parts.length - i} more`;
    out = next;
  }
  return out;
}

const plural = (n: number, one: string, many = one + 's'): string => `${n} ${n === 1 ? one : many}`;

/** The lens title above a line. */
export function lensTitle(l: LineSummary, showRuntimeObjects: boolean): string {
  const parts: string[] = [];
  if (l.executions > 1) {
    const totals = l.allocs === 0 && l.frees === 0
      ? `×${l.executions}: no allocations or frees`
      : `×${l.executions}: +${plural(l.allocs, 'alloc')}, −${plural(l.frees, 'free')}`;
    parts.push(totals);
    const gcs = l.last.gc.length;
    if (gcs > 0) parts.push(`last run: ${l.last.gc.map(gcRun).join(', ')}`);
  } else {
    parts.push(...effectParts(l.last));
  }
  if (showRuntimeObjects) parts.push(...runtimeParts(l.last));
  else if (l.runtimeAllocs > 0) parts.push(`+${plural(l.runtimeAllocs, 'runtime temporary', 'runtime temporaries')}`);
  if (parts.length === 0) parts.push('no change to the program’s objects');
  return joinParts(parts);
}

/** The lens's tooltip: the last execution in full, one change per line. */
export function lensTooltip(l: LineSummary, showRuntimeObjects: boolean): string {
  const head = l.executions > 1
    ? `Line ${l.line} (${l.code}) ran ${l.executions} times: ${plural(l.allocs, 'allocation')}, ${plural(l.frees, 'free')} of the program's objects, ${plural(l.runtimeAllocs, 'runtime temporary', 'runtime temporaries')}. Its last run:`
    : `Line ${l.line} (${l.code}) ran once:`;
  const lines = [head, ...effectParts(l.last).map((p) => `  ${p}`)];
  const rt = runtimeParts(l.last);
  if (rt.length > 0) lines.push(showRuntimeObjects ? '' : 'The runtime’s own objects (pyheap.codeLens.showRuntimeObjects):', ...rt.map((p) => `  ${p.slice('runtime: '.length)}`));
  lines.push(`Steps ${l.lastStep}–${l.endStep}. Click: open the memory panel at step ${l.endStep}.`);
  return lines.join('\n');
}

export function locationText(m: ObjectLocation): string {
  if (m.kind === 'static') return 'static (libpython’s data segment, not pymalloc)';
  if (m.kind === 'raw') return `raw heap chunk ${hex(m.chunk)} (${m.nbytes} B requested, ${m.chunkSize} B chunk: over 512 B goes to malloc)`;
  return `arena ${m.arena} (${hex(m.arenaAddress)}) · pool ${m.pool} (${hex(m.poolAddress)}) · block ${m.block} (${hex(m.blockAddress)}), ${m.blockSize}-byte size class ${m.szidx}`;
}

function gcText(g: ObjectSummary['gc']): string {
  if (g === 'untracked') return 'not tracked by the cyclic GC';
  if (g === 'permanent') return 'permanent generation (gc.freeze)';
  return `generation ${g}`;
}

function holdersText(o: ObjectSummary): string {
  const parts = o.heldBy.map((h) => `${h.holder}${h.slot !== '' ? ` ${h.slot}` : ''}${h.count > 1 ? ` ×${h.count}` : ''}`);
  if (o.holdersOmitted > 0) parts.push(`${o.holdersOmitted} more from the program`);
  if (o.heldByRuntime > 0) parts.push(`${o.heldByRuntime} from the interpreter${o.static ? ' (a static object’s startup references included)' : ' (code constants, interned names, caches…)'}`);
  return parts.join('; ');
}

const mdEscape = (s: string): string => s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, (c) => '\\' + c);

/** The hover on `name` at line `l`: the object it was bound to after the line's last execution (Markdown). */
export function hoverMarkdown(l: LineSummary, name: string, python: string): string {
  const when = l.executions > 1 ? `after the last (${l.executions}th) run of line ${l.line}` : `after line ${l.line} ran`;
  const b = l.bindings?.find((x) => x.name === name);
  const head = `**PyHeap** — simulated CPython ${python}, background run`;
  if (l.bindings === null) return `${head}\n\n\`${name}\`: the frame of \`${l.code}\` had returned ${when}, so its names are gone.`;
  if (b === undefined) return `${head}\n\n\`${name}\` is not bound in \`${l.code}\` ${when}.`;
  const o = b.object;
  const rows: [string, string][] = [
    ['id', `${o.id} (${hex(o.id)})`],
    ['ob_refcnt', `${o.ob_refcnt}${o.heldBy.length + o.heldByRuntime > 0 ? ` — ${mdEscape(holdersText(o))}` : ''}`],
    ['type', mdEscape(o.type)],
    ['sys.getsizeof', `${o.size} B`],
    ['GC', gcText(o.gc)],
    ['memory', mdEscape(locationText(o.memory))],
  ];
  return [
    head,
    '',
    `\`${name}\` → \`${o.repr.replace(/`/g, "'")}\` ${when}`,
    '',
    '| | |',
    '|---|---|',
    ...rows.map(([k, v]) => `| ${k} | ${v} |`),
  ].join('\n');
}

/** The hover on a line that never ran in the background run. */
export function notRunMarkdown(line: number, summary: Pick<SourceSummary, 'stoppedAfter' | 'python'>): string {
  const why = summary.stoppedAfter !== undefined ? ` (the run stopped after ${summary.stoppedAfter} steps: pyheap.codeLens.maxSteps)` : '';
  return `**PyHeap** — simulated CPython ${summary.python}, background run\n\nLine ${line} never ran${why}.`;
}
