// The format-spec mini-language (Python/formatter_unicode.c, 3.11):
// [[fill]align][sign][z][#][0][width][grouping][.precision][type] for int, float
// and str, with CPython's error messages. int/float/str.__format__ are defined here
// and added to the types' method tables.

import { PyObject, Py_NewRef } from './object';
import { PyErr_SetString } from './errors';
import { PyExc_ValueError, PyExc_OverflowError, PyExc_TypeError } from './exceptions';
import { PyUnicodeObject, PyUnicode_Type, PyUnicode_Check } from './unicode_type';
import type { PyLongObject } from './longobject';
import type { PyFloatObject } from './floatobject';
import { PyUnicode_FromString, _PyUnicode_CheckUnits } from './unicodeobject';
import { PyOS_double_to_string } from './float_repr';
import { bigToDouble } from './long_arith';
import { _Py_int_max_str_digits, intToStrLimitMsg } from './long_format';
import { METH, type PyMethodDef } from './methoddef';
import { PyObject_Str } from './abstract';

export interface FormatSpec {
  fill: string;
  align: string; // '<' '>' '=' '^' or '' (default)
  sign: string; // '+' '-' ' ' or ''
  noNeg0: boolean; // 'z'
  alternate: boolean;
  width: number; // -1 = none
  thousandsSep: string; // ',' '_' or ''
  precision: number; // -1 = none
  type: string; // '' = default
  fillGiven: boolean;
  alignGiven: boolean;
}

