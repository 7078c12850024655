// The debugger's views of a paused run — frames, scopes, and the tree the Variables
// view expands — addressed by keys (strings that name a frame or an object by id),
// never by JS references. Reading changes nothing: no count moves, nothing is
// allocated (vm/inspect.ts, debug/repr.ts).
//
// What expanding an object shows (the variables contract, shared/docs/architecture.md):
// ob_refcnt (the true count: sys.getrefcount would print one more), id, type,
// sys.getsizeof, gc (generation or untracked), memory (arena / pool / block, static,
// raw), referrers (each reference that makes up ob_refcnt), then its items or attributes.

import type { PyObject, PyTypeObject } from '../objects/object';
import type { Interpreter } from '../vm/run';
import type { InterpreterFrame } from '../vm/frame';
import type { Obmalloc } from '../memory/obmalloc';
import type { GCState } from '../gc/gcstate';
import { CO_FAST } from '../compiler/code';
import { objectAt } from './objects';
import { safeRepr, reprIsDefault, type ReprTypes } from './repr';
import { sizeOf, gcGeneration, memoryOf, staticObjectSet, objectFlags, frameSnaps, completeReferrers } from './snapshot_build';
import { liveObjects, interpreterRoots } from '../vm/inspect';
import { heldBy, forgetReferrers, type HeldBy } from './referrers';
import { _Py_SetRefLabelsWanted } from '../objects/object';
import { refSlot } from './refslot';
import { _Py_PointerRepr } from '../objects/abstract';
import type { FrameSnap, MemoryLocation, ReferrerSnap } from '../snapshot';

/** One row of the Variables view. */
export interface VarNode {
  name: string;
  value: string;
  type?: string;
  /** What expanding it shows, when it can be expanded. */
  expand?: string;
  /** Items below it (for paging lists and dicts). */
  indexed?: number;
  named?: number;
  /** The object it stands for. */
  objectId?: number;
  /** An expression that reads it again (watch, hover, copy as expression). */
  evaluateName?: string;
  /** A row about the object (ob_refcnt, id...) rather than a name or an item of it. */
  meta?: boolean;
}

export interface FrameView extends FrameSnap {
  /** Index of the instruction about to run (the innermost) or running (a caller at its call). */
  pc: number;
}

export interface ScopeView {
  name: string;
  expand: string;
  named?: number;
  expensive: boolean;
}

const MAX_VALUE = 96;

export function hexId(id: number): string {
  return _Py_PointerRepr(id);
}

/** `[321, 123]  ‹refcnt 2 · id 0x7f…›`: the repr, clipped so that the count and id stay in sight. */
export function valueText(o: PyObject, types?: ReprTypes): string {
  let r = safeRepr(o, types);
  if (r.length > MAX_VALUE) r = r.slice(0, MAX_VALUE - 1) + '…';
  return `${r}  ‹refcnt ${o.ob_refcnt} · id ${hexId(o.ob_addr)}›`;
}

/** valueText at this stop: an object shows in several rows (an item, a referrer's holder). */
function shownValue(m: StopMemo, o: PyObject): string {
  let v = m.values.get(o);
  if (v === undefined) m.values.set(o, (v = valueText(o, m.types)));
  return v;
}

export function memoryText(m: MemoryLocation): string {
  switch (m.kind) {
    case 'pool': return `pymalloc block ${m.block} of pool ${hexId(m.pool)} (${m.blockSize}-byte blocks, size class ${m.szidx}) in arena ${hexId(m.arena)}`;
    case 'raw': return `raw malloc chunk ${hexId(m.chunk)} (${m.nbytes} bytes: over pymalloc's 512-byte limit)`;
    case 'static': return "libpython's static data (never allocated, never freed)";
    case 'startup': return "allocated at interpreter startup (static types' dicts, descriptors)";
  }
}

