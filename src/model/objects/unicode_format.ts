// str % args (PyUnicode_Format), str.format / str.format_map (Objects/stringlib/
// unicode_format.h) and the str() constructor (unicode_new), as CPython 3.11.

import { PyObject, PyTypeObject, Py_NewRef, Py_DECREF, Py_INCREF } from './object';
import { PyErr_SetString, PyErr_SetObject } from './errors';
import {
  PyExc_TypeError, PyExc_ValueError, PyExc_OverflowError, PyExc_IndexError, PyExc_KeyError,
} from './exceptions';
import { Py_None } from './singletons';
import { PyUnicodeObject, PyUnicode_Type, PyUnicode_Check } from './unicode_type';
import { _PyUnicode_CheckUnits } from './unicodeobject';
import {
  PyUnicode_FromString, _PyUnicode_NewKnown, unicode_new_empty, PyUnicode_READ_CHAR,
} from './unicodeobject';
import { PyLong_Check, PyLong_FromNumber, _PyLong_Value, type PyLongObject } from './longobject';
import { PyFloat_AsDouble, PyFloat_Check } from './floatobject';
import { PyOS_double_to_string } from './float_repr';
import { longToDecimal, intToStrLimitMsg } from './long_format';
import {
  PyObject_Str, PyObject_Repr, PyObject_ASCII, PyObject_GetItem, PyObject_GetAttr, PyObject_Format,
  PyNumber_Index, PyNumber_Long, PyIndex_Check,
} from './abstract';
import { PyTuple_Check, type PyTupleObject } from './tupleobject';
import { PyDict_GetItemWithError, PyDict_Size } from './dictobject';
import { _PyArg_UnpackKeywords } from './argparse';
import { PyBytes_Check, _PyUnicode_Decode } from './bytesobject';

type U = PyUnicodeObject;

// ---------------------------------------------------------------------------
// printf-style formatting

function isMapping(o: PyObject): boolean {
  // PyMapping_Check && !PyTuple_Check && !PyUnicode_Check (PyUnicode_Format).
  return o.ob_type.mp_subscript !== null && !PyTuple_Check(o) && !PyUnicode_Check(o);
}

function intValue(o: PyObject): number | bigint {
  return _PyLong_Value(o as PyLongObject);
}

/** The digits part of %d/%x/%o with precision and the '#' prefix (formatlong). */
function formatLongText(v: number | bigint, type: string, prec: number, alt: boolean): [string, string] {
  const neg = typeof v === 'number' ? v < 0 : v < 0n;
  const abs = typeof v === 'number' ? Math.abs(v) : (v < 0n ? -v : v);
  let digits: string;
  if (type === 'd' || type === 'i' || type === 'u') {
    const t = longToDecimal(typeof abs === 'number' ? abs : NaN, typeof abs === 'bigint' ? abs : null);
    if (t === null) PyErr_SetString(PyExc_ValueError, intToStrLimitMsg());
    digits = t;
  } else {
    digits = abs.toString(type === 'o' ? 8 : 16);
    if (type === 'X') digits = digits.toUpperCase();
  }
  if (prec > digits.length) {
    _PyUnicode_CheckUnits(prec);
    digits = '0'.repeat(prec - digits.length) + digits;
  }
  let prefix = '';
  if (alt && (type === 'o' || type === 'x' || type === 'X')) prefix = '0' + type;
  return [neg ? '-' : '', prefix + digits];
}

/** mainformatlong: the int behind %d/%x/%o/%c. */
function formatIntArg(v: PyObject, type: string): PyObject {
  if (PyLong_Check(v)) return Py_NewRef(v);
  const t = v.ob_type;
  const isNumber = t.nb_index !== null || t.nb_int !== null || t.nb_float !== null;
  if (!isNumber) {
    if (type === 'o' || type === 'x' || type === 'X') {
      PyErr_SetString(PyExc_TypeError, `%${type} format: an integer is required, not ${t.tp_name}`);
    }
    PyErr_SetString(PyExc_TypeError, `%${type} format: a real number is required, not ${t.tp_name}`);
  }
  if (type === 'o' || type === 'x' || type === 'X') {
    if (t.nb_index === null) PyErr_SetString(PyExc_TypeError, `%${type} format: an integer is required, not ${t.tp_name}`);
    return PyNumber_Index(v);
  }
  return PyNumber_Long(v);
}

