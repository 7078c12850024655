// The int type (Objects/longobject.c, 3.11).
//
// Representation: CPython stores an int as 30-bit digits. The model keeps the value
// as a JS number while it is a safe integer (|v| < 2**53) and as a bigint beyond —
// `big === null` iff the value is safe, so every int has exactly one canonical form
// and the hot paths (add, compare, index) never touch a bigint. The digit count, which
// decides the object's size (ob_size), is derived from the value when needed.
//
// Identity: -5..256 are static objects (small_ints in
// Include/internal/pycore_global_objects.h); every operation whose result falls in
// that range returns the cached object (get_small_int), so `x = 255; x + 1 is 256`.
// Every other result is a new object from PyObject_Malloc (ids, reuse).

export { PyLongObject, PyLong_Type, PyLong_Check, PyLong_CheckExact } from './long_type';
import { long_bytes_methods } from './long_bytes';
import { inCPythonOrder } from './bytes_methods';
import { TYPE_DICTS } from '../profiles/py311-names';
import { PyLongObject, PyLong_Type, PyLong_Check } from './long_type';
export { _PY_NSMALLNEGINTS, _PY_NSMALLPOSINTS, _Py_small_ints } from './long_type';
import { _Py_small_ints } from './long_type';
import {
  PyObject, PyTypeObject, CompareOp, Py_NewRef, Py_DECREF, rt,
} from './object';
import { _PyObject_New, PyObject_Free, HostRecycler } from './objalloc';
import { PyErr_SetString, PyErr_NoMemory } from './errors';
import {
  PyExc_TypeError, PyExc_ValueError, PyExc_OverflowError, PyExc_ZeroDivisionError,
} from './exceptions';
import { Py_NotImplemented, Py_None } from './singletons';
import { PyTuple_Pack } from './tupleobject';
import { PyFloat_FromDouble, _PyFloat_Pow } from './floatobject';
import { PyBool_FromLong } from './boolobject';
import { _PyUnicode_NewFromText, unicode_repr_text, type PyUnicodeObject } from './unicodeobject';
import { METH, type PyMethodDef, type PyGetSetDef } from './methoddef';
import {
  MAX_SAFE, isSafe, bigBitLength, numBitLength, ndigitsOfNumber, ndigitsOfBig, bigToDouble, bigRatioToDouble,
  floorDivNum, modNum, floorDivBig, modBig,
} from './long_arith';
import {
  parseIntLiteral, IntParseError, transformDecimalAndSpace, longToDecimal, intToStrLimitMsg, strToIntLimitMsg,
  toSafeOrBig,
} from './long_format';
import { _Py_HashSmallInt, _Py_HashBigIntExact, hashNumberFromBig, _Py_RegisterExactHash } from './pyhash';
import { formatMethodDef } from './formatter';
import { PyNumber_Long, PyNumber_Index } from './abstract';
import { PyUnicode_Check } from './unicode_type';
import { bytes_repr_text } from './bytesobject';
import { _PyObject_GetBufferView } from './buffer';
import { _PyArg_UnpackKeywords } from './argparse';
import { PyDict_Size, PyDict_GetItemWithError, PyDict_Keys } from './dictobject';
import { PyUnicode_FromString } from './unicode_type';



/** offsetof(PyLongObject, ob_digit) + 4 bytes per digit, at least one digit
 *  (_PyLong_New allocates `ndigits ? ndigits : 1` digits; long_sizeof reports it). */
export function _PyLong_AllocSize(ndigits: number): number {
  return 24 + 4 * (ndigits > 0 ? ndigits : 1);
}

/** Number of 30-bit digits (|ob_size|) of an int. */
export function _PyLong_NumDigits(o: PyLongObject): number {
  return o.big === null ? ndigitsOfNumber(o.ival) : ndigitsOfBig(o.big);
}

// ---------------------------------------------------------------------------
// Small ints and construction


/** A fresh int object for a safe integer outside the small-int range. The JS object
 *  may be a recycled one (see `recycled` below): to the model it is a new object with
 *  a new address from PyObject_Malloc, exactly as before. */
function newLongNumber(v: number): PyLongObject {
  let o = recycledInts.take();
  if (o !== null) {
    o.ob_refcnt = 1;
    o.ival = v;
  } else {
    o = new PyLongObject(PyLong_Type, v, null);
  }
  return _PyObject_New(o, _PyLong_AllocSize(ndigitsOfNumber(v)));
}

