// The builtin exception types (Objects/exceptions.c, 3.11): the hierarchy, the
// PyBaseExceptionObject layout (args, __traceback__, __context__, __cause__,
// __suppress_context__, __notes__, __dict__) and the subclasses that add fields
// (StopIteration.value, SystemExit.code, NameError.name, AttributeError.name/obj,
// ImportError, OSError, SyntaxError, UnicodeError), with their str()/repr().

import { PyObject, PyTypeObject, Py_DECREF, Py_INCREF, Py_XDECREF, TypeFlags, rt, type RefVisitor } from './object';
import { PyType_Type } from './typebase';
import { PyObject_GC_Del, PyObject_GC_Track, PyObject_GC_UnTrack } from './objalloc';
import { _PyObject_StartupAlloc } from './containerutil';
import { PyException, PyErr_SetString } from './errors';
import { Py_TRASHCAN_BEGIN, Py_TRASHCAN_END, Trash } from './trashcan';
import { Py_None } from './singletons';
import { Py_True, Py_False } from './boolobject';
import { PyUnicode_Check, PyUnicode_FromString, type PyUnicodeObject } from './unicodeobject';
import { _PyTuple_FromArray, PyTuple_Check, PyTuple_New, type PyTupleObject } from './tupleobject';
import { PyDict_GetItem, PyDict_Size } from './dictobject';
import { PyLong_Check, PyLong_CheckExact, PyLong_AsSsize_t, PyLong_FromNumber } from './longobject';
import { PyList_New, PyList_Append } from './listobject';
import { METH, type PyGetSetDef, type PyMethodDef } from './methoddef';
import { PyType_GenericAllocInto, PyObject_GenericGetAttr, PyObject_GenericSetAttr, type_name_str } from './typeobject';
import { PyObject_Repr, PyObject_Str, PyObject_SetAttr, _Py_ID } from './abstract';

/** PyBaseExceptionObject plus the fields of every subclass family (one JS shape). */
export class PyBaseExceptionObject extends PyObject {
  ob_dict: PyObject | null = null;
  args: PyObject | null = null;
  notes: PyObject | null = null;
  traceback: PyObject | null = null;
  context: PyObject | null = null;
  cause: PyObject | null = null;
  suppress_context = false;
  // StopIteration.value, SystemExit.code
  value: PyObject | null = null;
  code: PyObject | null = null;
  // NameError.name, AttributeError.name/obj, ImportError.name
  name: PyObject | null = null;
  obj: PyObject | null = null;
  // ImportError
  msg: PyObject | null = null;
  path: PyObject | null = null;
  // OSError
  myerrno: PyObject | null = null;
  strerror: PyObject | null = null;
  filename: PyObject | null = null;
  filename2: PyObject | null = null;
  // SyntaxError
  lineno: PyObject | null = null;
  offset: PyObject | null = null;
  text: PyObject | null = null;
  end_lineno: PyObject | null = null;
  end_offset: PyObject | null = null;
  print_file_and_line: PyObject | null = null;
  // UnicodeError
  encoding: PyObject | null = null;
  object: PyObject | null = null;
  start = 0;
  end = 0;
  reason: PyObject | null = null;
}

/** The owned-reference fields visited, cleared and released by every exception. */
const FIELDS = [
  'ob_dict', 'args', 'notes', 'traceback', 'context', 'cause', 'value', 'code', 'name', 'obj', 'msg', 'path',
  'myerrno', 'strerror', 'filename', 'filename2', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset',
  'print_file_and_line', 'encoding', 'object', 'reason',
] as const;
type Field = typeof FIELDS[number];

const EXC_FLAGS = TypeFlags.BASETYPE | TypeFlags.HAVE_GC | TypeFlags.BASE_EXC_SUBCLASS;
/** offsetof(PyBaseExceptionObject, dict) */
const DICT_OFFSET = 16;

function setField(self: PyBaseExceptionObject, f: Field, v: PyObject | null): void {
  const old = self[f];
  if (v !== null) Py_INCREF(v);
  self[f] = v;
  Py_XDECREF(old);
}

function none(): PyObject {
  Py_INCREF(Py_None);
  return Py_None;
}

function argsOf(self: PyObject): PyObject[] {
  const a = (self as PyBaseExceptionObject).args;
  return a === null ? [] : (a as PyTupleObject).ob_item;
}

// ---------------------------------------------------------------------------
// BaseException

function exc_alloc(type: PyTypeObject, nitems: number): PyObject {
  return PyType_GenericAllocInto(new PyBaseExceptionObject(type), type, nitems);
}

/** BaseException_new: stores the call's args tuple itself (no copy). */
function BaseException_new(type: PyTypeObject, args: PyObject, _kwds: PyObject | null): PyObject {
  const alloc = type.tp_alloc ?? exc_alloc;
  const self = alloc(type, 0) as PyBaseExceptionObject;
  Py_INCREF(args);
  self.args = args;
  return self;
}

function noKeywords(self: PyObject, kwds: PyObject | null): void {
  if (kwds !== null && PyDict_Size(kwds) !== 0) {
    PyErr_SetString(PyExc_TypeError, `${type_name_str(self.ob_type)}() takes no keyword arguments`);
  }
}

function BaseException_init(self: PyObject, args: PyObject, kwds: PyObject | null): void {
  noKeywords(self, kwds);
  setField(self as PyBaseExceptionObject, 'args', args);
}