function objectRow(m: StopMemo, name: string, o: PyObject, evaluateName?: string): VarNode {
  const row: VarNode = { name, value: shownValue(m, o), type: o.ob_type.tp_name, expand: `obj:${o.ob_addr}`, objectId: o.ob_addr };
  if (evaluateName !== undefined) row.evaluateName = evaluateName;
  const n = itemCount(o);
  if (n !== undefined) row.indexed = n;
  return row;
}

function itemCount(o: PyObject): number | undefined {
  const a = o as unknown as { ob_item?: unknown[] };
  const tn = o.ob_type.tp_name;
  if ((tn === 'list' || tn === 'tuple') && a.ob_item !== undefined) return a.ob_item.length;
  return undefined;
}

export function findFrame(it: Interpreter, frameId: number): InterpreterFrame | null {
  for (const f of it.currentFrames()) if (f.serial === frameId) return f;
  return null;
}

export function frameViews(it: Interpreter): FrameView[] {
  const frames = it.currentFrames();
  const snaps = frameSnaps(it);
  return snaps.map((s, i) => ({ ...s, pc: i === 0 ? frames[i].prev_instr + 1 : frames[i].prev_instr }));
}

function isDunder(name: string): boolean {
  return name.length > 4 && name.startsWith('__') && name.endsWith('__');
}

function strOf(o: PyObject | null): string {
  return (o as unknown as { str?: string } | null)?.str ?? '?';
}

/** Names of a frame: (name, value or null when unbound). */
export function frameNames(f: InterpreterFrame): [string, PyObject | null][] {
  const co = f.f_code;
  const out: [string, PyObject | null][] = [];
  if ((co.co_flags & 0x1) !== 0) {
    for (let i = 0; i < co.co_nlocalsplus; i++) {
      let v = f.localsplus[i];
      if (v !== null && (co.co_localspluskinds[i] & (CO_FAST.CELL | CO_FAST.FREE)) !== 0 && v.ob_type.tp_name === 'cell') {
        v = (v as unknown as { ob_ref: PyObject | null }).ob_ref;
      }
      out.push([strOf(co.localsplusnames[i]), v]);
    }
    return out;
  }
  return dictNames(f.f_locals);
}

function dictNames(d: PyObject | null): [string, PyObject | null][] {
  const out: [string, PyObject | null][] = [];
  if (d === null) return out;
  const keys = (d as unknown as { ma_keys: { dk_nentries: number; me_key: (PyObject | null)[]; me_value: (PyObject | null)[] } }).ma_keys;
  for (let i = 0; i < keys.dk_nentries; i++) {
    const v = keys.me_value[i];
    const k = keys.me_key[i];
    if (v === null || k === null) continue;
    const name = strOf(k);
    if (!isDunder(name)) out.push([name, v]);
  }
  return out;
}

export function scopes(it: Interpreter, frameId: number): ScopeView[] {
  const f = findFrame(it, frameId);
  if (f === null) return [];
  const out: ScopeView[] = [{ name: 'Locals', expand: `locals:${frameId}`, named: frameNames(f).length, expensive: false }];
  if ((f.f_code.co_flags & 0x1) !== 0 || f.f_locals !== f.f_globals) {
    out.push({ name: 'Globals', expand: `globals:${frameId}`, named: dictNames(f.f_globals).length, expensive: false });
  }
  out.push({ name: 'Heap', expand: 'heap', expensive: true });
  out.push({ name: 'GC', expand: 'gc', expensive: false });
  return out;
}

/** What is made for the rows at one stop: nothing moves while the program is stopped (reading
 *  changes no count), a view asks for one object's rows under several names (`a`, `b = a`),
 *  and one object or type shows in many rows. */
interface StopMemo {
  steps: number;
  /** Rows asked, by key and page. */
  rows: Map<string, VarNode[]>;
  /** Each object's value text. */
  values: Map<PyObject, string>;
  /** What reprs learnt of each type (repr.ts). */
  types: ReprTypes;
}