/** The JS objects of deallocated exact ints of the `ival` form (objalloc.ts HostRecycler;
 *  CPython 3.11 has no int free list): ints are by far the most frequently created
 *  objects, and reusing their JS objects spares V8's garbage collector most of its
 *  work (list_build: ~25% of the time). 2**18 entries, so that the ints of a few
 *  100,000-item lists dropped together come back (list_build: 17% less CPU than with
 *  2**16; the peak RSS of a program dropping a million ints did not change). */
const recycledInts = new HostRecycler<PyLongObject>(1 << 18);

function newLongBig(b: bigint): PyLongObject {
  const o = new PyLongObject(PyLong_Type, NaN, b);
  return _PyObject_New(o, _PyLong_AllocSize(ndigitsOfBig(b)));
}

/** PyLong_FromLong for a JS number that is an integer: the small-int singleton for
 *  -5..256 (new reference), else a new object. Non-safe integers go through bigint. */
export function PyLong_FromNumber(v: number): PyLongObject {
  if (v >= -5 && v <= 256) {
    const o = _Py_small_ints[v + 5];
    o.ob_refcnt++;
    return o;
  }
  if (v >= -MAX_SAFE && v <= MAX_SAFE) return newLongNumber(v);
  return newLongBig(BigInt(v));
}

/** A new reference to an int with this value (canonicalised: safe values become numbers). */
export function PyLong_FromBigInt(b: bigint): PyLongObject {
  if (b >= -9007199254740991n && b <= 9007199254740991n) return PyLong_FromNumber(Number(b));
  return newLongBig(b);
}

export function PyLong_FromValue(v: number | bigint): PyLongObject {
  return typeof v === 'number' ? PyLong_FromNumber(v) : PyLong_FromBigInt(v);
}

/** The exact value as a bigint. */
export function PyLong_AsBigInt(o: PyObject): bigint {
  const l = o as PyLongObject;
  return l.big !== null ? l.big : BigInt(l.ival);
}

/** The value as number | bigint (number when safe). */
export function _PyLong_Value(o: PyLongObject): number | bigint {
  return o.big !== null ? o.big : o.ival;
}

/** Fast accessor for the eval loop: the value of an exact int when it is a safe
 *  integer, else NaN (callers then take the generic path). */
export function _PyLong_SmallValue(o: PyObject): number {
  return o.ob_type === PyLong_Type && (o as PyLongObject).big === null ? (o as PyLongObject).ival : NaN;
}

/** PyLong_AsSsize_t: the value as a number; OverflowError beyond a 64-bit signed int. */
export function PyLong_AsSsize_t(o: PyObject): number {
  const l = o as PyLongObject;
  if (l.big === null) return l.ival;
  if (l.big >= -(1n << 63n) && l.big < (1n << 63n)) return Number(l.big);
  PyErr_SetString(PyExc_OverflowError, 'Python int too large to convert to C ssize_t');
}

/** PyLong_AsLong: as PyLong_AsSsize_t with the C long message. */
export function PyLong_AsLong(o: PyObject): number {
  const l = o as PyLongObject;
  if (l.big === null) return l.ival;
  if (l.big >= -(1n << 63n) && l.big < (1n << 63n)) return Number(l.big);
  PyErr_SetString(PyExc_OverflowError, 'Python int too large to convert to C long');
}

/** PyLong_AsDouble: correctly rounded; OverflowError "int too large to convert to float". */
export function PyLong_AsDouble(o: PyObject): number {
  const l = o as PyLongObject;
  if (l.big === null) return l.ival;
  const d = bigToDouble(l.big);
  if (!Number.isFinite(d)) PyErr_SetString(PyExc_OverflowError, 'int too large to convert to float');
  return d;
}

export function _PyLong_Sign(o: PyLongObject): number {
  if (o.big !== null) return o.big < 0n ? -1 : 1;
  return o.ival < 0 ? -1 : o.ival > 0 ? 1 : 0;
}

/** int.__repr__/__str__ (long_to_decimal_string), honouring the 4300-digit limit. */
export function _PyLong_ToDecimalString(o: PyLongObject): string {
  const s = longToDecimal(o.ival, o.big);
  if (s === null) PyErr_SetString(PyExc_ValueError, intToStrLimitMsg());
  return s;
}

/** PyLong_FromString on a JS string (already transformed from Unicode digits/spaces);
 *  `literal` is what the error message quotes (its repr). */