function BaseException_clear(o: PyObject): void {
  const self = o as PyBaseExceptionObject;
  for (let i = 0; i < FIELDS.length; i++) {
    const f = FIELDS[i];
    const v = self[f];
    if (v !== null) {
      self[f] = null;
      Py_DECREF(v);
    }
  }
}

function BaseException_dealloc(o: PyObject): void {
  PyObject_GC_UnTrack(o);
  // bpo-44348: chains of exceptions (__context__, __traceback__) can be long.
  const trash = Py_TRASHCAN_BEGIN(o, BaseException_dealloc);
  if (trash === Trash.DEPOSITED) return;
  BaseException_clear(o);
  const free = o.ob_type.tp_free ?? PyObject_GC_Del;
  free(o);
  Py_TRASHCAN_END(trash);
}

const LABELS: Record<Field, string> = {
  ob_dict: '__dict__', args: 'args', notes: '__notes__', traceback: '__traceback__', context: '__context__',
  cause: '__cause__', value: 'value', code: 'code', name: 'name', obj: 'obj', msg: 'msg', path: 'path',
  myerrno: 'errno', strerror: 'strerror', filename: 'filename', filename2: 'filename2', lineno: 'lineno',
  offset: 'offset', text: 'text', end_lineno: 'end_lineno', end_offset: 'end_offset',
  print_file_and_line: 'print_file_and_line', encoding: 'encoding', object: 'object', reason: 'reason',
};

function BaseException_traverse(o: PyObject, visit: RefVisitor): void {
  const self = o as PyBaseExceptionObject;
  for (let i = 0; i < FIELDS.length; i++) {
    const v = self[FIELDS[i]];
    if (v !== null) visit(v, LABELS[FIELDS[i]]);
  }
}

/** BaseException_str: '' / str(args[0]) / str(args). */
function BaseException_str(self: PyObject): PyObject {
  const a = argsOf(self);
  if (a.length === 0) return PyUnicode_FromString('');
  if (a.length === 1) return PyObject_Str(a[0]);
  return PyObject_Str((self as PyBaseExceptionObject).args as PyObject);
}

function BaseException_repr(self: PyObject): PyObject {
  const name = type_name_str(self.ob_type);
  const a = argsOf(self);
  const r = PyObject_Repr(a.length === 1 ? a[0] : (self as PyBaseExceptionObject).args as PyObject);
  try {
    const s = (r as PyUnicodeObject).str;
    return PyUnicode_FromString(a.length === 1 ? `${name}(${s})` : `${name}${s}`);
  } finally {
    Py_DECREF(r);
  }
}

function getter(f: Field): (o: PyObject) => PyObject {
  return (o) => {
    const v = (o as PyBaseExceptionObject)[f];
    if (v === null) return none();
    Py_INCREF(v);
    return v;
  };
}

function setter(f: Field): (o: PyObject, v: PyObject | null) => void {
  return (o, v) => setField(o as PyBaseExceptionObject, f, v);
}

function member(name: string, f: Field): PyGetSetDef {
  return { name, get: getter(f), set: setter(f) };
}

function exc_set_args(o: PyObject, v: PyObject | null): void {
  if (v === null) return PyErr_SetString(PyExc_TypeError, 'args may not be deleted');
  const items: PyObject[] = PyTuple_Check(v) ? (v as PyTupleObject).ob_item : seqItems(v);
  const t = PyTuple_Check(v) ? (Py_INCREF(v), v) : _PyTuple_FromArray(items);
  const self = o as PyBaseExceptionObject;
  const old = self.args;
  self.args = t;
  Py_XDECREF(old);
}
import { PySequence_Tuple } from './tupleobject';
function seqItems(v: PyObject): PyObject[] {
  const t = PySequence_Tuple(v);
  const items = (t as PyTupleObject).ob_item.slice();
  Py_DECREF(t);
  return items;
}

function exc_get_args(o: PyObject): PyObject {
  const a = (o as PyBaseExceptionObject).args;
  if (a === null) return none();
  Py_INCREF(a);
  return a;
}

function exc_set_traceback(o: PyObject, v: PyObject | null): void {
  if (v === null) PyErr_SetString(PyExc_TypeError, '__traceback__ may not be deleted');
  if (v !== Py_None && v.ob_type.tp_name !== 'traceback') {
    PyErr_SetString(PyExc_TypeError, '__traceback__ must be a traceback or None');
  }
  setField(o as PyBaseExceptionObject, 'traceback', v === Py_None ? null : v);
}

function exc_set_context(o: PyObject, v: PyObject | null): void {
  if (v === null) PyErr_SetString(PyExc_TypeError, '__context__ may not be deleted');
  if (v !== Py_None && (v.ob_type.tp_flags & TypeFlags.BASE_EXC_SUBCLASS) === 0) {
    PyErr_SetString(PyExc_TypeError, 'exception context must be None or derive from BaseException');
  }
  setField(o as PyBaseExceptionObject, 'context', v === Py_None ? null : v);
}

