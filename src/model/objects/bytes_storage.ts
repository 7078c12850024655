// Host storage for the bytes of bytes objects (the simulated memory only keeps
// addresses; the values live in JS Uint8Arrays). V8 gives every `new Uint8Array(n)`
// of more than 64 bytes its own off-heap backing store, which costs about a
// microsecond; medium-sized buffers are therefore carved, zero-filled, from a shared
// slab (as Node's Buffer pool does), and a slab is garbage collected with its last
// view. Nothing simulated depends on this: it only decides where the host keeps bytes.

/** Buffers up to this size come from the slab; larger ones get their own store. */
const SLAB_MAX_REQUEST = 4096;
const SLAB_SIZE = 64 * 1024;

// Shared by every runtime: a slab only hosts buffers, each owned by one object.
let slab = new ArrayBuffer(SLAB_SIZE);
let slabUsed = 0;

/** A new zero-filled Uint8Array of n bytes (n >= 0). */
export function _PyBytes_HostBuffer(n: number): Uint8Array {
  if (n <= 64 || n > SLAB_MAX_REQUEST) return new Uint8Array(n);
  if (slabUsed + n > SLAB_SIZE) {
    slab = new ArrayBuffer(SLAB_SIZE);
    slabUsed = 0;
  }
  const out = new Uint8Array(slab, slabUsed, n);
  // Keep views 8-aligned, so each starts on a fresh word.
  slabUsed += (n + 7) & ~7;
  return out;
}
