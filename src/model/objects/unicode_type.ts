// The str type object, its instance layout, the static singletons ('' and the Latin-1
// characters), construction and interning, in a module that imports only the object
// model and the allocator (modules in import cycles create strings at load time), so the modules adding str's methods and slots (unicode_methods.ts,
// unicode_format.ts, formatter.ts, bytesobject.ts) can attach them at load time
// whichever module is loaded first. Everything else is in unicodeobject.ts.

import { PyObject, PyTypeObject, TypeFlags, Py_DECREF, _Py_RegisterStatic, rt } from './object';
import { _PyRuntime_RegisterState } from '../runtimestate';
import { PyType_Type } from './typebase';
import { _PyObject_New } from './objalloc';
import { StaticLayout } from '../memory/static';
import statics from './numtext_statics.json';
import internedData from './numtext_interned.json';
import { LIBPYTHON_BASE } from '../memory/addrspace';

export const enum UnicodeKind { ONE = 1, TWO = 2, FOUR = 4 }

export class PyUnicodeObject extends PyObject {
  /** The text as a JS string. */
  str: string;
  /** Length in code points (PyUnicode_GET_LENGTH). */
  length: number;
  /** PyUnicode_KIND: bytes per character in CPython's buffer. */
  kind: UnicodeKind;
  /** state.ascii: every character < 128. */
  ascii: boolean;
  /** Cached hash in the model's number form; -1 = not computed yet (as CPython). */
  hash = -1;
  /** state.interned: in the interned table. */
  interned = false;
  /** Code points, for strings with characters above U+FFFF (lazily built). */
  cps: Uint32Array | null = null;

  constructor(type: PyTypeObject, s: string, length: number, kind: UnicodeKind, ascii: boolean) {
    super(type);
    this.str = s;
    this.length = length;
    this.kind = kind;
    this.ascii = ascii;
  }
}

export const PyUnicode_Type = new PyTypeObject(PyType_Type, 'str', 80, 0,
  TypeFlags.BASETYPE | TypeFlags.UNICODE_SUBCLASS | TypeFlags.IMMUTABLETYPE);

export function PyUnicode_Check(o: PyObject): o is PyUnicodeObject {
  return (o.ob_type.tp_flags & TypeFlags.UNICODE_SUBCLASS) !== 0;
}

export function PyUnicode_CheckExact(o: PyObject): o is PyUnicodeObject {
  return o.ob_type === PyUnicode_Type;
}


// ---------------------------------------------------------------------------
// Analysis of a JS string: kind, ASCII flag, code point count.

// analyze()'s results, read right after the call: scratch, shared by every runtime.
let anKind: UnicodeKind = UnicodeKind.ONE;
let anAscii = true;
let anLength = 0;

function analyze(s: string): void {
  const n = s.length;
  let max = 0;
  let pairs = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > max) {
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          pairs++;
          i++;
          max = 0x10000;
          continue;
        }
      }
      max = c;
    } else if (max >= 0x10000 && c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { pairs++; i++; }
    }
  }
  anAscii = max < 128;
  anKind = max < 256 ? UnicodeKind.ONE : max < 0x10000 ? UnicodeKind.TWO : UnicodeKind.FOUR;
  anLength = n - pairs;
}

/** Bytes PyUnicode_New allocates: PyASCIIObject (48) + len + 1 for ASCII, else
 *  PyCompactUnicodeObject (72) + (len + 1) * kind. This is also sys.getsizeof. */
export function _PyUnicode_AllocSize(length: number, kind: UnicodeKind, ascii: boolean): number {
  return ascii ? 48 + length + 1 : 72 + (length + 1) * kind;
}

// ---------------------------------------------------------------------------
// Singletons: '' and the 256 Latin-1 characters.

function makeStatic(s: string, baseline: number): PyUnicodeObject {
  analyze(s);
  const o = new PyUnicodeObject(PyUnicode_Type, s, anLength, anKind, anAscii);
  return _Py_RegisterStatic(o, baseline);
}

const staticLayout = new StaticLayout();
export const _Py_EmptyString = makeStatic('', statics.empty_str);
_Py_EmptyString.ob_addr = staticLayout.staticAddress("''");
/** _Py_LATIN1_CHR(c) for c in 0..255. */
export const _Py_Latin1Chars: PyUnicodeObject[] = [];
for (let c = 0; c < 256; c++) {
  const o = makeStatic(String.fromCharCode(c), statics.chars[c]);
  o.ob_addr = staticLayout.latin1Char(c);
  _Py_Latin1Chars.push(o);
}

/** A new reference to the empty string. */
export function unicode_new_empty(): PyUnicodeObject {
  _Py_EmptyString.ob_refcnt++;
  return _Py_EmptyString;
}

