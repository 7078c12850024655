// The Python subset PyHeap runs. The parser accepts all of Python 3.11 so
// that syntax errors match CPython everywhere; this pass then rejects, by
// name and line, what the compiler and VM do not implement yet.

import { AST_FIELDS } from './ast';
import type * as A from './ast';
import { UnsupportedSyntax } from './errors';

/** Throws UnsupportedSyntax for the first construct outside the subset, in source order. */
export function checkSubset(mod: A.mod): void {
  if (mod._type === 'Expression') visit(mod.body);
  else for (const s of mod.body) visit(s);
}

function unsupported(feature: string, node: A.Located): never {
  throw new UnsupportedSyntax(feature, node.lineno);
}

function visit(node: unknown): void {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const x of node) visit(x);
    return;
  }
  const n = node as { _type?: string } & Record<string, unknown>;
  const type = n._type;
  if (type === 'Constant') {
    // Imaginary literals make complex objects, which PyHeap does not have.
    if ((n as unknown as A.Constant).value.kind === 'complex') unsupported('complex numbers', n as unknown as A.Constant);
    return;
  }
  if (type === 'Name' || type === undefined) return;
  switch (type) {
    case 'AsyncWith': unsupported("'async with'", n as unknown as A.AsyncWith);
    // falls through (unsupported never returns)
    case 'AsyncFunctionDef': unsupported("'async def'", n as unknown as A.AsyncFunctionDef);
    // falls through
    case 'AsyncFor': unsupported("'async for'", n as unknown as A.AsyncFor);
    // falls through
    case 'Await': unsupported("'await'", n as unknown as A.Await);
    // falls through
    case 'TryStar': unsupported("'except*'", n as unknown as A.TryStar);
    // falls through
    case 'comprehension':
      if ((n as unknown as A.comprehension).is_async) unsupported("'async for' in comprehensions", (n as unknown as A.comprehension).iter);
      break;
  }
  const names = fieldNames(type);
  for (let i = 0; i < names.length; i++) visit(n[names[i]]);
}

const FIELD_NAMES = new Map<string, string[]>();

/** AST_FIELDS without the '?' markers, computed once per node type. */
function fieldNames(type: string): string[] {
  let names = FIELD_NAMES.get(type);
  if (!names) {
    names = AST_FIELDS[type].map((f) => (f.endsWith('?') ? f.slice(0, -1) : f));
    FIELD_NAMES.set(type, names);
  }
  return names;
}
