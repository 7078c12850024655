// Text form of a trace for `pyheap trace FILE` (without --json): one block per
// executed line, the changes it caused indented under it.

import type { TraceResult, TraceObject } from '../model/trace/types';

const hex = (id: number): string => '0x' + id.toString(16);
const obj = (o: TraceObject): string => `${o.type} ${hex(o.id)} ${o.repr}`;

export function formatTrace(t: TraceResult, source: string): string {
  const src = source.split(/\r?\n/);
  const out: string[] = [];
  for (const l of t.lines) {
    const text = l.line > 0 ? (src[l.line - 1] ?? '').trim() : '(interpreter)';
    out.push(`${String(l.line).padStart(4)} ${l.code.padEnd(10)} ${text}`);
    for (const a of l.allocs) out.push(`       + alloc  ${obj(a)} (${a.size} bytes)`);
    for (const r of l.refcounts) {
      const d = r.after - r.before;
      out.push(`       ${d > 0 ? '+' : '-'} refcnt ${obj(r)} ${r.before} → ${r.after} (${d > 0 ? '+' : ''}${d})`);
    }
    for (const f of l.frees) out.push(`       x free   ${obj(f)}`);
    for (const g of l.gc) {
      out.push(`       ♻ gc     generation ${g.generation} (${g.trigger}): ${g.collected} collected, ${g.uncollectable} uncollectable`);
    }
  }
  out.push('');
  out.push('--- program output ---');
  out.push(t.result.stdout + t.result.stderr + `--- exit code ${t.result.exitCode} ---`);
  return out.join('\n') + '\n';
}
