// The builtin functions of Python/bltinmodule.c (3.11) except print,
// __build_class__ and __import__ (the VM's, vm/bltin_vm.ts). Each is a PyMethodDef
// with the calling convention and argument errors CPython's Argument Clinic gives
// it; vm/builtins_dict.ts binds them to the builtins module as
// builtin_function_or_method objects. The builtin types (int, list, zip, ...) are
// bound there too, from the static types.

import { PyObject, Py_INCREF, Py_DECREF, CompareOp } from '../objects/object';
import { PyErr_SetString, PyErr_SetNone, PyErr_Clear, isPyExc } from '../objects/errors';
import {
  PyExc_TypeError, PyExc_ValueError, PyExc_StopIteration, PyExc_OverflowError,
} from '../objects/exceptions';
import { Py_None } from '../objects/singletons';
import { PyBool_FromLong, PyBool_Type } from '../objects/boolobject';
import {
  PyLong_FromNumber, PyLong_FromValue, PyLong_CheckExact, PyLong_Check, PyLong_AsBigInt, type PyLongObject,
} from '../objects/longobject';
import { longToPrefixedBase } from '../objects/long_format';
import { PyFloat_CheckExact, PyFloat_FromDouble, PyFloat_AsDouble } from '../objects/floatobject';
import { PyUnicode_Check, PyUnicode_FromString, type PyUnicodeObject } from '../objects/unicodeobject';
import { PyBytes_Check } from '../objects/bytesobject';
import { PyByteArray_Check } from '../objects/bytearrayobject'; // (also registers the bytearray type, a builtin by its tp_name)
import {
  PyObject_Repr, PyObject_ASCII, PyObject_Format, PyObject_GetAttr, PyObject_SetAttr, _PyObject_LookupAttr,
  PyObject_IsInstance, PyObject_IsSubclass, PyObject_GetIter, PyObject_IsTrue, PyObject_RichCompareBool,
  PyObject_CallOneArg, PyObject_CallNoArgs, PyObject_Vectorcall, PyObject_Size, PyObject_Hash, PyCallable_Check,
  PyIter_Check, PyNumber_Absolute, PyNumber_Divmod, PyNumber_Power, PyNumber_Add, PyNumber_Index, _Py_ID,
} from '../objects/abstract';
import { _PyObject_LookupSpecial } from '../objects/typeobject';
import { _PyHeap_RefuseMissingLookup } from '../objects/unsupported';
import { _Py_HashExact } from '../objects/pyhash';
import { METH, type PyMethodDef } from '../objects/methoddef';
import { _PyArg_CheckPositional } from '../objects/containerutil';
import { type PyTupleObject } from '../objects/tupleobject';
import { PySequence_List } from '../objects/listobject';
import { PyCallIter_New } from '../objects/iterobject';
import { type PyDictObject, PyDict_Next } from '../objects/dictobject';
import { PyZip_Type, PyMap_Type, PyFilter_Type } from './bltin_zipmapfilter';
import { PyRange_Type } from '../objects/rangeobject';
import { PyEnum_Type, PyReversed_Type } from '../objects/enumobject';
import { PySlice_Type } from '../objects/sliceobject';
import { PySet_Type, PyFrozenSet_Type } from '../objects/setobject';
import { _PyEval_ChargeWork } from './chargework';

function none(): PyObject {
  Py_INCREF(Py_None);
  return Py_None;
}

// ---------------------------------------------------------------------------
// Argument Clinic's keyword parsing (_PyArg_UnpackKeywords) for the few builtins
// that take keywords.

interface ClinicSpec {
  fname: string;
  /** Parameter names in order ('' for positional-only). */
  names: string[];
  /** Leading positional-only parameters. */
  posonly: number;
  /** Required parameters (a prefix). */
  required: number;
}

