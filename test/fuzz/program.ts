// The fuzz program of a seed: even seeds are generated from the grammar (generate.ts),
// odd seeds are mutants of the differential corpus (mutate.ts).

import { generateProgram } from './generate';
import { mutateProgram } from './mutate';

export interface FuzzProgram {
  seed: number;
  /** 'generated', or the corpus program it is a mutant of. */
  origin: string;
  source: string;
}

export function fuzzProgram(seed: number): FuzzProgram {
  if (seed % 2 === 0) return { seed, origin: 'generated', source: generateProgram(seed) };
  const m = mutateProgram(seed);
  return { seed, origin: `mutant of ${m.from}`, source: m.source };
}
