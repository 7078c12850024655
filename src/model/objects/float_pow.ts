// A correctly rounded x ** y for doubles with a fractional exponent. CPython calls
// the C library's pow(), which glibc computes correctly rounded in practice; V8's
// Math.pow can be off by one ulp (2 ** 2.5 gives 5.65685424949238, CPython
// 5.656854249492381). Math.pow's result is used as a first guess, then the rounding
// boundaries next to it are tested exactly enough: the ln of each midpoint between
// neighbouring doubles is computed in 200-bit fixed point and compared with y·ln(x).

const PREC = 200n;


/** atanh-series ln(m) for a rational m = num / den in [1, 2), fixed point. */
function lnRatio(num: bigint, den: bigint): bigint {
  // ln(m) = 2 atanh(s), s = (m - 1) / (m + 1) = (num - den) / (num + den) <= 1/3
  const s = ((num - den) << PREC) / (num + den);
  const s2 = (s * s) >> PREC;
  let term = s;
  let sum = 0n;
  for (let k = 1n; term !== 0n; k += 2n) {
    sum += term / k;
    term = (term * s2) >> PREC;
  }
  return sum * 2n;
}

/** A constant computed on first use (process-wide: the same for every runtime). */
let LN2: bigint | null = null;
function ln2(): bigint {
  if (LN2 === null) LN2 = lnRatio(2n, 1n);
  return LN2;
}

/** ln(mant · 2**exp) in fixed point, mant > 0 an integer. */
function lnScaled(mant: bigint, exp: number): bigint {
  // Normalise mant / 2**(bits-1) into [1, 2).
  const bits = mant.toString(2).length;
  const e = exp + bits - 1;
  return BigInt(e) * ln2() + lnRatio(mant, 1n << BigInt(bits - 1));
}

const view = new DataView(new ArrayBuffer(8));

/** A positive finite double as (integer mantissa, binary exponent). */
function decompose(d: number): [bigint, number] {
  view.setFloat64(0, d);
  const hi = view.getUint32(0), lo = view.getUint32(4);
  const bexp = (hi >>> 20) & 0x7ff;
  let mant = BigInt(hi & 0xfffff) * 4294967296n + BigInt(lo);
  if (bexp === 0) return [mant, -1074];
  mant += 1n << 52n;
  return [mant, bexp - 1075];
}

function nextUp(d: number): number {
  view.setFloat64(0, d);
  view.setBigUint64(0, view.getBigUint64(0) + 1n);
  return view.getFloat64(0);
}

function nextDown(d: number): number {
  view.setFloat64(0, d);
  view.setBigUint64(0, view.getBigUint64(0) - 1n);
  return view.getFloat64(0);
}

/** ln of the midpoint between two adjacent positive doubles a < b. */
function lnMid(a: number): bigint {
  const [m, e] = decompose(a);
  const [m2, e2] = decompose(nextUp(a));
  // Bring both to the smaller exponent, add, halve (one more bit of exponent).
  const eMin = Math.min(e, e2);
  const sum = (m << BigInt(e - eMin)) + (m2 << BigInt(e2 - eMin));
  return lnScaled(sum, eMin - 1);
}

/** Correctly rounded x ** y for x > 0 finite, y finite and not an integer. */
export function powCorrectlyRounded(x: number, y: number): number {
  let r = Math.pow(x, y);
  if (!Number.isFinite(r) || r === 0 || r < 2 ** -1000 || r > 2 ** 1000) return r;
  const [xm, xe] = decompose(x);
  const [ym, ye] = decompose(Math.abs(y));
  // target = y · ln x, fixed point
  let target = lnScaled(xm, xe) * ym;
  target = ye >= 0 ? target << BigInt(ye) : target >> BigInt(-ye);
  if (y < 0) target = -target;
  for (let guard = 0; guard < 4; guard++) {
    if (target > lnMid(r)) { r = nextUp(r); continue; }
    if (target < lnMid(nextDown(r))) { r = nextDown(r); continue; }
    break;
  }
  return r;
}