function exc_set_cause(o: PyObject, v: PyObject | null): void {
  if (v === null) PyErr_SetString(PyExc_TypeError, '__cause__ may not be deleted');
  if (v !== Py_None && (v.ob_type.tp_flags & TypeFlags.BASE_EXC_SUBCLASS) === 0) {
    PyErr_SetString(PyExc_TypeError, 'exception cause must be None or derive from BaseException');
  }
  const self = o as PyBaseExceptionObject;
  self.suppress_context = true;
  setField(self, 'cause', v === Py_None ? null : v);
}

function exc_get_suppress(o: PyObject): PyObject {
  const b = (o as PyBaseExceptionObject).suppress_context ? Py_True : Py_False;
  Py_INCREF(b);
  return b;
}

function exc_set_suppress(o: PyObject, v: PyObject | null): void {
  if (v === null) PyErr_SetString(PyExc_TypeError, "can't delete __suppress_context__ attribute");
  (o as PyBaseExceptionObject).suppress_context = v === Py_True || (v !== Py_False && v !== Py_None && PyLong_Check(v) && PyLong_AsSsize_t(v) !== 0);
}

function exc_get_dict(o: PyObject): PyObject {
  const self = o as PyBaseExceptionObject;
  let d = self.ob_dict;
  if (d === null) d = self.ob_dict = PyDict_NewLazy();
  Py_INCREF(d);
  return d;
}
import { PyDict_New as PyDict_NewLazy } from './dictobject';

/** with_traceback(tb): sets __traceback__ and returns self. */
function exc_with_traceback(self: PyObject, tb: PyObject): PyObject {
  exc_set_traceback(self, tb);
  Py_INCREF(self);
  return self;
}

/** add_note(note) (3.11). */
function exc_add_note(self: PyObject, note: PyObject): PyObject {
  if (!PyUnicode_Check(note)) {
    PyErr_SetString(PyExc_TypeError, `note must be a str, not '${note.ob_type.tp_name}'`);
  }
  const e = self as PyBaseExceptionObject;
  if (e.notes === null) e.notes = PyList_New(0);
  PyList_Append(e.notes, note);
  return none();
}

const BaseException_methods: PyMethodDef[] = [
  { ml_name: 'with_traceback', ml_meth: exc_with_traceback, ml_flags: METH.O },
  { ml_name: 'add_note', ml_meth: exc_add_note, ml_flags: METH.O },
];

const BaseException_getset: PyGetSetDef[] = [
  { name: '__dict__', get: exc_get_dict, set: null },
  { name: 'args', get: exc_get_args, set: exc_set_args },
  { name: '__traceback__', get: getter('traceback'), set: exc_set_traceback },
  { name: '__context__', get: getter('context'), set: exc_set_context },
  { name: '__cause__', get: getter('cause'), set: exc_set_cause },
  { name: '__suppress_context__', get: exc_get_suppress, set: exc_set_suppress },
];

function makeExc(name: string, base: PyTypeObject | null, basicsize: number, doc: string): PyTypeObject {
  const t = new PyTypeObject(PyType_Type, name, basicsize, 0, EXC_FLAGS);
  t.tp_base = base;
  t.tp_doc = doc;
  t.tp_dictoffset = DICT_OFFSET;
  if (base === null) {
    t.tp_new = BaseException_new;
    t.tp_init = BaseException_init;
    t.tp_alloc = exc_alloc;
    t.tp_dealloc = BaseException_dealloc;
    t.tp_traverse = BaseException_traverse;
    t.tp_refs = BaseException_traverse;
    t.tp_clear = BaseException_clear;
    t.tp_str = BaseException_str;
    t.tp_repr = BaseException_repr;
    t.tp_getattro = PyObject_GenericGetAttr;
    t.tp_setattro = PyObject_GenericSetAttr;
    t.tp_free = PyObject_GC_Del;
    t.tp_methods = BaseException_methods;
    t.tp_getset = BaseException_getset;
  }
  return t;
}