/** unicode_char / get_latin1_char: a one-character str for a code point. */
export function unicode_char(cp: number): PyUnicodeObject {
  if (cp < 256) {
    const o = _Py_Latin1Chars[cp];
    o.ob_refcnt++;
    return o;
  }
  return allocUnicode(String.fromCodePoint(cp), 1, cp < 0x10000 ? UnicodeKind.TWO : UnicodeKind.FOUR, false);
}

export function allocUnicode(s: string, length: number, kind: UnicodeKind, ascii: boolean): PyUnicodeObject {
  const o = new PyUnicodeObject(PyUnicode_Type, s, length, kind, ascii);
  return _PyObject_New(o, _PyUnicode_AllocSize(length, kind, ascii));
}

/** A new str with known properties (callers that derived them from their operands). */
export function _PyUnicode_FromKnown(s: string, length: number, kind: UnicodeKind, ascii: boolean): PyUnicodeObject {
  if (length <= 1) {
    if (length === 0) return unicode_new_empty();
    const c = s.codePointAt(0) as number;
    if (c < 256) return unicode_char(c);
  }
  return allocUnicode(s, length, kind, ascii);
}

/** PyUnicode_FromString / PyUnicode_DecodeUTF8 of a JS string: a new reference
 *  (the singleton for '' and one Latin-1 character). */
export function PyUnicode_FromString(s: string): PyUnicodeObject {
  const n = s.length;
  if (n <= 1) {
    if (n === 0) return unicode_new_empty();
    const c = s.charCodeAt(0);
    if (c < 256) return unicode_char(c);
  }
  analyze(s);
  return _PyUnicode_FromKnown(s, anLength, anKind, anAscii);
}

/** Same as PyUnicode_FromString when the caller knows the text is ASCII. */
export function _PyUnicode_FromASCII(s: string): PyUnicodeObject {
  const n = s.length;
  if (n <= 1) {
    if (n === 0) return unicode_new_empty();
    return unicode_char(s.charCodeAt(0));
  }
  return allocUnicode(s, n, UnicodeKind.ONE, true);
}

/** PyUnicode_New + copy: a new str object even for one Latin-1 character (only ''
 *  is the singleton, as PyUnicode_New(0) returns it). CPython builds the results of
 *  str(int), upper()/lower()/replace(), joins of several parts and stepped slices
 *  this way, so `str(5) is '5'` and `'b'.upper() is 'B'` are False. */
export function _PyUnicode_NewFromText(s: string): PyUnicodeObject {
  if (s.length === 0) return unicode_new_empty();
  analyze(s);
  return allocUnicode(s, anLength, anKind, anAscii);
}

/** _PyUnicode_NewFromText when length, kind and the ASCII flag are already known. */
export function _PyUnicode_NewKnown(s: string, length: number, kind: UnicodeKind, ascii: boolean): PyUnicodeObject {
  if (length === 0) return unicode_new_empty();
  return allocUnicode(s, length, kind, ascii);
}

// ---------------------------------------------------------------------------
// Interning (Objects/unicodeobject.c PyUnicode_InternInPlace, 3.11). The interned
// table is a dict in CPython whose two references to each string are not counted
// (Py_SET_REFCNT(s, Py_REFCNT(s) - 2)): interned strings are mortal and leave the
// table when they die (unicode_dealloc). The model's table is a JS Map holding no
// counted reference, which gives the same counts. One table per runtime (the
// interned dict is per interpreter).

/** The active runtime's table (switched with it, runtimestate.ts); a new runtime starts
 *  from a copy of what its profile's startup heap interned (vm/startup.ts). */
let interned = new Map<string, PyUnicodeObject>();
const startupSeeds = new Map<string, Map<string, PyUnicodeObject>>();
_PyRuntime_RegisterState<Map<string, PyUnicodeObject>>({
  name: 'interned strings',
  save: () => interned,
  restore: (s) => {
    interned = s;
  },
  fresh: () => new Map(startupSeeds.get(rt.profile.version)),
});

/** Strings already interned when __main__ starts that are static objects of libpython
 *  (mostly the deep-frozen stdlib's names, e.g. 'a', 'x', 'append'; measured by
 *  scripts/measure-interned-strings.py): one object per process, at its measured
 *  offset in the image, with its measured startup refcount. Heap strings interned at
 *  startup are not pre-created (numtext_interned.json counts them). */
const startupInterned = new Map<string, PyUnicodeObject>();
/** Process-wide, as the objects are: loaded once, whichever runtime asks first. */
let startupLoaded = false;

