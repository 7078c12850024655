// The float type (Objects/floatobject.c, 3.11): an IEEE double in a 24-byte object,
// recycled through the float free list (at most PyFloat_MAXFREELIST = 100 objects,
// LIFO): a freed float keeps its memory block and the next float takes it, so
// `id(1.5 + x) == id(2.5 + x)` in a loop as in CPython.

import { PyObject, PyTypeObject, TypeFlags, CompareOp, Py_NewRef, Py_DECREF, rt } from './object';
import { PyType_Type } from './typebase';
import { _PyObject_New, PyObject_Free, freeListObserver } from './objalloc';
import { PyErr_SetString, PyErr_SetObject } from './errors';
import {
  PyExc_TypeError, PyExc_ValueError, PyExc_OverflowError, PyExc_ZeroDivisionError, PyExc_NotImplementedError,
} from './exceptions';
import { Py_NotImplemented, Py_None } from './singletons';
import { METH, type PyMethodDef, type PyGetSetDef } from './methoddef';
import {
  PyLong_Check, PyLong_AsDouble, PyLong_FromNumber, PyLong_FromBigInt, PyLong_FromValue, _PyLong_Value, makePair,
  _Py_CompareResult, type PyLongObject,
} from './longobject';
import { bigRatioToDouble, compareIntDouble, bigBitLength } from './long_arith';
import { transformDecimalAndSpace, isPySpace } from './long_format';
import { PyBool_FromLong } from './boolobject';
import { PyUnicode_FromString, PyUnicode_CheckExact, PyUnicode_Check, unicode_repr_text, type PyUnicodeObject } from './unicodeobject';
import { PyTuple_Pack } from './tupleobject';
import { PyNumber_Float, PyNumber_Index, PyObject_Repr } from './abstract';
import { _PyObject_GetBufferView } from './buffer';
import { float_repr, double_round, roundHalfEven } from './float_repr';
import { _Py_HashDoubleExact, _Py_HashPointer, _Py_HashPointerExact, hashNumberFromBig, _Py_HashSmallInt, _Py_RegisterExactHash, frexp } from './pyhash';
import { _PyRuntime_RegisterState } from '../runtimestate';
import { formatMethodDef } from './formatter';
import { powCorrectlyRounded } from './float_pow';

export { PyLong_AsDouble };

export class PyFloatObject extends PyObject {
  ob_fval: number;
  constructor(type: PyTypeObject, v: number) {
    super(type);
    this.ob_fval = v;
  }
}

export const PyFloat_Type = new PyTypeObject(PyType_Type, 'float', 24, 0, TypeFlags.BASETYPE | TypeFlags.IMMUTABLETYPE);

export function PyFloat_Check(o: PyObject): o is PyFloatObject {
  return o.ob_type === PyFloat_Type || PyType_IsSubtype(o.ob_type, PyFloat_Type);
}

export function PyFloat_CheckExact(o: PyObject): o is PyFloatObject {
  return o.ob_type === PyFloat_Type;
}

// ---------------------------------------------------------------------------
// The free list (Include/internal/pycore_floatobject.h _Py_float_state), one per
// runtime. Objects on it keep their block (still allocated) and their JS object.

class FloatFreeList {
  items: PyFloatObject[] = [];
}
/** The active runtime's list, switched with the runtime (runtimestate.ts). */
let free_list = new FloatFreeList();
_PyRuntime_RegisterState<FloatFreeList>({
  name: 'float free list',
  save: () => free_list,
  restore: (s) => {
    free_list = s;
  },
  fresh: () => new FloatFreeList(),
});

function floatFreeList(): FloatFreeList {
  return free_list;
}

/** The floats parked on the free list (for the allocator view and gc.collect). */
export function _PyFloat_FreeListItems(): readonly PyFloatObject[] {
  return floatFreeList().items;
}

/** _PyFloat_ClearFreeList: frees every parked float (gc.collect of generation 2). */
export function _PyFloat_ClearFreeList(): void {
  const fl = floatFreeList();
  while (fl.items.length > 0) PyObject_Free(fl.items.pop() as PyFloatObject);
}

/** PyFloat_FromDouble: a new float, from the free list when it has one. */
export function PyFloat_FromDouble(v: number): PyFloatObject {
  const items = floatFreeList().items;
  if (items.length > 0) {
    const o = items.pop() as PyFloatObject;
    o.ob_type = PyFloat_Type;
    o.ob_refcnt = 1;
    o.ob_fval = v;
    if (freeListObserver.reuse !== null) freeListObserver.reuse(o, 24);
    return o;
  }
  return _PyObject_New(new PyFloatObject(PyFloat_Type, v), 24);
}

