// Who holds each reference. Two ways to the same answer:
//
// walkReferrers: one labelled walk of the heap (vm/inspect.ts walkReferences) gives every
// object's referrers at once, each reference with its holder's text and slot label (the
// snapshot needs them all).
//
// heldBy: the debugger asks at one stop for the referrers of a few objects (each local's
// "referrers" row), on heaps of 10^4–10^5 objects, so a stop's index is made for the names
// in sight by a walk whose cost per reference is a hash lookup: each live object's tp_refs
// is called with one module-level visitor and labels off (no closure, string or record per
// reference), and a reference to a wanted object is counted, and recorded as its holder
// alone while the object has fewer than the rows asked for (a class is held by each of its
// instances; the rows name 200). Holder text and slot labels are made afterwards, for the
// rows shown, by visiting those holders again with labels on. The index is kept until the program moves (keyed by the interpreter
// and its instruction count) and forgotten explicitly when code runs at a stop (the debug
// console, setVariable). Both give the same references in the same order (tested).

import { PyObject, _Py_SetRefLabelsWanted, _Py_SetRefLabelTarget } from '../objects/object';
import type { Interpreter } from '../vm/run';
import type { InterpreterFrame } from '../vm/frame';
import type { Obmalloc } from '../memory/obmalloc';
import { _PyType_PreHeaderSize } from '../objects/objalloc';
import {
  walkReferences, walkRoots, visitPinned, walkOuterRoots, walkTypeRefs, holderText, forEachLiveObject, type RootVisitor,
} from '../vm/inspect';

/** One reference as the walk found it: who holds it, in which slot. */
export interface HeldBy {
  /** 'list at 0x…', 'frame f', 'interpreter'... */
  holder: string;
  /** The slot's label as tp_refs names it ('[0]', "['a'] (value)", 'local x'...). */
  slot: string;
  /** The holding object, when an object holds it. */
  object?: PyObject;
  /** The frame, when a frame's local or stack slot holds it. */
  frame?: InterpreterFrame;
  /** When object is a running frame's namespace dict (module or class body): that frame. */
  namespaceOf?: InterpreterFrame;
}

/** The running frames' namespace dicts (module and class bodies), to say a name is held by one. */
function namespaces(it: Interpreter): Map<PyObject, InterpreterFrame> {
  const out = new Map<PyObject, InterpreterFrame>();
  for (const f of it.currentFrames()) if (f.f_locals !== null) out.set(f.f_locals, f);
  return out;
}

/** One reference a RootVisitor received, as HeldBy. */
function rootHeld(holder: string, slot: string, object: PyObject | undefined, frame: InterpreterFrame | undefined, ns: Map<PyObject, InterpreterFrame>): HeldBy {
  const h: HeldBy = { holder, slot };
  if (object !== undefined) {
    h.object = object;
    const f = ns.get(object);
    if (f !== undefined) h.namespaceOf = f;
  }
  if (frame !== undefined) h.frame = frame;
  return h;
}

/** Every reference to each object `wanted` accepts, from one labelled walk. */
export function walkReferrers(it: Interpreter, wanted: (o: PyObject) => boolean = () => true): Map<PyObject, HeldBy[]> {
  const ns = namespaces(it);
  const out = new Map<PyObject, HeldBy[]>();
  const was = _Py_SetRefLabelsWanted(true);
  try {
    walkReferences(it, (target, holder, slot, object, frame) => {
      if (!wanted(target)) return;
      let list = out.get(target);
      if (list === undefined) out.set(target, (list = []));
      list.push(rootHeld(holder, slot, object, frame, ns));
    });
  } finally {
    _Py_SetRefLabelsWanted(was);
  }
  return out;
}

/** A reference in a stop's index: the live object holding it (slot named on demand), or
 *  one the walk named (a frame's, the interpreter's, a type's tp_subclasses, a static object's). */
type Ref = PyObject | HeldBy;

/** What the index keeps of one object's references: all of them counted, the first `keep`
 *  (the index's) kept in walk order. A class is held by each of its instances: 10^5 holders
 *  kept would cost more than the walk's lookups, for rows that name 200 of them. */
interface Held {
  refs: Ref[];
  total: number;
}

// The heap part of an index's walk: what the visitor reads (scratch of one walk, which
// never spans a pause, so one for every interpreter).
let scanHeld = new Map<PyObject, Held>();
let scanHolder: PyObject | null = null;
let scanKeep = 0;

function visitHeld(target: PyObject): void {
  const h = scanHeld.get(target);
  if (h === undefined) return;
  if (h.refs.length < scanKeep) h.refs.push(scanHolder as PyObject);
  h.total++;
}

function scanObject(h: PyObject): void {
  const visit = h.ob_type.tp_refs ?? h.ob_type.tp_traverse;
  if (visit === null) return;
  scanHolder = h;
  visit(h, visitHeld);
}

/** Whether `o` is one of the objects of this interpreter's allocator (liveObjects would list it). */
function inAllocator(it: Interpreter, o: PyObject): boolean {
  if (o.ob_refcnt <= 0) return false;
  const own = (it.rt.mem as Obmalloc).ownerOf(o.ob_addr - _PyType_PreHeaderSize(o.ob_type.tp_flags));
  return own !== undefined && own !== null && own.part === 'object' && own.obj === o;
}