export const PyExc_BaseException = makeExc('BaseException', null, 72, 'Common base class for all exceptions');
const B = PyExc_BaseException;
export const PyExc_Exception = makeExc('Exception', B, 72, 'Common base class for all non-exit exceptions.');
const E = PyExc_Exception;
export const PyExc_GeneratorExit = makeExc('GeneratorExit', B, 72, 'Request that a generator exit.');
export const PyExc_KeyboardInterrupt = makeExc('KeyboardInterrupt', B, 72, 'Program interrupted by user.');
export const PyExc_SystemExit = makeExc('SystemExit', B, 80, 'Request to exit from the interpreter.');
export const PyExc_ArithmeticError = makeExc('ArithmeticError', E, 72, 'Base class for arithmetic errors.');
export const PyExc_FloatingPointError = makeExc('FloatingPointError', PyExc_ArithmeticError, 72, 'Floating point operation failed.');
export const PyExc_OverflowError = makeExc('OverflowError', PyExc_ArithmeticError, 72, 'Result too large to be represented.');
export const PyExc_ZeroDivisionError = makeExc('ZeroDivisionError', PyExc_ArithmeticError, 72, 'Second argument to a division or modulo operation was zero.');
export const PyExc_AssertionError = makeExc('AssertionError', E, 72, 'Assertion failed.');
export const PyExc_AttributeError = makeExc('AttributeError', E, 88, 'Attribute not found.');
export const PyExc_BufferError = makeExc('BufferError', E, 72, 'Buffer error.');
export const PyExc_EOFError = makeExc('EOFError', E, 72, 'Read beyond end of file.');
export const PyExc_ImportError = makeExc('ImportError', E, 96, "Import can't find module, or can't find name in module.");
export const PyExc_ModuleNotFoundError = makeExc('ModuleNotFoundError', PyExc_ImportError, 96, 'Module not found.');
export const PyExc_LookupError = makeExc('LookupError', E, 72, 'Base class for lookup errors.');
export const PyExc_IndexError = makeExc('IndexError', PyExc_LookupError, 72, 'Sequence index out of range.');
export const PyExc_KeyError = makeExc('KeyError', PyExc_LookupError, 72, 'Mapping key not found.');
export const PyExc_MemoryError = makeExc('MemoryError', E, 72, 'Out of memory.');
export const PyExc_NameError = makeExc('NameError', E, 80, 'Name not found globally.');
export const PyExc_UnboundLocalError = makeExc('UnboundLocalError', PyExc_NameError, 80, 'Local name referenced but not bound to a value.');
export const PyExc_OSError = makeExc('OSError', E, 112, 'Base class for I/O related errors.');
export const PyExc_BlockingIOError = makeExc('BlockingIOError', PyExc_OSError, 112, 'I/O operation would block.');
export const PyExc_ChildProcessError = makeExc('ChildProcessError', PyExc_OSError, 112, 'Child process error.');
export const PyExc_ConnectionError = makeExc('ConnectionError', PyExc_OSError, 112, 'Connection error.');
export const PyExc_BrokenPipeError = makeExc('BrokenPipeError', PyExc_ConnectionError, 112, 'Broken pipe.');
export const PyExc_ConnectionAbortedError = makeExc('ConnectionAbortedError', PyExc_ConnectionError, 112, 'Connection aborted.');
export const PyExc_ConnectionRefusedError = makeExc('ConnectionRefusedError', PyExc_ConnectionError, 112, 'Connection refused.');
export const PyExc_ConnectionResetError = makeExc('ConnectionResetError', PyExc_ConnectionError, 112, 'Connection reset.');
export const PyExc_FileExistsError = makeExc('FileExistsError', PyExc_OSError, 112, 'File already exists.');
export const PyExc_FileNotFoundError = makeExc('FileNotFoundError', PyExc_OSError, 112, 'File not found.');
export const PyExc_InterruptedError = makeExc('InterruptedError', PyExc_OSError, 112, 'Interrupted by signal.');
export const PyExc_IsADirectoryError = makeExc('IsADirectoryError', PyExc_OSError, 112, "Operation doesn't work on directories.");
export const PyExc_NotADirectoryError = makeExc('NotADirectoryError', PyExc_OSError, 112, 'Operation only works on directories.');
export const PyExc_PermissionError = makeExc('PermissionError', PyExc_OSError, 112, 'Not enough permissions.');
export const PyExc_ProcessLookupError = makeExc('ProcessLookupError', PyExc_OSError, 112, 'Process not found.');
export const PyExc_TimeoutError = makeExc('TimeoutError', PyExc_OSError, 112, 'Timeout expired.');
export const PyExc_ReferenceError = makeExc('ReferenceError', E, 72, 'Weak ref proxy used after referent went away.');
export const PyExc_RuntimeError = makeExc('RuntimeError', E, 72, 'Unspecified run-time error.');
export const PyExc_NotImplementedError = makeExc('NotImplementedError', PyExc_RuntimeError, 72, "Method or function hasn't been implemented yet.");
export const PyExc_RecursionError = makeExc('RecursionError', PyExc_RuntimeError, 72, 'Recursion limit exceeded.');
export const PyExc_StopAsyncIteration = makeExc('StopAsyncIteration', E, 72, 'Signal the end from iterator.__anext__().');
export const PyExc_StopIteration = makeExc('StopIteration', E, 80, 'Signal the end from iterator.__next__().');
export const PyExc_SyntaxError = makeExc('SyntaxError', E, 136, 'Invalid syntax.');
export const PyExc_IndentationError = makeExc('IndentationError', PyExc_SyntaxError, 136, 'Improper indentation.');
export const PyExc_TabError = makeExc('TabError', PyExc_IndentationError, 136, 'Improper mixture of spaces and tabs.');
export const PyExc_SystemError = makeExc('SystemError', E, 72, 'Internal error in the Python interpreter.\n\nPlease report this to the Python maintainer, along with the traceback,\nthe Python version, and the hardware/OS platform and version.');
export const PyExc_TypeError = makeExc('TypeError', E, 72, 'Inappropriate argument type.');
export const PyExc_ValueError = makeExc('ValueError', E, 72, 'Inappropriate argument value (of correct type).');
export const PyExc_UnicodeError = makeExc('UnicodeError', PyExc_ValueError, 72, 'Unicode related error.');
export const PyExc_UnicodeDecodeError = makeExc('UnicodeDecodeError', PyExc_UnicodeError, 112, 'Unicode decoding error.');
export const PyExc_UnicodeEncodeError = makeExc('UnicodeEncodeError', PyExc_UnicodeError, 112, 'Unicode encoding error.');
export const PyExc_UnicodeTranslateError = makeExc('UnicodeTranslateError', PyExc_UnicodeError, 112, 'Unicode translation error.');
export const PyExc_Warning = makeExc('Warning', E, 72, 'Base class for warning categories.');
export const PyExc_BytesWarning = makeExc('BytesWarning', PyExc_Warning, 72, 'Base class for warnings about bytes and buffer related problems, mostly\nrelated to conversion from str or comparing to str.');
export const PyExc_DeprecationWarning = makeExc('DeprecationWarning', PyExc_Warning, 72, 'Base class for warnings about deprecated features.');
export const PyExc_EncodingWarning = makeExc('EncodingWarning', PyExc_Warning, 72, 'Base class for warnings about encodings.');
export const PyExc_FutureWarning = makeExc('FutureWarning', PyExc_Warning, 72, 'Base class for warnings about constructs that will change semantically\nin the future.');
export const PyExc_ImportWarning = makeExc('ImportWarning', PyExc_Warning, 72, 'Base class for warnings about probable mistakes in module imports');
export const PyExc_PendingDeprecationWarning = makeExc('PendingDeprecationWarning', PyExc_Warning, 72, 'Base class for warnings about features which will be deprecated\nin the future.');
export const PyExc_ResourceWarning = makeExc('ResourceWarning', PyExc_Warning, 72, 'Base class for warnings about resource usage.');
export const PyExc_RuntimeWarning = makeExc('RuntimeWarning', PyExc_Warning, 72, 'Base class for warnings about dubious runtime behavior.');
export const PyExc_SyntaxWarning = makeExc('SyntaxWarning', PyExc_Warning, 72, 'Base class for warnings about dubious syntax.');
export const PyExc_UnicodeWarning = makeExc('UnicodeWarning', PyExc_Warning, 72, 'Base class for warnings about Unicode related problems, mostly\nrelated to conversion problems.');
export const PyExc_UserWarning = makeExc('UserWarning', PyExc_Warning, 72, 'Base class for warnings generated by user code.');