export function _PyLong_FromText(s: string, base: number, literalRepr: () => string): PyLongObject {
  try {
    return PyLong_FromValue(parseIntLiteral(s, base));
  } catch (e) {
    if (!(e instanceof IntParseError)) throw e;
    if (e.kind === 'limit') PyErr_SetString(PyExc_ValueError, strToIntLimitMsg(e.ndigits));
    PyErr_SetString(PyExc_ValueError, `invalid literal for int() with base ${base}: ${literalRepr()}`);
  }
}

/** _PyLong_FromBytes: int() of a bytes-like object's bytes, read as ASCII; the message
 *  quotes them as a bytes object (at most 200), whatever object held them. */
export function _PyLong_FromBytes(u8: Uint8Array, base: number): PyLongObject {
  let text = '';
  for (let i = 0; i < u8.length; i++) text += String.fromCharCode(u8[i]);
  return _PyLong_FromText(text, base, () => bytes_repr_text(u8.slice(0, 200)));
}

/** PyLong_FromUnicodeObject(u, base) for a Python str given as its JS string. */
export function PyLong_FromUnicodeText(text: string, base: number, reprOf: (s: string) => string): PyLongObject {
  const ascii = transformDecimalAndSpace(text);
  // The message quotes the original string, at most 200 characters (%.200R).
  const quote = () => reprOf(truncateCodePoints(text, 200));
  if (ascii === null) PyErr_SetString(PyExc_ValueError, `invalid literal for int() with base ${base}: ${quote()}`);
  return _PyLong_FromText(ascii, base, quote);
}

/** PyLong_FromUnicodeObject(u, base): int(str, base). */
export function PyLong_FromUnicodeObject(u: PyObject, base: number): PyLongObject {
  return PyLong_FromUnicodeText((u as PyUnicodeObject).str, base, unicode_repr_text);
}

/** _PyLong_Copy: an exact int with the value of an int (subclass) instance. */
export function _PyLong_Copy(o: PyObject): PyLongObject {
  return PyLong_FromValue(_PyLong_Value(o as PyLongObject));
}

function truncateCodePoints(s: string, n: number): string {
  if (s.length <= n) return s;
  let out = '';
  let k = 0;
  for (const ch of s) { if (k++ >= n) break; out += ch; }
  return out;
}

// ---------------------------------------------------------------------------
// Arithmetic. Each slot returns NotImplemented unless both operands are ints
// (CHECK_BINOP), so abstract.c can try the reflected operation.

type LongArg = PyLongObject;

function big(o: LongArg): bigint {
  return o.big !== null ? o.big : BigInt(o.ival);
}

function notImpl(): PyObject {
  return Py_NewRef(Py_NotImplemented);
}

export function long_add(a: PyObject, b: PyObject): PyObject {
  if (!PyLong_Check(a) || !PyLong_Check(b)) return notImpl();
  if (a.big === null && b.big === null) {
    const r = a.ival + b.ival;
    if (r >= -MAX_SAFE && r <= MAX_SAFE) return PyLong_FromNumber(r);
  }
  return PyLong_FromBigInt(big(a) + big(b));
}

export function long_sub(a: PyObject, b: PyObject): PyObject {
  if (!PyLong_Check(a) || !PyLong_Check(b)) return notImpl();
  if (a.big === null && b.big === null) {
    const r = a.ival - b.ival;
    if (r >= -MAX_SAFE && r <= MAX_SAFE) return PyLong_FromNumber(r);
  }
  return PyLong_FromBigInt(big(a) - big(b));
}

export function long_mul(a: PyObject, b: PyObject): PyObject {
  if (!PyLong_Check(a) || !PyLong_Check(b)) return notImpl();
  if (a.big === null && b.big === null) {
    const r = a.ival * b.ival;
    // |true product| < 2**53 whenever the rounded one is (see long_arith.ts).
    if (r >= -MAX_SAFE && r <= MAX_SAFE) return PyLong_FromNumber(r === 0 ? 0 : r);
  }
  return PyLong_FromBigInt(big(a) * big(b));
}

function isZero(o: LongArg): boolean {
  return o.big === null && o.ival === 0;
}

export function long_floor_div(a: PyObject, b: PyObject): PyObject {
  if (!PyLong_Check(a) || !PyLong_Check(b)) return notImpl();
  if (isZero(b)) PyErr_SetString(PyExc_ZeroDivisionError, 'integer division or modulo by zero');
  if (a.big === null && b.big === null) return PyLong_FromNumber(floorDivNum(a.ival, b.ival));
  return PyLong_FromBigInt(floorDivBig(big(a), big(b)));
}