/** PyUnicode_Format: `format % args`. */
export function PyUnicode_Format(format: PyObject, args: PyObject): PyObject {
  const fmt = (format as U).str;
  let argItems: PyObject[];
  let argidx = 0;
  let dict: PyObject | null = null;
  let singleArg = false;
  if (PyTuple_Check(args)) {
    argItems = (args as PyTupleObject).ob_item;
  } else {
    argItems = [args];
    singleArg = true;
  }
  if (isMapping(args)) dict = args;
  const nextArg = (): PyObject => {
    if (argidx < argItems.length) return argItems[argidx++];
    return PyErr_SetString(PyExc_TypeError, 'not enough arguments for format string');
  };
  let out = '';
  let onlyPiece: PyObject | null = null; // the writer's readonly fast path
  let pieces = 0;
  const n = fmt.length;
  let i = 0;
  const temps: PyObject[] = [];
  try {
    while (i < n) {
      const pct = fmt.indexOf('%', i);
      if (pct < 0) {
        out += fmt.slice(i);
        pieces++;
        break;
      }
      if (pct > i) { out += fmt.slice(i, pct); pieces++; }
      i = pct + 1;
      if (i >= n) PyErr_SetString(PyExc_ValueError, 'incomplete format');
      let v: PyObject | null = null;
      let argFromDict = false;
      if (fmt[i] === '(') {
        if (dict === null) PyErr_SetString(PyExc_TypeError, 'format requires a mapping');
        let depth = 1;
        const ks = ++i;
        while (i < n && depth > 0) {
          if (fmt[i] === '(') depth++;
          else if (fmt[i] === ')') depth--;
          i++;
        }
        if (depth > 0) PyErr_SetString(PyExc_ValueError, 'incomplete format key');
        const key = PyUnicode_FromString(fmt.slice(ks, i - 1));
        try {
          v = PyObject_GetItem(dict, key);
        } finally {
          Py_DECREF(key);
        }
        temps.push(v);
        argFromDict = true;
        argidx = -2; // args_owned: no "not all arguments converted" check for mappings
      }
      let left = false, sign = false, blank = false, alt = false, zero = false;
      for (; i < n; i++) {
        const c = fmt[i];
        if (c === '-') left = true;
        else if (c === '+') sign = true;
        else if (c === ' ') blank = true;
        else if (c === '#') alt = true;
        else if (c === '0') zero = true;
        else break;
      }
      let width = -1;
      if (fmt[i] === '*') {
        const w = nextArg();
        if (!PyLong_Check(w)) PyErr_SetString(PyExc_TypeError, '* wants int');
        width = Number(intValue(w));
        if (width < 0) { left = true; width = -width; }
        i++;
      } else {
        let ws = '';
        while (i < n && fmt[i] >= '0' && fmt[i] <= '9') ws += fmt[i++];
        if (ws) width = parseInt(ws, 10);
      }
      let prec = -1;
      if (fmt[i] === '.') {
        i++;
        if (fmt[i] === '*') {
          const p = nextArg();
          if (!PyLong_Check(p)) PyErr_SetString(PyExc_TypeError, '* wants int');
          prec = Math.max(0, Number(intValue(p)));
          i++;
        } else {
          let ps = '';
          while (i < n && fmt[i] >= '0' && fmt[i] <= '9') ps += fmt[i++];
          prec = ps ? parseInt(ps, 10) : 0;
        }
      }
      if (i >= n) PyErr_SetString(PyExc_ValueError, 'incomplete format');
      // Length modifiers are accepted and ignored.
      while (i < n && (fmt[i] === 'h' || fmt[i] === 'l' || fmt[i] === 'L')) i++;
      if (i >= n) PyErr_SetString(PyExc_ValueError, 'incomplete format');
      const c = fmt[i++];
      if (c === '%') {
        out += '%';
        pieces++;
        continue;
      }
      if (!argFromDict) v = nextArg();
      const arg = v as PyObject;
      let signStr = '';
      let body: string;
      let numeric = false;
      switch (c) {
        case 's': case 'r': case 'a': {
          const r = c === 's' ? PyObject_Str(arg) : c === 'r' ? PyObject_Repr(arg) : PyObject_ASCII(arg);
          temps.push(r);
          body = (r as U).str;
          if (prec >= 0) body = Array.from(body).slice(0, prec).join('');
          if (c === 's' && width < 0 && prec < 0 && fmt.length === 2 && r.ob_type === PyUnicode_Type) onlyPiece = r;
          break;
        }
        case 'c': {
          if (PyUnicode_Check(arg)) {
            if (arg.length !== 1) PyErr_SetString(PyExc_TypeError, '%c requires int or char');
            body = arg.str;
          } else {
            if (!PyLong_Check(arg) && arg.ob_type.nb_index === null) PyErr_SetString(PyExc_TypeError, '%c requires int or char');
            const iv = PyNumber_Index(arg);
            const x = intValue(iv);
            Py_DECREF(iv);
            if (typeof x !== 'number' || x < 0 || x > 0x10ffff) PyErr_SetString(PyExc_OverflowError, '%c arg not in range(0x110000)');
            body = String.fromCodePoint(x);
          }
          break;
        }
        case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': {
          numeric = true;
          const iv = formatIntArg(arg, c);
          temps.push(iv);
          const [sg, digits] = formatLongText(intValue(iv), c, prec, alt);
          signStr = sg || (sign ? '+' : blank ? ' ' : '');
          body = digits;
          break;
        }
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
          numeric = true;
          const x = PyFloat_AsDouble(arg);
          const s = PyOS_double_to_string(x, c, prec < 0 ? 6 : prec, { alt });
          if (s[0] === '-') { signStr = '-'; body = s.slice(1); }
          else { signStr = sign ? '+' : blank ? ' ' : ''; body = s; }
          break;
        }
        default: {
          const code = c.codePointAt(0) as number;
          const shown = code >= 32 && code < 127 ? c : '?';
          PyErr_SetString(PyExc_ValueError,
            `unsupported format character '${shown}' (0x${code.toString(16)}) at index ${i - 1}`);
        }
      }
      const len = Array.from(signStr + body).length;
      if (width > len) {
        const padN = width - len;
        _PyUnicode_CheckUnits(width);
        if (left) body = signStr + body + ' '.repeat(padN);
        else if (zero && numeric) {
          // Zero padding goes after the sign and after a 0x/0o prefix.
          const m = /^(0[xXo])/.exec(body);
          if (m !== null && alt) body = signStr + m[1] + '0'.repeat(padN) + body.slice(2);
          else body = signStr + '0'.repeat(padN) + body;
        } else body = ' '.repeat(padN) + signStr + body;
      } else {
        body = signStr + body;
      }
      out += body;
      pieces++;
    }
    if (argidx >= 0 && argidx < argItems.length && !(singleArg && dict !== null)) {
      PyErr_SetString(PyExc_TypeError, 'not all arguments converted during string formatting');
    }
    if (onlyPiece !== null && pieces === 1) return Py_NewRef(onlyPiece);
    return PyUnicode_FromString(out);
  } finally {
    for (const t of temps) Py_DECREF(t);
  }
}