/** Every builtin exception type with its builtins name (EnvironmentError and IOError alias OSError). */
export const builtinExceptions: [string, PyTypeObject][] = [
  PyExc_BaseException, PyExc_Exception, PyExc_GeneratorExit, PyExc_KeyboardInterrupt, PyExc_SystemExit,
  PyExc_ArithmeticError, PyExc_FloatingPointError, PyExc_OverflowError, PyExc_ZeroDivisionError, PyExc_AssertionError,
  PyExc_AttributeError, PyExc_BufferError, PyExc_EOFError, PyExc_ImportError, PyExc_ModuleNotFoundError,
  PyExc_LookupError, PyExc_IndexError, PyExc_KeyError, PyExc_MemoryError, PyExc_NameError, PyExc_UnboundLocalError,
  PyExc_OSError, PyExc_BlockingIOError, PyExc_ChildProcessError, PyExc_ConnectionError, PyExc_BrokenPipeError,
  PyExc_ConnectionAbortedError, PyExc_ConnectionRefusedError, PyExc_ConnectionResetError, PyExc_FileExistsError,
  PyExc_FileNotFoundError, PyExc_InterruptedError, PyExc_IsADirectoryError, PyExc_NotADirectoryError,
  PyExc_PermissionError, PyExc_ProcessLookupError, PyExc_TimeoutError, PyExc_ReferenceError, PyExc_RuntimeError,
  PyExc_NotImplementedError, PyExc_RecursionError, PyExc_StopAsyncIteration, PyExc_StopIteration, PyExc_SyntaxError,
  PyExc_IndentationError, PyExc_TabError, PyExc_SystemError, PyExc_TypeError, PyExc_ValueError, PyExc_UnicodeError,
  PyExc_UnicodeDecodeError, PyExc_UnicodeEncodeError, PyExc_UnicodeTranslateError, PyExc_Warning, PyExc_BytesWarning,
  PyExc_DeprecationWarning, PyExc_EncodingWarning, PyExc_FutureWarning, PyExc_ImportWarning,
  PyExc_PendingDeprecationWarning, PyExc_ResourceWarning, PyExc_RuntimeWarning, PyExc_SyntaxWarning,
  PyExc_UnicodeWarning, PyExc_UserWarning,
].map((t) => [t.tp_name, t] as [string, PyTypeObject]);
builtinExceptions.push(['EnvironmentError', PyExc_OSError], ['IOError', PyExc_OSError]);

// ---------------------------------------------------------------------------
// Subclasses with their own fields

/** Keyword arguments a constructor accepts: only the given names (e.g. NameError(name=...)). */
function takeKeywords(self: PyObject, kwds: PyObject | null, allowed: Field[], names: string[]): void {
  if (kwds === null || PyDict_Size(kwds) === 0) return;
  let used = 0;
  for (let i = 0; i < names.length; i++) {
    const v = PyDict_GetItem(kwds, _Py_ID(names[i]));
    if (v !== null) {
      setField(self as PyBaseExceptionObject, allowed[i], v);
      used++;
    }
  }
  if (used !== PyDict_Size(kwds)) {
    PyErr_SetString(PyExc_TypeError, `${type_name_str(self.ob_type)}() got an unexpected keyword argument`);
  }
}

// StopIteration(value)
PyExc_StopIteration.tp_init = (self, args, kwds) => {
  BaseException_init(self, args, kwds);
  const a = argsOf(self);
  setField(self as PyBaseExceptionObject, 'value', a.length > 0 ? a[0] : Py_None);
};
PyExc_StopIteration.tp_getset = [member('value', 'value')];

