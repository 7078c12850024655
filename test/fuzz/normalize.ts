// What may legitimately differ between the simulator and CPython on the same program
// and is normalised before --differential compares them: addresses (default reprs
// `<A object at 0x7f...>`, `hex(id(x))`) and the decimal numbers derived from them
// (id() values, and the default hash, id >> 4), which depend on where each process's
// heap happens to be. Everything else (str/bytes hashes too: both run with hash seed 0)
// must match exactly.

const HEX_ADDRESS = /0x[0-9a-f]{6,16}\b/g;
/** CPython's heap addresses (~1.4e14) and their hashes (id >> 4, ~8.8e12) on 64-bit Linux. */
const DECIMAL_ADDRESS = /\b\d{12,16}\b/g;

export function normalizeOutput(s: string): string {
  return s.replace(HEX_ADDRESS, '0xADDR').replace(DECIMAL_ADDRESS, 'ADDR');
}