export function long_mod(a: PyObject, b: PyObject): PyObject {
  if (!PyLong_Check(a) || !PyLong_Check(b)) return notImpl();
  if (isZero(b)) PyErr_SetString(PyExc_ZeroDivisionError, 'integer modulo by zero');
  if (a.big === null && b.big === null) return PyLong_FromNumber(modNum(a.ival, b.ival));
  return PyLong_FromBigInt(modBig(big(a), big(b)));
}

/** divmod(a, b) as a pair of values (the tuple is built by the caller's type). */
export function long_divmod_values(a: LongArg, b: LongArg): [number | bigint, number | bigint] {
  if (isZero(b)) PyErr_SetString(PyExc_ZeroDivisionError, 'integer division or modulo by zero');
  if (a.big === null && b.big === null) return [floorDivNum(a.ival, b.ival), modNum(a.ival, b.ival)];
  const x = big(a), y = big(b);
  return [toSafeOrBig(floorDivBig(x, y)), toSafeOrBig(modBig(x, y))];
}

export function long_divmod(a: PyObject, b: PyObject): PyObject {
  if (!PyLong_Check(a) || !PyLong_Check(b)) return notImpl();
  const [q, r] = long_divmod_values(a, b);
  return makePair(PyLong_FromValue(q), PyLong_FromValue(r));
}

/** Builds a 2-tuple, stealing both references (PyTuple_Pack + DECREFs in CPython). */
export function makePair(x: PyObject, y: PyObject): PyObject {
  try {
    return PyTuple_Pack(x, y);
  } finally {
    Py_DECREF(x);
    Py_DECREF(y);
  }
}

export function long_true_divide(a: PyObject, b: PyObject): PyObject {
  if (!PyLong_Check(a) || !PyLong_Check(b)) return notImpl();
  if (isZero(b)) PyErr_SetString(PyExc_ZeroDivisionError, 'division by zero');
  let r: number;
  if (a.big === null && b.big === null) r = a.ival / b.ival; // both exact doubles: IEEE rounds once
  else {
    r = bigRatioToDouble(big(a), big(b));
    if (!Number.isFinite(r)) PyErr_SetString(PyExc_OverflowError, 'integer division result too large for a float');
  }
  return PyFloat_FromDouble(r);
}


function powBigMod(base: bigint, exp: bigint, mod: bigint): bigint {
  let result = 1n;
  base %= mod;
  if (base < 0n) base += mod;
  while (exp > 0n) {
    if (exp & 1n) result = (result * base) % mod;
    exp >>= 1n;
    base = (base * base) % mod;
  }
  return result;
}

/** Modular inverse of a modulo m (m > 0), or null when gcd(a, m) != 1. */
function modInverse(a: bigint, m: bigint): bigint | null {
  let [r0, r1] = [modBig(a, m), m];
  let [s0, s1] = [1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) return null;
  return modBig(s0, m);
}

export function long_pow(a: PyObject, b: PyObject, c: PyObject): PyObject {
  if (!PyLong_Check(a) || !PyLong_Check(b)) return notImpl();
  const hasMod = c !== Py_None;
  if (hasMod && !PyLong_Check(c)) return notImpl();
  if (!hasMod) {
    if (_PyLong_Sign(b) < 0) {
      // A negative exponent: the result is a float (long_pow → float_pow).
      return _PyFloat_Pow(PyLong_AsDouble(a), PyLong_AsDouble(b));
    }
    if (a.big === null && b.big === null) {
      const base = a.ival;
      let e = b.ival;
      if (base === 0 || base === 1) return PyLong_FromNumber(e === 0 ? 1 : base);
      if (base === -1) return PyLong_FromNumber(e % 2 === 0 ? 1 : -1);
      // Square-and-multiply in doubles while the result stays exact.
      let r = 1, x = base, exact = true;
      while (e > 0) {
        if (e & 1) { r *= x; if (!isSafe(r)) { exact = false; break; } }
        e = Math.floor(e / 2);
        if (e > 0) { x *= x; if (!isSafe(x)) { exact = false; break; } }
      }
      if (exact) return PyLong_FromNumber(r);
    }
    const eb = big(b);
    const ab = big(a);
    // The result's size is known up front: beyond memory it is a MemoryError (CPython
    // reaches the same error while multiplying, after a long time).
    if (eb > 0n && ab !== 0n && ab !== 1n && ab !== -1n) {
      checkDigits(Math.ceil(Number(eb) * (bigBitLength(ab) - 1) / 30));
    }
    return PyLong_FromBigInt(ab ** eb);
  }
  const m = PyLong_AsBigInt(c);
  if (m === 0n) PyErr_SetString(PyExc_ValueError, 'pow() 3rd argument cannot be 0');
  let base = big(a);
  let e = big(b);
  const mneg = m < 0n;
  const mabs = mneg ? -m : m;
  if (e < 0n) {
    const inv = modInverse(base, mabs);
    if (inv === null) PyErr_SetString(PyExc_ValueError, 'base is not invertible for the given modulus');
    base = inv;
    e = -e;
  }
  let r = mabs === 1n ? 0n : powBigMod(base, e, mabs);
  // The result has the sign of the modulus (long_pow: "if (negativeOutput && Py_SIZE(z) != 0) z -= c").
  if (mneg && r !== 0n) r -= mabs;
  return PyLong_FromBigInt(r);
}

