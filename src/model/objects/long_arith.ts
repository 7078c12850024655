// Exact integer helpers shared by int, bool and float: conversions between the
// model's two int representations (a JS number while the value is a safe integer,
// a bigint beyond) and correctly rounded int → float conversions
// (Objects/longobject.c PyLong_AsDouble, long_true_divide).

export const MAX_SAFE = Number.MAX_SAFE_INTEGER;

export function isSafe(n: number): boolean {
  return n >= -MAX_SAFE && n <= MAX_SAFE;
}

/** Bit length of |b| (int.bit_length). */
export function bigBitLength(b: bigint): number {
  if (b < 0n) b = -b;
  if (b === 0n) return 0;
  const hex = b.toString(16);
  const top = parseInt(hex[0], 16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(top));
}

/** Bit length of |n| for a safe integer. */
export function numBitLength(n: number): number {
  n = Math.abs(n);
  if (n < 0x80000000) return 32 - Math.clz32(n);
  return 32 + (32 - Math.clz32(Math.floor(n / 4294967296)));
}

/** Number of 30-bit digits CPython stores for |v| (0 for zero). */
export function ndigitsOfNumber(n: number): number {
  n = Math.abs(n);
  if (n === 0) return 0;
  if (n < 1073741824) return 1;
  if (n < 1152921504606846976) return 2;
  return 3;
}

export function ndigitsOfBig(b: bigint): number {
  return Math.ceil(bigBitLength(b) / 30);
}

/** The bigint as a double, correctly rounded (ties to even); Infinity on overflow. */
export function bigToDouble(b: bigint): number {
  return Number(b); // ECMA-262 BigInt → Number rounds to nearest, ties to even
}

/** n / d correctly rounded to a double (d != 0); ±Infinity when too large. */
export function bigRatioToDouble(n: bigint, d: bigint): number {
  let neg = false;
  if (n < 0n) { n = -n; neg = !neg; }
  if (d < 0n) { d = -d; neg = !neg; }
  if (n === 0n) return neg ? -0 : 0;
  // Scale so the quotient has at least 55 significant bits, then append a sticky bit:
  // Number() then rounds exactly once, as the real quotient would.
  const shift = 55 - (bigBitLength(n) - bigBitLength(d));
  let q: bigint;
  let rem: bigint;
  if (shift >= 0) {
    const nn = n << BigInt(shift);
    q = nn / d;
    rem = nn - q * d;
  } else {
    const dd = d << BigInt(-shift);
    q = n / dd;
    rem = n - q * dd;
  }
  q = (q << 1n) | (rem !== 0n ? 1n : 0n);
  const exp = -(shift + 1);
  // Subnormal results would round twice; they need |n/d| < 2**-1022, far outside the
  // subset's use (the model rounds once more there).
  let r = Number(q);
  if (exp > 0) {
    r = exp > 2000 ? Infinity : r * 2 ** exp;
  } else if (exp < 0) {
    // Split the scaling so 2**exp itself never underflows to 0.
    let e = exp;
    while (e < -1000) { r *= 2 ** -1000; e += 1000; }
    r *= 2 ** e;
  }
  return neg ? -r : r;
}

/** Floor division and modulo of safe integers, Python's sign rules (y != 0). */
export function floorDivNum(x: number, y: number): number {
  // x / y is correctly rounded and |x| < 2**53, so the floor is exact (no quotient
  // lies within rounding distance of an integer without being one).
  const q = Math.floor(x / y);
  return q === 0 ? 0 : q;
}

export function modNum(x: number, y: number): number {
  let r = x % y; // exact (fmod)
  if (r !== 0 && (r < 0) !== (y < 0)) r += y;
  return r === 0 ? 0 : r;
}

export function floorDivBig(x: bigint, y: bigint): bigint {
  const q = x / y;
  if ((x % y !== 0n) && ((x < 0n) !== (y < 0n))) return q - 1n;
  return q;
}

export function modBig(x: bigint, y: bigint): bigint {
  const r = x % y;
  if (r !== 0n && ((r < 0n) !== (y < 0n))) return r + y;
  return r;
}

/** Compares an exact integer with a finite double: -1, 0, 1. */
export function compareIntDouble(i: number | bigint, d: number): number {
  if (typeof i === 'number') return i < d ? -1 : i > d ? 1 : 0; // safe ints convert exactly
  const fl = Math.floor(d);
  const bf = BigInt(fl);
  if (i < bf) return -1;
  if (i > bf) return 1;
  return fl === d ? 0 : -1;
}
