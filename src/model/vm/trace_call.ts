// What CPython 3.11's tracing itself allocates while a trace function is set
// (Python/ceval.c): call_trace makes the frame object of every frame it reports
// (_PyFrame_GetFrameObject), and CALL and CALL_FUNCTION_EX call a method descriptor
// through a temporary bound method (trace_call_function, do_call_core: "a temporary
// bound method as argument for profiling"), a GC-tracked object that lives for the call.
// Both add to generation 0's count, so under sys.settrace an automatic collection can
// come earlier than in the untraced run.
//
// PyHeap's debugger makes neither: it shows the run as `python FILE` makes it. A listener
// that stands for a CPython trace function (TraceListener.cpythonTracer: the comparison
// with the settrace goldens) gets both, and so sees what CPython's tracer sees.

import { PyObject, Py_DECREF } from '../objects/object';
import { PyMethodDescr_Type } from '../objects/descrobject';
import { PyObject_Vectorcall, _PyObject_FastCallDict } from '../objects/abstract';
import type { PyTupleObject } from '../objects/tupleobject';
import { tracing } from './tracing';

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
