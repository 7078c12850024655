// What one execution of a line did, recorded at the cost of its own events rather than
// of the heap: allocations and frees come from the allocator (this interpreter's
// malloc/free are wrapped while a recorder is installed), collections from the GC's
// event sink, and net reference-count changes from the objects the line can touch —
// the objects its names are bound to (the identifiers written on the line, looked up in
// the frame as the code would), the first items and attributes of those, and the
// objects born or freed during it — whose ob_refcnt is read when the line starts and
// when it ends.
//
// An execution belongs to its frame: it starts at the frame's line event and ends at
// the frame's next line event or at its return, so a line that calls a function keeps
// collecting after the callee returns, and the callee's lines are executions of their
// own. Work done while no line of the program runs (interpreter teardown) is line 0.

import type { PyObject } from '../objects/object';
import { staticObjects } from '../objects/object';
import type { Obmalloc } from '../memory/obmalloc';
import { toBlockOwner, type BlockOwnerSlot } from '../memory/allocator';
import { PyDict_GetItem } from '../objects/dictobject';
import type { InterpreterFrame } from '../vm/frame';
import type { Interpreter } from '../vm/run';
import { CO, CO_FAST } from '../compiler/code';
import { Op } from '../compiler/opcodes';
import { safeRepr } from '../debug/repr';
import { addGcEventSink, type GCState } from '../gc/index';
import { locationOf } from './location';
import { freeListObserver, _PyType_PreHeaderSize } from '../objects/objalloc';
import type { AllocEvent, FreeEvent, GCRunEvent, RefcountDelta, TraceLine, TraceObject } from './types';

/** Items and attributes of a named object whose counts a line may change (a[0] = x, pair = None). */
const MAX_ITEMS = 16;

const IDENTIFIER = /[A-Za-z_\u00c0-\uffff][\w\u00c0-\uffff]*/g;

export interface Execution {
  frame: InterpreterFrame | null;
  serial: number;
  line: number;
  code: string;
  startStep: number;
  /** Objects the line may touch, with ob_refcnt when it started. */
  counts: Map<PyObject, number>;
  /** `desc`: the event counter when it was made (to tell a later death from an earlier one). */
  allocs: { obj: PyObject; size: number; desc: number }[];
  freed: Map<PyObject, FreeEvent & { order: number }>;
  /** Blocks a full collection took back from the type free lists (no live object in them). */
  cleared: Set<PyObject>;
  gc: GCRunEvent[];
}

export interface Closed {
  trace: TraceLine;
  /** The objects the line's names reach when it ended (the program's side of its effects). */
  reached: Set<PyObject>;
  startStep: number;
  endStep: number;
}

function describe(o: PyObject): TraceObject {
  return { id: o.ob_addr, type: o.ob_type.tp_name, repr: safeRepr(o) };
}

function itemsOf(o: PyObject, visit: (x: PyObject) => void): void {
  const tn = o.ob_type.tp_name;
  if (tn === 'list' || tn === 'tuple') {
    const items = (o as unknown as { ob_item: (PyObject | null)[] }).ob_item;
    for (let i = 0; i < items.length && i < MAX_ITEMS; i++) if (items[i] !== null) visit(items[i] as PyObject);
    return;
  }
  if (tn === 'dict') {
    const k = (o as unknown as { ma_keys: { dk_nentries: number; me_value: (PyObject | null)[] } }).ma_keys;
    for (let i = 0, n = 0; i < k.dk_nentries && n < MAX_ITEMS; i++) if (k.me_value[i] !== null) { visit(k.me_value[i] as PyObject); n++; }
    return;
  }
  const values = (o as unknown as { ob_values?: (PyObject | null)[] | null }).ob_values;
  if (values !== null && values !== undefined) for (let i = 0; i < values.length && i < MAX_ITEMS; i++) if (values[i] !== null) visit(values[i] as PyObject);
  const d = (o as unknown as { ob_dict?: PyObject | null }).ob_dict;
  if (d !== null && d !== undefined && d.ob_type.tp_name === 'dict') itemsOf(d, visit);
}

/** Records executions of lines for one interpreter; call install() before it runs. */
export class LineRecorder {
  private readonly open = new Map<InterpreterFrame, Execution>();
  /** Work outside any line: interpreter teardown. */
  private teardown: Execution | null = null;
  private readonly idents = new Map<number, string[]>();
  private uninstall: (() => void) | null = null;
  private readonly statics: Set<PyObject>;
  /** Counts allocation and free events, in order. */
  private order = 0;

  constructor(private readonly it: Interpreter, private readonly sourceLines: readonly string[], private readonly onClose: (c: Closed) => void) {
    this.statics = new Set(staticObjects);
  }

