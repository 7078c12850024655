// What CPython 3.11's tracing itself allocates while a trace function is set
// (Python/ceval.c): call_trace makes the frame object of every frame it reports
// (_PyFrame_GetFrameObject); call_exc_trace normalizes the exception and packs
// (type, value, traceback) into a tuple for the trace function; and CALL and
// CALL_FUNCTION_EX call a method descriptor through a temporary bound method
// (trace_call_function, do_call_core: "a temporary bound method as argument for
// profiling"), a GC-tracked object that lives for the call and holds self. They add to
// generation 0's count, so under sys.settrace an automatic collection can come earlier
// than in the untraced run.
//
// PyHeap's debugger makes none of them: it shows the run as `python FILE` makes it. A
// listener that stands for a CPython trace function (TraceListener.cpythonTracer: the
// comparison with the settrace goldens) calls call_trace_frame and call_exc_trace_arg at
// its events, and the eval loop makes the bound methods, so it sees what CPython's tracer sees.

import { PyObject, Py_DECREF } from '../objects/object';
import type { PyException } from '../objects/errors';
import { Py_None } from '../objects/singletons';
import { PyTuple_Pack, type PyTupleObject } from '../objects/tupleobject';
import { PyMethodDescr_Type } from '../objects/descrobject';
import { PyObject_Vectorcall, _PyObject_FastCallDict } from '../objects/abstract';
import { _PyFrame_GetFrameObject, type InterpreterFrame } from './frame';
import { tracing } from './tracing';

/** call_trace: the frame object of the frame an event is about, made on its first event. */
export function call_trace_frame(frame: InterpreterFrame): void {
  _PyFrame_GetFrameObject(frame);
}

/** call_exc_trace: the exception normalized, and the argument tuple made and released
 *  around the trace function's call (call_trace_frame comes in between). */
export function call_exc_trace_arg(e: PyException): void {
  const arg = PyTuple_Pack(e.type, e.value, e.traceback ?? Py_None);
  Py_DECREF(arg);
}

/** cframe.use_tracing with a CPython trace function installed (and not running itself). */
export function tracerAllocates(): boolean {
  const tl = tracing.listener;
  return tl !== null && tl.cpythonTracer === true && tracing.suspended === 0 && !tracing.skipping;
}

/** trace_call_function's method-descriptor branch: `fn` a method descriptor called with
 *  `nargs` > 0 positional arguments (args[0] is self). Null when the call is not one. */
export function trace_call_method_descr(fn: PyObject, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject | null {
  if (fn.ob_type !== PyMethodDescr_Type || nargs === 0) return null;
  const self = args[0];
  const bound = (fn.ob_type.tp_descr_get as (d: PyObject, o: PyObject, t: PyObject) => PyObject)(fn, self, self.ob_type);
  try {
    return PyObject_Vectorcall(bound, args.slice(1), nargs - 1, kwnames);
  } finally {
    Py_DECREF(bound);
  }
}

/** do_call_core's traced branch: the same for CALL_FUNCTION_EX's argument tuple. */
export function do_call_core_method_descr(fn: PyObject, callargs: PyObject, kwdict: PyObject | null): PyObject | null {
  const items = (callargs as PyTupleObject).ob_item;
  if (fn.ob_type !== PyMethodDescr_Type || items.length === 0) return null;
  const self = items[0];
  const bound = (fn.ob_type.tp_descr_get as (d: PyObject, o: PyObject, t: PyObject) => PyObject)(fn, self, self.ob_type);
  try {
    return _PyObject_FastCallDict(bound, items.slice(1), items.length - 1, kwdict);
  } finally {
    Py_DECREF(bound);
  }
}
