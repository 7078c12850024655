// Who holds each reference: one walk of the heap (vm/inspect.ts walkReferences) gives
// every object's referrers at once. The debugger asks for several objects' referrers at
// one stop (each local's "referrers" row), so the walk is made once per stop and kept
// until the program moves: keyed by the interpreter and its instruction count, and
// forgotten explicitly when code runs at a stop (the debug console, setVariable).

import type { PyObject } from '../objects/object';
import { _Py_SetRefLabelsWanted } from '../objects/object';
import type { Interpreter } from '../vm/run';
import type { InterpreterFrame } from '../vm/frame';
import { walkReferences, holderText } from '../vm/inspect';

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

/** Every reference to each object `wanted` accepts, from one walk. With `labels` false the
 *  walk builds no slot labels for references held by objects (most of a heap's): label
 *  them afterwards, for the few objects asked about, with labelSlots(). */
export function walkReferrers(it: Interpreter, wanted: (o: PyObject) => boolean = () => true, labels = true): Map<PyObject, HeldBy[]> {
  const namespaces = new Map<PyObject, InterpreterFrame>();
  for (const f of it.currentFrames()) if (f.f_locals !== null) namespaces.set(f.f_locals, f);
  const out = new Map<PyObject, HeldBy[]>();
  const was = _Py_SetRefLabelsWanted(labels);
  try {
    walkReferences(it, (target, holder, slot, object, frame) => {
      if (!wanted(target)) return;
      let list = out.get(target);
      if (list === undefined) out.set(target, (list = []));
      const h: HeldBy = { holder, slot };
      if (object !== undefined) {
        h.object = object;
        const ns = namespaces.get(object);
        if (ns !== undefined) h.namespaceOf = ns;
      }
      if (frame !== undefined) h.frame = frame;
      list.push(h);
    });
  } finally {
    _Py_SetRefLabelsWanted(was);
  }
  return out;
}

/** Fills in the slot labels of references to `o` that holding objects have (walked without
 *  labels): each holder's tp_refs visited again, labelled, its references to `o` in order. */
function labelSlots(it: Interpreter, o: PyObject, held: HeldBy[]): void {
  const byHolder = new Map<PyObject, HeldBy[]>();
  const arena = it.arenaObject();
  for (const h of held) {
    if (h.object === undefined) continue;
    // A walk without labels names no holder, even for the slots a type labels anyway (a
    // list's '[0]'): every holding object gets its text here.
    if (h.holder === '') h.holder = holderText(h.object, arena);
    if (h.slot !== '') continue;
    let l = byHolder.get(h.object);
    if (l === undefined) byHolder.set(h.object, (l = []));
    l.push(h);
  }
  if (byHolder.size === 0) return;
  const was = _Py_SetRefLabelsWanted(true);
  try {
    for (const [holder, hs] of byHolder) {
      const visit = holder.ob_type.tp_refs ?? holder.ob_type.tp_traverse;
      if (visit === null) continue;
      let i = 0;
      visit(holder, (t, label) => {
        if (t === o && i < hs.length) hs[i++].slot = label;
      });
    }
  } finally {
    _Py_SetRefLabelsWanted(was);
  }
}

interface StopIndex {
  steps: number;
  /** The objects the walk looked for: every frame's names' values, and what was asked since. */
  wanted: Set<PyObject>;
  index: Map<PyObject, HeldBy[]>;
  /** How many of an object's referrers have their slot labels. */
  labelled: Map<PyObject, number>;
}

const cache = new WeakMap<Interpreter, StopIndex>();

/** The referrers of `o` at this stop, the first `labels` of them with their slots named. One
 *  walk serves every name in sight (the Variables view asks for several); an object outside
 *  that set costs a walk that adds it. */
export function heldBy(it: Interpreter, o: PyObject, labels = Infinity): HeldBy[] {
  const steps = it.exactSteps;
  let c = cache.get(it);
  if (c === undefined || c.steps !== steps || !c.wanted.has(o)) {
    const wanted = new Set<PyObject>(c !== undefined && c.steps === steps ? c.wanted : namesInSight(it));
    wanted.add(o);
    c = { steps, wanted, index: walkReferrers(it, (t) => wanted.has(t), false), labelled: new Map() };
    cache.set(it, c);
  }
  const held = c.index.get(o) ?? [];
  const done = c.labelled.get(o) ?? 0;
  let want = Math.min(held.length, labels);
  // A holder's references are labelled together (labelSlots counts them from its first).
  while (want > 0 && want < held.length && held[want].object !== undefined && held[want].object === held[want - 1].object) want++;
  if (want > done) {
    labelSlots(it, o, held.slice(done, want));
    c.labelled.set(o, want);
  }
  return held;
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