/** nb_remainder of str: only `str % x` formats; `x % str` is NotImplemented. */
function unicode_mod(a: PyObject, b: PyObject): PyObject {
  if (!PyUnicode_Check(a)) return PyNotImpl();
  return PyUnicode_Format(a, b);
}

import { Py_NotImplemented } from './singletons';
function PyNotImpl(): PyObject {
  return Py_NewRef(Py_NotImplemented);
}

// ---------------------------------------------------------------------------
// str.format

const enum AutoNumber { INIT, AUTO, MANUAL }

interface FormatState {
  args: PyObject[];
  kwargs: PyObject | null; // dict (format) or mapping (format_map)
  isMap: boolean;
  auto: AutoNumber;
  autoIndex: number;
}

function isDigits(s: string): boolean {
  return s.length > 0 && /^[0-9]+$/.test(s);
}

/** Looks up one replacement field's object (get_field_object + FieldNameIterator). */
function getFieldObject(fieldName: string, st: FormatState): PyObject {
  // first part: up to the first '.' or '['
  let k = 0;
  while (k < fieldName.length && fieldName[k] !== '.' && fieldName[k] !== '[') k++;
  const first = fieldName.slice(0, k);
  let obj: PyObject;
  if (first.length === 0 || isDigits(first)) {
    let index: number;
    if (first.length === 0) {
      if (st.auto === AutoNumber.MANUAL) {
        PyErr_SetString(PyExc_ValueError, 'cannot switch from manual field specification to automatic field numbering');
      }
      st.auto = AutoNumber.AUTO;
      index = st.autoIndex++;
    } else {
      if (st.auto === AutoNumber.AUTO) {
        PyErr_SetString(PyExc_ValueError, 'cannot switch from automatic field numbering to manual field specification');
      }
      st.auto = AutoNumber.MANUAL;
      index = parseInt(first, 10);
    }
    if (st.isMap) PyErr_SetString(PyExc_ValueError, 'Format string contains positional fields');
    if (index >= st.args.length) {
      PyErr_SetString(PyExc_IndexError, `Replacement index ${index} out of range for positional args tuple`);
    }
    obj = Py_NewRef(st.args[index]);
  } else {
    const key = PyUnicode_FromString(first);
    try {
      if (st.kwargs === null) PyErr_SetObject(PyExc_KeyError, key);
      if (st.isMap) obj = PyObject_GetItem(st.kwargs, key);
      else {
        const v = PyDict_GetItemWithError(st.kwargs, key);
        if (v === null) PyErr_SetObject(PyExc_KeyError, key);
        obj = Py_NewRef(v);
      }
    } finally {
      Py_DECREF(key);
    }
  }
  // the rest: .attr and [key] parts
  let i = k;
  try {
    while (i < fieldName.length) {
      const c = fieldName[i];
      if (c === '.') {
        let j = i + 1;
        while (j < fieldName.length && fieldName[j] !== '.' && fieldName[j] !== '[') j++;
        const name = fieldName.slice(i + 1, j);
        if (name.length === 0) PyErr_SetString(PyExc_ValueError, 'Empty attribute in format string');
        const nameObj = PyUnicode_FromString(name);
        let next: PyObject;
        try {
          next = PyObject_GetAttr(obj, nameObj);
        } finally {
          Py_DECREF(nameObj);
        }
        Py_DECREF(obj);
        obj = next;
        i = j;
      } else if (c === '[') {
        const j = fieldName.indexOf(']', i);
        if (j < 0) PyErr_SetString(PyExc_ValueError, "Missing ']' in format string");
        const keyText = fieldName.slice(i + 1, j);
        if (keyText.length === 0) PyErr_SetString(PyExc_ValueError, 'Empty attribute in format string');
        const keyObj = isDigits(keyText) ? PyLong_FromNumber(parseInt(keyText, 10)) : PyUnicode_FromString(keyText);
        let next: PyObject;
        try {
          next = PyObject_GetItem(obj, keyObj);
        } finally {
          Py_DECREF(keyObj);
        }
        Py_DECREF(obj);
        obj = next;
        i = j + 1;
        if (i < fieldName.length && fieldName[i] !== '.' && fieldName[i] !== '[') {
          PyErr_SetString(PyExc_ValueError, 'Only \'.\' or \'[\' may follow \']\' in format field specifier');
        }
      } else {
        PyErr_SetString(PyExc_ValueError, 'Only \'.\' or \'[\' may follow \']\' in format field specifier');
      }
    }
  } catch (e) {
    Py_DECREF(obj);
    throw e;
  }
  return obj;
}