export function long_neg(a: PyObject): PyObject {
  const o = a as LongArg;
  if (o.big === null) return PyLong_FromNumber(o.ival === 0 ? 0 : -o.ival);
  return PyLong_FromBigInt(-o.big);
}

/** +x: an exact int returns itself; a subclass instance gives a plain int (long_long). */
export function long_pos(a: PyObject): PyObject {
  if (a.ob_type === PyLong_Type) return Py_NewRef(a);
  return PyLong_FromValue(_PyLong_Value(a as LongArg));
}

export function long_abs(a: PyObject): PyObject {
  const o = a as LongArg;
  if (_PyLong_Sign(o) < 0) return long_neg(a);
  return long_pos(a);
}

export function long_invert(a: PyObject): PyObject {
  const o = a as LongArg;
  if (o.big === null) return PyLong_FromNumber(-o.ival - 1);
  return PyLong_FromBigInt(-o.big - 1n);
}

export function long_bool(a: PyObject): boolean {
  const o = a as LongArg;
  return o.big !== null || o.ival !== 0;
}

function shiftCount(b: LongArg): number {
  if (_PyLong_Sign(b) < 0) PyErr_SetString(PyExc_ValueError, 'negative shift count');
  return b.big === null ? b.ival : Number(b.big);
}

/** MAX_LONG_DIGITS (Objects/longobject.c): (PY_SSIZE_T_MAX - offsetof(ob_digit)) / 4. */
const MAX_LONG_DIGITS = (2 ** 63 - 1 - 24) / 4;
/** The largest int the model can hold: V8 bigints stop at 2**30 bits; CPython would
 *  need 128 MiB for such a number, so MemoryError is what a small machine reports. */
const MODEL_MAX_BITS = 2 ** 30 - 64;

/** _PyLong_New's checks for a result of `ndigits` 30-bit digits. */
function checkDigits(ndigits: number): void {
  if (ndigits > MAX_LONG_DIGITS) PyErr_SetString(PyExc_OverflowError, 'too many digits in integer');
  if (24 + 4 * ndigits > rt.profile.memory.defaultMemoryCap || ndigits * 30 > MODEL_MAX_BITS) PyErr_NoMemory();
}

export function long_lshift(a: PyObject, b: PyObject): PyObject {
  if (!PyLong_Check(a) || !PyLong_Check(b)) return notImpl();
  const n = shiftCount(b);
  if (isZero(a)) return PyLong_FromNumber(0);
  if (a.big === null && n < 53) {
    const r = a.ival * 2 ** n;
    if (isSafe(r)) return PyLong_FromNumber(r);
  }
  // long_lshift → _PyLong_New(newsize): more than MAX_LONG_DIGITS digits is an
  // OverflowError, a block the allocator cannot give is a MemoryError.
  const bits = (a.big === null ? numBitLength(a.ival) : bigBitLength(a.big)) + n;
  checkDigits(Math.ceil(bits / 30));
  return PyLong_FromBigInt(big(a) << BigInt(n));
}

export function long_rshift(a: PyObject, b: PyObject): PyObject {
  if (!PyLong_Check(a) || !PyLong_Check(b)) return notImpl();
  const n = shiftCount(b);
  if (a.big === null) {
    if (n >= 64) return PyLong_FromNumber(a.ival < 0 ? -1 : 0);
    return PyLong_FromNumber(Math.floor(a.ival / 2 ** n));
  }
  if (n === Infinity) return PyLong_FromNumber(a.big < 0n ? -1 : 0);
  return PyLong_FromBigInt(a.big >> BigInt(n));
}