function unpackKeywords(spec: ClinicSpec, args: PyObject[], nargs: number, kwnames: PyObject | null): (PyObject | null)[] {
  const { fname, names, posonly, required } = spec;
  const max = names.length;
  const out: (PyObject | null)[] = new Array<PyObject | null>(max).fill(null);
  const nkw = kwnames === null ? 0 : (kwnames as PyTupleObject).ob_item.length;
  if (nargs > max || nargs + nkw > max) {
    PyErr_SetString(PyExc_TypeError,
      `${fname}() takes at most ${max} argument${max === 1 ? '' : 's'} (${nargs + nkw} given)`);
  }
  for (let i = 0; i < nargs; i++) out[i] = args[i];
  if (nargs < posonly && nargs < required) {
    const n = Math.min(posonly, required);
    PyErr_SetString(PyExc_TypeError,
      `${fname}() takes ${n === max ? 'exactly' : 'at least'} ${n} positional argument${n === 1 ? '' : 's'} (${nargs} given)`);
  }
  if (kwnames !== null) {
    const kn = (kwnames as PyTupleObject).ob_item;
    for (let k = 0; k < kn.length; k++) {
      const name = (kn[k] as PyUnicodeObject).str;
      const idx = names.indexOf(name);
      if (idx < posonly || idx < 0) {
        PyErr_SetString(PyExc_TypeError, `'${name}' is an invalid keyword argument for ${fname}()`);
      }
      if (idx < nargs) {
        PyErr_SetString(PyExc_TypeError, `argument for ${fname}() given by name ('${name}') and position (${idx + 1})`);
      }
      out[idx] = args[nargs + k];
    }
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === null) PyErr_SetString(PyExc_TypeError, `${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  return out;
}

// ---------------------------------------------------------------------------

function builtin_abs(_m: PyObject, x: PyObject): PyObject {
  return PyNumber_Absolute(x);
}

function allAny(iterable: PyObject, stopOn: boolean): PyObject {
  const it = PyObject_GetIter(iterable);
  try {
    const iternext = it.ob_type.tp_iternext as (o: PyObject) => PyObject | null;
    for (;;) {
      const item = iternext(it);
      if (item === null) break;
      _PyEval_ChargeWork(1); // a C-level iteration (vm/chargework.ts)
      let cmp: boolean;
      try {
        cmp = PyObject_IsTrue(item);
      } finally {
        Py_DECREF(item);
      }
      if (cmp === stopOn) return PyBool_FromLong(stopOn);
    }
  } finally {
    Py_DECREF(it);
  }
  return PyBool_FromLong(!stopOn);
}

function builtin_all(_m: PyObject, iterable: PyObject): PyObject {
  return allAny(iterable, false);
}

function builtin_any(_m: PyObject, iterable: PyObject): PyObject {
  return allAny(iterable, true);
}

function builtin_ascii(_m: PyObject, obj: PyObject): PyObject {
  return PyObject_ASCII(obj);
}

/** PyNumber_ToBase: '0b' / '0o' / '0x' formatting of an __index__-able value. */
function PyNumber_ToBase(n: PyObject, base: 2 | 8 | 16): PyObject {
  const index = PyNumber_Index(n);
  try {
    const l = index as PyLongObject;
    return PyUnicode_FromString(longToPrefixedBase(l.ival, l.big, base));
  } finally {
    Py_DECREF(index);
  }
}

function builtin_bin(_m: PyObject, n: PyObject): PyObject {
  return PyNumber_ToBase(n, 2);
}
function builtin_oct(_m: PyObject, n: PyObject): PyObject {
  return PyNumber_ToBase(n, 8);
}
function builtin_hex(_m: PyObject, n: PyObject): PyObject {
  return PyNumber_ToBase(n, 16);
}

function builtin_callable(_m: PyObject, obj: PyObject): PyObject {
  return PyBool_FromLong(PyCallable_Check(obj));
}

/** Argument Clinic's "i" converter: __index__, then a C int. */
function asCInt(o: PyObject): number {
  const i = PyNumber_Index(o);
  const v = PyLong_AsBigInt(i);
  Py_DECREF(i);
  if (v > 2147483647n || v < -2147483648n) PyErr_SetString(PyExc_OverflowError, 'Python int too large to convert to C int');
  return Number(v);
}

function builtin_chr(_m: PyObject, i: PyObject): PyObject {
  const cp = asCInt(i);
  if (cp < 0 || cp > 0x10ffff) PyErr_SetString(PyExc_ValueError, 'chr() arg not in range(0x110000)');
  return PyUnicode_FromString(String.fromCodePoint(cp));
}

function builtin_delattr(_m: PyObject, args: PyObject[], nargs: number): PyObject {
  _PyArg_CheckPositional('delattr', nargs, 2, 2);
  PyObject_SetAttr(args[0], args[1], null);
  return none();
}

function builtin_divmod(_m: PyObject, args: PyObject[], nargs: number): PyObject {
  _PyArg_CheckPositional('divmod', nargs, 2, 2);
  return PyNumber_Divmod(args[0], args[1]);
}

function builtin_format(_m: PyObject, args: PyObject[], nargs: number): PyObject {
  _PyArg_CheckPositional('format', nargs, 1, 2);
  let spec: PyObject | null = null;
  if (nargs > 1) {
    spec = args[1];
    if (!PyUnicode_Check(spec)) {
      PyErr_SetString(PyExc_TypeError, `format() argument 2 must be str, not ${spec.ob_type.tp_name}`);
    }
  }
  return PyObject_Format(args[0], spec);
}

function builtin_getattr(_m: PyObject, args: PyObject[], nargs: number): PyObject {
  _PyArg_CheckPositional('getattr', nargs, 2, 3);
  const v = args[0], name = args[1];
  if (nargs > 2) {
    const result = _PyObject_LookupAttr(v, name);
    if (result === null) {
      _PyHeap_RefuseMissingLookup(v, name);
      const dflt = args[2];
      Py_INCREF(dflt);
      return dflt;
    }
    return result;
  }
  return PyObject_GetAttr(v, name);
}

function builtin_hasattr(_m: PyObject, args: PyObject[], nargs: number): PyObject {
  _PyArg_CheckPositional('hasattr', nargs, 2, 2);
  const v = _PyObject_LookupAttr(args[0], args[1]);
  if (v === null) {
    _PyHeap_RefuseMissingLookup(args[0], args[1]);
    return PyBool_FromLong(false);
  }
  Py_DECREF(v);
  return PyBool_FromLong(true);
}

/** hash(): the exact Py_hash_t as an int. */
function builtin_hash(_m: PyObject, obj: PyObject): PyObject {
  if (obj.ob_type.tp_hash === null) PyObject_Hash(obj); // raises "unhashable type"
  return PyLong_FromValue(_Py_HashExact(obj));
}

/** id(): the object's address (PyLong_FromVoidPtr). */
function builtin_id(_m: PyObject, v: PyObject): PyObject {
  return PyLong_FromNumber(v.ob_addr);
}

function builtin_isinstance(_m: PyObject, args: PyObject[], nargs: number): PyObject {
  _PyArg_CheckPositional('isinstance', nargs, 2, 2);
  return PyBool_FromLong(PyObject_IsInstance(args[0], args[1]));
}

function builtin_issubclass(_m: PyObject, args: PyObject[], nargs: number): PyObject {
  _PyArg_CheckPositional('issubclass', nargs, 2, 2);
  return PyBool_FromLong(PyObject_IsSubclass(args[0], args[1]));
}

function builtin_iter(_m: PyObject, args: PyObject[], nargs: number): PyObject {
  _PyArg_CheckPositional('iter', nargs, 1, 2);
  const v = args[0];
  if (nargs === 1) return PyObject_GetIter(v);
  if (!PyCallable_Check(v)) PyErr_SetString(PyExc_TypeError, 'iter(v, w): v must be callable');
  return PyCallIter_New(v, args[1]);
}

function builtin_len(_m: PyObject, obj: PyObject): PyObject {
  return PyLong_FromNumber(PyObject_Size(obj));
}

/** min_max: min()/max() over one iterable or several positional arguments. */
function min_max(args: PyObject, kwds: PyObject | null, op: CompareOp): PyObject {
  const name = op === CompareOp.LT ? 'min' : 'max';
  const a = (args as PyTupleObject).ob_item;
  const positional = a.length > 1;
  let v: PyObject;
  if (positional) v = args;
  else if (a.length === 1) v = a[0];
  else return PyErr_SetString(PyExc_TypeError, `${name} expected at least 1 argument, got 0`);
  let keyfunc: PyObject | null = null;
  let defaultval: PyObject | null = null;
  if (kwds !== null) {
    const pos = { pos: 0 };
    let kv: [PyObject, PyObject] | null;
    while ((kv = PyDict_Next(kwds as PyDictObject, pos)) !== null) {
      const k = (kv[0] as PyUnicodeObject).str;
      if (k === 'key') keyfunc = kv[1];
      else if (k === 'default') defaultval = kv[1];
      else PyErr_SetString(PyExc_TypeError, `'${k}' is an invalid keyword argument for ${name}()`);
    }
  }
  if (positional && defaultval !== null) {
    PyErr_SetString(PyExc_TypeError, `Cannot specify a default for ${name}() with multiple positional arguments`);
  }
  const it = PyObject_GetIter(v);
  if (keyfunc === Py_None) keyfunc = null;
  let maxitem: PyObject | null = null;
  let maxval: PyObject | null = null;
  try {
    const iternext = it.ob_type.tp_iternext as (o: PyObject) => PyObject | null;
    let item: PyObject | null;
    while ((item = iternext(it)) !== null) {
      _PyEval_ChargeWork(1); // a C-level iteration (vm/chargework.ts)
      let val: PyObject;
      if (keyfunc !== null) {
        try {
          val = PyObject_CallOneArg(keyfunc, item);
        } catch (e) {
          Py_DECREF(item);
          throw e;
        }
      } else {
        val = item;
        Py_INCREF(val);
      }
      if (maxval === null) {
        maxitem = item;
        maxval = val;
      } else {
        let cmp: boolean;
        try {
          cmp = PyObject_RichCompareBool(val, maxval, op);
        } catch (e) {
          Py_DECREF(item);
          Py_DECREF(val);
          throw e;
        }
        if (cmp) {
          Py_DECREF(maxval);
          Py_DECREF(maxitem as PyObject);
          maxval = val;
          maxitem = item;
        } else {
          Py_DECREF(item);
          Py_DECREF(val);
        }
      }
    }
  } catch (e) {
    if (maxval !== null) Py_DECREF(maxval);
    if (maxitem !== null) Py_DECREF(maxitem);
    Py_DECREF(it);
    throw e;
  }
  Py_DECREF(it);
  if (maxval === null) {
    if (defaultval !== null) {
      Py_INCREF(defaultval);
      return defaultval;
    }
    return PyErr_SetString(PyExc_ValueError, `${name}() arg is an empty sequence`);
  }
  Py_DECREF(maxval);
  return maxitem as PyObject;
}

function builtin_min(_m: PyObject, args: PyObject, kwds: PyObject | null): PyObject {
  return min_max(args, kwds, CompareOp.LT);
}

function builtin_max(_m: PyObject, args: PyObject, kwds: PyObject | null): PyObject {
  return min_max(args, kwds, CompareOp.GT);
}

function builtin_next(_m: PyObject, args: PyObject[], nargs: number): PyObject {
  _PyArg_CheckPositional('next', nargs, 1, 2);
  const it = args[0];
  if (!PyIter_Check(it)) PyErr_SetString(PyExc_TypeError, `'${it.ob_type.tp_name}' object is not an iterator`);
  let res: PyObject | null;
  try {
    res = (it.ob_type.tp_iternext as (o: PyObject) => PyObject | null)(it);
  } catch (e) {
    if (nargs > 1 && isPyExc(e, PyExc_StopIteration)) {
      PyErr_Clear(e);
      res = null;
    } else {
      throw e;
    }
  }
  if (res !== null) return res;
  if (nargs > 1) {
    Py_INCREF(args[1]);
    return args[1];
  }
  return PyErr_SetNone(PyExc_StopIteration);
}

function builtin_ord(_m: PyObject, c: PyObject): PyObject {
  if (PyBytes_Check(c)) {
    const b = (c as unknown as { ob_sval: Uint8Array }).ob_sval;
    if (b.length === 1) return PyLong_FromNumber(b[0]);
    return PyErr_SetString(PyExc_TypeError, `ord() expected a character, but string of length ${b.length} found`);
  }
  if (PyUnicode_Check(c)) {
    const u = c as PyUnicodeObject;
    if (u.length === 1) return PyLong_FromNumber(u.str.codePointAt(0) as number);
    return PyErr_SetString(PyExc_TypeError, `ord() expected a character, but string of length ${u.length} found`);
  }
  if (PyByteArray_Check(c)) {
    if (c.ob_size === 1) return PyLong_FromNumber(c.ob_buf[c.ob_start]);
    return PyErr_SetString(PyExc_TypeError, `ord() expected a character, but string of length ${c.ob_size} found`);
  }
  return PyErr_SetString(PyExc_TypeError, `ord() expected string of length 1, but ${c.ob_type.tp_name} found`);
}

const POW_SPEC: ClinicSpec = { fname: 'pow', names: ['base', 'exp', 'mod'], posonly: 0, required: 2 };
function builtin_pow(_m: PyObject, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  const [base, exp, mod] = unpackKeywords(POW_SPEC, args, nargs, kwnames);
  return PyNumber_Power(base as PyObject, exp as PyObject, mod ?? Py_None);
}

function builtin_repr(_m: PyObject, obj: PyObject): PyObject {
  return PyObject_Repr(obj);
}

const ROUND_SPEC: ClinicSpec = { fname: 'round', names: ['number', 'ndigits'], posonly: 0, required: 1 };
function builtin_round(_m: PyObject, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  const [number, ndigits] = unpackKeywords(ROUND_SPEC, args, nargs, kwnames);
  const num = number as PyObject;
  const round = _PyObject_LookupSpecial(num, _Py_ID('__round__'));
  if (round === null) PyErr_SetString(PyExc_TypeError, `type ${num.ob_type.tp_name} doesn't define __round__ method`);
  try {
    if (ndigits === null || ndigits === Py_None) return PyObject_CallNoArgs(round);
    return PyObject_CallOneArg(round, ndigits);
  } finally {
    Py_DECREF(round);
  }
}

function builtin_setattr(_m: PyObject, args: PyObject[], nargs: number): PyObject {
  _PyArg_CheckPositional('setattr', nargs, 3, 3);
  PyObject_SetAttr(args[0], args[1], args[2]);
  return none();
}

/** sorted(): list(iterable), then its sort method called with the keywords. */
function builtin_sorted(_m: PyObject, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  _PyArg_CheckPositional('sorted', nargs, 1, 1);
  const newlist = PySequence_List(args[0]);
  try {
    const callable = PyObject_GetAttr(newlist, _Py_ID('sort'));
    try {
      const v = PyObject_Vectorcall(callable, args.slice(1), 0, kwnames);
      Py_DECREF(v);
    } finally {
      Py_DECREF(callable);
    }
  } catch (e) {
    Py_DECREF(newlist);
    throw e;
  }
  return newlist;
}

const SUM_SPEC: ClinicSpec = { fname: 'sum', names: ['', 'start'], posonly: 1, required: 1 };
const LONG_MAX = 9223372036854775807n;
const LONG_MIN = -9223372036854775808n;

/** sum(): C-long and C-double fast paths, then generic PyNumber_Add. */
function builtin_sum(_m: PyObject, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  const [iterable, start] = unpackKeywords(SUM_SPEC, args, nargs, kwnames);
  let result: PyObject | null = start;
  const iter = PyObject_GetIter(iterable as PyObject);
  try {
    if (result === null) {
      result = PyLong_FromNumber(0);
    } else {
      if (PyUnicode_Check(result)) PyErr_SetString(PyExc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
      if (PyBytes_Check(result)) PyErr_SetString(PyExc_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
      if (result.ob_type.tp_name === 'bytearray') {
        PyErr_SetString(PyExc_TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
      }
      Py_INCREF(result);
    }
    const next = iter.ob_type.tp_iternext as (o: PyObject) => PyObject | null;
    if (PyLong_CheckExact(result)) {
      // Keep the running sum as a C long while every item is an int that fits.
      let i_result = PyLong_AsBigInt(result);
      if (i_result >= LONG_MIN && i_result <= LONG_MAX) {
        Py_DECREF(result);
        result = null;
        let small = Number(i_result);
        let useBig = !Number.isSafeInteger(small);
        while (result === null) {
          const item = next(iter);
          _PyEval_ChargeWork(1); // a C-level iteration (vm/chargework.ts)
          if (item === null) return PyLong_FromValue(useBig ? i_result : small);
          if (PyLong_CheckExact(item) || item.ob_type === PyBool_Type) {
            const l = item as PyLongObject;
            if (!useBig && l.big === null) {
              const s = small + l.ival;
              if (Number.isSafeInteger(s)) {
                small = s;
                Py_DECREF(item);
                continue;
              }
              useBig = true;
              i_result = BigInt(small);
            }
            if (useBig || l.big !== null) {
              if (!useBig) {
                useBig = true;
                i_result = BigInt(small);
              }
              const b = l.big !== null ? l.big : BigInt(l.ival);
              const s = i_result + b;
              if (b >= LONG_MIN && b <= LONG_MAX && s >= LONG_MIN && s <= LONG_MAX) {
                i_result = s;
                Py_DECREF(item);
                continue;
              }
            }
          }
          // Overflowed or not an int: back to objects.
          result = PyLong_FromValue(useBig ? i_result : small);
          const temp = PyNumber_Add(result, item);
          Py_DECREF(result);
          Py_DECREF(item);
          result = temp;
        }
      }
    }
    if (PyFloat_CheckExact(result)) {
      let f_result = PyFloat_AsDouble(result);
      Py_DECREF(result);
      result = null;
      while (result === null) {
        const item = next(iter);
        _PyEval_ChargeWork(1); // a C-level iteration (vm/chargework.ts)
        if (item === null) return PyFloat_FromDouble(f_result);
        if (PyFloat_CheckExact(item)) {
          f_result += PyFloat_AsDouble(item);
          Py_DECREF(item);
          continue;
        }
        if (PyLong_Check(item)) {
          const v = PyLong_AsBigInt(item);
          if (v >= LONG_MIN && v <= LONG_MAX) {
            f_result += Number(v);
            Py_DECREF(item);
            continue;
          }
        }
        result = PyFloat_FromDouble(f_result);
        const temp = PyNumber_Add(result, item);
        Py_DECREF(result);
        Py_DECREF(item);
        result = temp;
      }
    }
    for (;;) {
      const item = next(iter);
      _PyEval_ChargeWork(1); // a C-level iteration (vm/chargework.ts)
      if (item === null) break;
      let temp: PyObject;
      try {
        temp = PyNumber_Add(result as PyObject, item);
      } finally {
        Py_DECREF(result as PyObject);
        Py_DECREF(item);
      }
      result = temp;
    }
    return result as PyObject;
  } catch (e) {
    throw e;
  } finally {
    Py_DECREF(iter);
  }
}

/** Every builtin function of the subset except print, __build_class__ and __import__. */
export const builtinMethods: PyMethodDef[] = [
  { ml_name: 'abs', ml_meth: builtin_abs, ml_flags: METH.O },
  { ml_name: 'all', ml_meth: builtin_all, ml_flags: METH.O },
  { ml_name: 'any', ml_meth: builtin_any, ml_flags: METH.O },
  { ml_name: 'ascii', ml_meth: builtin_ascii, ml_flags: METH.O },
  { ml_name: 'bin', ml_meth: builtin_bin, ml_flags: METH.O },
  { ml_name: 'callable', ml_meth: builtin_callable, ml_flags: METH.O },
  { ml_name: 'chr', ml_meth: builtin_chr, ml_flags: METH.O },
  { ml_name: 'delattr', ml_meth: builtin_delattr, ml_flags: METH.FASTCALL },
  { ml_name: 'divmod', ml_meth: builtin_divmod, ml_flags: METH.FASTCALL },
  { ml_name: 'format', ml_meth: builtin_format, ml_flags: METH.FASTCALL },
  { ml_name: 'getattr', ml_meth: builtin_getattr, ml_flags: METH.FASTCALL },
  { ml_name: 'hasattr', ml_meth: builtin_hasattr, ml_flags: METH.FASTCALL },
  { ml_name: 'hash', ml_meth: builtin_hash, ml_flags: METH.O },
  { ml_name: 'hex', ml_meth: builtin_hex, ml_flags: METH.O },
  { ml_name: 'id', ml_meth: builtin_id, ml_flags: METH.O },
  { ml_name: 'isinstance', ml_meth: builtin_isinstance, ml_flags: METH.FASTCALL },
  { ml_name: 'issubclass', ml_meth: builtin_issubclass, ml_flags: METH.FASTCALL },
  { ml_name: 'iter', ml_meth: builtin_iter, ml_flags: METH.FASTCALL },
  { ml_name: 'len', ml_meth: builtin_len, ml_flags: METH.O },
  { ml_name: 'max', ml_meth: builtin_max, ml_flags: METH.VARARGS | METH.KEYWORDS },
  { ml_name: 'min', ml_meth: builtin_min, ml_flags: METH.VARARGS | METH.KEYWORDS },
  { ml_name: 'next', ml_meth: builtin_next, ml_flags: METH.FASTCALL },
  { ml_name: 'oct', ml_meth: builtin_oct, ml_flags: METH.O },
  { ml_name: 'ord', ml_meth: builtin_ord, ml_flags: METH.O },
  { ml_name: 'pow', ml_meth: builtin_pow, ml_flags: METH.FASTCALL | METH.KEYWORDS },
  { ml_name: 'repr', ml_meth: builtin_repr, ml_flags: METH.O },
  { ml_name: 'round', ml_meth: builtin_round, ml_flags: METH.FASTCALL | METH.KEYWORDS },
  { ml_name: 'setattr', ml_meth: builtin_setattr, ml_flags: METH.FASTCALL },
  { ml_name: 'sorted', ml_meth: builtin_sorted, ml_flags: METH.FASTCALL | METH.KEYWORDS },
  { ml_name: 'sum', ml_meth: builtin_sum, ml_flags: METH.FASTCALL | METH.KEYWORDS },
];

/** The container and iterator types the builtins module binds by name (importing
 *  this module creates them, so they are among the static types when the builtins
 *  dict is filled). */
export const builtinContainerTypes = [
  PyZip_Type, PyMap_Type, PyFilter_Type, PyRange_Type, PyEnum_Type, PyReversed_Type, PySlice_Type, PySet_Type,
  PyFrozenSet_Type,
];