function float_dealloc(o: PyObject): void {
  if (o.ob_type === PyFloat_Type) {
    const items = floatFreeList().items;
    if (items.length < rt.profile.memory.freeLists.float) {
      if (freeListObserver.keep !== null) freeListObserver.keep(o);
      items.push(o as PyFloatObject);
      return;
    }
    PyObject_Free(o);
    return;
  }
  const free = o.ob_type.tp_free;
  if (free !== null) free(o);
  else PyObject_Free(o);
}

/** PyFloat_AsDouble: floats directly, else __float__ / __index__ (PyNumber_Float). */
export function PyFloat_AsDouble(o: PyObject): number {
  if (PyFloat_Check(o)) return o.ob_fval;
  const t = o.ob_type;
  if (t.nb_float === null && t.nb_index === null) {
    PyErr_SetString(PyExc_TypeError, `must be real number, not ${t.tp_name}`);
  }
  const f = PyNumber_Float(o);
  try {
    return (f as PyFloatObject).ob_fval;
  } finally {
    Py_DECREF(f);
  }
}

// ---------------------------------------------------------------------------
// Text → float (PyFloat_FromString, _Py_string_to_number_with_underscores)

const DIG = '[0-9](?:_?[0-9])*';
const FLOAT_RE = new RegExp(`^[+-]?(?:(?:${DIG}(?:\\.(?:${DIG})?)?|\\.${DIG})(?:[eE][+-]?${DIG})?)$`);
const SPECIAL_RE = /^([+-]?)(inf|infinity|nan)$/i;

/** Parses Python float text (already stripped); null when invalid. */
export function _Py_parse_float_text(s: string): number | null {
  const m = SPECIAL_RE.exec(s);
  if (m !== null) {
    const v = m[2].toLowerCase() === 'nan' ? NaN : Infinity;
    return m[1] === '-' ? -v : v;
  }
  if (!FLOAT_RE.test(s)) return null;
  return Number(s.replace(/_/g, '')); // ECMA-262 string→number is correctly rounded
}

/** float(str) */
export function PyFloat_FromString(o: PyObject): PyFloatObject {
  if (!PyUnicode_Check(o)) return floatFromBytes(o);
  const text = (o as PyUnicodeObject).str;
  const ascii = transformDecimalAndSpace(text);
  if (ascii === null) return floatParseError(text);
  let i = 0;
  let n = ascii.length;
  while (i < n && isPySpace(ascii.charCodeAt(i))) i++;
  while (n > i && isPySpace(ascii.charCodeAt(n - 1))) n--;
  const v = _Py_parse_float_text(ascii.slice(i, n));
  if (v === null) return floatParseError(text);
  return PyFloat_FromDouble(v);
}

function floatParseError(text: string): never {
  PyErr_SetString(PyExc_ValueError, `could not convert string to float: ${unicode_repr_text(text)}`);
}

/** PyFloat_FromString of a bytes-like object: its bytes as they are (no Unicode digits,
 *  C's isspace), and the error quotes the object's repr. */
function floatFromBytes(o: PyObject): PyFloatObject {
  const u8 = _PyObject_GetBufferView(o);
  if (u8 === null) PyErr_SetString(PyExc_TypeError, `float() argument must be a string or a real number, not '${o.ob_type.tp_name}'`);
  const cSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);
  let i = 0;
  let n = u8.length;
  while (i < n && cSpace(u8[i])) i++;
  while (n > i && cSpace(u8[n - 1])) n--;
  let text = '';
  for (let k = i; k < n; k++) text += String.fromCharCode(u8[k]);
  const v = /^[\x00-\x7f]*$/.test(text) ? _Py_parse_float_text(text) : null;
  if (v === null) {
    const r = PyObject_Repr(o);
    try {
      PyErr_SetString(PyExc_ValueError, `could not convert string to float: ${(r as PyUnicodeObject).str}`);
    } finally {
      Py_DECREF(r);
    }
  }
  return PyFloat_FromDouble(v);
}

// ---------------------------------------------------------------------------
// Arithmetic. CONVERT_TO_DOUBLE: ints convert exactly-rounded (OverflowError when too big).