/** The references to each of `wanted`, in walkReferences' order: each counted, the first `keep` kept. */
function indexReferrers(it: Interpreter, wanted: Iterable<PyObject>, keep: number, ns: Map<PyObject, InterpreterFrame>): Map<PyObject, Held> {
  const held = new Map<PyObject, Held>();
  for (const o of wanted) held.set(o, { refs: [], total: 0 });
  // The references the walk names (roots, static holders): a HeldBy each.
  const record: RootVisitor = (target, holder, slot, object, frame) => {
    const h = held.get(target);
    if (h === undefined) return;
    h.total++;
    if (h.refs.length < keep) h.refs.push(rootHeld(holder, slot, object, frame, ns));
  };
  const was = _Py_SetRefLabelsWanted(true);
  try {
    walkRoots(it, record, (o) => held.has(o));
    // walkReferences visits the pinned names among the live objects: only wanted ones matter.
    for (const o of held.keys()) if (inAllocator(it, o)) visitPinned(o, record);
    walkOuterRoots(it, record);
    _Py_SetRefLabelsWanted(false);
    scanHeld = held;
    scanKeep = keep;
    try {
      forEachLiveObject(it.rt.mem as Obmalloc, scanObject);
    } finally {
      scanHeld = new Map();
      scanHolder = null;
    }
    _Py_SetRefLabelsWanted(true);
    walkTypeRefs(record);
  } finally {
    _Py_SetRefLabelsWanted(was);
  }
  return held;
}

/** The first `n` references `holder` has to `o`, named: its tp_refs visited again, labelled,
 *  in the order the walk found them. */
function nameHeld(it: Interpreter, o: PyObject, holder: PyObject, n: number, ns: Map<PyObject, InterpreterFrame>): HeldBy[] {
  const text = holderText(holder, it.arenaObject());
  const out: HeldBy[] = [];
  const f = ns.get(holder);
  const visit = holder.ob_type.tp_refs ?? holder.ob_type.tp_traverse;
  const was = _Py_SetRefLabelsWanted(true);
  const wasTarget = _Py_SetRefLabelTarget(o);
  try {
    visit?.(holder, (t, label) => {
      if (out.length >= n) return true;
      if (t !== o) return;
      const h: HeldBy = { holder: text, slot: label, object: holder };
      if (f !== undefined) h.namespaceOf = f;
      out.push(h);
      return out.length >= n;
    });
  } finally {
    _Py_SetRefLabelTarget(wasTarget);
    _Py_SetRefLabelsWanted(was);
  }
  // The heap has not moved since the walk, so the visit finds them all; never loop on fewer.
  while (out.length < n) out.push({ holder: text, slot: '', object: holder });
  return out;
}

interface StopIndex {
  steps: number;
  /** The objects the walk looked for: every frame's names' values, and what was asked since. */
  wanted: Set<PyObject>;
  /** How many references of each object the walk kept (the most a caller asked for). */
  keep: number;
  held: Map<PyObject, Held>;
  /** Each object's first references made into HeldBy (holders' references named together). */
  named: Map<PyObject, HeldBy[]>;
  namespaces: Map<PyObject, InterpreterFrame>;
}

const cache = new WeakMap<Interpreter, StopIndex>();

/** The references to `o` at this stop: how many, and the first `max` of them named (or a
 *  few more: a holder's references are named together). One walk serves every name in sight
 *  (the Variables view asks for several); an object outside that set, or more of an object's
 *  references than the walk kept, costs a walk that adds them. */
export function heldBy(it: Interpreter, o: PyObject, max = Infinity): { total: number; named: HeldBy[] } {
  const steps = it.exactSteps;
  let c = cache.get(it);
  const h0 = c !== undefined && c.steps === steps ? c.held.get(o) : undefined;
  if (c === undefined || c.steps !== steps || h0 === undefined || h0.refs.length < Math.min(max, h0.total)) {
    const same = c !== undefined && c.steps === steps;
    const wanted = new Set<PyObject>(same ? (c as StopIndex).wanted : namesInSight(it));
    wanted.add(o);
    const keep = same ? Math.max((c as StopIndex).keep, max) : max;
    const ns = namespaces(it);
    c = { steps, wanted, keep, held: indexReferrers(it, wanted, keep, ns), named: new Map(), namespaces: ns };
    cache.set(it, c);
  }
  const { refs, total } = c.held.get(o) as Held;
  let named = c.named.get(o);
  if (named === undefined) c.named.set(o, (named = []));
  while (named.length < Math.min(max, refs.length)) {
    const r = refs[named.length];
    if (!(r instanceof PyObject)) {
      named.push(r);
      continue;
    }
    let n = 1;
    while (named.length + n < refs.length && refs[named.length + n] === r) n++;
    named.push(...nameHeld(it, o, r, n, c.namespaces));
  }
  return { total, named };
}

/** The values of every running frame's names (fast locals and namespace dicts). */
function namesInSight(it: Interpreter): PyObject[] {
  const out: PyObject[] = [];
  for (const f of it.currentFrames()) {
    for (let i = 0; i < f.f_code.co_nlocalsplus; i++) {
      const v = f.localsplus[i];
      if (v !== null) out.push(v);
    }
    const ns = f.f_locals as unknown as { ma_keys?: { dk_nentries: number; me_value: (PyObject | null)[] } } | null;
    const keys = ns?.ma_keys;
    if (keys !== undefined) for (let i = 0; i < keys.dk_nentries; i++) {
      const v = keys.me_value[i];
      if (v !== null) out.push(v);
    }
  }
  return out;
}

/** Code ran at a stop (the heap changed without the program moving): walk again when asked. */
export function forgetReferrers(it: Interpreter): void {
  cache.delete(it);
}