const rowsAtStop = new WeakMap<Interpreter, StopMemo>();

/** The program moved, or code ran at a stop: rows and referrers are made again when asked. */
export function forgetInspection(it: Interpreter): void {
  rowsAtStop.delete(it);
  forgetReferrers(it);
}

/** The rows under a key: a scope, an object, an object's referrers, the heap, the GC. */
export function children(it: Interpreter, key: string, start = 0, count = Infinity): VarNode[] {
  const steps = it.exactSteps;
  let memo = rowsAtStop.get(it);
  if (memo === undefined || memo.steps !== steps) rowsAtStop.set(it, (memo = { steps, rows: new Map(), values: new Map(), types: new Map() }));
  const page = `${key}|${start}|${count}`;
  let rows = memo.rows.get(page);
  if (rows === undefined) memo.rows.set(page, (rows = childRows(it, memo, key, start, count)));
  return rows;
}

function childRows(it: Interpreter, m: StopMemo, key: string, start: number, count: number): VarNode[] {
  const [kind, arg] = splitKey(key);
  let rows: VarNode[];
  switch (kind) {
    case 'locals': {
      const f = findFrame(it, Number(arg));
      rows = f === null ? [] : frameNames(f).map(([n, v]) => (v === null ? { name: n, value: '<unbound: not assigned yet>' } : objectRow(m, n, v, n)));
      break;
    }
    case 'globals': {
      const f = findFrame(it, Number(arg));
      rows = f === null ? [] : dictNames(f.f_globals).map(([n, v]) => objectRow(m, n, v as PyObject, n));
      break;
    }
    case 'obj': rows = objectRows(it, m, Number(arg), start + count); break;
    case 'refs': rows = referrerRows(it, m, Number(arg)); break;
    case 'items': rows = itemRows(it, m, Number(arg), start + count); break;
    case 'heap': rows = heapRows(it, m, false); break;
    case 'runtime': rows = heapRows(it, m, true); break;
    case 'gc': rows = gcRows(it); break;
    default: rows = [];
  }
  return count === Infinity && start === 0 ? rows : rows.slice(start, start + count);
}

function splitKey(key: string): [string, string] {
  const i = key.indexOf(':');
  return i < 0 ? [key, ''] : [key.slice(0, i), key.slice(i + 1)];
}

function meta(name: string, value: string): VarNode {
  return { name, value, meta: true };
}

function gcText(o: PyObject): string {
  const g = gcGeneration(o);
  return g === 'untracked' ? 'untracked (holds no references the cyclic GC must follow)' : g === 'permanent' ? 'permanent generation (gc.freeze)' : `generation ${g}`;
}

/** The object's header rows, then its items: only as many rows as `limit` asks (a page of a big list). */
function objectRows(it: Interpreter, m: StopMemo, id: number, limit = Infinity): VarNode[] {
  const o = objectAt(it, id);
  if (o === null) return [meta('freed', `no object has id ${id} at this step`)];
  const mem = it.rt.mem as Obmalloc;
  const statics = staticObjectSet();
  const flags = objectFlags(it, o, statics, mem);
  const rows: VarNode[] = [
    meta('ob_refcnt', `${o.ob_refcnt}  (sys.getrefcount would print ${o.ob_refcnt + 1}: its argument is one more reference)`),
    meta('id', `${o.ob_addr}  (${hexId(o.ob_addr)})`),
    meta('type', (o.ob_type as PyTypeObject).tp_name),
    meta('sys.getsizeof', `${sizeOf(o)} bytes`),
    meta('gc', gcText(o)),
    meta('memory', memoryText(memoryOf(mem, o, flags.static === true))),
  ];
  const notes: string[] = [];
  if (flags.cached !== undefined) notes.push(`cached ${flags.cached}: one object shared by every use`);
  if (flags.interned === true) notes.push('interned string');
  if (flags.runtime === true && flags.static !== true) notes.push("the interpreter's own (made before the program ran)");
  if (!reprIsDefault(o, m.types)) notes.push(`its class defines __repr__, which the debugger does not run: the value shows object.__repr__`);
  if (notes.length > 0) rows.push(meta('notes', notes.join('; ')));
  rows.push({ name: 'referrers', value: `${o.ob_refcnt} reference${o.ob_refcnt === 1 ? '' : 's'}: who holds them`, expand: `refs:${id}`, meta: true });
  rows.push(...itemRows(it, m, id, limit - rows.length));
  return rows;
}

