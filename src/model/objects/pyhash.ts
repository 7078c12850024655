// Hash functions of Python/pyhash.c and Objects/longobject.c (3.11, 64-bit).
//
// Py_hash_t is a signed 64-bit integer; a JS number holds 53 bits exactly. The
// model's tp_hash returns a number that is the exact Py_hash_t whenever that is a
// safe integer (every int hash below 2**53, which covers the common int keys), and
// otherwise the representative of the hash modulo 2**53 with the same sign, so the
// low 53 bits (what `hash & mask` and a dict/set's first probes read) equal
// CPython's. The exact 64-bit value, for hash() to print and for hashes that combine
// others, is `_Py_HashExact(o)` (a bigint).
//
// String and bytes hashes are SipHash-1-3 (Py_HASH_ALGORITHM = SIPHASH13 in 3.11)
// with the key PYTHONHASHSEED=0 gives: all zero bytes (Python/bootstrap_hash.c).

import type { PyObject } from './object';

/** _PyHASH_BITS / _PyHASH_MODULUS (Include/pyhash.h): the Mersenne prime 2**61 - 1. */
export const _PyHASH_BITS = 61;
export const _PyHASH_MODULUS = 2 ** 61 - 1;
const MODULUS_BIG = (1n << 61n) - 1n;
/** hash(float('inf')) (Include/pyhash.h _PyHASH_INF). */
export const _PyHASH_INF = 314159;

/** The model's number form of a Py_hash_t given as a bigint (see the file comment). */
export function hashNumberFromBig(h: bigint): number {
  if (h >= -9007199254740991n && h <= 9007199254740991n) return Number(h);
  const r = Number((h < 0n ? -h : h) % (1n << 53n));
  return h < 0n ? -r : r;
}

/** Same, for a hash given as its two's-complement 32-bit halves (no bigint). */
export function hashNumberFromHalves(hi: number, lo: number): number {
  // signed value v = hi(int32) * 2**32 + lo(uint32)
  const hiS = hi | 0;
  lo = lo >>> 0;
  if (hiS >= -0x200000 && hiS < 0x200000) return hiS * 4294967296 + lo;
  if (hiS >= 0) return (hiS & 0x1fffff) * 4294967296 + lo; // v mod 2**53
  // -(|v| mod 2**53): negate the 64-bit value, keep 53 bits.
  const nlo = (~lo + 1) >>> 0;
  const nhi = (~hiS + (nlo === 0 ? 1 : 0)) >>> 0;
  return -((nhi & 0x1fffff) * 4294967296 + nlo);
}

// ---------------------------------------------------------------------------
// SipHash-1-3 over a byte buffer, in 32-bit halves held in local variables (no
// bigint, no allocation): every string's first hash goes through here.

/** Result halves of the last siphash13() call (scratch, read right after it). The key is
 *  fixed (k0 = k1 = 0), so a str's cached hash is the same in every runtime. */
export let sipHi = 0;
export let sipLo = 0;