/** Splits "name!conv:spec" (parse_field). */
function parseField(field: string): [string, string, string | null] {
  // The name ends at ':' or '!' outside brackets.
  let i = 0;
  let bracket = false;
  while (i < field.length) {
    const c = field[i];
    if (c === '[') bracket = true;
    else if (c === ']') bracket = false;
    else if (!bracket && (c === ':' || c === '!')) break;
    i++;
  }
  const name = field.slice(0, i);
  let conv = '';
  let spec: string | null = null;
  if (i < field.length && field[i] === '!') {
    if (i + 1 >= field.length) PyErr_SetString(PyExc_ValueError, 'end of string while looking for conversion specifier');
    conv = field[i + 1];
    i += 2;
    if (i < field.length) {
      if (field[i] !== ':') PyErr_SetString(PyExc_ValueError, "expected ':' after conversion specifier");
    }
  }
  if (i < field.length && field[i] === ':') spec = field.slice(i + 1);
  return [name, conv, spec];
}

/** build_string / output_markup: the formatted text, or the single object when the
 *  result is exactly one field's str (the writer's readonly fast path). */
function buildString(fmt: string, st: FormatState, depth: number): [string, PyObject | null] {
  if (depth <= 0) PyErr_SetString(PyExc_ValueError, 'Max string recursion exceeded');
  let out = '';
  let single: PyObject | null = null;
  let pieces = 0;
  const n = fmt.length;
  let i = 0;
  try {
    while (i < n) {
      const c = fmt[i];
      if (c === '{') {
        if (fmt[i + 1] === '{') { out += '{'; pieces++; i += 2; continue; }
        if (i + 1 >= n) PyErr_SetString(PyExc_ValueError, "Single '{' encountered in format string");
        // find the matching '}'
        let level = 1;
        let j = i + 1;
        while (j < n && level > 0) {
          if (fmt[j] === '{') level++;
          else if (fmt[j] === '}') level--;
          if (level > 0) j++;
        }
        if (level > 0) {
          if (fmt.slice(i + 1).includes('{') || j >= n) {
            PyErr_SetString(PyExc_ValueError, level > 1 ? "unmatched '{' in format spec" : "expected '}' before end of string");
          }
        }
        const field = fmt.slice(i + 1, j);
        i = j + 1;
        const [name, conv, specRaw] = parseField(field);
        let obj = getFieldObject(name, st);
        try {
          if (conv !== '') {
            let conv2: PyObject;
            if (conv === 'r') conv2 = PyObject_Repr(obj);
            else if (conv === 's') conv2 = PyObject_Str(obj);
            else if (conv === 'a') conv2 = PyObject_ASCII(obj);
            else PyErr_SetString(PyExc_ValueError, `Unknown conversion specifier ${conv}`);
            Py_DECREF(obj);
            obj = conv2;
          }
          let specObj: PyObject | null = null;
          if (specRaw !== null && specRaw.length > 0) {
            const [specText] = specRaw.includes('{') ? buildString(specRaw, st, depth - 1) : [specRaw, null];
            specObj = PyUnicode_FromString(specText);
          }
          let r: PyObject;
          try {
            r = PyObject_Format(obj, specObj);
          } finally {
            if (specObj !== null) Py_DECREF(specObj);
          }
          if (pieces === 0 && single === null) single = r;
          else Py_DECREF(r);
          out += (r as U).str;
          pieces++;
        } finally {
          Py_DECREF(obj);
        }
      } else if (c === '}') {
        if (fmt[i + 1] === '}') { out += '}'; pieces++; i += 2; continue; }
        PyErr_SetString(PyExc_ValueError, "Single '}' encountered in format string");
      } else {
        let j = i;
        while (j < n && fmt[j] !== '{' && fmt[j] !== '}') j++;
        out += fmt.slice(i, j);
        pieces++;
        i = j;
      }
    }
  } catch (e) {
    if (single !== null) Py_DECREF(single);
    throw e;
  }
  if (pieces === 1 && single !== null && single.ob_type === PyUnicode_Type) return [out, single];
  if (single !== null) Py_DECREF(single);
  return [out, null];
}