function isAlign(c: string | undefined): boolean {
  return c === '<' || c === '>' || c === '=' || c === '^';
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/** parse_internal_render_format_spec. `defaultType` is 's' for str, 'd' for int, ''
 *  for float (the caller handles ''), `defaultAlign` '<' for str and '>' for numbers. */
export function parseFormatSpec(spec: string, typeName: string, defaultType: string, defaultAlign: string): FormatSpec {
  const chars = Array.from(spec);
  const end = chars.length;
  let pos = 0;
  const f: FormatSpec = {
    fill: ' ', align: defaultAlign, sign: '', noNeg0: false, alternate: false, width: -1,
    thousandsSep: '', precision: -1, type: defaultType, fillGiven: false, alignGiven: false,
  };
  if (end - pos >= 2 && isAlign(chars[pos + 1])) {
    f.align = chars[pos + 1];
    f.fill = chars[pos];
    f.fillGiven = true;
    f.alignGiven = true;
    pos += 2;
  } else if (end - pos >= 1 && isAlign(chars[pos])) {
    f.align = chars[pos];
    f.alignGiven = true;
    pos++;
  }
  if (end - pos >= 1 && (chars[pos] === ' ' || chars[pos] === '+' || chars[pos] === '-')) {
    f.sign = chars[pos];
    pos++;
  }
  if (end - pos >= 1 && chars[pos] === 'z') {
    f.noNeg0 = true;
    pos++;
  }
  if (end - pos >= 1 && chars[pos] === '#') {
    f.alternate = true;
    pos++;
  }
  // A zero before the width: fill with '0' after the sign, unless fill/align were given.
  if (!f.fillGiven && end - pos >= 1 && chars[pos] === '0') {
    f.fill = '0';
    if (!f.alignGiven) f.align = '=';
  }
  let w = '';
  while (pos < end && isDigit(chars[pos])) w += chars[pos++];
  if (w.length > 0) {
    if (w.length > 18) PyErr_SetString(PyExc_ValueError, 'Too many decimal digits in format string');
    f.width = parseInt(w, 10);
  }
  if (end - pos >= 1 && chars[pos] === ',') {
    f.thousandsSep = ',';
    pos++;
  }
  if (end - pos >= 1 && chars[pos] === '_') {
    if (f.thousandsSep !== '') PyErr_SetString(PyExc_ValueError, "Cannot specify both ',' and '_'.");
    f.thousandsSep = '_';
    pos++;
  }
  if (end - pos >= 1 && chars[pos] === ',') {
    if (f.thousandsSep === '_') PyErr_SetString(PyExc_ValueError, "Cannot specify both ',' and '_'.");
  }
  if (end - pos >= 1 && chars[pos] === '.') {
    pos++;
    let p = '';
    while (pos < end && isDigit(chars[pos])) p += chars[pos++];
    if (p.length === 0) PyErr_SetString(PyExc_ValueError, 'Format specifier missing precision');
    if (p.length > 18) PyErr_SetString(PyExc_ValueError, 'Too many decimal digits in format string');
    f.precision = parseInt(p, 10);
  }
  if (end - pos > 1) {
    PyErr_SetString(PyExc_ValueError, `Invalid format specifier '${spec}' for object of type '${typeName}'`);
  }
  if (end - pos === 1) f.type = chars[pos];
  if (f.thousandsSep !== '') {
    switch (f.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '':
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (f.thousandsSep !== '_') invalidThousandsSeparatorType(f.thousandsSep, f.type);
        break;
      default:
        invalidThousandsSeparatorType(f.thousandsSep, f.type);
    }
  }
  return f;
}

function invalidThousandsSeparatorType(sep: string, type: string): never {
  if (type.charCodeAt(0) > 32 && type.charCodeAt(0) < 128) {
    PyErr_SetString(PyExc_ValueError, `Cannot specify '${sep}' with '${type}'.`);
  }
  PyErr_SetString(PyExc_ValueError, `Cannot specify '${sep}' with '\\x${type.charCodeAt(0).toString(16)}'.`);
}

function unknownPresentationType(type: string, typeName: string): never {
  const c = type.codePointAt(0) as number;
  if (c > 32 && c < 128) PyErr_SetString(PyExc_ValueError, `Unknown format code '${type}' for object of type '${typeName}'`);
  PyErr_SetString(PyExc_ValueError, `Unknown format code '\\x${c.toString(16)}' for object of type '${typeName}'`);
}

/** _PyUnicode_InsertThousandsGrouping for a fixed group size: the digits with
 *  separators, zero-extended on the left up to minWidth characters. */
function groupDigits(digits: string, sep: string, group: number, minWidth: number): string {
  let remaining = digits.length;
  let out = '';
  let useSep = false;
  let pos = digits.length;
  for (;;) {
    const l = Math.min(group, Math.max(remaining, minWidth, 1));
    const nZeros = Math.max(0, l - remaining);
    const nChars = Math.max(0, Math.min(remaining, l));
    const piece = '0'.repeat(nZeros) + digits.slice(pos - nChars, pos);
    out = piece + (useSep ? sep : '') + out;
    useSep = true;
    pos -= nChars;
    remaining -= nChars;
    minWidth -= group;
    if (remaining <= 0 && minWidth <= 0) break;
    minWidth -= sep.length;
  }
  return out;
}

/** fill_number / calc_number_widths: lays out sign, prefix, digits (grouped), the rest. */
function layoutNumber(f: FormatSpec, signChar: string, prefix: string, intDigits: string, rest: string,
  groupSize: number, useGrouping: boolean): string {
  const nonDigit = signChar.length + prefix.length + Array.from(rest).length;
  let digits = intDigits;
  if (useGrouping && f.thousandsSep !== '') {
    const minWidth = f.fill === '0' && f.align === '=' ? f.width - nonDigit : 0;
    digits = groupDigits(intDigits, f.thousandsSep, groupSize, minWidth);
  } else if (f.fill === '0' && f.align === '=' && f.width > 0) {
    // No grouping: '=' padding with zeros is inserted by the generic padding below.
  }
  const body = digits + rest;
  const total = signChar.length + prefix.length + Array.from(body).length;
  const padN = f.width > total ? f.width - total : 0;
  _PyUnicode_CheckUnits(total + padN * f.fill.length);
  const pad = f.fill.repeat(padN);
  switch (f.align) {
    case '<': return signChar + prefix + body + pad;
    case '^': {
      const left = padN >> 1;
      return f.fill.repeat(left) + signChar + prefix + body + f.fill.repeat(padN - left);
    }
    case '=': return signChar + prefix + pad + body;
    default: return pad + signChar + prefix + body;
  }
}

/** format_long_internal for an int value. */
export function formatLong(value: number | bigint, spec: string, typeName = 'int'): string {
  const f = parseFormatSpec(spec, typeName, 'd', '>');
  switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      // int → float, then the float formatter (format_obj → PyNumber_Float).
      return formatFloatSpec(typeof value === 'number' ? value : bigToDouble(value), f, typeName);
    default:
      unknownPresentationType(f.type, typeName);
  }
  if (f.precision !== -1) PyErr_SetString(PyExc_ValueError, 'Precision not allowed in integer format specifier');
  if (f.noNeg0) PyErr_SetString(PyExc_ValueError, 'Negative zero coercion (z) not allowed in integer format specifier');
  const neg = typeof value === 'number' ? value < 0 : value < 0n;
  const abs = typeof value === 'number' ? Math.abs(value) : (value < 0n ? -value : value);
  if (f.type === 'c') {
    if (f.sign !== '') PyErr_SetString(PyExc_ValueError, "Sign not allowed with integer format specifier 'c'");
    if (f.alternate) PyErr_SetString(PyExc_ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
    // PyLong_AsLong first: beyond a C long it is an OverflowError of its own.
    if (typeof value === 'bigint' && (value >= (1n << 63n) || value < -(1n << 63n))) {
      PyErr_SetString(PyExc_OverflowError, 'Python int too large to convert to C long');
    }
    const cp = typeof value === 'number' ? value : -1;
    if (cp < 0 || cp > 0x10ffff) PyErr_SetString(PyExc_OverflowError, '%c arg not in range(0x110000)');
    return layoutNumber(f, '', '', String.fromCodePoint(cp), '', 3, false);
  }
  let base = 10;
  let prefix = '';
  if (f.type === 'b') { base = 2; prefix = '0b'; }
  else if (f.type === 'o') { base = 8; prefix = '0o'; }
  else if (f.type === 'x') { base = 16; prefix = '0x'; }
  else if (f.type === 'X') { base = 16; prefix = '0X'; }
  if (!f.alternate) prefix = '';
  let digits: string;
  if (base === 10 && typeof abs === 'bigint' && _Py_int_max_str_digits > 0) {
    const s = abs.toString();
    if (s.length > _Py_int_max_str_digits) PyErr_SetString(PyExc_ValueError, intToStrLimitMsg());
    digits = s;
  } else {
    digits = abs.toString(base);
  }
  if (f.type === 'X') digits = digits.toUpperCase();
  const signChar = neg ? '-' : f.sign === '+' ? '+' : f.sign === ' ' ? ' ' : '';
  // 'n' uses the C locale: no grouping.
  return layoutNumber(f, signChar, prefix, digits, '', base === 10 ? 3 : 4, f.type !== 'n');
}

/** format_float_internal with a parsed spec. */
function formatFloatSpec(val: number, f: FormatSpec, typeName: string): string {
  let type = f.type;
  let precision = f.precision;
  let addDot0 = false;
  let defaultPrecision = 6;
  if (f.alternate && type === '') { /* '#' with no type: handled by 'r'/'g' below */ }
  if (type === '') {
    addDot0 = true;
    type = 'r';
    defaultPrecision = 0;
  }
  if (type === 'n') type = 'g';
  let addPct = false;
  switch (type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': case 'r':
      break;
    default:
      unknownPresentationType(f.type, typeName);
  }
  if (type === '%') {
    type = 'f';
    val *= 100;
    addPct = true;
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  let s = PyOS_double_to_string(val, type, precision, { alt: f.alternate, addDot0 });
  if (addPct) s += '%';
  let neg = false;
  if (s[0] === '-') {
    neg = true;
    s = s.slice(1);
  }
  if (neg && f.noNeg0 && /^[0.]*(?:[eE][+-]?0+)?%?$/.test(s.replace(/0(?=[eE])/, '0'))) neg = false;
  const signChar = neg ? '-' : f.sign === '+' ? '+' : f.sign === ' ' ? ' ' : '';
  // Split into the integer digits (grouped) and the rest.
  let k = 0;
  while (k < s.length && s.charCodeAt(k) >= 48 && s.charCodeAt(k) <= 57) k++;
  const intDigits = s.slice(0, k);
  const rest = s.slice(k);
  if (intDigits.length === 0) {
    // inf / nan: no grouping, but zero padding still applies.
    return layoutNumber(f, signChar, '', '', rest, 3, false);
  }
  return layoutNumber(f, signChar, '', intDigits, rest, 3, f.type !== 'n');
}

export function formatFloat(val: number, spec: string, typeName = 'float'): string {
  const f = parseFormatSpec(spec, typeName, '', '>');
  return formatFloatSpec(val, f, typeName);
}

/** format_string_internal: returns null when the string is returned unchanged. */
export function formatString(text: string, length: number, spec: string, typeName = 'str'): string | null {
  const f = parseFormatSpec(spec, typeName, 's', '<');
  if (f.type !== 's') unknownPresentationType(f.type, typeName);
  if (f.sign !== '') PyErr_SetString(PyExc_ValueError, 'Sign not allowed in string format specifier');
  if (f.noNeg0) PyErr_SetString(PyExc_ValueError, 'Negative zero coercion (z) not allowed in string format specifier');
  if (f.alternate) PyErr_SetString(PyExc_ValueError, 'Alternate form (#) not allowed in string format specifier');
  if (f.align === '=') PyErr_SetString(PyExc_ValueError, "'=' alignment not allowed in string format specifier");
  if (f.thousandsSep !== '') invalidThousandsSeparatorType(f.thousandsSep, f.type);
  let len = length;
  let body = text;
  if (f.precision >= 0 && len > f.precision) {
    body = Array.from(text).slice(0, f.precision).join('');
    len = f.precision;
  }
  if ((f.width < 0 || f.width <= len) && len === length) return null;
  const padN = f.width > len ? f.width - len : 0;
  _PyUnicode_CheckUnits(body.length + padN * f.fill.length);
  switch (f.align) {
    case '>': return f.fill.repeat(padN) + body;
    case '^': {
      const left = padN >> 1;
      return f.fill.repeat(left) + body + f.fill.repeat(padN - left);
    }
    default: return body + f.fill.repeat(padN);
  }
}

// ---------------------------------------------------------------------------
// __format__ methods

function specText(spec: PyObject, fn: string): PyUnicodeObject {
  if (!PyUnicode_Check(spec)) PyErr_SetString(PyExc_TypeError, `${fn}() argument must be str, not ${spec.ob_type.tp_name}`);
  return spec;
}

/** The formatted text as a str (_PyUnicodeWriter_Finish: '' and one Latin-1
 *  character come back as singletons). */
function newText(s: string): PyObject {
  return PyUnicode_FromString(s);
}

/** int.__format__(format_spec) */
export function long__format__(self: PyObject, spec: PyObject): PyObject {
  const sp = specText(spec, '__format__');
  if (sp.length === 0) return PyObject_Str(self);
  const o = self as PyLongObject;
  return newText(formatLong(o.big !== null ? o.big : o.ival, sp.str, self.ob_type.tp_name));
}

/** float.__format__(format_spec) */
export function float__format__(self: PyObject, spec: PyObject): PyObject {
  const sp = specText(spec, '__format__');
  if (sp.length === 0) return PyObject_Str(self);
  return newText(formatFloat((self as PyFloatObject).ob_fval, sp.str, self.ob_type.tp_name));
}

/** str.__format__(format_spec) */
export function unicode__format__(self: PyObject, spec: PyObject): PyObject {
  const sp = specText(spec, '__format__');
  const u = self as PyUnicodeObject;
  if (sp.length === 0) return self.ob_type === PyUnicode_Type ? Py_NewRef(self) : PyObject_Str(self);
  const r = formatString(u.str, u.length, sp.str, self.ob_type.tp_name);
  if (r === null) return self.ob_type === PyUnicode_Type ? Py_NewRef(self) : PyObject_Str(self);
  return newText(r);
}

/** The __format__ entry of a method table; the call goes through a closure so the
 *  tables can be built before this module finishes loading. */
export function formatMethodDef(which: 'int' | 'float' | 'str'): PyMethodDef {
  const fn = which === 'int' ? (s: PyObject, a: PyObject) => long__format__(s, a)
    : which === 'float' ? (s: PyObject, a: PyObject) => float__format__(s, a)
      : (s: PyObject, a: PyObject) => unicode__format__(s, a);
  return { ml_name: '__format__', ml_meth: fn, ml_flags: METH.O };
}
