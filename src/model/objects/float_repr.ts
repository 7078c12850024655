// Float → text exactly as CPython 3.11 prints it: Python/pystrtod.c
// PyOS_double_to_string / format_float_short over David Gay's dtoa.
//
// The digit strings come from exact arithmetic: a double is m·2**e, so its
// decimal expansion is rational and bigint arithmetic rounds it correctly with
// round-half-even, as _Py_dg_dtoa modes 2 and 3 do. The shortest round-trip digits
// (mode 0, repr) come from JS's Number→string, which the ECMAScript spec defines as
// the same shortest, closest digit string.

/** Digits of |x| (no trailing zeros) and the decimal point position: |x| = 0.DIGITS × 10**decpt. */
interface Dtoa {
  digits: string;
  decpt: number;
}

const TWO52 = 2 ** 52;

/** |x| = mant · 2**exp2 with integer mant (exact decomposition of a finite double). */
function decompose(ax: number): [bigint, number] {
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, ax);
  const hi = buf.getUint32(0);
  const lo = buf.getUint32(4);
  const bexp = (hi >>> 20) & 0x7ff;
  const fracHi = hi & 0xfffff;
  let mant = BigInt(fracHi) * 4294967296n + BigInt(lo);
  if (bexp === 0) return [mant, -1074];
  mant += BigInt(TWO52);
  return [mant, bexp - 1075];
}

const POW10: bigint[] = [1n];
function pow10(n: number): bigint {
  while (POW10.length <= n) POW10.push(POW10[POW10.length - 1] * 10n);
  return POW10[n];
}

/** round-half-even(|x| · 10**k) for finite |x| (k may be negative). */
function scaledRound(ax: number, k: number): bigint {
  const [mant, e2] = decompose(ax);
  let num = mant;
  let den = 1n;
  if (e2 >= 0) num <<= BigInt(e2);
  else den <<= BigInt(-e2);
  if (k >= 0) num *= pow10(k);
  else den *= pow10(-k);
  const q = num / den;
  const r = num - q * den;
  const twice = r * 2n;
  if (twice > den || (twice === den && (q & 1n) === 1n)) return q + 1n;
  return q;
}