  /** Wraps this interpreter's allocator and listens to its collector. */
  install(): void {
    const mem = this.it.rt.mem as Obmalloc;
    const malloc = mem.malloc;
    const free = mem.free;
    const self = this;
    mem.malloc = function (nbytes: number, slot: BlockOwnerSlot | null): number {
      const addr = malloc.call(this, nbytes, slot);
      const owner = slot === null ? null : toBlockOwner(slot);
      if (owner !== null && owner.part === 'object') self.current()?.allocs.push({ obj: owner.obj as PyObject, size: nbytes, desc: self.order++ });
      return addr;
    };
    mem.free = function (addr: number): void {
      const owner = addr !== 0 ? this.ownerOf(addr) : null;
      if (owner !== null && owner !== undefined && owner.part === 'object') {
        const o = owner.obj as PyObject;
        const e = self.current();
        // A free list emptied by a full collection: memory of objects that were dead already.
        if (freeListObserver.clearing) e?.cleared.add(o);
        else e?.freed.set(o, { ...describe(o), released: locationOf(this, addr), order: self.order++ });
      }
      free.call(this, addr);
    };
    // A type's free list hands out and takes back objects without the allocator.
    freeListObserver.reuse = (o, size) => self.current()?.allocs.push({ obj: o, size: size + _PyType_PreHeaderSize(o.ob_type.tp_flags), desc: self.order++ });
    freeListObserver.keep = (o) => self.current()?.freed.set(o, { ...describe(o), order: self.order++ });
    const removeSink = addGcEventSink(this.it.rt.gc as GCState, {
      onCollection: (ev) => this.current()?.gc.push({
        generation: ev.generation, trigger: ev.trigger, collected: ev.collected, uncollectable: ev.uncollectable,
        unreachable: ev.unreachable.length, freed: ev.freed.length,
      }),
    });
    this.uninstall = () => {
      freeListObserver.reuse = null;
      freeListObserver.keep = null;
      delete (mem as { malloc?: unknown }).malloc;
      delete (mem as { free?: unknown }).free;
      removeSink();
    };
  }

  /** Closes what is still open (as line 0 for teardown) and unwraps the allocator. */
  finish(): void {
    for (const f of [...this.open.keys()]) this.close(f);
    if (this.teardown !== null) {
      const t = this.teardown;
      this.teardown = null;
      this.emit(t, null);
    }
    this.uninstall?.();
    this.uninstall = null;
  }

  /** The execution the running code's events belong to: the line the innermost frame is
   *  running, or — before a frame's first line (its call being set up) — its caller's. Null when
   *  that line is not being recorded. */
  private current(): Execution | null {
    for (let f: InterpreterFrame | null = this.it.tstate.frame; f !== null; f = f.previous) {
      const e = this.open.get(f);
      if (e !== undefined && e.serial === f.serial) return e;
      if (f.traced_line !== -1) return null;
    }
    return this.teardown;
  }

  /** A line of `frame` starts (its line event). */
  start(frame: InterpreterFrame, line: number): void {
    this.close(frame);
    const counts = new Map<PyObject, number>();
    this.touchable(frame, line, (o) => counts.set(o, o.ob_refcnt));
    this.open.set(frame, {
      frame, serial: frame.serial, line, code: frame.f_code.qualname, startStep: this.it.exactSteps,
      counts, allocs: [], freed: new Map(), cleared: new Set(), gc: [],
    });
  }

  /** The frame's current line ends (its next line event, or its return: `returning` is the
   *  value on its way to the caller, whose stack reference is not this line's). */
  close(frame: InterpreterFrame, returning: PyObject | null = null): void {
    const e = this.open.get(frame);
    if (e === undefined) return;
    this.open.delete(frame);
    if (e.serial !== frame.serial) return;
    this.emit(e, frame, returning);
  }

  /** The module has returned: what follows (teardown, finalizers outside any line) is line 0. */
  beginTeardown(): void {
    this.teardown = { frame: null, serial: -1, line: 0, code: '<module>', startStep: this.it.exactSteps, counts: new Map(), allocs: [], freed: new Map(), cleared: new Set(), gc: [] };
  }