/** The object's own contents: items of a list/tuple, entries of a dict, members of a set,
 *  attributes of an instance — its references, as its tp_refs names them. */
function itemRows(it: Interpreter, m: StopMemo, id: number, limit = Infinity): VarNode[] {
  const o = objectAt(it, id);
  if (o === null) return [];
  const visit = o.ob_type.tp_refs ?? o.ob_type.tp_traverse;
  if (visit === null) return [];
  const tn = o.ob_type.tp_name;
  const rows: VarNode[] = [];
  const was = _Py_SetRefLabelsWanted(true);
  try {
    visit(o, (t, label) => {
      // A page of a big container: stop there (list, tuple and dict do).
      if (rows.length >= limit) return true;
      if (label === '__class__' && (tn !== 'type')) return;
      const slot = refSlot(label, tn);
      if (slot.kind === 'key') return; // a dict's key shows in its entry's name
      let name = label;
      let evalSuffix: string | null = null;
      if (slot.kind === 'index') { name = `[${slot.index}]`; evalSuffix = name; }
      else if (slot.kind === 'value') { name = `[${slot.key}]`; evalSuffix = name; }
      else if (slot.kind === 'attr') { name = slot.name.startsWith('__') ? slot.name : slot.name; evalSuffix = `.${slot.name}`; }
      else if (slot.kind === 'item') name = safeRepr(t, m.types);
      rows.push(objectRow(m, name, t));
      void evalSuffix;
    });
  } finally {
    _Py_SetRefLabelsWanted(was);
  }
  return rows;
}

const MAX_REFERRER_ROWS = 200;

/** Every reference that makes up ob_refcnt, named (from the stop's one walk of the heap). */
export function referrersOf(it: Interpreter, o: PyObject): ReferrerSnap[] {
  const out: ReferrerSnap[] = [];
  // A class has a reference from each of its instances: name the first MAX_REFERRER_ROWS, count the rest.
  const { total, named } = heldBy(it, o, MAX_REFERRER_ROWS);
  for (const h of named.length > MAX_REFERRER_ROWS ? named.slice(0, MAX_REFERRER_ROWS) : named) {
    const { slot, object, frame, namespaceOf: ns } = h;
    const label = referrerLabel(h);
    if (frame !== undefined) out.push({ frame: frame.serial, label, slot: refSlot(slot, 'frame'), count: 1 });
    else if (ns !== undefined && object !== undefined) {
      const s = refSlot(slot, 'dict');
      out.push({ frame: ns.serial, from: object.ob_addr, label, slot: s.kind === 'value' ? { kind: 'local', name: namespaceName(s.key) } : s, count: 1 });
    } else if (object !== undefined) out.push({ from: object.ob_addr, label, slot: refSlot(slot, object.ob_type.tp_name), count: 1 });
    else out.push({ label, slot: { kind: 'other', label: slot }, count: 1 });
  }
  return completeReferrers(out, o, staticObjectSet().has(o), MAX_REFERRER_ROWS, total);
}

/** A name in a namespace dict, from its entry's key repr. */
function namespaceName(key: string): string {
  return key.replace(/^'(.*)'$/s, '$1');
}

