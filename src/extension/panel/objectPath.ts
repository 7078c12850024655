// An expression that reaches an object from a frame's names, for the panel's selection:
// `a`, `a.x`, `d['k']`, `l[2]` — what the debug console can evaluate to show the row the
// Variables view shows for it. Breadth-first over the snapshot's references (a name
// first, then one or two slots), innermost frame first.

import type { HeapSnapshot, ObjectSnap, RefSlot } from '../../model/snapshot';

export interface ObjectPath {
  /** The frame whose names the expression starts from. */
  frameId: number;
  expression: string;
}

const MAX_DEPTH = 3;

function step(base: string, slot: RefSlot): string | null {
  switch (slot.kind) {
    case 'index': return `${base}[${slot.index}]`;
    case 'value': return `${base}[${slot.key}]`;
    case 'attr': return `${base}.${slot.name}`;
    default: return null; // a set member, a dict's key, a cell: no expression reads it
  }
}

export function objectPath(s: HeapSnapshot, id: number): ObjectPath | null {
  const byId = new Map<number, ObjectSnap>();
  for (const o of s.objects) byId.set(o.id, o);
  for (const f of s.frames) {
    let level: { id: number; expr: string }[] = [];
    const seen = new Set<number>();
    for (const l of f.locals) {
      if (l.id === null || seen.has(l.id)) continue;
      if (l.id === id) return { frameId: f.id, expression: l.name };
      seen.add(l.id);
      level.push({ id: l.id, expr: l.name });
    }
    for (let depth = 1; depth < MAX_DEPTH && level.length > 0; depth++) {
      const next: { id: number; expr: string }[] = [];
      for (const { id: from, expr } of level) {
        for (const r of byId.get(from)?.refs ?? []) {
          if (seen.has(r.to)) continue;
          const e = step(expr, r.slot);
          if (e === null) continue;
          if (r.to === id) return { frameId: f.id, expression: e };
          seen.add(r.to);
          next.push({ id: r.to, expr: e });
        }
      }
      level = next;
    }
  }
  return null;
}