  private emit(e: Execution, frame: InterpreterFrame | null, returning: PyObject | null = null): void {
    const reached = new Set<PyObject>();
    if (frame !== null) this.touchable(frame, e.line, (o) => reached.add(o));
    const refcounts: RefcountDelta[] = [];
    const allocs: AllocEvent[] = [];
    const frees: FreeEvent[] = [];
    const born = new Set<PyObject>();
    for (const { obj, size, desc } of e.allocs) {
      born.add(obj);
      // Described as it is now, or as it was when it died later in the line.
      const dead = e.freed.get(obj);
      const d = dead !== undefined && dead.order > desc ? dead : describe(obj);
      allocs.push({ id: d.id, type: d.type, repr: d.repr, size });
    }
    const seen = new Set<PyObject>();
    const consider = (o: PyObject): void => {
      if (seen.has(o)) return;
      seen.add(o);
      const freedHere = e.freed.get(o);
      const before = e.counts.get(o) ?? (born.has(o) ? 0 : undefined);
      // An object first met at the end, neither born nor touchable at the start: its count before is unknown.
      if (before === undefined) return;
      const after = freedHere !== undefined ? 0 : o.ob_refcnt - (o === returning ? 1 : 0);
      if (after === before) return;
      const d = freedHere ?? describe(o);
      const r: RefcountDelta = { id: d.id, type: d.type, repr: d.repr, before, after };
      if (this.statics.has(o)) r.static = true;
      refcounts.push(r);
    };
    for (const o of e.counts.keys()) consider(o);
    for (const o of reached) consider(o);
    for (const o of born) consider(o);
    for (const { order: _o, ...d } of e.freed.values()) frees.push(d);
    this.onClose({
      trace: { line: e.line, code: e.code, refcounts, allocs, frees, gc: e.gc },
      reached, startStep: e.startStep, endStep: this.it.exactSteps,
    });
  }

  private touchable(frame: InterpreterFrame, line: number, visit: (o: PyObject) => void): void {
    touchable(frame, line, this.idents, this.sourceLines, visit);
  }
}

/** The objects a line can touch: those its identifiers name in the frame and their first items,
 *  and the constants its instructions load (a display's items gain a reference). */
export function touchable(frame: InterpreterFrame, line: number, idents: Map<number, string[]>, sourceLines: readonly string[], visit: (o: PyObject) => void): void {
  let names = idents.get(line);
  if (names === undefined) {
    names = [...new Set((sourceLines[line - 1] ?? '').replace(/#.*$/, '').match(IDENTIFIER) ?? [])];
    idents.set(line, names);
  }
  for (const name of names) {
    const o = lookup(frame, name);
    if (o === null) continue;
    visit(o);
    itemsOf(o, visit);
  }
  for (const c of lineConstants(frame.f_code, line)) visit(c);
}

const constsByCode = new WeakMap<object, Map<number, PyObject[]>>();
/** The objects LOAD_CONST pushes on `line` in this code object. */
function lineConstants(co: InterpreterFrame['f_code'], line: number): PyObject[] {
  let m = constsByCode.get(co);
  if (m === undefined) {
    m = new Map();
    const n = co.co_code.length >> 1;
    for (let i = 0; i < n; i++) {
      if (co.co_code[2 * i] !== Op.LOAD_CONST) continue;
      const l = co.lineOf(i);
      const list = m.get(l) ?? [];
      const c = co.consts[co.co_code[2 * i + 1]];
      if (!list.includes(c)) list.push(c);
      m.set(l, list);
    }
    constsByCode.set(co, m);
  }
  return m.get(line) ?? [];
}

const keysByCode = new WeakMap<object, Map<string, PyObject>>();
function nameKeys(co: InterpreterFrame['f_code']): Map<string, PyObject> {
  let m = keysByCode.get(co);
  if (m === undefined) {
    m = new Map();
    for (const n of co.names) m.set((n as unknown as { str: string }).str, n);
    keysByCode.set(co, m);
  }
  return m;
}

/** The object `name` is bound to in the frame, as the code would look it up (no side effect). */
function lookup(frame: InterpreterFrame, name: string): PyObject | null {
  const co = frame.f_code;
  if ((co.co_flags & CO.OPTIMIZED) !== 0 || co.co_nlocalsplus > 0) {
    const names = co.localsplusnames;
    for (let i = 0; i < co.co_nlocalsplus; i++) {
      if ((names[i] as unknown as { str: string }).str !== name) continue;
      let v = frame.localsplus[i];
      if (v !== null && (co.co_localspluskinds[i] & (CO_FAST.CELL | CO_FAST.FREE)) !== 0 && v.ob_type.tp_name === 'cell') {
        v = (v as unknown as { ob_ref: PyObject | null }).ob_ref;
      }
      return v;
    }
  }
  // The code's own name object (co_names) is the key its LOAD_NAME / LOAD_GLOBAL would use.
  const key = nameKeys(co).get(name);
  if (key === undefined) return null;
  for (const d of [frame.f_locals, frame.f_globals]) {
    if (d === null) continue;
    const v = PyDict_GetItem(d, key);
    if (v !== null) return v;
  }
  return null;
}