// SystemExit(code)
PyExc_SystemExit.tp_init = (self, args, kwds) => {
  BaseException_init(self, args, kwds);
  const a = argsOf(self);
  setField(self as PyBaseExceptionObject, 'code', a.length === 0 ? Py_None : a.length === 1 ? a[0] : args);
};
PyExc_SystemExit.tp_getset = [member('code', 'code')];

// NameError(name=)
PyExc_NameError.tp_init = (self, args, kwds) => {
  const e = self as PyBaseExceptionObject;
  setField(e, 'args', args);
  takeKeywords(self, kwds, ['name'], ['name']);
};
PyExc_NameError.tp_getset = [member('name', 'name')];

// AttributeError(name=, obj=)
PyExc_AttributeError.tp_init = (self, args, kwds) => {
  setField(self as PyBaseExceptionObject, 'args', args);
  takeKeywords(self, kwds, ['name', 'obj'], ['name', 'obj']);
};
PyExc_AttributeError.tp_getset = [member('name', 'name'), member('obj', 'obj')];

// ImportError(msg, name=, path=)
PyExc_ImportError.tp_init = (self, args, kwds) => {
  const e = self as PyBaseExceptionObject;
  setField(e, 'args', args);
  takeKeywords(self, kwds, ['name', 'path'], ['name', 'path']);
  const a = argsOf(self);
  setField(e, 'msg', a.length === 1 ? a[0] : null);
};
PyExc_ImportError.tp_str = (self) => {
  const m = (self as PyBaseExceptionObject).msg;
  if (m !== null && PyUnicode_Check(m)) {
    Py_INCREF(m);
    return m;
  }
  return BaseException_str(self);
};
PyExc_ImportError.tp_getset = [member('msg', 'msg'), member('name', 'name'), member('path', 'path')];

// OSError(errno, strerror[, filename[, winerror[, filename2]]])
PyExc_OSError.tp_init = (self, args, kwds) => {
  noKeywords(self, kwds);
  const e = self as PyBaseExceptionObject;
  const a = (args as PyTupleObject).ob_item;
  if (a.length >= 2 && a.length <= 5) {
    setField(e, 'myerrno', a[0]);
    setField(e, 'strerror', a[1]);
    if (a.length >= 3) setField(e, 'filename', a[2]);
    if (a.length >= 5) setField(e, 'filename2', a[4]);
    // With a filename, args keeps only (errno, strerror).
    if (a.length >= 3) {
      const t = _PyTuple_FromArray([a[0], a[1]]);
      setField(e, 'args', t);
      Py_DECREF(t);
      return;
    }
  }
  setField(e, 'args', args);
};
PyExc_OSError.tp_str = (self) => {
  const e = self as PyBaseExceptionObject;
  const part = (o: PyObject | null): string => {
    const s = PyObject_Str(o ?? Py_None);
    const r = (s as PyUnicodeObject).str;
    Py_DECREF(s);
    return r;
  };
  const rep = (o: PyObject): string => {
    const s = PyObject_Repr(o);
    const r = (s as PyUnicodeObject).str;
    Py_DECREF(s);
    return r;
  };
  if (e.filename !== null) {
    if (e.filename2 !== null) {
      return PyUnicode_FromString(`[Errno ${part(e.myerrno)}] ${part(e.strerror)}: ${rep(e.filename)} -> ${rep(e.filename2)}`);
    }
    return PyUnicode_FromString(`[Errno ${part(e.myerrno)}] ${part(e.strerror)}: ${rep(e.filename)}`);
  }
  if (e.myerrno !== null && e.strerror !== null) return PyUnicode_FromString(`[Errno ${part(e.myerrno)}] ${part(e.strerror)}`);
  return BaseException_str(self);
};
PyExc_OSError.tp_getset = [
  member('errno', 'myerrno'), member('strerror', 'strerror'), member('filename', 'filename'), member('filename2', 'filename2'),
];
/** OSError(errno, ...) creates the errno's subclass (Objects/exceptions.c errnomap, Linux errno values). */
const errnomap = new Map<number, PyTypeObject>([
  [11, PyExc_BlockingIOError], [114, PyExc_BlockingIOError], [115, PyExc_BlockingIOError], [10, PyExc_ChildProcessError],
  [32, PyExc_BrokenPipeError], [108, PyExc_BrokenPipeError], [103, PyExc_ConnectionAbortedError],
  [111, PyExc_ConnectionRefusedError], [104, PyExc_ConnectionResetError], [17, PyExc_FileExistsError],
  [2, PyExc_FileNotFoundError], [21, PyExc_IsADirectoryError], [20, PyExc_NotADirectoryError], [4, PyExc_InterruptedError],
  [13, PyExc_PermissionError], [1, PyExc_PermissionError], [3, PyExc_ProcessLookupError], [110, PyExc_TimeoutError],
]);
PyExc_OSError.tp_new = (type, args, kwds) => {
  let t = type;
  const a = (args as PyTupleObject).ob_item;
  if (type === PyExc_OSError && a.length >= 2 && PyLong_CheckExact(a[0])) {
    const sub = errnomap.get(PyLong_AsSsize_t(a[0]));
    if (sub !== undefined) t = sub;
  }
  return BaseException_new(t, args, kwds);
};

// SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))
PyExc_SyntaxError.tp_init = (self, args, kwds) => {
  BaseException_init(self, args, kwds);
  const e = self as PyBaseExceptionObject;
  const a = (args as PyTupleObject).ob_item;
  if (a.length >= 1) setField(e, 'msg', a[0]);
  if (a.length === 2) {
    const info = a[1];
    const items = PyTuple_Check(info) ? (info as PyTupleObject).ob_item : seqItems(info);
    if (items.length < 4 || items.length > 6) {
      PyErr_SetString(PyExc_IndexError, 'tuple index out of range');
    }
    setField(e, 'filename', items[0]);
    setField(e, 'lineno', items[1]);
    setField(e, 'offset', items[2]);
    setField(e, 'text', items[3]);
    if (items.length > 4) setField(e, 'end_lineno', items[4]);
    if (items.length > 5) setField(e, 'end_offset', items[5]);
  }
};
PyExc_SyntaxError.tp_str = (self) => {
  const e = self as PyBaseExceptionObject;
  let filename: string | null = null;
  if (e.filename !== null && PyUnicode_Check(e.filename)) {
    const f = (e.filename as PyUnicodeObject).str;
    filename = f.slice(f.lastIndexOf('/') + 1);
  }
  const haveLineno = e.lineno !== null && PyLong_CheckExact(e.lineno);
  const m = PyObject_Str(e.msg ?? Py_None);
  const ms = (m as PyUnicodeObject).str;
  if (filename === null && !haveLineno) return m;
  Py_DECREF(m);
  const ln = haveLineno ? PyLong_AsSsize_t(e.lineno as PyObject) : 0;
  if (filename !== null && haveLineno) return PyUnicode_FromString(`${ms} (${filename}, line ${ln})`);
  if (filename !== null) return PyUnicode_FromString(`${ms} (${filename})`);
  return PyUnicode_FromString(`${ms} (line ${ln})`);
};
PyExc_SyntaxError.tp_getset = [
  member('msg', 'msg'), member('filename', 'filename'), member('lineno', 'lineno'), member('offset', 'offset'),
  member('text', 'text'), member('end_lineno', 'end_lineno'), member('end_offset', 'end_offset'),
  member('print_file_and_line', 'print_file_and_line'),
];

// UnicodeEncodeError / UnicodeDecodeError (encoding, object, start, end, reason)
function unicodeErrorInit(self: PyObject, args: PyObject, kwds: PyObject | null): void {
  BaseException_init(self, args, kwds);
  const e = self as PyBaseExceptionObject;
  const a = (args as PyTupleObject).ob_item;
  if (a.length !== 5) {
    PyErr_SetString(PyExc_TypeError, `function takes exactly 5 arguments (${a.length} given)`);
  }
  setField(e, 'encoding', a[0]);
  setField(e, 'object', a[1]);
  e.start = PyLong_AsSsize_t(a[2]);
  e.end = PyLong_AsSsize_t(a[3]);
  setField(e, 'reason', a[4]);
}
function ustr(o: PyObject | null): string {
  return o !== null && PyUnicode_Check(o) ? (o as PyUnicodeObject).str : '';
}
function hex(n: number, w: number): string {
  return n.toString(16).padStart(w, '0');
}
PyExc_UnicodeEncodeError.tp_init = unicodeErrorInit;
PyExc_UnicodeDecodeError.tp_init = unicodeErrorInit;
PyExc_UnicodeEncodeError.tp_str = (self) => {
  const e = self as PyBaseExceptionObject;
  const s = Array.from(ustr(e.object));
  if (e.start < s.length && e.end === e.start + 1) {
    const c = s[e.start].codePointAt(0) as number;
    const esc = c <= 0xff ? `\\x${hex(c, 2)}` : c <= 0xffff ? `\\u${hex(c, 4)}` : `\\U${hex(c, 8)}`;
    return PyUnicode_FromString(`'${ustr(e.encoding)}' codec can't encode character '${esc}' in position ${e.start}: ${ustr(e.reason)}`);
  }
  return PyUnicode_FromString(`'${ustr(e.encoding)}' codec can't encode characters in position ${e.start}-${e.end - 1}: ${ustr(e.reason)}`);
};
PyExc_UnicodeDecodeError.tp_str = (self) => {
  const e = self as PyBaseExceptionObject;
  const bytes = e.object !== null ? (e.object as unknown as { ob_sval?: Uint8Array }).ob_sval : undefined;
  if (bytes !== undefined && e.start < bytes.length && e.end === e.start + 1) {
    return PyUnicode_FromString(`'${ustr(e.encoding)}' codec can't decode byte 0x${hex(bytes[e.start], 2)} in position ${e.start}: ${ustr(e.reason)}`);
  }
  return PyUnicode_FromString(`'${ustr(e.encoding)}' codec can't decode bytes in position ${e.start}-${e.end - 1}: ${ustr(e.reason)}`);
};
const unicodeGetset: PyGetSetDef[] = [
  member('encoding', 'encoding'), member('object', 'object'), member('reason', 'reason'),
  { name: 'start', get: (o) => PyLong_FromNumber((o as PyBaseExceptionObject).start), set: (o, v) => { (o as PyBaseExceptionObject).start = v === null ? 0 : PyLong_AsSsize_t(v); } },
  { name: 'end', get: (o) => PyLong_FromNumber((o as PyBaseExceptionObject).end), set: (o, v) => { (o as PyBaseExceptionObject).end = v === null ? 0 : PyLong_AsSsize_t(v); } },
];
PyExc_UnicodeEncodeError.tp_getset = unicodeGetset;
PyExc_UnicodeDecodeError.tp_getset = unicodeGetset;