function isInt32(o: LongArg): boolean {
  return o.big === null && (o.ival | 0) === o.ival;
}

export function long_and(a: PyObject, b: PyObject): PyObject {
  if (!PyLong_Check(a) || !PyLong_Check(b)) return notImpl();
  if (isInt32(a) && isInt32(b)) return PyLong_FromNumber(a.ival & b.ival);
  return PyLong_FromBigInt(big(a) & big(b));
}

export function long_or(a: PyObject, b: PyObject): PyObject {
  if (!PyLong_Check(a) || !PyLong_Check(b)) return notImpl();
  if (isInt32(a) && isInt32(b)) return PyLong_FromNumber(a.ival | b.ival);
  return PyLong_FromBigInt(big(a) | big(b));
}

export function long_xor(a: PyObject, b: PyObject): PyObject {
  if (!PyLong_Check(a) || !PyLong_Check(b)) return notImpl();
  if (isInt32(a) && isInt32(b)) return PyLong_FromNumber(a.ival ^ b.ival);
  return PyLong_FromBigInt(big(a) ^ big(b));
}

/** Three-way comparison of two ints. */
export function long_compare(a: LongArg, b: LongArg): number {
  if (a.big === null && b.big === null) return a.ival < b.ival ? -1 : a.ival > b.ival ? 1 : 0;
  const x = big(a), y = big(b);
  return x < y ? -1 : x > y ? 1 : 0;
}


export function _Py_CompareResult(c: number, op: CompareOp): boolean {
  switch (op) {
    case CompareOp.LT: return c < 0;
    case CompareOp.LE: return c <= 0;
    case CompareOp.EQ: return c === 0;
    case CompareOp.NE: return c !== 0;
    case CompareOp.GT: return c > 0;
    default: return c >= 0;
  }
}

export function long_richcompare(a: PyObject, b: PyObject, op: CompareOp): PyObject {
  if (!PyLong_Check(a) || !PyLong_Check(b)) return notImpl();
  if (a === b) return PyBool_FromLong(op === CompareOp.EQ || op === CompareOp.LE || op === CompareOp.GE);
  return PyBool_FromLong(_Py_CompareResult(long_compare(a, b), op));
}

/** long_hash, number form (see pyhash.ts). */
export function long_hash(a: PyObject): number {
  const o = a as LongArg;
  if (o.big === null) return _Py_HashSmallInt(o.ival);
  return hashNumberFromBig(_Py_HashBigIntExact(o.big));
}

export function long_repr(a: PyObject): PyObject {
  // long_to_decimal_string builds the text with PyUnicode_New: never a singleton.
  return _PyUnicode_NewFromText(_PyLong_ToDecimalString(a as LongArg));
}


function long_dealloc(o: PyObject): void {
  // Small ints are static and never reach 0 (their count starts near 10**9).
  if (o.ob_type === PyLong_Type) {
    rt.mem.free(o.ob_addr); // PyObject_Free
    const l = o as PyLongObject;
    if (l.big === null && recycledInts.keep(l)) l.ob_addr = 0;
    return;
  }
  const free = o.ob_type.tp_free;
  if (free !== null) free(o);
  else PyObject_Free(o);
}

/** long_long / nb_int / nb_index: an exact int of the same value. */
export function long_long(a: PyObject): PyObject {
  return long_pos(a);
}

function long_float(a: PyObject): PyObject {
  return PyFloat_FromDouble(PyLong_AsDouble(a));
}

function long_sizeof(a: PyObject): number {
  return _PyLong_AllocSize(_PyLong_NumDigits(a as LongArg));
}

// ---------------------------------------------------------------------------
// Methods

function bit_length(self: PyObject): PyObject {
  const o = self as LongArg;
  return PyLong_FromNumber(o.big === null ? numBitLength(o.ival) : bigBitLength(o.big));
}

function bit_count(self: PyObject): PyObject {
  const o = self as LongArg;
  let b = big(o);
  if (b < 0n) b = -b;
  let n = 0;
  for (const ch of b.toString(2)) if (ch === '1') n++;
  return PyLong_FromNumber(n);
}

function conjugate(self: PyObject): PyObject {
  return long_long(self);
}