/** How a referrer row names one reference: a frame's slot, a name in a namespace, a slot of an object. */
function referrerLabel({ holder, slot, object, frame, namespaceOf: ns }: HeldBy): string {
  if (frame !== undefined) return `${slot} in frame ${frame.f_code.qualname}`;
  if (ns !== undefined && object !== undefined) {
    const s = refSlot(slot, 'dict');
    return s.kind === 'value' ? `name ${namespaceName(s.key)} in ${ns.f_code.qualname}'s namespace` : `key of ${ns.f_code.qualname}'s namespace`;
  }
  return object !== undefined ? `${holder} ${slot}` : `${holder}: ${slot}`;
}

function countText(n: number): string {
  return n === 1 ? '1 reference' : `${n} references`;
}

/** referrersOf's rows, made from the walk's references directly (the panel's slots aside):
 *  a class's 200 instance rows are most of a stop's work. */
function referrerRows(it: Interpreter, m: StopMemo, id: number): VarNode[] {
  const o = objectAt(it, id);
  if (o === null) return [];
  const { total, named } = heldBy(it, o, MAX_REFERRER_ROWS);
  const rows: VarNode[] = [];
  for (let i = 0; i < Math.min(named.length, MAX_REFERRER_ROWS); i++) {
    const h = named[i];
    const row: VarNode = { name: referrerLabel(h), value: '1 reference' };
    // An object's slot (not a frame's, nor a namespace's name): the holder, alive at this stop.
    const holder = h.object;
    if (holder !== undefined && h.frame === undefined && h.namespaceOf === undefined && holder.ob_refcnt > 0) {
      row.value = `1 reference from ${shownValue(m, holder)}`;
      row.expand = `obj:${holder.ob_addr}`;
      row.objectId = holder.ob_addr;
    }
    rows.push(row);
  }
  // What the named ones leave: the references past the first MAX_REFERRER_ROWS, and those no walk sees.
  for (const r of completeReferrers([], o, staticObjectSet().has(o), MAX_REFERRER_ROWS, total)) rows.push({ name: r.label, value: countText(r.count) });
  return rows;
}

/** The program's live objects by id (the interpreter's own apart, under one row). */
function heapRows(it: Interpreter, m: StopMemo, runtime: boolean): VarNode[] {
  const mem = it.rt.mem as Obmalloc;
  const live = liveObjects(mem);
  const mine = live.filter((o) => it.isStartupObject(o) === runtime);
  mine.sort((a, b) => a.ob_addr - b.ob_addr);
  const rows = mine.map((o) => objectRow(m, hexId(o.ob_addr), o));
  if (!runtime) {
    const n = live.length - mine.length;
    rows.push({ name: "interpreter's own objects", value: `${n} objects made at startup (builtins, sys, __main__…)`, expand: 'runtime', named: n, meta: true });
  }
  return rows;
}

function gcRows(it: Interpreter): VarNode[] {
  const gc = it.rt.gc as GCState;
  const rows: VarNode[] = [meta('enabled', gc.enabled ? 'True' : 'False  (gc.disable())')];
  gc.generations.forEach((g, i) => {
    const what = i === 0 ? 'allocations of tracked objects minus deallocations since the last collection' : `collections of generation ${i - 1} since generation ${i} was last collected`;
    rows.push(meta(`generation ${i}`, `count ${g.count} / threshold ${g.threshold}  (${what})`));
  });
  rows.push(meta('collections', gc.generation_stats.map((s, i) => `gen ${i}: ${s.collections}`).join(', ')));
  rows.push(meta('long-lived', `${gc.long_lived_total} objects survived the last full collection, ${gc.long_lived_pending} waiting to be examined`));
  // Said where the learner reads the counts (README, Known differences): the changes are exact, the start is not.
  rows.push(meta('note', "generation 0 starts lower than in CPython, whose startup (site, encodings, the compiler) leaves more tracked objects there: compare changes of the count, not its value"));
  void interpreterRoots;
  return rows;
}
