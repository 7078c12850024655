// The fuzz program of a seed: even seeds are generated from the grammar (generate.ts),
// odd seeds are mutants of the differential corpus (mutate.ts).

import { generateProgram } from './generate';
import { mutateProgram } from './mutate';

export interface FuzzProgram {
  seed: number;
  /** 'generated', or the corpus program it is a mutant of. */
  origin: string;
  /** The program's text; its file's bytes are sourceBytes(). */
  source: string;
  /** Generated programs are UTF-8; mutants keep the corpus file's bytes (read as Latin-1,
   *  one character per byte), so a coding declaration or invalid UTF-8 survives mutation. */
  encoding: 'utf8' | 'latin1';
}

/** The bytes of the program's file, as both interpreters read them. */
export function sourceBytes(p: FuzzProgram): Uint8Array {
  return new Uint8Array(Buffer.from(p.source, p.encoding));
}

export function fuzzProgram(seed: number): FuzzProgram {
  if (seed % 2 === 0) return { seed, origin: 'generated', source: generateProgram(seed), encoding: 'utf8' };
  const m = mutateProgram(seed);
  return { seed, origin: `mutant of ${m.from}`, source: m.source, encoding: 'latin1' };
}