function doStringFormat(self: PyObject, st: FormatState): PyObject {
  const [text, single] = buildString((self as U).str, st, 2);
  if (single !== null) return single;
  return PyUnicode_FromString(text);
}

/** str.format(*args, **kwargs) — METH_VARARGS | METH_KEYWORDS. */
export function unicode_format_method(self: PyObject, args: PyObject, kwargs: PyObject | null): PyObject {
  return doStringFormat(self, {
    args: (args as PyTupleObject).ob_item, kwargs, isMap: false, auto: AutoNumber.INIT, autoIndex: 0,
  });
}

/** str.format_map(mapping) — METH_O. */
export function unicode_format_map(self: PyObject, mapping: PyObject): PyObject {
  return doStringFormat(self, { args: [], kwargs: mapping, isMap: true, auto: AutoNumber.INIT, autoIndex: 0 });
}

// ---------------------------------------------------------------------------
// str(object='', encoding='utf-8', errors='strict')

function unicode_new_impl(type: PyTypeObject, x: PyObject | null, encoding: PyObject | null, errors: PyObject | null): PyObject {
  let r: PyObject;
  if (x === null) r = unicode_new_empty();
  else if (encoding === null && errors === null) r = PyObject_Str(x);
  else {
    if (encoding !== null && !PyUnicode_Check(encoding)) {
      PyErr_SetString(PyExc_TypeError, `str() argument 'encoding' must be str, not ${encoding.ob_type.tp_name}`);
    }
    if (errors !== null && !PyUnicode_Check(errors)) {
      PyErr_SetString(PyExc_TypeError, `str() argument 'errors' must be str, not ${errors.ob_type.tp_name}`);
    }
    if (PyUnicode_Check(x)) PyErr_SetString(PyExc_TypeError, 'decoding str is not supported');
    if (!PyBytes_Check(x)) {
      PyErr_SetString(PyExc_TypeError, `decoding to str: need a bytes-like object, ${x.ob_type.tp_name} found`);
    }
    r = _PyUnicode_Decode(x, encoding === null ? 'utf-8' : (encoding as U).str, errors === null ? 'strict' : (errors as U).str);
  }
  if (type === PyUnicode_Type) return r;
  // unicode_subtype_new: a subclass instance holding a copy of the text.
  const u = r as U;
  if (type.tp_alloc === null) throw new Error(`internal: ${type.tp_name} has no tp_alloc`);
  const o = type.tp_alloc(type, 0) as U;
  o.str = u.str;
  o.length = u.length;
  o.kind = u.kind;
  o.ascii = u.ascii;
  o.hash = -1;
  o.interned = false;
  o.cps = null;
  Py_DECREF(r);
  return o;
}

