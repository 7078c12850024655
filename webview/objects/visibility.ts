// Which objects and references the Objects view draws. A snapshot holds the program's
// objects and every runtime object they touch; a learner wants the data: what the names
// reach. So the view walks from the frames' names (and value stacks) along references,
// and by default leaves out
//   - machinery: objects flagged `internal` (code objects, what only they hold, frames);
//   - what runtime objects (modules, builtins, static types) hold: they are drawn, as
//     leaves, when the program's data refers to them (None, small ints, 1-char strings);
//   - a function's and a class's own machinery (__code__, __globals__, __mro__, the class
//     dict...): the function or class is drawn, its hidden references counted;
//   - dict keys as arrows (a key is shown as the label of its value's row);
//   - a container's items beyond its first `cap` (a few dozen; "… n more" expands it).
// Objects no root holds at all (a cycle waiting for the collector) are drawn too, as
// roots of their own. With `showAll`, every object and reference is drawn (items
// still capped). The walk is breadth-first and in reference order, so the same snapshot
// always gives the same order, which the layout relies on.

import type { HeapSnapshot, ObjectSnap, RefSnap } from '../types';

export interface Parent {
  /** The object or frame holding the reference that first reached this object. */
  kind: 'object' | 'frame';
  id: number;
  /** Row of that reference within its holder (slot line, or the frame's name line). */
  line: number;
}

export interface DisplayRef {
  ref: RefSnap;
  /** Label of the row: "[0]", ".name", "'key':", "∈"... */
  label: string;
}

export interface VisibleObject {
  o: ObjectSnap;
  /** References drawn as rows (and arrows), in the holder's order. */
  rows: DisplayRef[];
  /** References left out: hidden machinery, and items beyond the cap. */
  hiddenRefs: number;
  moreItems: number;
  parent: Parent | null;
  /** Held by no root, only by other such objects (heldByRoots). */
  unreachable: boolean;
}

export interface VisibilityOptions {
  showAll: boolean;
  /** Rows drawn per container unless expanded. */
  cap: number;
  /** Per-container caps the user raised ("show more"). */
  expanded: ReadonlyMap<number, number>;
}

export const DEFAULT_CAP = 24;

const FUNCTION_MACHINERY = new Set(['__code__', '__globals__', '__builtins__', '__module__', '__name__', '__qualname__', '__doc__']);

export function slotLabel(r: RefSnap): string {
  const s = r.slot;
  switch (s.kind) {
    case 'index': return `[${s.index}]`;
    case 'key': return `key ${s.key}`;
    case 'value': return `${s.key}:`;
    case 'attr': return `.${s.name}`;
    case 'item': return '∈';
    case 'cell': return 'cell_contents';
    case 'local': return s.name;
    case 'stack': return `stack[${s.index}]`;
    case 'const': return `co_consts[${s.index}]`;
    case 'other': return s.label;
  }
}

function isType(o: ObjectSnap): boolean {
  return o.type === 'type' || o.repr.startsWith('<class ');
}

/** Whether the view draws reference r of `from` by default (the target's flags aside). */
function edgeShown(from: ObjectSnap, r: RefSnap, to: ObjectSnap | undefined): boolean {
  if (to === undefined || to.flags.internal) return false;
  if (r.slot.kind === 'key') return false;
  if (from.flags.runtime) return false;
  if (from.type === 'function' && r.slot.kind === 'attr' && FUNCTION_MACHINERY.has(r.slot.name)) return false;
  if (isType(from)) return false;
  return true;
}

export function computeVisibility(s: HeapSnapshot, index: ReadonlyMap<number, ObjectSnap>, opts: VisibilityOptions): Map<number, VisibleObject> {
  const out = new Map<number, VisibleObject>();
  const queue: number[] = [];
  const held = heldByRoots(s);
  const reach = (id: number | null, parent: Parent | null): void => {
    if (id === null || out.has(id)) return;
    const o = index.get(id);
    if (o === undefined) return;
    out.set(id, { o, rows: [], hiddenRefs: 0, moreItems: 0, parent, unreachable: !held(id) });
    queue.push(id);
  };
  const drain = (): void => {
    while (queue.length > 0) {
      const v = out.get(queue.shift() as number) as VisibleObject;
      const cap = opts.expanded.get(v.o.id) ?? opts.cap;
      for (const r of v.o.refs) {
        const to = index.get(r.to);
        if (!(opts.showAll ? to !== undefined : edgeShown(v.o, r, to))) {
          // Keys are labels of their value rows, not hidden references.
          if (r.slot.kind !== 'key') v.hiddenRefs++;
          continue;
        }
        if (v.rows.length >= cap) {
          v.moreItems++;
          continue;
        }
        v.rows.push({ ref: r, label: slotLabel(r) });
        reach(r.to, { kind: 'object', id: v.o.id, line: v.rows.length - 1 });
      }
    }
  };
  // Outermost frame first: the module's names are the top of the picture.
  for (let fi = s.frames.length - 1; fi >= 0; fi--) {
    const f = s.frames[fi];
    f.locals.forEach((l, i) => reach(l.id, { kind: 'frame', id: f.id, line: i }));
    f.stack.forEach((id, i) => reach(id, { kind: 'frame', id: f.id, line: f.locals.length + i }));
  }
  drain();
  if (opts.showAll) {
    for (const o of s.objects) reach(o.id, null);
    drain();
    return out;
  }
  // Objects no root holds any more (garbage cycles): drawn as roots of their own.
  for (const o of s.objects) {
    if (!o.flags.internal && !held(o.id)) {
      reach(o.id, null);
      drain();
    }
  }
  return out;
}

/**
 * The objects some root holds, directly or through others: a frame (a name, a value stack
 * entry), the interpreter (a reference from no object: modules' tables, startup, C code),
 * or an object outside the picture (the runtime's own). Walked over each object's
 * referrers — the references that make up its ob_refcnt, all of them, where an object's
 * `refs` list only what its type's traversal names (a base type's tp_subclasses is not).
 * What is left is held only by references among themselves: cycles the collector has not
 * collected yet.
 */
export function heldByRoots(s: HeapSnapshot): (id: number) => boolean {
  const objs = s.objects;
  const n = objs.length;
  const pos = new Map<number, number>();
  for (let i = 0; i < n; i++) pos.set(objs[i].id, i);
  // Holder → held, as linked lists in flat arrays (one walk over the referrers, few allocations).
  const head = new Int32Array(n).fill(-1);
  const next: number[] = [];
  const to: number[] = [];
  const held = new Uint8Array(n);
  const stack: number[] = [];
  for (let i = 0; i < n; i++) {
    let rooted = false;
    for (const r of objs[i].referrers) {
      const j = r.from === undefined || r.frame !== undefined ? undefined : pos.get(r.from);
      if (j === undefined) rooted = true;
      else {
        next.push(head[j]);
        to.push(i);
        head[j] = to.length - 1;
      }
    }
    if (rooted) {
      held[i] = 1;
      stack.push(i);
    }
  }
  while (stack.length > 0) {
    for (let e = head[stack.pop() as number]; e >= 0; e = next[e]) {
      const i = to[e];
      if (held[i] === 0) {
        held[i] = 1;
        stack.push(i);
      }
    }
  }
  return (id) => {
    const i = pos.get(id);
    return i === undefined || held[i] === 1;
  };
}
