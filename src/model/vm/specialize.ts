// LOAD_GLOBAL's inline cache (Python/specialize.c _Py_Specialize_LoadGlobal and the
// LOAD_GLOBAL_MODULE / LOAD_GLOBAL_BUILTIN instructions of 3.11's ceval.c). After a
// generic load, the instruction remembers where the name was found: the entry index
// in the globals' keys object, or in the builtins' keys object together with a
// version of the globals' key set (proof that globals still lack the name). A later
// execution reads the value straight from that entry when the guards hold, and falls
// back to the generic lookup otherwise — exactly CPython's rule: a specialized
// instruction finds the same object as the generic one, or deoptimizes.
//
// Like CPython, only exact dicts with str-only keys tables are specialized (a lookup
// in them compares strings and runs no Python code, so skipping it is invisible).

import type { PyObject } from '../objects/object';
import { _PyRuntime_RegisterState } from '../runtimestate';
import {
  PyDict_CheckExact, PyDict_Type, PyDict_SetItem, _PyDict_SetItemAtIndex, _Py_dict_lookup, dict_hash, DictKeysKind,
} from '../objects/dictobject';
import type { PyDictObject, PyDictKeysObject } from '../objects/dictobject';
import { PyUnicode_CheckExact } from '../objects/unicodeobject';
import type { PyCodeObject } from '../objects/codeobject';

export class LoadGlobalCache {
  /** The globals' keys object the entry was found in (or proven absent from). */
  readonly keys: PyDictKeysObject;
  /** 0: a globals entry (LOAD_GLOBAL_MODULE); else the globals keys' dk_version
   *  when the name was found in builtins (LOAD_GLOBAL_BUILTIN). */
  readonly version: number;
  /** The builtins' keys object (LOAD_GLOBAL_BUILTIN), else null. */
  readonly bkeys: PyDictKeysObject | null;
  /** Entry index in `keys` (module) or `bkeys` (builtin). */
  readonly index: number;
  /** The entry's key: equal to the instruction's name, not always the same object (the
   *  builtins' keys are not the compiler's strings). */
  readonly key: PyObject;

  constructor(keys: PyDictKeysObject, version: number, bkeys: PyDictKeysObject | null, index: number, key: PyObject) {
    this.keys = keys;
    this.version = version;
    this.bkeys = bkeys;
    this.index = index;
    this.key = key;
  }
}

/** The value LOAD_GLOBAL's generic lookup would find (borrowed), or null when the
 *  cache's guards fail (then the caller does the generic lookup). An entry still
 *  holding the key found for `name` (equal to it) with a value is the one a lookup of
 *  `name` reaches: keys are unique and a deleted entry loses its key. */
export function LOAD_GLOBAL_cached(c: LoadGlobalCache, globals: PyObject, builtins: PyObject, name: PyObject): PyObject | null {
  const gk = (globals as PyDictObject).ma_keys;
  if (gk !== c.keys) return null;
  // Module and builtin entries run the same property loads and only select between
  // the values (a module entry's version is 0, and its value lives in the globals'
  // keys): the eval loop inlines this, and a kind of entry first met after V8
  // optimized the loop must not reach loads V8 has never seen run.
  const bk = c.bkeys;
  const version = gk.dk_version;
  const vdict = (bk === null ? globals : builtins) as PyDictObject;
  const vkeys = bk === null ? gk : bk;
  if ((bk === null ? 0 : version) !== c.version || vdict.ma_keys !== vkeys) return null;
  const ix = c.index;
  return vkeys.me_key[ix] === c.key ? vkeys.me_value[ix] : null;
}

/** _PyDictKeys_GetVersionForCurrentState: a version for the keys' current set of
 *  names; the dict resets dk_version to 0 whenever a key is added or deleted. The
 *  counter is the active runtime's (runtimestate.ts): versions are compared only with
 *  the caches of its own code objects. */
let next_keys_version = 0;
_PyRuntime_RegisterState<number>({
  name: 'next_keys_version',
  save: () => next_keys_version,
  restore: (n) => {
    next_keys_version = n;
  },
  fresh: () => 0,
});
function _PyDictKeys_GetVersionForCurrentState(dk: PyDictKeysObject): number {
  if (dk.dk_version === 0) dk.dk_version = ++next_keys_version;
  return dk.dk_version;
}

/** _Py_Specialize_LoadGlobal: fills (or refreshes) instruction i's cache after a
 *  generic LOAD_GLOBAL of `name` succeeded. */