function as_integer_ratio(self: PyObject): PyObject {
  return makePair(long_long(self), PyLong_FromNumber(1));
}

/** int.__round__(ndigits=None) (long_round): ties to even at a power of ten. */
function long_round(self: PyObject, args: PyObject[], nargs: number): PyObject {
  if (nargs > 1) PyErr_SetString(PyExc_TypeError, `__round__ expected at most 1 argument, got ${nargs}`);
  if (nargs === 0 || args[0] === Py_None) return long_long(self);
  const nd = args[0];
  if (!PyLong_Check(nd)) PyErr_SetString(PyExc_TypeError, `'${nd.ob_type.tp_name}' object cannot be interpreted as an integer`);
  const n = _PyLong_Value(nd);
  if (n >= 0) return long_long(self);
  // round to 10**(-n), half to even (_PyLong_DivmodNear).
  const p = 10n ** (typeof n === 'bigint' ? -n : BigInt(-n));
  const x = big(self as LongArg);
  const q = floorDivBig(x, p);
  const r = x - q * p;
  let qq = q;
  const twice = r * 2n;
  if (twice > p || (twice === p && (q & 1n) === 1n)) qq = q + 1n;
  return PyLong_FromBigInt(qq * p);
}


function long_get1(_self: PyObject): PyObject {
  return PyLong_FromNumber(1);
}

function long_get0(_self: PyObject): PyObject {
  return PyLong_FromNumber(0);
}

export const long_getset: PyGetSetDef[] = [
  { name: 'real', get: long_long, set: null, doc: 'the real part of a complex number' },
  { name: 'imag', get: long_get0, set: null, doc: 'the imaginary part of a complex number' },
  { name: 'numerator', get: long_long, set: null, doc: 'the numerator of a rational number in lowest terms' },
  { name: 'denominator', get: long_get1, set: null, doc: 'the denominator of a rational number in lowest terms' },
];

export const long_methods: PyMethodDef[] = [
  { ml_name: 'conjugate', ml_meth: conjugate, ml_flags: METH.NOARGS },
  { ml_name: 'bit_length', ml_meth: bit_length, ml_flags: METH.NOARGS },
  { ml_name: 'bit_count', ml_meth: bit_count, ml_flags: METH.NOARGS },
  { ml_name: 'as_integer_ratio', ml_meth: as_integer_ratio, ml_flags: METH.NOARGS },
  { ml_name: '__trunc__', ml_meth: long_long, ml_flags: METH.NOARGS },
  { ml_name: '__floor__', ml_meth: long_long, ml_flags: METH.NOARGS },
  { ml_name: '__ceil__', ml_meth: long_long, ml_flags: METH.NOARGS },
  { ml_name: '__round__', ml_meth: long_round, ml_flags: METH.FASTCALL },
  { ml_name: '__index__', ml_meth: long_long, ml_flags: METH.NOARGS },
  { ml_name: '__sizeof__', ml_meth: (self: PyObject) => PyLong_FromNumber(long_sizeof(self)), ml_flags: METH.NOARGS },
  formatMethodDef('int'),
];

// ---------------------------------------------------------------------------
// Slots

const T = PyLong_Type;
T.tp_dealloc = long_dealloc;
T.tp_free = PyObject_Free;
T.tp_repr = long_repr;
T.tp_hash = long_hash;
T.tp_richcompare = long_richcompare;
T.tp_sizeof = long_sizeof;
T.tp_methods = inCPythonOrder([...long_methods, ...long_bytes_methods], TYPE_DICTS.int);
T.tp_getset = long_getset;
T.tp_doc = "int([x]) -> integer\nint(x, base=10) -> integer";
T.nb_add = long_add;
T.nb_subtract = long_sub;
T.nb_multiply = long_mul;
T.nb_remainder = long_mod;
T.nb_divmod = long_divmod;
T.nb_power = long_pow;
T.nb_negative = long_neg;
T.nb_positive = long_pos;
T.nb_absolute = long_abs;
T.nb_bool = long_bool;
T.nb_invert = long_invert;
T.nb_lshift = long_lshift;
T.nb_rshift = long_rshift;
T.nb_and = long_and;
T.nb_xor = long_xor;
T.nb_or = long_or;
T.nb_int = long_long;
T.nb_float = long_float;
T.nb_floor_divide = long_floor_div;
T.nb_true_divide = long_true_divide;
T.nb_index = long_long;