const NOT_A_NUMBER = Symbol('not a number');
function toDouble(o: PyObject): number | typeof NOT_A_NUMBER {
  if (PyFloat_Check(o)) return o.ob_fval;
  if (PyLong_Check(o)) return PyLong_AsDouble(o);
  return NOT_A_NUMBER;
}

function notImpl(): PyObject {
  return Py_NewRef(Py_NotImplemented);
}

function float_add(a: PyObject, b: PyObject): PyObject {
  if (a.ob_type === PyFloat_Type && b.ob_type === PyFloat_Type) {
    return PyFloat_FromDouble((a as PyFloatObject).ob_fval + (b as PyFloatObject).ob_fval);
  }
  const x = toDouble(a), y = toDouble(b);
  if (x === NOT_A_NUMBER || y === NOT_A_NUMBER) return notImpl();
  return PyFloat_FromDouble(x + y);
}

function float_sub(a: PyObject, b: PyObject): PyObject {
  const x = toDouble(a), y = toDouble(b);
  if (x === NOT_A_NUMBER || y === NOT_A_NUMBER) return notImpl();
  return PyFloat_FromDouble(x - y);
}

function float_mul(a: PyObject, b: PyObject): PyObject {
  const x = toDouble(a), y = toDouble(b);
  if (x === NOT_A_NUMBER || y === NOT_A_NUMBER) return notImpl();
  return PyFloat_FromDouble(x * y);
}

function float_div(a: PyObject, b: PyObject): PyObject {
  const x = toDouble(a), y = toDouble(b);
  if (x === NOT_A_NUMBER || y === NOT_A_NUMBER) return notImpl();
  if (y === 0) PyErr_SetString(PyExc_ZeroDivisionError, 'float division by zero');
  return PyFloat_FromDouble(x / y);
}

/** float_rem: the result has the sign of the divisor. */
export function _float_mod(x: number, y: number): number {
  let mod = x % y;
  // C's `if (mod)` is true for a NaN (NaN != 0); JS truthiness is not.
  if (mod !== 0) {
    if ((y < 0) !== (mod < 0)) mod += y;
  } else {
    mod = y < 0 ? -0 : 0; // copysign(0.0, wx)
  }
  return mod;
}

