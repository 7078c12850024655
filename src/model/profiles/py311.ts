import type { Profile } from './profile';
import { PY311_MEMORY } from './py311-memory';
import { PY311_GC } from './gc';

/** CPython 3.11.7, 64-bit Linux. */
export const PY311: Profile = {
  version: '3.11',
  versionInfo: [3, 11, 7, 'final', 0],
  recursionLimit: 1000,
  memory: PY311_MEMORY,
  gc: PY311_GC,
};
