// int ↔ text: PyLong_FromString / PyLong_FromUnicodeObject (Objects/longobject.c)
// and long_to_decimal_string / long_format_binary, with 3.11's limit on decimal
// conversions of huge ints (CVE-2020-10735, sys.set_int_max_str_digits).

import { isSafe } from './long_arith';
import { _PyRuntime_RegisterState } from '../runtimestate';

/** _PY_LONG_DEFAULT_MAX_STR_DIGITS (Include/internal/pycore_long.h). */
export const _PY_LONG_DEFAULT_MAX_STR_DIGITS = 4300;
/** _PY_LONG_MAX_STR_DIGITS_THRESHOLD: the smallest non-zero limit. */
export const _PY_LONG_MAX_STR_DIGITS_THRESHOLD = 640;

/** interp->int_max_str_digits (sys.set_int_max_str_digits / get_int_max_str_digits): the
 *  active runtime's, switched with it (runtimestate.ts). */
export let _Py_int_max_str_digits = _PY_LONG_DEFAULT_MAX_STR_DIGITS;
export function _Py_SetIntMaxStrDigits(n: number): void {
  _Py_int_max_str_digits = n;
}
_PyRuntime_RegisterState<number>({
  name: 'interp->int_max_str_digits',
  save: () => _Py_int_max_str_digits,
  restore: (n) => {
    _Py_int_max_str_digits = n;
  },
  fresh: () => _PY_LONG_DEFAULT_MAX_STR_DIGITS,
});

export class IntParseError {
  constructor(readonly kind: 'invalid' | 'limit', readonly ndigits = 0) {}
}

/** Python's str.isspace() for one code point (Py_UNICODE_ISSPACE). */
export function isPySpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
  return c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

const ND = /\p{Nd}/u;

/** Decimal value of a Unicode decimal digit (category Nd), or -1. Nd characters come
 *  in runs of ten starting at a code point whose value is 0. */
export function unicodeDecimalValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c < 128) return -1;
  if (!ND.test(String.fromCodePoint(c))) return -1;
  let start = c;
  while (start > 0 && ND.test(String.fromCodePoint(start - 1))) start--;
  return (c - start) % 10;
}

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 99;
}

/** _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode digits → ASCII, spaces → ' '.
 *  Returns null if a non-ASCII character is neither (the literal is then invalid). */
export function transformDecimalAndSpace(s: string): string | null {
  let ascii = true;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) { ascii = false; break; }
  if (ascii) return s;
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (c < 128) out += ch;
    else if (isPySpace(c)) out += ' ';
    else {
      const d = unicodeDecimalValue(c);
      if (d < 0) return null;
      out += String.fromCharCode(48 + d);
    }
  }
  return out;
}

/** PyLong_FromString on an ASCII string: the value, or throws IntParseError.
 *  base is 0 or 2..36 (checked by the caller). */
