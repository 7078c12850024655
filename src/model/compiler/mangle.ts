// Private name mangling (Python/compile.c _Py_Mangle): inside class C, an
// identifier __x (not ending in two underscores, no dot) becomes _C__x, with the
// class name's leading underscores stripped.

export function mangle(privateName: string | null, ident: string): string {
  if (privateName === null || !ident.startsWith('__')) return ident;
  if (ident.endsWith('__') || ident.includes('.')) return ident;
  let i = 0;
  while (i < privateName.length && privateName[i] === '_') i++;
  if (i === privateName.length) return ident;
  return '_' + privateName.slice(i) + ident;
}