/** _float_div_mod: [floordiv, mod] exactly as CPython computes them. */
export function _float_div_mod(vx: number, wx: number): [number, number] {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod !== 0) {
    if ((wx < 0) !== (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = wx < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    const q = vx / wx;
    floordiv = (q < 0 || Object.is(q, -0)) ? -0 : 0;
  }
  return [floordiv, mod];
}

function float_rem(a: PyObject, b: PyObject): PyObject {
  const x = toDouble(a), y = toDouble(b);
  if (x === NOT_A_NUMBER || y === NOT_A_NUMBER) return notImpl();
  if (y === 0) PyErr_SetString(PyExc_ZeroDivisionError, 'float modulo');
  return PyFloat_FromDouble(_float_mod(x, y));
}

function float_floor_div(a: PyObject, b: PyObject): PyObject {
  const x = toDouble(a), y = toDouble(b);
  if (x === NOT_A_NUMBER || y === NOT_A_NUMBER) return notImpl();
  if (y === 0) PyErr_SetString(PyExc_ZeroDivisionError, 'float floor division by zero');
  return PyFloat_FromDouble(_float_div_mod(x, y)[0]);
}

function float_divmod(a: PyObject, b: PyObject): PyObject {
  const x = toDouble(a), y = toDouble(b);
  if (x === NOT_A_NUMBER || y === NOT_A_NUMBER) return notImpl();
  if (y === 0) PyErr_SetString(PyExc_ZeroDivisionError, 'float divmod()');
  const [q, r] = _float_div_mod(x, y);
  return makePair(PyFloat_FromDouble(q), PyFloat_FromDouble(r));
}

function isOddInteger(w: number): boolean {
  return Number.isInteger(w) && Math.abs(w % 2) === 1;
}

/** x ** n for an integer-valued n, correctly rounded from the exact rational value
 *  (C pow in glibc is correctly rounded here; V8's Math.pow is not, e.g. 10 ** -5). */
function exactIntPow(x: number, n: number): number | null {
  if (x === 0 || !Number.isFinite(x) || Math.abs(n) > 1e6) return null;
  const [m0, e0] = frexp(x);
  // x = m * 2**e with integer m (53 bits)
  let m = BigInt(m0 * 2 ** 53);
  let e = e0 - 53;
  while ((m & 1n) === 0n) { m >>= 1n; e++; }
  const an = Math.abs(n);
  if (bigBitLength(m) * an > 200000) return null;
  const mp = m ** BigInt(an);
  const ep = e * an;
  if (n > 0) {
    if (ep >= 0) {
      if (ep > 1100) return mp < 0n ? -Infinity : Infinity;
      return Number(mp << BigInt(ep));
    }
    return bigRatioToDouble(mp, 1n << BigInt(-ep));
  }
  // x ** -n = 2**(-ep) / m**an
  if (-ep >= 0) return bigRatioToDouble(1n << BigInt(-ep), mp);
  return bigRatioToDouble(1n, mp << BigInt(ep));
}

function powOverflow(): never {
  // PyErr_SetFromErrno(PyExc_OverflowError) with errno ERANGE: args (34, 'Numerical result out of range').
  const t = PyTuple_Pack(PyLong_FromNumber(34), PyUnicode_FromString('Numerical result out of range'));
  // PyTuple_Pack increfs; drop the temporaries' own references.
  const items = (t as unknown as { ob_item: PyObject[] }).ob_item;
  Py_DECREF(items[0]);
  Py_DECREF(items[1]);
  try {
    PyErr_SetObject(PyExc_OverflowError, t);
  } finally {
    Py_DECREF(t);
  }
}

/** float_pow's value computation (Objects/floatobject.c), raising as CPython does. */
export function _float_pow_value(iv: number, iw: number): number {
  if (iw === 0) return 1.0;
  if (Number.isNaN(iv)) return iv;
  if (Number.isNaN(iw)) return iv === 1.0 ? 1.0 : iw;
  if (!Number.isFinite(iw)) {
    iv = Math.abs(iv);
    if (iv === 1.0) return 1.0;
    if ((iw > 0.0) === (iv > 1.0)) return Math.abs(iw);
    return 0.0;
  }
  if (!Number.isFinite(iv)) {
    const odd = isOddInteger(iw);
    if (iw > 0) return odd ? iv : Math.abs(iv);
    return odd ? (iv < 0 ? -0 : 0) : 0.0;
  }
  if (iv === 0.0) {
    const odd = isOddInteger(iw);
    if (iw < 0.0) PyErr_SetString(PyExc_ZeroDivisionError, '0.0 cannot be raised to a negative power');
    return odd ? iv : 0.0;
  }
  let negate = false;
  if (iv < 0.0) {
    if (iw !== Math.floor(iw)) {
      PyErr_SetString(PyExc_NotImplementedError, 'complex numbers are not supported by PyHeap (negative number raised to a fractional power)');
    }
    iv = -iv;
    negate = isOddInteger(iw);
  }
  if (iv === 1.0) return negate ? -1.0 : 1.0;
  let ix: number;
  if (Number.isInteger(iw)) {
    const exact = exactIntPow(iv, iw);
    ix = exact !== null ? exact : Math.pow(iv, iw);
  } else if (iw === 0.5) {
    ix = Math.sqrt(iv);
  } else {
    ix = powCorrectlyRounded(iv, iw);
  }
  if (negate) ix = -ix;
  if (!Number.isFinite(ix)) powOverflow();
  return ix;
}

/** x ** y for doubles as a new float (also used by int ** negative int). */
export function _PyFloat_Pow(x: number, y: number): PyObject {
  return PyFloat_FromDouble(_float_pow_value(x, y));
}

function float_pow(a: PyObject, b: PyObject, c: PyObject): PyObject {
  if (c !== Py_None) {
    PyErr_SetString(PyExc_TypeError, 'pow() 3rd argument not allowed unless all arguments are integers');
  }
  const x = toDouble(a), y = toDouble(b);
  if (x === NOT_A_NUMBER || y === NOT_A_NUMBER) return notImpl();
  return _PyFloat_Pow(x, y);
}

function float_neg(a: PyObject): PyObject {
  return PyFloat_FromDouble(-(a as PyFloatObject).ob_fval);
}

function float_pos(a: PyObject): PyObject {
  if (a.ob_type === PyFloat_Type) return Py_NewRef(a);
  return PyFloat_FromDouble((a as PyFloatObject).ob_fval);
}

function float_abs(a: PyObject): PyObject {
  return PyFloat_FromDouble(Math.abs((a as PyFloatObject).ob_fval));
}

function float_bool(a: PyObject): boolean {
  return (a as PyFloatObject).ob_fval !== 0;
}

/** PyLong_FromDouble: truncation toward zero. */
export function PyLong_FromDouble(v: number): PyObject {
  if (Number.isNaN(v)) PyErr_SetString(PyExc_ValueError, 'cannot convert float NaN to integer');
  if (!Number.isFinite(v)) PyErr_SetString(PyExc_OverflowError, 'cannot convert float infinity to integer');
  const t = Math.trunc(v);
  if (Math.abs(t) <= Number.MAX_SAFE_INTEGER) return PyLong_FromNumber(t === 0 ? 0 : t);
  return PyLong_FromBigInt(BigInt(t));
}

function float_trunc(a: PyObject): PyObject {
  return PyLong_FromDouble((a as PyFloatObject).ob_fval);
}

function float_floor(a: PyObject): PyObject {
  return PyLong_FromDouble(Math.floor((a as PyFloatObject).ob_fval));
}

function float_ceil(a: PyObject): PyObject {
  return PyLong_FromDouble(Math.ceil((a as PyFloatObject).ob_fval));
}

function float_float(a: PyObject): PyObject {
  if (a.ob_type === PyFloat_Type) return Py_NewRef(a);
  return PyFloat_FromDouble((a as PyFloatObject).ob_fval);
}

/** float_richcompare: exact comparisons against ints of any size (no rounding of the int). */
function float_richcompare(a: PyObject, b: PyObject, op: CompareOp): PyObject {
  const x = (a as PyFloatObject).ob_fval;
  let c: number;
  if (PyFloat_Check(b)) {
    const y = b.ob_fval;
    if (Number.isNaN(x) || Number.isNaN(y)) return PyBool_FromLong(op === CompareOp.NE);
    c = x < y ? -1 : x > y ? 1 : 0;
  } else if (PyLong_Check(b)) {
    if (Number.isNaN(x)) return PyBool_FromLong(op === CompareOp.NE);
    if (!Number.isFinite(x)) c = x > 0 ? 1 : -1;
    else c = -compareIntDouble(_PyLong_Value(b as PyLongObject), x);
  } else {
    return notImpl();
  }
  return PyBool_FromLong(_Py_CompareResult(c, op));
}

/** float_hash, number form; NaN hashes by address (3.10+). */
function float_hash(a: PyObject): number {
  const v = (a as PyFloatObject).ob_fval;
  if (Number.isInteger(v) && Math.abs(v) <= Number.MAX_SAFE_INTEGER) return _Py_HashSmallInt(v);
  if (Number.isNaN(v)) return _Py_HashPointer(a.ob_addr);
  return hashNumberFromBig(_Py_HashDoubleExact(v) as bigint);
}

function float_repr_slot(a: PyObject): PyObject {
  return PyUnicode_FromString(float_repr((a as PyFloatObject).ob_fval));
}

function float_sizeof(_a: PyObject): number {
  return 24;
}

// ---------------------------------------------------------------------------
// Methods

function float_is_integer(self: PyObject): PyObject {
  const v = (self as PyFloatObject).ob_fval;
  return PyBool_FromLong(Number.isFinite(v) && Math.floor(v) === v);
}

function float_as_integer_ratio(self: PyObject): PyObject {
  const v = (self as PyFloatObject).ob_fval;
  if (Number.isNaN(v)) PyErr_SetString(PyExc_ValueError, 'cannot convert NaN to integer ratio');
  if (!Number.isFinite(v)) PyErr_SetString(PyExc_OverflowError, 'cannot convert Infinity to integer ratio');
  if (v === 0) return makePair(PyLong_FromNumber(0), PyLong_FromNumber(1));
  const [m0, e0] = frexp(v);
  let m = BigInt(m0 * 2 ** 53);
  let e = e0 - 53;
  while ((m & 1n) === 0n) { m >>= 1n; e++; }
  if (e >= 0) return makePair(PyLong_FromBigInt(m << BigInt(e)), PyLong_FromNumber(1));
  return makePair(PyLong_FromBigInt(m), PyLong_FromBigInt(1n << BigInt(-e)));
}

function float_conjugate(self: PyObject): PyObject {
  return float_float(self);
}

/** float.hex(): '0x1.8000000000000p+0' (float_hex: 13 hex digits of the mantissa). */
export function _float_hex_text(v: number): string {
  if (Number.isNaN(v)) return 'nan';
  if (!Number.isFinite(v)) return v > 0 ? 'inf' : '-inf';
  const sign = v < 0 || Object.is(v, -0) ? '-' : '';
  if (v === 0) return sign + '0x0.0p+0';
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, Math.abs(v));
  const hi = buf.getUint32(0), lo = buf.getUint32(4);
  const bexp = (hi >>> 20) & 0x7ff;
  const frac = ((hi & 0xfffff).toString(16).padStart(5, '0')) + lo.toString(16).padStart(8, '0');
  if (bexp === 0) return `${sign}0x0.${frac}p-1022`;
  const e = bexp - 1023;
  return `${sign}0x1.${frac}p${e >= 0 ? '+' : ''}${e}`;
}