function unicode_vectorcall(type: PyTypeObject, args: PyObject[], nargs: number, kwnames: PyObject | null): PyObject {
  if (kwnames === null && nargs <= 1) return unicode_new_impl(type, nargs === 1 ? args[0] : null, null, null);
  const [x, enc, errs] = _PyArg_UnpackKeywords('str', args, nargs, kwnames, ['object', 'encoding', 'errors'], 0);
  return unicode_new_impl(type, x, enc, errs);
}

function unicode_new(type: PyTypeObject, args: PyObject, kwargs: PyObject | null): PyObject {
  const items = (args as PyTupleObject).ob_item;
  if (kwargs === null || PyDict_Size(kwargs) === 0) return unicode_vectorcall(type, items, items.length, null);
  // Keyword arguments: look up the three parameter names (others are an error).
  const names: PyObject[] = [];
  const vals: PyObject[] = [];
  for (const key of ['object', 'encoding', 'errors']) {
    const k = PyUnicode_FromString(key);
    try {
      const v = PyDict_GetItemWithError(kwargs, k);
      if (v !== null) { names.push(k); Py_INCREF(k); vals.push(v); }
    } finally {
      Py_DECREF(k);
    }
  }
  if (names.length !== PyDict_Size(kwargs)) {
    PyErr_SetString(PyExc_TypeError, "str() got an unexpected keyword argument");
  }
  const [x, enc, errs] = [
    items[0] ?? vals[names.findIndex((n) => (n as U).str === 'object')] ?? null,
    vals[names.findIndex((n) => (n as U).str === 'encoding')] ?? (items[1] ?? null),
    vals[names.findIndex((n) => (n as U).str === 'errors')] ?? (items[2] ?? null),
  ];
  for (const k of names) Py_DECREF(k);
  return unicode_new_impl(type, x, enc, errs);
}

PyUnicode_Type.tp_new = unicode_new;
// No vectorcall constructor in 3.11: str(x)/int(x)/bytes(x) go through type_call with
// an argument tuple (measured: one more GC allocation than list(x); 3.12 adds vectorcall).
PyUnicode_Type.nb_remainder = unicode_mod;

void PyFloat_Check; void PyIndex_Check; void Py_None; void _PyUnicode_NewKnown; void PyUnicode_READ_CHAR;