export function _Py_Specialize_LoadGlobal(co: PyCodeObject, i: number, globals: PyObject, builtins: PyObject, name: PyObject): void {
  if (!PyDict_CheckExact(globals) || !PyDict_CheckExact(builtins) || !PyUnicode_CheckExact(name)) return;
  const gk = globals.ma_keys;
  if (gk.dk_kind !== DictKeysKind.UNICODE) return;
  const hash = dict_hash(name);
  const gix = _Py_dict_lookup(globals, name, hash);
  let version = 0, bkeys: PyDictKeysObject | null = null, index = gix;
  if (gix >= 0) {
    if (gk.me_value[gix] === null) return;
  } else {
    const bk = builtins.ma_keys;
    if (bk.dk_kind !== DictKeysKind.UNICODE) return;
    const bix = _Py_dict_lookup(builtins, name, hash);
    if (bix < 0 || bk.me_value[bix] === null) return;
    version = _PyDictKeys_GetVersionForCurrentState(gk);
    bkeys = bk;
    index = bix;
  }
  setCache(co, i, gk, version, bkeys, index);
}

/** Fills or refreshes instruction i's cache entry. */
function setCache(co: PyCodeObject, i: number, keys: PyDictKeysObject, version: number, bkeys: PyDictKeysObject | null,
  index: number): void {
  // A new entry rather than new values in the old one: V8 treats fields that are never
  // rewritten as constant, and rewriting them would throw away the optimized code
  // (the eval loop) that relied on it. Refreshes are rare (after a guard failed).
  const key = (bkeys ?? keys).me_key[index] as PyObject;
  co.co_globalcache[i] = new LoadGlobalCache(keys, version, bkeys, index, key);
}

// LOAD_NAME (module and class bodies) uses the same cache — CPython 3.11 does not
// specialize it, but the same guards make the shortcut exact: a hit in the locals
// dict reads the remembered entry; a name found in builtins is cached only when the
// locals dict is the globals dict (module level), guarded by its keys' version.

/** The value LOAD_NAME's generic lookup would find (borrowed), or null. */
export function LOAD_NAME_cached(c: LoadGlobalCache, locals: PyObject, globals: PyObject, builtins: PyObject,
  name: PyObject): PyObject | null {
  if (locals.ob_type !== PyDict_Type || (c.bkeys !== null && locals !== globals)) return null;
  return LOAD_GLOBAL_cached(c, locals, builtins, name);
}

/** Fills instruction i's cache after a generic LOAD_NAME of `name` succeeded. */
export function _Py_Specialize_LoadName(co: PyCodeObject, i: number, locals: PyObject, globals: PyObject,
  builtins: PyObject, name: PyObject): void {
  if (!PyDict_CheckExact(locals) || !PyUnicode_CheckExact(name) || locals.ma_keys.dk_kind !== DictKeysKind.UNICODE) return;
  if (locals !== globals) {
    const ix = _Py_dict_lookup(locals, name, dict_hash(name));
    if (ix < 0) return;
  }
  _Py_Specialize_LoadGlobal(co, i, locals, builtins, name);
}

// STORE_NAME / STORE_GLOBAL rebinding an existing name: the entry the name lives in
// is remembered, and a later store replaces the value there (insertdict's replace
// branch, _PyDict_SetItemAtIndex) instead of hashing and probing again. A cache entry
// filled by LOAD_NAME/LOAD_GLOBAL for a globals entry serves too (same keys, same index).

/** STORE_NAME / STORE_GLOBAL of `name` into the exact dict `ns` at instruction i: into the
 *  remembered entry when the cache holds (the entry still has `name` and a value, so a
 *  lookup would find it), else PyDict_SetItem, after which the cache is refreshed. */
export function _PyDict_StoreNameCached(co: PyCodeObject, i: number, ns: PyDictObject, name: PyObject, v: PyObject): void {
  const c = co.co_globalcache[i];
  if (c !== null && c.bkeys === null) {
    const k = ns.ma_keys;
    const ix = c.index;
    if (k === c.keys && k.me_key[ix] === c.key && k.me_value[ix] !== null) {
      _PyDict_SetItemAtIndex(ns, ix, name, v);
      return;
    }
  }
  PyDict_SetItem(ns, name, v);
  const k = ns.ma_keys;
  if (k.dk_kind !== DictKeysKind.UNICODE || !PyUnicode_CheckExact(name)) return;
  const ix = _Py_dict_lookup(ns, name, dict_hash(name));
  if (ix >= 0) setCache(co, i, k, 0, null, ix);
}
