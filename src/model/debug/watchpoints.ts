// Refcount watchpoints (DAP data breakpoints): stop when a watched object's ob_refcnt
// changes, when it is freed, or when the cyclic GC frees it — at the instruction
// boundary right after, naming the instruction that did it. Checked before every
// instruction of a traced run (a few field reads per watched object); the object is
// held here as a JS reference, never handed out, and recognised as freed when its
// count drops to zero or its block no longer holds it.

import type { PyObject } from '../objects/object';
import type { Interpreter } from '../vm/run';
import type { InterpreterFrame } from '../vm/frame';
import { opname } from '../compiler/opcodes';
import { objectAt, isAlive } from './objects';
import { safeRepr } from './repr';
import type { DataBreakpoint, DataBreakpointHit, DataBreakpointSpec } from './types';

interface Watch {
  bp: DataBreakpoint;
  obj: PyObject | null;
  last: number;
}

export class Watchpoints {
  private nextId = 1;
  private watches: Watch[] = [];
  /** Specs as set, so that a replay can set them again at the same step. */
  specs: { spec: DataBreakpointSpec; id: number; description: string }[] = [];

  get size(): number {
    return this.watches.length;
  }

  /** Forgets the watched objects (a new run starts); ids stay for when they are set again. */
  disarm(): void {
    this.watches = [];
  }

  /** Replaces the watch list (DAP sends the whole list). Objects must be alive now. */
  set(it: Interpreter, specs: readonly DataBreakpointSpec[]): DataBreakpoint[] {
    const out: DataBreakpoint[] = [];
    const old = new Map(this.specs.map((s) => [`${s.spec.objectId}|${s.spec.on}`, s]));
    this.watches = [];
    this.specs = [];
    for (const spec of specs) {
      const prev = old.get(`${spec.objectId}|${spec.on}`);
      const obj = objectAt(it, spec.objectId);
      const id = prev?.id ?? this.nextId++;
      if (obj === null) {
        out.push({ ...spec, id, verified: false, description: `0x${spec.objectId.toString(16)}`, message: `No object with id ${spec.objectId} is alive at this step` });
        continue;
      }
      const description = prev?.description ?? `${obj.ob_type.tp_name} ${safeRepr(obj)}`;
      const bp: DataBreakpoint = { ...spec, id, verified: true, description };
      this.watches.push({ bp, obj, last: obj.ob_refcnt });
      this.specs.push({ spec, id, description });
      out.push(bp);
    }
    return out;
  }

  /** Takes the watched objects' counts as they are now, reporting nothing: a replay that
   *  travelled to an earlier stop (goto, stepBack, reverseContinue) did not check them on
   *  its way, and the next change must be measured from the count at the stop. */
  resync(it: Interpreter): void {
    for (const w of this.watches) {
      if (w.obj === null) continue;
      if (isAlive(it, w.obj)) w.last = w.obj.ob_refcnt;
      else w.obj = null;
    }
  }

  /** Called before each instruction: a hit if a watched object changed since the last check. */
  check(it: Interpreter, collected: Set<number> | null, prevFrame: InterpreterFrame | null, prevPc: number): DataBreakpointHit | null {
    const ws = this.watches;
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i];
      const o = w.obj;
      if (o === null) continue;
      const rc = o.ob_refcnt;
      const alive = isAlive(it, o);
      if (alive && rc === w.last) continue;
      const before = w.last;
      const id = w.bp.objectId;
      let what: DataBreakpointHit['what'];
      if (alive) {
        w.last = rc;
        if (w.bp.on !== 'refcount') continue;
        what = 'refcount';
      } else {
        // Gone: report once, then the watch has nothing left to watch.
        w.obj = null;
        what = collected !== null && collected.has(id) ? 'collected' : 'freed';
        if (w.bp.on === 'collected' && what !== 'collected') continue;
      }
      const after = alive ? rc : 0;
      const instr = prevFrame === null ? '?' : opname[prevFrame.f_code.co_words[prevPc] & 0xff] ?? '?';
      const line = prevFrame === null ? 0 : prevFrame.f_code.lineOf(prevPc);
      const change = what === 'refcount' ? `ob_refcnt ${before} → ${after}` : what === 'collected' ? `ob_refcnt ${before} → 0, freed by the cyclic GC` : `ob_refcnt ${before} → 0, freed`;
      return {
        breakpointId: w.bp.id, objectId: id, what, before, after, instruction: instr, line,
        description: `${w.bp.description}: ${change} (${instr}, line ${line})`,
      };
    }
    return null;
  }
}