_Py_RegisterExactHash(PyLong_Type, (o) => {
  const l = o as LongArg;
  return l.big === null ? BigInt(_Py_HashSmallInt(l.ival)) : _Py_HashBigIntExact(l.big);
});


// ---------------------------------------------------------------------------
// int(x=0) / int(x, base=10) (long_new_impl)

function long_from_args(x: PyObject | null, obase: PyObject | null): PyObject {
  if (obase === null) {
    if (x === null) return PyLong_FromNumber(0);
    return PyNumber_Long(x);
  }
  const bObj = PyNumber_Index(obase);
  const bv = _PyLong_Value(bObj as PyLongObject);
  Py_DECREF(bObj);
  if (x === null) PyErr_SetString(PyExc_TypeError, 'int() missing string argument');
  const base = typeof bv === 'number' ? bv : -1;
  if ((base !== 0 && base < 2) || base > 36) PyErr_SetString(PyExc_ValueError, 'int() base must be >= 2 and <= 36, or 0');
  if (PyUnicode_Check(x)) return PyLong_FromUnicodeObject(x, base);
  // long_new_impl: a bytes or bytearray (or subclass) object's bytes; those are the only
  // types with a buffer here (objects/buffer.ts).
  const view = _PyObject_GetBufferView(x);
  if (view !== null) return _PyLong_FromBytes(view, base);
  return PyErr_SetString(PyExc_TypeError, "int() can't convert non-string with explicit base");
}

/** long_subtype_new: an instance of an int subclass with the value of `v` (stolen). */
function long_subtype_new(type: PyTypeObject, v: PyObject): PyObject {
  const value = _PyLong_Value(v as PyLongObject);
  Py_DECREF(v);
  if (type.tp_alloc === null) throw new Error(`internal: ${type.tp_name} has no tp_alloc`);
  const ndigits = typeof value === 'number' ? ndigitsOfNumber(value) : ndigitsOfBig(value);
  const o = type.tp_alloc(type, ndigits) as PyLongObject;
  o.ival = typeof value === 'number' ? value : NaN;
  o.big = typeof value === 'bigint' ? value : null;
  return o;
}

function long_vectorcall(type: PyTypeObject, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  let x: PyObject | null, base: PyObject | null;
  if (kwnames === null) {
    if (nargs > 2) PyErr_SetString(PyExc_TypeError, `int() takes at most 2 arguments (${nargs} given)`);
    x = nargs > 0 ? args[0] : null;
    base = nargs > 1 ? args[1] : null;
  } else {
    [x, base] = _PyArg_UnpackKeywords('int', args, nargs, kwnames, ['', 'base'], 0);
  }
  const v = long_from_args(x, base);
  if (type === PyLong_Type) return v;
  return long_subtype_new(type, v);
}

function long_new(type: PyTypeObject, args: PyObject, kwargs: PyObject | null): PyObject {
  const items = (args as unknown as { ob_item: PyObject[] }).ob_item;
  if (kwargs === null || PyDict_Size(kwargs) === 0) return long_vectorcall(type, items, items.length, null);
  const baseKey = PyUnicode_FromString('base');
  let base: PyObject | null;
  try {
    base = PyDict_GetItemWithError(kwargs, baseKey);
  } finally {
    Py_DECREF(baseKey);
  }
  if (base === null || PyDict_Size(kwargs) > 1) {
    // Any other keyword (including 'x', positional-only since 3.7) is rejected.
    PyErr_SetString(PyExc_TypeError, `'${firstKeyName(kwargs, 'base')}' is an invalid keyword argument for int()`);
  }
  if (items.length > 1) PyErr_SetString(PyExc_TypeError, "argument for int() given by name ('base') and position (2)");
  const v = long_from_args(items.length > 0 ? items[0] : null, base);
  if (type === PyLong_Type) return v;
  return long_subtype_new(type, v);
}

function firstKeyName(d: PyObject, except: string): string {
  const keys = PyDict_Keys(d) as unknown as { ob_item: PyObject[] };
  try {
    for (const k of keys.ob_item) {
      const s = (k as PyUnicodeObject).str;
      if (s !== except) return s;
    }
    return except;
  } finally {
    Py_DECREF(keys as unknown as PyObject);
  }
}

PyLong_Type.tp_new = long_new;
// No vectorcall constructor in 3.11: str(x)/int(x)/bytes(x) go through type_call with
// an argument tuple (measured: one more GC allocation than list(x); 3.12 adds vectorcall).