function stripZeros(s: string): string {
  let end = s.length;
  while (end > 1 && s.charCodeAt(end - 1) === 48) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** _Py_dg_dtoa mode 3: correctly rounded to `nd` digits after the point. */
function dtoaFixed(ax: number, nd: number): Dtoa {
  if (ax === 0) return { digits: '0', decpt: 1 };
  const q = scaledRound(ax, nd);
  if (q === 0n) return { digits: '', decpt: -nd };
  const s = q.toString();
  return { digits: stripZeros(s), decpt: s.length - nd };
}

/** _Py_dg_dtoa mode 2: correctly rounded to `nd` significant digits (nd >= 1). */
function dtoaPrecision(ax: number, nd: number): Dtoa {
  if (ax === 0) return { digits: '0', decpt: 1 };
  let e10 = Math.floor(Math.log10(ax));
  for (;;) {
    const q = scaledRound(ax, nd - 1 - e10);
    const s = q.toString();
    if (s.length > nd) {
      // Either log10 underestimated or rounding carried into a new digit (9.99 → 10.0).
      if (q === pow10(nd)) return { digits: '1', decpt: e10 + 2 };
      e10++;
      continue;
    }
    if (s.length < nd) { e10--; continue; }
    return { digits: stripZeros(s), decpt: e10 + 1 };
  }
}

/** _Py_dg_dtoa mode 0: the shortest digits that round-trip. */
function dtoaShortest(ax: number): Dtoa {
  if (ax === 0) return { digits: '0', decpt: 1 };
  const s = ax.toExponential(); // "d.ddde+x": shortest round-trip digits per ECMA-262
  const ePos = s.indexOf('e');
  const mant = s.slice(0, ePos);
  const exp = +s.slice(ePos + 1);
  const digits = mant.length > 1 ? mant[0] + mant.slice(2) : mant;
  return { digits, decpt: exp + 1 };
}

export interface FloatFormatFlags {
  /** Py_DTSF_ALT: '#' — always a decimal point, keep trailing zeros for 'g'. */
  alt?: boolean;
  /** Py_DTSF_ADD_DOT_0: add '.0' to integral results (repr, format type ''). */
  addDot0?: boolean;
  /** Py_DTSF_SIGN: '+' for non-negative numbers. */
  sign?: boolean;
}

/** PyOS_double_to_string(x, code, precision, flags): code is one of e E f F g G r;
 *  includes the '-' sign (and '+' with flags.sign). 'inf', 'nan' (upper case for E F G). */
export function PyOS_double_to_string(x: number, code: string, precision: number, flags: FloatFormatFlags = {}): string {
  const upper = code === 'E' || code === 'F' || code === 'G';
  const lc = upper ? code.toLowerCase() : code;
  const neg = x < 0 || (x === 0 && 1 / x < 0);
  const signStr = neg ? '-' : flags.sign ? '+' : '';
  if (!Number.isFinite(x)) {
    // Python/pystrtod.c: the sign of a NaN is not printed.
    if (Number.isNaN(x)) return (flags.sign ? '+' : '') + (upper ? 'NAN' : 'nan');
    return signStr + (upper ? 'INF' : 'inf');
  }
  const ax = Math.abs(x);
  const alt = flags.alt === true;
  const addDot0 = flags.addDot0 === true;
  let d: Dtoa;
  let useExp = false;
  let vdigitsEnd: number;
  switch (lc) {
    case 'e':
      d = dtoaPrecision(ax, precision + 1);
      useExp = true;
      vdigitsEnd = precision + 1;
      break;
    case 'f':
      d = dtoaFixed(ax, precision);
      vdigitsEnd = d.decpt + precision;
      break;
    case 'g': {
      if (precision === 0) precision = 1;
      d = dtoaPrecision(ax, precision);
      if (d.decpt <= -4 || d.decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
      vdigitsEnd = alt ? precision : d.digits.length;
      break;
    }
    case 'r':
      d = dtoaShortest(ax);
      if (d.decpt <= -4 || d.decpt > 16) useExp = true;
      vdigitsEnd = d.digits.length;
      break;
    default:
      throw new Error(`internal: PyOS_double_to_string code ${code}`);
  }
  if (lc !== 'g' || !alt) vdigitsEnd = Math.max(vdigitsEnd, d.digits.length);
  return signStr + buildFloatString(d.digits, d.decpt, useExp, vdigitsEnd, alt, addDot0, upper);
}

/** The digit layout of format_float_short. */
function buildFloatString(digits: string, decpt: number, useExp: boolean, vdigitsEnd: number,
  alt: boolean, addDot0: boolean, upper: boolean): string {
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const digitsLen = digits.length;
  const vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt + 1;
  else vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt;
  let out = '';
  if (decpt <= 0) {
    out += '0'.repeat(decpt - vdigitsStart) + '.' + '0'.repeat(-decpt);
  } else {
    out += '0'.repeat(-vdigitsStart);
  }
  if (decpt > 0 && decpt <= digitsLen) {
    out += digits.slice(0, decpt) + '.' + digits.slice(decpt);
  } else {
    out += digits;
  }
  if (digitsLen < decpt) {
    out += '0'.repeat(decpt - digitsLen) + '.' + '0'.repeat(vdigitsEnd - decpt);
  } else {
    out += '0'.repeat(Math.max(0, vdigitsEnd - digitsLen));
  }
  if (out.charCodeAt(out.length - 1) === 46 /* . */ && !alt) out = out.slice(0, -1);
  if (useExp) {
    const a = Math.abs(exp);
    out += (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (a < 10 ? '0' + a : String(a));
  }
  return out;
}

/** float.__repr__ (float_repr): shortest round-trip digits, '.0' for integral values,
 *  exponent notation when the decimal exponent is < -4 or >= 16. */
export function float_repr(x: number): string {
  // Fast path for the common case: JS gives the same digits; only layout differs.
  if (Number.isInteger(x) && Math.abs(x) < 1e16) return (x === 0 && 1 / x < 0) ? '-0.0' : x.toFixed(0) + '.0';
  return PyOS_double_to_string(x, 'r', 0, { addDot0: true });
}

/** double_round (Objects/floatobject.c): x rounded to `ndigits` decimals, correctly
 *  rounded half-even on the exact binary value (round(2.675, 2) == 2.67). */
export function double_round(x: number, ndigits: number): number {
  // NDIGITS_MAX / NDIGITS_MIN: beyond these the result is x itself or a signed zero.
  const NDIGITS_MAX = Math.floor((53 - -1021) * 0.30103);
  const NDIGITS_MIN = -Math.floor((1024 + 1) * 0.30103);
  if (!Number.isFinite(x) || x === 0) return x;
  if (ndigits > NDIGITS_MAX) return x;
  if (ndigits < NDIGITS_MIN) return 0.0 * x;
  const ax = Math.abs(x);
  const q = scaledRound(ax, ndigits);
  const r = q === 0n ? 0 : parseFloat(q.toString() + 'e' + String(-ndigits));
  if (!Number.isFinite(r)) return NaN; // caller raises OverflowError
  return x < 0 ? -r : r;
}

/** round(x) for a double: nearest integer, ties to even (still a double). */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  if (Math.abs(x - Math.trunc(x)) === 0.5 && r % 2 !== 0) return r - 1;
  return r;
}