/** siphash13(k0=0, k1=0, buf[0:n]) (Python/pyhash.c); result in sipHi/sipLo. */
export function siphash13(buf: Uint8Array, n: number): void {
  // k0 = k1 = 0, so v = the constants.
  let v0h = 0x736f6d65, v0l = 0x70736575;
  let v1h = 0x646f7261, v1l = 0x6e646f6d;
  let v2h = 0x6c796765, v2l = 0x6e657261;
  let v3h = 0x74656462, v3l = 0x79746573;
  let h = 0, l = 0, c = 0;
  let i = 0;
  const end = n - (n & 7);
  // Message blocks, then the final block b = len << 56 | remaining bytes.
  let tl = 0, th = 0;
  for (;;) {
    let ml: number, mh: number;
    let rounds = 1;
    if (i >= 0 && i < end) {
      ml = (buf[i] | (buf[i + 1] << 8) | (buf[i + 2] << 16) | (buf[i + 3] << 24)) >>> 0;
      mh = (buf[i + 4] | (buf[i + 5] << 8) | (buf[i + 6] << 16) | (buf[i + 7] << 24)) >>> 0;
      i += 8;
    } else if (i === end && i >= 0) {
      const rem = n & 7;
      for (let j = 0; j < rem; j++) {
        const byte = buf[i + j];
        if (j < 4) tl |= byte << (8 * j);
        else th |= byte << (8 * (j - 4));
      }
      th = (th | ((n & 0xff) << 24)) >>> 0;
      tl = tl >>> 0;
      ml = tl;
      mh = th;
      i = -1;
    } else {
      // Finalisation: v2 ^= 0xff, then three rounds.
      v2l = (v2l ^ 0xff) >>> 0;
      ml = 0;
      mh = 0;
      rounds = 3;
    }
    v3h = (v3h ^ mh) >>> 0; v3l = (v3l ^ ml) >>> 0;
    for (let r = 0; r < rounds; r++) {
      // HALF_ROUND(v0, v1, v2, v3, 13, 16)
      l = (v0l + v1l) >>> 0; c = l < v0l ? 1 : 0; v0h = (v0h + v1h + c) >>> 0; v0l = l;
      l = (v2l + v3l) >>> 0; c = l < v2l ? 1 : 0; v2h = (v2h + v3h + c) >>> 0; v2l = l;
      h = ((v1h << 13) | (v1l >>> 19)) >>> 0; l = ((v1l << 13) | (v1h >>> 19)) >>> 0;
      v1h = (h ^ v0h) >>> 0; v1l = (l ^ v0l) >>> 0;
      h = ((v3h << 16) | (v3l >>> 16)) >>> 0; l = ((v3l << 16) | (v3h >>> 16)) >>> 0;
      v3h = (h ^ v2h) >>> 0; v3l = (l ^ v2l) >>> 0;
      h = v0h; v0h = v0l; v0l = h;
      // HALF_ROUND(v2, v1, v0, v3, 17, 21)
      l = (v2l + v1l) >>> 0; c = l < v2l ? 1 : 0; v2h = (v2h + v1h + c) >>> 0; v2l = l;
      l = (v0l + v3l) >>> 0; c = l < v0l ? 1 : 0; v0h = (v0h + v3h + c) >>> 0; v0l = l;
      h = ((v1h << 17) | (v1l >>> 15)) >>> 0; l = ((v1l << 17) | (v1h >>> 15)) >>> 0;
      v1h = (h ^ v2h) >>> 0; v1l = (l ^ v2l) >>> 0;
      h = ((v3h << 21) | (v3l >>> 11)) >>> 0; l = ((v3l << 21) | (v3h >>> 11)) >>> 0;
      v3h = (h ^ v0h) >>> 0; v3l = (l ^ v0l) >>> 0;
      h = v2h; v2h = v2l; v2l = h;
    }
    if (rounds === 3) break;
    v0h = (v0h ^ mh) >>> 0; v0l = (v0l ^ ml) >>> 0;
  }
  sipHi = (v0h ^ v1h ^ v2h ^ v3h) >>> 0;
  sipLo = (v0l ^ v1l ^ v2l ^ v3l) >>> 0;
}

/** _Py_HashBytes: 0 for an empty buffer, else siphash13; -1 becomes -2. Number form. */
export function _Py_HashBytes(buf: Uint8Array, n: number): number {
  if (n === 0) return 0;
  siphash13(buf, n);
  if (sipHi === 0xffffffff && sipLo === 0xffffffff) return -2;
  return hashNumberFromHalves(sipHi, sipLo);
}

/** _Py_HashBytes as the exact signed 64-bit bigint. */
export function _Py_HashBytesExact(buf: Uint8Array, n: number): bigint {
  if (n === 0) return 0n;
  siphash13(buf, n);
  if (sipHi === 0xffffffff && sipLo === 0xffffffff) return -2n;
  return BigInt.asIntN(64, (BigInt(sipHi) << 32n) | BigInt(sipLo));
}

// ---------------------------------------------------------------------------
// Numbers: every numeric type hashes to its value modulo 2**61 - 1 so that
// hash(1) == hash(1.0) == hash(True) (Python/pyhash.c comment, long_hash).

/** long_hash for a JS safe integer. */
export function _Py_HashSmallInt(v: number): number {
  return v === -1 ? -2 : v; // |v| < 2**53 < 2**61 - 1: the value itself
}

/** long_hash for a bigint value, exact. */
export function _Py_HashBigIntExact(v: bigint): bigint {
  let x = (v < 0n ? -v : v) % MODULUS_BIG;
  if (v < 0n) x = -x;
  return x === -1n ? -2n : x;
}

