// The simulator's settrace events for a program, in the form of the goldens
// (golden.ts SettraceEvent): what CPython 3.11.7's sys.settrace reports, recorded the
// same way — every call, line, return and exception event of the program's own code,
// with the true ob_refcnt of each name bound in the frame at each line event.

import type { PyObject } from '../../src/model/objects/object';
import { Interpreter } from '../../src/model/vm/run';
import type { InterpreterFrame } from '../../src/model/vm/frame';
import { call_trace_frame, call_exc_trace_arg } from '../../src/model/vm/trace_call';
import { frameLine, type TraceListener } from '../../src/model/vm/tracing';
import { CO, CO_FAST } from '../../src/model/compiler/code';
import { staticObjectSet } from '../../src/model/debug/snapshot_build';
import type { NameRecord, SettraceEvent } from './golden';

function shortName(o: PyObject): string {
  const n = o.ob_type.tp_name;
  return n.slice(n.lastIndexOf('.') + 1);
}

function str(o: PyObject | null): string {
  return (o as unknown as { str: string }).str;
}

function names(f: InterpreterFrame, statics: Set<PyObject>, it: Interpreter): NameRecord[] {
  const out: NameRecord[] = [];
  const rec = (name: string, v: PyObject): void => {
    out.push({ name, refcnt: v.ob_refcnt, type: shortName(v), static: statics.has(v) || it.isStartupObject(v) });
  };
  const co = f.f_code;
  if ((co.co_flags & CO.OPTIMIZED) !== 0) {
    for (let i = 0; i < co.co_nlocalsplus; i++) {
      let v = f.localsplus[i];
      if (v !== null && (co.co_localspluskinds[i] & (CO_FAST.CELL | CO_FAST.FREE)) !== 0 && v.ob_type.tp_name === 'cell') {
        v = (v as unknown as { ob_ref: PyObject | null }).ob_ref;
      }
      if (v !== null) rec(str(co.localsplusnames[i]), v);
    }
    return out;
  }
  const d = f.f_locals;
  if (d === null) return out;
  const keys = (d as unknown as { ma_keys: { dk_nentries: number; me_key: (PyObject | null)[]; me_value: (PyObject | null)[] } }).ma_keys;
  for (let i = 0; i < keys.dk_nentries; i++) {
    const v = keys.me_value[i];
    const k = keys.me_key[i];
    if (v === null || k === null) continue;
    const name = str(k);
    if (name.length > 4 && name.startsWith('__') && name.endsWith('__')) continue;
    rec(name, v);
  }
  return out;
}

/** Runs the program and records its first `max` events as the goldens do: only the
 *  program's own code (not eval()'s "<string>" or a module's), at its true depth.
 *  `stdin` is what the program reads (a name.stdin next to it). */
export function simulatedEvents(source: string, filename: string, max: number, stdin?: string): { events: SettraceEvent[]; total: number } {
  const it = Interpreter.create(source, { filename, stdin });
  const events: SettraceEvent[] = [];
  const statics = staticObjectSet();
  let depth = -1;
  let total = 0;
  const base = (f: InterpreterFrame, lineno: number) => ({ qualname: f.f_code.qualname, firstLineno: f.f_code.co_firstlineno, lineno, depth });
  const push = (e: SettraceEvent, f: InterpreterFrame): void => {
    if (f.f_code.filename !== filename) return;
    total++;
    if (events.length < max) events.push(e);
  };
  // A C trace function installed with PyEval_SetTrace, with what CPython's tracing allocates
  // for it (vm/trace_call.ts): the frame objects and exception tuples here, the temporary
  // bound methods in the eval loop (cpythonTracer).
  const listener: TraceListener = {
    cpythonTracer: true,
    call(f, pc) {
      call_trace_frame(f);
      depth++;
      push({ kind: 'call', ...base(f, f.f_code.lineOf(pc)) }, f);
    },
    line(f, _pc, line) {
      call_trace_frame(f);
      push({ kind: 'line', ...base(f, line), names: events.length < max ? names(f, statics, it) : [] }, f);
    },
    return(f, pc, v) {
      call_trace_frame(f);
      push({ kind: 'return', ...base(f, frameLine(f, pc)), returned: v === null ? null : shortName(v) }, f);
      depth--;
    },
    exception(f, e) {
      call_exc_trace_arg(e);
      call_trace_frame(f);
      push({ kind: 'exception', ...base(f, frameLine(f, f.traced_pc)), exception: e.type.tp_name.slice(e.type.tp_name.lastIndexOf('.') + 1) }, f);
    },
    instruction() {},
  };
  it.traceListener = listener;
  if (it.state !== 'done') it.run();
  return { events, total };
}