function startupInternedTable(): Map<string, PyUnicodeObject> {
  if (!startupLoaded) {
    startupLoaded = true;
    const data = internedData.static as unknown as Record<string, [number, number]>;
    for (const text of Object.keys(data)) {
      const [offset, refcnt] = data[text];
      analyze(text);
      const o = new PyUnicodeObject(PyUnicode_Type, text, anLength, anKind, anAscii);
      o.ob_addr = LIBPYTHON_BASE + offset;
      o.interned = true;
      _Py_RegisterStatic(o, refcnt);
      startupInterned.set(text, o);
    }
  }
  return startupInterned;
}

/** The interned table of the current runtime. */
function internedTable(): Map<string, PyUnicodeObject> {
  return interned;
}

/** unicode_dealloc of an interned string: it leaves the table. */
/** The interned str with this value, if one exists (a lookup only: interns nothing). */
export function _PyUnicode_FindInterned(s: string): PyUnicodeObject | null {
  return internedTable().get(s) ?? null;
}

export function _PyUnicode_ForgetInterned(u: PyUnicodeObject): void {
  const t = internedTable();
  if (t.get(u.str) === u) t.delete(u.str);
  u.interned = false;
}

/** PyUnicode_InternInPlace: takes an owned reference to an exact str and returns an
 *  owned reference to the interned equal string (the same object when it was new). */
export function PyUnicode_InternInPlace(o: PyUnicodeObject): PyUnicodeObject {
  if (o.ob_type !== PyUnicode_Type) return o;
  if (o.interned) return o;
  const table = internedTable();
  const t = table.get(o.str) ?? startupInternedTable().get(o.str);
  if (t !== undefined) {
    t.ob_refcnt++;
    Py_DECREF(o);
    return t;
  }
  table.set(o.str, o);
  o.interned = true;
  return o;
}

/** PyUnicode_InternFromString: a new reference to the interned str. */
export function PyUnicode_InternFromString(s: string): PyUnicodeObject {
  const t = internedTable().get(s) ?? startupInternedTable().get(s);
  if (t !== undefined) {
    t.ob_refcnt++;
    return t;
  }
  return PyUnicode_InternInPlace(PyUnicode_FromString(s));
}

/** Whether a str object is in the interned table (PyUnicode_CHECK_INTERNED). */
export function PyUnicode_CHECK_INTERNED(o: PyUnicodeObject): boolean {
  return o.interned;
}

/** _Py_ID / _Py_STR: the static str objects of libpython (identifiers and literals
 *  listed in memory/static-strings-311.ts), one per process with a static address;
 *  other names get an interned string of the current runtime. Borrowed reference. */
const staticStrings = new Map<string, PyUnicodeObject>();
export function _Py_ID(s: string): PyUnicodeObject {
  let o = staticStrings.get(s) ?? startupInternedTable().get(s);
  if (o !== undefined) return o;
  const addr = staticLayout.staticString(s);
  if (addr !== undefined) {
    analyze(s);
    o = new PyUnicodeObject(PyUnicode_Type, s, anLength, anKind, anAscii);
    o.ob_addr = addr;
    o.interned = true;
    _Py_RegisterStatic(o, STATIC_STRING_BASELINE);
    staticStrings.set(s, o);
    return o;
  }
  // Not a static string: an interned heap string of this runtime, kept alive by one
  // reference the runtime never releases (as a C-level cached name would be).
  o = internedTable().get(s);
  if (o === undefined) {
    o = PyUnicode_InternFromString(s);
    _Py_ID_pinned.add(o);
  }
  return o;
}

/** _Py_ID of a name that is a static string of libpython or interned by the startup
 *  heap, for call sites that keep the result: both live as long as the process (other
 *  names belong to a runtime, and _Py_ID must be asked again in each). Throws for any
 *  other name. */
export function _Py_STATIC_ID(s: string): PyUnicodeObject {
  const o = _Py_ID(s);
  if (staticStrings.get(s) !== o && startupInternedTable().get(s) !== o) {
    throw new Error(`internal: '${s}' is neither a static string nor interned at startup`);
  }
  return o;
}

/** Heap strings _Py_ID created and holds one reference to (inspect's referrers name it). */
export const _Py_ID_pinned = new WeakSet<PyObject>();

/** Startup refcount given to libpython's static str objects: they start at
 *  _PyObject_IMMORTAL_INIT (999999999, Include/internal/pycore_object.h) and startup
 *  adds references the model does not track per string. */
const STATIC_STRING_BASELINE = 1000000000;


/** Records the strings interned before the program starts (names of builtin methods and
 *  attributes) by the startup heap of `version` (vm/startup.ts): a copy seeds every new
 *  runtime's table. */
export function _PyUnicode_RecordStartupInterned(version: string): void {
  startupSeeds.set(version, new Map(interned));
}