/** _Py_HashDouble (Python/pyhash.c, 3.10+), exact; null means "NaN: hash the pointer". */
export function _Py_HashDoubleExact(v: number): bigint | null {
  if (!Number.isFinite(v)) {
    if (Number.isNaN(v)) return null;
    return v > 0 ? BigInt(_PyHASH_INF) : -BigInt(_PyHASH_INF);
  }
  if (Number.isInteger(v) && Math.abs(v) <= Number.MAX_SAFE_INTEGER) return BigInt(_Py_HashSmallInt(v));
  // frexp(v): v = m * 2**e with 0.5 <= |m| < 1
  let [m, e] = frexp(v);
  let sign = 1n;
  if (m < 0) { sign = -1n; m = -m; }
  let x = 0n;
  while (m) {
    x = ((x << 28n) & MODULUS_BIG) | (x >> BigInt(_PyHASH_BITS - 28));
    m *= 268435456.0;
    e -= 28;
    const y = Math.floor(m);
    m -= y;
    x += BigInt(y);
    if (x >= MODULUS_BIG) x -= MODULUS_BIG;
  }
  e = e >= 0 ? e % _PyHASH_BITS : _PyHASH_BITS - 1 - ((-1 - e) % _PyHASH_BITS);
  const eb = BigInt(e);
  x = ((x << eb) & MODULUS_BIG) | (x >> BigInt(_PyHASH_BITS - e));
  x = x * sign;
  return x === -1n ? -2n : x;
}

const frexpView = new DataView(new ArrayBuffer(8));

/** C frexp: returns [m, e] with v = m * 2**e, 0.5 <= |m| < 1 (m = 0 for v = 0). Exact. */
export function frexp(v: number): [number, number] {
  if (v === 0 || !Number.isFinite(v)) return [v, 0];
  let scale = 0;
  let a = Math.abs(v);
  if (a < 2 ** -1022) {
    // Subnormal: make it normal first (exact multiplication by a power of two).
    a *= 2 ** 64;
    scale = -64;
  }
  frexpView.setFloat64(0, a);
  const hi = frexpView.getUint32(0);
  const bexp = (hi >>> 20) & 0x7ff;
  const e = bexp - 1022;
  // Replace the exponent field with 1022 (so the value is in [0.5, 1)).
  frexpView.setUint32(0, (hi & 0x800fffff) | (1022 << 20));
  const m = frexpView.getFloat64(0);
  return [v < 0 ? -m : m, e + scale];
}

/** _Py_HashPointer: the address rotated right by 4 bits (Python/pyhash.c), number form. */
export function _Py_HashPointer(addr: number): number {
  const low4 = addr % 16;
  const y = Math.floor(addr / 16);
  if (low4 === 0) return y === -1 ? -2 : y; // aligned addresses: exact and safe
  return hashNumberFromBig(_Py_HashPointerExact(addr));
}

export function _Py_HashPointerExact(addr: number): bigint {
  const p = BigInt(addr);
  const y = BigInt.asIntN(64, (p >> 4n) | ((p & 15n) << 60n));
  return y === -1n ? -2n : y;
}

/** Exact hashes registered by types whose hash may exceed 53 bits (str, bytes, float,
 *  int; tuple and frozenset by their owners). Falls back to the number form. A
 *  process-wide registry of functions, filled as the modules load. */
const exactHashers = new Map<object, (o: PyObject) => bigint>();
export function _Py_RegisterExactHash(type: object, fn: (o: PyObject) => bigint): void {
  exactHashers.set(type, fn);
}

/** The exact 64-bit Py_hash_t of o (what hash(o) prints). Calls the number-form
 *  tp_hash for types that registered no exact hasher. */
export function _Py_HashExact(o: PyObject): bigint {
  for (let t: PyObject['ob_type'] | null = o.ob_type; t !== null; t = t.tp_base) {
    const fn = exactHashers.get(t);
    if (fn !== undefined) {
      // A subclass overriding __hash__ has its own tp_hash: only use the exact
      // hasher when the slot is inherited unchanged.
      if (t === o.ob_type || o.ob_type.tp_hash === t.tp_hash) return fn(o);
      break;
    }
  }
  const h = o.ob_type.tp_hash;
  if (h === null) throw new Error('internal: _Py_HashExact on unhashable type');
  return BigInt(h(o));
}