function float_hex(self: PyObject): PyObject {
  return PyUnicode_FromString(_float_hex_text((self as PyFloatObject).ob_fval));
}

/** float.__round__(ndigits=None) (float___round___impl). */
function float_round(self: PyObject, args: PyObject[], nargs: number): PyObject {
  if (nargs > 1) PyErr_SetString(PyExc_TypeError, `__round__ expected at most 1 argument, got ${nargs}`);
  const x = (self as PyFloatObject).ob_fval;
  if (nargs === 0 || args[0] === Py_None) {
    const r = roundHalfEven(x);
    return PyLong_FromDouble(r);
  }
  const ndObj = PyNumber_Index(args[0]);
  const ndv = _PyLong_Value(ndObj as PyLongObject);
  Py_DECREF(ndObj);
  const nd = typeof ndv === 'bigint' ? (ndv > 0n ? 1e9 : -1e9) : ndv;
  const r = double_round(x, nd);
  if (Number.isNaN(r) && !Number.isNaN(x)) PyErr_SetString(PyExc_OverflowError, 'rounded value too large to represent');
  return PyFloat_FromDouble(r);
}

function float_getnewargs(self: PyObject): PyObject {
  const f = PyFloat_FromDouble((self as PyFloatObject).ob_fval);
  try {
    return PyTuple_Pack(f);
  } finally {
    Py_DECREF(f);
  }
}

