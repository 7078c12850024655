// Every number that differs between CPython versions lives in a Profile, with the
// CPython source it comes from, so 3.12–3.14 are added as new profiles, not as
// scattered if-statements. Sections are owned by the subsystem that reads them.

import type { MemoryProfile } from './memory';
import type { GcProfile } from './gc';

export type PythonVersion = '3.11' | '3.12' | '3.13' | '3.14';

export interface Profile {
  readonly version: PythonVersion;
  /** sys.version_info */
  readonly versionInfo: readonly [number, number, number, string, number];
  /** sys.getrecursionlimit() default (Python/ceval.c Py_DEFAULT_RECURSION_LIMIT). */
  readonly recursionLimit: number;
  /** pymalloc, free lists, object sizes (profiles/memory.ts). */
  readonly memory: MemoryProfile;
  /** The cyclic GC (profiles/gc.ts). */
  readonly gc: GcProfile;
}