export function parseIntLiteral(s: string, base: number): number | bigint {
  let i = 0;
  let n = s.length;
  while (i < n && isPySpace(s.charCodeAt(i))) i++;
  while (n > i && isPySpace(s.charCodeAt(n - 1))) n--;
  let neg = false;
  if (i < n && (s[i] === '+' || s[i] === '-')) { neg = s[i] === '-'; i++; }
  let underscoreOk = false; // an underscore may follow a base prefix
  if (base === 0) {
    if (s[i] !== '0') base = 10;
    else if (s[i + 1] === 'x' || s[i + 1] === 'X') base = 16;
    else if (s[i + 1] === 'o' || s[i + 1] === 'O') base = 8;
    else if (s[i + 1] === 'b' || s[i + 1] === 'B') base = 2;
    else {
      // "old" octal: only zeros (with single underscores between) are allowed.
      let j = i;
      let prevUnderscore = true;
      let ok = true;
      for (; j < n; j++) {
        const ch = s[j];
        if (ch === '0') prevUnderscore = false;
        else if (ch === '_' && !prevUnderscore) prevUnderscore = true;
        else { ok = false; break; }
      }
      if (!ok || prevUnderscore) throw new IntParseError('invalid');
      return 0;
    }
    if (base !== 10) { i += 2; underscoreOk = true; }
  } else if (s[i] === '0' && (
    (base === 16 && (s[i + 1] === 'x' || s[i + 1] === 'X')) ||
    (base === 8 && (s[i + 1] === 'o' || s[i + 1] === 'O')) ||
    (base === 2 && (s[i + 1] === 'b' || s[i + 1] === 'B')))) {
    i += 2;
    underscoreOk = true;
  }
  let digits = '';
  let prevUnderscore = false;
  let first = true;
  for (let j = i; j < n; j++) {
    const c = s.charCodeAt(j);
    if (c === 95 /* _ */) {
      if (prevUnderscore || (first && !underscoreOk)) throw new IntParseError('invalid');
      prevUnderscore = true;
      continue;
    }
    if (digitValue(c) >= base) throw new IntParseError('invalid');
    digits += s[j];
    prevUnderscore = false;
    first = false;
  }
  if (digits.length === 0 || prevUnderscore) throw new IntParseError('invalid');
  // 3.11: the digit limit applies to bases that are not powers of two.
  if ((base & (base - 1)) !== 0 && _Py_int_max_str_digits > 0 && digits.length > _Py_int_max_str_digits) {
    throw new IntParseError('limit', digits.length);
  }
  let v: number | bigint;
  if (base === 10 && digits.length <= 15) v = parseInt(digits, 10);
  else if (base === 10) v = BigInt(digits);
  else if (base === 16) v = BigInt('0x' + digits);
  else if (base === 8) v = BigInt('0o' + digits);
  else if (base === 2) v = BigInt('0b' + digits);
  else {
    let acc = 0n;
    const B = BigInt(base);
    for (let j = 0; j < digits.length; j++) acc = acc * B + BigInt(digitValue(digits.charCodeAt(j)));
    v = acc;
  }
  if (typeof v === 'bigint') {
    if (neg) v = -v;
    if (v >= -9007199254740991n && v <= 9007199254740991n) return Number(v);
    return v;
  }
  return neg ? (v === 0 ? 0 : -v) : v;
}

/** Error text of a decimal conversion over the limit (int → str). */
export const INT_TO_STR_LIMIT_MSG =
  'Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit';

export function intToStrLimitMsg(): string {
  return `Exceeds the limit (${_Py_int_max_str_digits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`;
}

export function strToIntLimitMsg(ndigits: number): string {
  return `Exceeds the limit (${_Py_int_max_str_digits} digits) for integer string conversion: value has ${ndigits} digits; use sys.set_int_max_str_digits() to increase the limit`;
}

/** Decimal text of an int, or null when it exceeds the digit limit (caller raises). */
export function longToDecimal(ival: number, big: bigint | null): string | null {
  if (big === null) return String(ival);
  const lim = _Py_int_max_str_digits;
  // long_to_decimal_string_internal: a cheap size test first, then the exact count.
  if (lim > 0) {
    const abs = big < 0n ? -big : big;
    // bits * log10(2) underestimates the digit count by at most one.
    const bits = abs.toString(16).length * 4;
    if (bits * 0.30102999566398 > lim + 2) return null;
    const s = abs.toString();
    if (s.length > lim) return null;
    return big < 0n ? '-' + s : s;
  }
  return big.toString();
}

/** bin()/oct()/hex() text: '-0x1f' (long_format_binary with a prefix). */
export function longToPrefixedBase(ival: number, big: bigint | null, base: 2 | 8 | 16): string {
  const prefix = base === 2 ? '0b' : base === 8 ? '0o' : '0x';
  if (big === null) return ival < 0 ? '-' + prefix + (-ival).toString(base) : prefix + ival.toString(base);
  return big < 0n ? '-' + prefix + (-big).toString(base) : prefix + big.toString(base);
}

export function toSafeOrBig(b: bigint): number | bigint {
  if (b >= -9007199254740991n && b <= 9007199254740991n) return Number(b);
  return b;
}

export { isSafe };