// MemoryError: its own free list (Objects/exceptions.c, 3.11). Interpreter startup
// (preallocate_memerrors) creates MEMERRORS_SAVE instances and releases them, so the
// free list is full when a program runs: a MemoryError raised later comes from it and
// goes back to it on dealloc, without PyObject_Malloc/Free or the GC count
// (_Py_NewReference + _PyObject_GC_TRACK only), so a program that runs out of memory
// can still report it. Subclasses never use it.

/** MEMERRORS_SAVE */
const MEMERRORS_SAVE = 16;

/** memerrors_freelist / memerrors_numfree of one interpreter (_Py_exc_state), most recent last. */
const memerrorsByRuntime = new WeakMap<object, PyBaseExceptionObject[]>();
function memerrorsFreelist(): PyBaseExceptionObject[] {
  let l = memerrorsByRuntime.get(rt);
  if (l === undefined) {
    l = [];
    memerrorsByRuntime.set(rt, l);
  }
  return l;
}

function MemoryError_new(type: PyTypeObject, args: PyObject, kwds: PyObject | null): PyObject {
  const fl = memerrorsFreelist();
  if (type !== PyExc_MemoryError || fl.length === 0) return BaseException_new(type, args, kwds);
  // Revive the most recently freed instance: args is a new empty tuple, whatever was passed.
  const self = fl.pop() as PyBaseExceptionObject;
  self.args = PyTuple_New(0);
  self.ob_refcnt = 1;
  PyObject_GC_Track(self);
  return self;
}

function MemoryError_dealloc(o: PyObject): void {
  PyObject_GC_UnTrack(o);
  BaseException_clear(o);
  const fl = memerrorsFreelist();
  if (o.ob_type !== PyExc_MemoryError || fl.length >= MEMERRORS_SAVE) {
    const free = o.ob_type.tp_free ?? PyObject_GC_Del;
    free(o);
    return;
  }
  fl.push(o as PyBaseExceptionObject);
}

PyExc_MemoryError.tp_new = MemoryError_new;
PyExc_MemoryError.tp_dealloc = MemoryError_dealloc;

/** preallocate_memerrors, as startup leaves it: MEMERRORS_SAVE MemoryErrors on the free
 *  list, allocated as startup objects (never GC-counted). Errors 0..15 are created then
 *  released in that order, so the last one created is handed out first. Call once per
 *  interpreter, before the program runs. */
export function _PyExc_FillStartupMemErrors(): void {
  const fl = memerrorsFreelist();
  while (fl.length < MEMERRORS_SAVE) {
    fl.push(_PyObject_StartupAlloc(new PyBaseExceptionObject(PyExc_MemoryError), PyExc_MemoryError.tp_basicsize));
  }
}

/** The MemoryErrors parked on the free list (for views and invariant checks). */
export function _PyExc_MemErrorsFreelist(): readonly PyObject[] {
  return memerrorsFreelist();
}

// KeyError: str() is the repr of a single key.
PyExc_KeyError.tp_str = (self) => {
  const a = argsOf(self);
  if (a.length === 1) return PyObject_Repr(a[0]);
  return BaseException_str(self);
};

// ---------------------------------------------------------------------------

/** set_attribute_error_context (Objects/object.c, 3.11): an AttributeError raised by
 *  attribute lookup is normalized at once and remembers the object and the name (the
 *  traceback printer's "Did you mean" needs them; the instance holds a reference to obj). */
export function _PyErr_SetAttributeErrorContext(e: PyException, obj: PyObject, name: PyObject): void {
  const v = e.value as PyBaseExceptionObject;
  if (!(v.ob_type === PyExc_AttributeError || isSubtypeOfAttrErr(v.ob_type))) return;
  if (v.name !== null || v.obj !== null) return;
  PyObject_SetAttr(v, _Py_ID('name'), name);
  PyObject_SetAttr(v, _Py_ID('obj'), obj);
}
function isSubtypeOfAttrErr(t: PyTypeObject): boolean {
  for (let b: PyTypeObject | null = t; b !== null; b = b.tp_base) if (b === PyExc_AttributeError) return true;
  return false;
}

export function PyException_GetTraceback(e: PyObject): PyObject | null {
  return (e as PyBaseExceptionObject).traceback;
}

/** PyException_SetTraceback (tb: owned by the caller, a new reference is taken; null clears). */
export function PyException_SetTraceback(e: PyObject, tb: PyObject | null): void {
  setField(e as PyBaseExceptionObject, 'traceback', tb === Py_None ? null : tb);
}

/** PyException_SetContext / SetCause (borrowed arguments; a new reference is taken). */
export function PyException_SetContext(e: PyObject, ctx: PyObject | null): void {
  setField(e as PyBaseExceptionObject, 'context', ctx);
}

export function PyException_SetCause(e: PyObject, cause: PyObject | null): void {
  const x = e as PyBaseExceptionObject;
  x.suppress_context = true;
  setField(x, 'cause', cause);
}

export function PyException_GetContext(e: PyObject): PyObject | null {
  return (e as PyBaseExceptionObject).context;
}