function float_getreal(self: PyObject): PyObject {
  return float_float(self);
}

function float_getimag(_self: PyObject): PyObject {
  return PyFloat_FromDouble(0.0);
}

/** float.fromhex(string) — classmethod. */
function float_fromhex(type: PyObject, arg: PyObject): PyObject {
  if (!PyUnicode_Check(arg)) PyErr_SetString(PyExc_TypeError, `must be str, not ${arg.ob_type.tp_name}`);
  const s = (arg as PyUnicodeObject).str.trim();
  const v = parseHexFloat(s);
  if (v === null) PyErr_SetString(PyExc_ValueError, 'invalid hexadecimal floating-point string');
  if (!Number.isFinite(v) && !/inf|nan/i.test(s)) {
    PyErr_SetString(PyExc_OverflowError, 'hexadecimal value too large to represent as a float');
  }
  const f = PyFloat_FromDouble(v);
  if (type === PyFloat_Type) return f;
  return f; // subclasses: the subset does not model float subclasses' fromhex
}

/** float.fromhex's parser: the double a hex float text denotes, or null. */
export function parseHexFloat(s: string): number | null {
  const sp = SPECIAL_RE.exec(s);
  if (sp !== null) {
    const v = sp[2].toLowerCase() === 'nan' ? NaN : Infinity;
    return sp[1] === '-' ? -v : v;
  }
  const m = /^([+-]?)(?:0[xX])?([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?(?:[pP]([+-]?[0-9]+))?$/.exec(s);
  if (m === null || (m[2] === '' && (m[3] === undefined || m[3] === ''))) return null;
  const intPart = m[2] || '0';
  const fracPart = m[3] ?? '';
  const mant = BigInt('0x' + intPart + fracPart);
  const exp = (m[4] !== undefined ? parseInt(m[4], 10) : 0) - 4 * fracPart.length;
  let v: number;
  if (mant === 0n) v = 0;
  else if (exp >= 0) v = exp > 2000 ? Infinity : Number(mant << BigInt(exp));
  else v = bigRatioToDouble(mant, 1n << BigInt(-exp));
  return m[1] === '-' ? -v : v;
}

export const float_methods: PyMethodDef[] = [
  { ml_name: 'conjugate', ml_meth: float_conjugate, ml_flags: METH.NOARGS },
  { ml_name: '__trunc__', ml_meth: float_trunc, ml_flags: METH.NOARGS },
  { ml_name: '__floor__', ml_meth: float_floor, ml_flags: METH.NOARGS },
  { ml_name: '__ceil__', ml_meth: float_ceil, ml_flags: METH.NOARGS },
  { ml_name: '__round__', ml_meth: float_round, ml_flags: METH.FASTCALL },
  { ml_name: 'as_integer_ratio', ml_meth: float_as_integer_ratio, ml_flags: METH.NOARGS },
  { ml_name: 'fromhex', ml_meth: float_fromhex, ml_flags: METH.O | METH.CLASS },
  { ml_name: 'hex', ml_meth: float_hex, ml_flags: METH.NOARGS },
  { ml_name: 'is_integer', ml_meth: float_is_integer, ml_flags: METH.NOARGS },
  { ml_name: '__getnewargs__', ml_meth: float_getnewargs, ml_flags: METH.NOARGS },
  formatMethodDef('float'),
];

export const float_getset: PyGetSetDef[] = [
  { name: 'real', get: float_getreal, set: null, doc: 'the real part of a complex number' },
  { name: 'imag', get: float_getimag, set: null, doc: 'the imaginary part of a complex number' },
];

// ---------------------------------------------------------------------------
// Construction: float(x=0.0)

function float_from_arg(x: PyObject): PyObject {
  if (PyUnicode_CheckExact(x)) return PyFloat_FromString(x);
  return PyNumber_Float(x);
}

function float_vectorcall(type: PyTypeObject, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  if (kwnames !== null && (kwnames as unknown as { ob_item: PyObject[] }).ob_item.length !== 0) {
    PyErr_SetString(PyExc_TypeError, 'float() takes no keyword arguments');
  }
  if (nargs > 1) PyErr_SetString(PyExc_TypeError, `float expected at most 1 argument, got ${nargs}`);
  const v = nargs === 0 ? PyFloat_FromDouble(0.0) : float_from_arg(args[0]);
  if (type === PyFloat_Type) return v;
  return float_subtype_new(type, v);
}

/** float_subtype_new: an instance of a float subclass with the value of `v` (stolen). */
function float_subtype_new(type: PyTypeObject, v: PyObject): PyObject {
  const d = (v as PyFloatObject).ob_fval;
  Py_DECREF(v);
  if (type.tp_alloc === null) throw new Error(`internal: ${type.tp_name} has no tp_alloc`);
  const o = type.tp_alloc(type, 0) as PyFloatObject;
  o.ob_fval = d;
  return o;
}

function float_new(type: PyTypeObject, args: PyObject, kwargs: PyObject | null): PyObject {
  const items = (args as unknown as { ob_item: PyObject[] }).ob_item;
  const nk = kwargs === null ? 0 : PyDictSize(kwargs);
  if (nk !== 0) PyErr_SetString(PyExc_TypeError, 'float() takes no keyword arguments');
  return float_vectorcall(type, items, items.length, null);
}

import { PyDict_Size as PyDictSize } from './dictobject';
import { PyType_IsSubtype } from './typeobject';

const T = PyFloat_Type;
T.tp_dealloc = float_dealloc;
T.tp_free = PyObject_Free;
T.tp_repr = float_repr_slot;
T.tp_hash = float_hash;
T.tp_richcompare = float_richcompare;
T.tp_sizeof = float_sizeof;
T.tp_methods = float_methods;
T.tp_getset = float_getset;
T.tp_new = float_new;
T.tp_vectorcall_ctor = float_vectorcall;
T.tp_doc = 'Convert a string or number to a floating point number, if possible.';
T.nb_add = float_add;
T.nb_subtract = float_sub;
T.nb_multiply = float_mul;
T.nb_remainder = float_rem;
T.nb_divmod = float_divmod;
T.nb_power = float_pow;
T.nb_negative = float_neg;
T.nb_positive = float_pos;
T.nb_absolute = float_abs;
T.nb_bool = float_bool;
T.nb_int = float_trunc;
T.nb_float = float_float;
T.nb_floor_divide = float_floor_div;
T.nb_true_divide = float_div;

_Py_RegisterExactHash(PyFloat_Type, (o) => {
  const h = _Py_HashDoubleExact((o as PyFloatObject).ob_fval);
  return h === null ? _Py_HashPointerExact(o.ob_addr) : h;
});

void PyLong_FromValue;
