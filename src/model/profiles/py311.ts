import type { Profile } from './profile';

/** CPython 3.11.7, 64-bit Linux. */
export const PY311: Profile = {
  version: '3.11',
  versionInfo: [3, 11, 7, 'final', 0],
  recursionLimit: 1000,
};
