// Constant objects and the compilation unit's constant cache.
//
// Every constant object that exists during compilation gets a ConstObject (see
// code.ts): the parser's literals, the AST optimizer's folded results, and the
// compiler's own tuples. Python/compile.c keeps ONE dict, c_const_cache, for the
// whole file: merge_consts_recursive() replaces each constant by the first equal
// one registered (equality by _PyCode_ConstantKey: type-aware, so 0, 0.0 and
// False stay distinct, and so do 0.0 and -0.0), so equal constants in different
// functions are one object. merge_const_one() does the same, non-recursively, for
// the tuples the assembler builds (co_consts, co_names, localsplusnames).

import type { ConstantValue } from '../syntax/ast';
import type { CodeUnit, ConstObject, ConstRef } from './code';

/** Objects/codeobject.c all_name_chars: ASCII letters, digits and '_' only. */
export function isIdentifierLike(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95)) return false;
  }
  return true;
}

function floatKey(d: number): string {
  if (Object.is(d, -0)) return '-0';
  return String(d);
}

function bytesHex(b: Uint8Array): string {
  let s = '';
  for (const x of b) s += (x < 16 ? '0' : '') + x.toString(16);
  return s;
}

export class ConstTable {
  readonly objects: ConstObject[] = [];
  /** c_const_cache: constant key → canonical object index. */
  private readonly cache = new Map<string, number>();
  /** Serial numbers of code units, for keys of co_consts tuples. */
  private readonly unitIds = new Map<CodeUnit, number>();

  add(value: ConstantValue, inArena: boolean, items?: number[]): number {
    const o: ConstObject = {
      value,
      inArena,
      intern: value.kind === 'str' && isIdentifierLike(value.value),
    };
    if (items) o.items = items;
    this.objects.push(o);
    return this.objects.length - 1;
  }

  /** The interned identifier string `name` (an item of co_names, a kwnames tuple...). */
  identifier(name: string): number {
    const k = 'I' + name;
    const hit = this.identifiers.get(k);
    if (hit !== undefined) return hit;
    const o: ConstObject = { value: { kind: 'str', value: name }, inArena: false, intern: true, identifier: true };
    this.objects.push(o);
    const i = this.objects.length - 1;
    this.identifiers.set(k, i);
    return i;
  }
  private readonly identifiers = new Map<string, number>();

  private unitId(u: CodeUnit): number {
    let n = this.unitIds.get(u);
    if (n === undefined) {
      n = this.unitIds.size;
      this.unitIds.set(u, n);
    }
    return n;
  }

  /** _PyCode_ConstantKey, as a string (cached: merging never changes a key). */
  key(i: number): string {
    let k = this.keys[i];
    if (k === undefined) {
      k = this.computeKey(i);
      this.keys[i] = k;
    }
    return k;
  }
  private readonly keys: (string | undefined)[] = [];

  private computeKey(i: number): string {
    const o = this.objects[i]!;
    if (o.slots) {
      return 'T(' + o.slots.map((s) => ('obj' in s ? this.key(s.obj) : 'C' + this.unitId(s.code))).join(',') + ')';
    }
    const v = o.value;
    switch (v.kind) {
      case 'None':
        return 'N';
      case 'Ellipsis':
        return 'E';
      case 'bool':
        return v.value ? 'b1' : 'b0';
      case 'int':
        return 'i' + v.value.toString();
      case 'float':
        // NaN != NaN: a NaN constant only merges with itself.
        return Number.isNaN(v.value) ? 'fnan#' + i : 'f' + floatKey(v.value);
      case 'complex':
        return Number.isNaN(v.imag) ? 'cnan#' + i : 'c' + floatKey(v.imag);
      case 'str':
        return 's' + JSON.stringify(v.value);
      case 'bytes':
        return 'y' + bytesHex(v.value);
      case 'tuple':
        return 'T(' + (o.items ?? []).map((j) => this.key(j)).join(',') + ')';
      case 'frozenset':
        return 'F{' + (o.items ?? []).map((j) => this.key(j)).sort().join(',') + '}';
    }
  }

  /** merge_consts_recursive: the canonical object for constant i. */
  mergeRecursive(i: number): number {
    const o = this.objects[i]!;
    if (o.value.kind === 'None' || o.value.kind === 'Ellipsis') return i;
    const k = this.key(i);
    const hit = this.cache.get(k);
    if (hit !== undefined) return hit;
    this.cache.set(k, i);
    if (o.value.kind === 'tuple' && o.items) {
      o.items = o.items.map((j) => this.mergeRecursive(j));
    } else if (o.value.kind === 'frozenset' && o.items && o.items.length) {
      // A new frozenset of the merged items takes the original's place in the key.
      const items = o.items.map((j) => this.mergeRecursive(j));
      if (!o.inArena) {
        // The compiler's own frozenset is freed right after: reuse its entry.
        o.items = items;
        return i;
      }
      const n = this.add(o.value, false, items);
      this.cache.set(k, n);
      return n;
    }
    return i;
  }

  /** compiler_add_const on a constant the compiler itself just created: merge it,
   *  and drop it if an equal one was already registered (CPython frees it then). */
  mergeNew(i: number): number {
    const c = this.mergeRecursive(i);
    if (c !== i && i === this.objects.length - 1 && !this.objects[i]!.inArena) {
      this.objects.pop();
      this.keys.length = this.objects.length;
    }
    return c;
  }

  /** merge_const_one: canonical object for a tuple the compiler just built, not recursive. */
  mergeOne(i: number): number {
    const k = this.key(i);
    const hit = this.cache.get(k);
    if (hit !== undefined) {
      // The just-built tuple is dropped at once: take it back out of the list.
      if (i === this.objects.length - 1) {
        this.objects.pop();
        this.keys.length = this.objects.length;
      }
      return hit;
    }
    this.cache.set(k, i);
    return i;
  }

  /** A tuple of constant objects the compiler builds (kwnames, const-key maps, folded
   *  BUILD_TUPLE...). */
  tuple(items: number[]): number {
    const vals = items.map((j) => this.objects[j]!.value);
    return this.add({ kind: 'tuple', items: vals }, false, items);
  }

  /** A tuple of identifiers (co_names, localsplusnames), merged with merge_const_one. */
  nameTuple(names: string[]): number {
    return this.mergeOne(this.tuple(names.map((n) => this.identifier(n))));
  }

  /** A code object's co_consts tuple, merged with merge_const_one. */
  constsTuple(slots: ConstRef[]): number {
    const o: ConstObject = { value: { kind: 'tuple', items: [] }, inArena: false, intern: false, slots };
    if (slots.every((r) => 'obj' in r)) {
      // No code object inside: an ordinary tuple constant (it may be loaded elsewhere).
      o.items = slots.map((r) => (r as { obj: number }).obj);
      o.value = { kind: 'tuple', items: o.items.map((j) => this.objects[j]!.value) };
    }
    this.objects.push(o);
    return this.mergeOne(this.objects.length - 1);
  }
}
